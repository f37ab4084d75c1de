#!/usr/bin/env bash
# `make screenshots`: the screenshots made in a real window, as a person sees the app: an X server
# (Xvfb) and a window manager (openbox) of our own for each screen size, so sizes, focus and
# painting behave as on a desktop. Without Xvfb or openbox (apt install xvfb openbox) it says so
# and falls back to Qt's offscreen platform.
#
#   resources/real_screenshots.sh [OUT_DIR]     (PYTHON=.venv/bin/python by default;
#   SCREENSHOT_DISPLAY=:97 to use that display number instead of the first free one)
#
# Makes every page at 1280x860 (100 %, 200 %, dark), then the Trends timeline and infusion-cycle
# view, Today and the welcome screen at 1024x700, 1366x900 and 1920x1080, each at 100 % and
# 200 % text, light, dark and high contrast.
set -euo pipefail
PY=${PYTHON:-.venv/bin/python}
OUT=${1:-resources/screenshots}
SIZES=${SIZES:-1024x700 1366x900 1920x1080}
STATE=$(mktemp -d)
XPID="" OPID=""

down() {
  for pid in $OPID $XPID; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  XPID="" OPID=""
}
trap 'down; rm -rf "$STATE"' EXIT

real=1
if ! command -v Xvfb >/dev/null || ! command -v openbox >/dev/null; then
  real=0
  echo "note: Xvfb or openbox is not installed: the screenshots are made offscreen, not in a real window" >&2
fi

up() {  # a desktop of WIDTHxHEIGHT on a free display (Xvfb picks it and tells it on fd 3)
  if [ "$real" = 0 ]; then export QT_QPA_PLATFORM=offscreen; return; fi
  : >"$STATE/display"
  if [ -n "${SCREENSHOT_DISPLAY:-}" ]; then  # a display number of your choice (e.g. :97)
    Xvfb "$SCREENSHOT_DISPLAY" -screen 0 "${1}x24" -nolisten tcp >"$STATE/xvfb.log" 2>&1 &
    XPID=$!
    for _ in $(seq 100); do
      [ -S "/tmp/.X11-unix/X${SCREENSHOT_DISPLAY#:}" ] && echo "${SCREENSHOT_DISPLAY#:}" >"$STATE/display" && break
      sleep 0.1
    done
  else
    Xvfb -displayfd 3 -screen 0 "${1}x24" -nolisten tcp 3>"$STATE/display" >"$STATE/xvfb.log" 2>&1 &
    XPID=$!
    for _ in $(seq 100); do [ -s "$STATE/display" ] && break; sleep 0.1; done
  fi
  if [ ! -s "$STATE/display" ]; then
    echo "note: Xvfb did not start (see below): falling back to offscreen" >&2
    cat "$STATE/xvfb.log" >&2; real=0; export QT_QPA_PLATFORM=offscreen; return
  fi
  export DISPLAY=":$(head -n1 "$STATE/display")" QT_QPA_PLATFORM=xcb
  openbox >"$STATE/openbox.log" 2>&1 &
  OPID=$!
  sleep 0.5
}

shoot() { "$PY" resources/make_screenshots.py "$OUT" "$@" >/dev/null; }

up 1366x900
for look in "" "--scale 200" "--theme dark"; do
  # shellcheck disable=SC2086
  shoot --size 1280x860 $look
done
down
for size in $SIZES; do
  up "$size"
  for scale in 100 200; do
    for theme in light dark contrast; do
      shoot --only trends --size "$size" --scale "$scale" --theme "$theme"
      echo "Trends and cycle view at $size, $scale %, $theme: $OUT/trends-$size-$scale*.png"
      shoot --only today --size "$size" --scale "$scale" --theme "$theme"
      echo "Today and the welcome screen at $size, $scale %, $theme: $OUT/today-$size-$scale*.png"
    done
  done
  down
done
