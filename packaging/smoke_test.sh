#!/usr/bin/env bash
# Smoke-test the Linux packages that packaging/build_linux.sh made:
#  1. the bundle dist/dmtracker/dmtracker --smoke-test under QT_QPA_PLATFORM=offscreen,
#  2. the same under Xvfb with Qt's xcb platform (a real X11 window),
#  3. the .deb: installed with dpkg -i on this machine, then /usr/bin/dmtracker --version and
#     both smoke tests again; removed afterwards unless it was installed before or KEEP_INSTALLED=1.
# Each run must exit 0 and print "smoke test: ok", leave a migrated database that passes
# `dmtracker check` at the app's own schema revision, and a one-page PDF (<data>/smoke-test.pdf).
#
#   packaging/smoke_test.sh [--no-install]     (installing the .deb needs root)
set -euo pipefail
cd "$(dirname "$0")/.."

INSTALL=1
[ "${1:-}" = --no-install ] && INSTALL=0
BUNDLE=dist/dmtracker/dmtracker
DEB=$(ls dist/dmtracker_*.deb 2>/dev/null | head -1 || true)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
failures=0

fail() { printf 'FAIL %s\n' "$*"; failures=$((failures + 1)); }
die() { printf 'smoke_test.sh: %s\n' "$*" >&2; exit 1; }

[ -x "$BUNDLE" ] || die "no $BUNDLE: run packaging/build_linux.sh (or make package) first"

# check LABEL BINARY MODE: MODE is offscreen or xvfb.
check() {
    local label=$1 bin=$2 mode=$3 data="$TMP/$1" out="$TMP/$1.out" err="$TMP/$1.err" rc=0 t0
    t0=$EPOCHREALTIME
    case $mode in
        offscreen) QT_QPA_PLATFORM=offscreen timeout 180 "$bin" --smoke-test --data-dir "$data" \
                       >"$out" 2>"$err" || rc=$? ;;
        xvfb) env -u WAYLAND_DISPLAY QT_QPA_PLATFORM=xcb timeout 180 \
                  xvfb-run -a -s "-screen 0 1280x1024x24" \
                  "$bin" --smoke-test --data-dir "$data" >"$out" 2>"$err" || rc=$? ;;
    esac
    local took
    took=$(awk "BEGIN { printf \"%.1f\", $EPOCHREALTIME - $t0 }")
    if [ "$rc" != 0 ] || ! grep -qx "smoke test: ok" "$out"; then
        fail "$label: exit $rc"; sed 's/^/    /' "$out" "$err" | tail -20; return
    fi
    if grep -q "Traceback" "$err"; then fail "$label: a traceback on stderr"; sed 's/^/    /' "$err"; fi
    # Migrated: the database exists, passes the integrity check, at this app's head revision.
    local report
    report=$("$bin" check --data-dir "$data" 2>&1) || { fail "$label: check failed: $report"; return; }
    local schema
    schema=$(sed -n 's/^Schema: \(.*\) (this app: \(.*\))$/\1 \2/p' <<<"$report")
    read -r have head <<<"$schema"
    [ -n "${have:-}" ] && [ "$have" = "$head" ] || fail "$label: schema '${have:-?}' is not head '${head:-?}'"
    grep -qx "Integrity: ok" <<<"$report" || fail "$label: integrity check: $report"
    # The PDF: a real PDF of one page, with the title text in it.
    local pdf="$data/smoke-test.pdf"
    [ "$(head -c 5 "$pdf" 2>/dev/null)" = "%PDF-" ] || { fail "$label: no PDF at $pdf"; return; }
    if command -v pdfinfo >/dev/null; then
        pdfinfo "$pdf" | grep -q "^Pages: *1$" || fail "$label: the PDF is not one page"
        pdftotext "$pdf" - | grep -q "dmtracker smoke test" || fail "$label: no text in the PDF"
    fi
    echo "ok   $label: smoke test in ${took} s, schema $have, integrity ok, PDF $(du -k "$pdf" | cut -f1) kB"
}

echo "== bundle $BUNDLE ($("$BUNDLE" --version))"
check bundle-offscreen "$BUNDLE" offscreen
check bundle-xvfb "$BUNDLE" xvfb

if [ "$INSTALL" = 1 ]; then
    [ -n "$DEB" ] || die "no dist/dmtracker_*.deb: run packaging/build_linux.sh first"
    [ "$(id -u)" = 0 ] || die "installing the .deb needs root (or run with --no-install)"
    echo "== package $DEB"
    was_installed=0
    dpkg -s dmtracker >/dev/null 2>&1 && was_installed=1
    # dpkg -i installs no dependencies: bring in the declared ones that are missing first.
    missing=$(dpkg-deb -f "$DEB" Depends | tr ',' '\n' | sed 's/[(|].*//; s/ //g' \
        | while read -r pkg; do [ -z "$pkg" ] || dpkg -s "$pkg" >/dev/null 2>&1 || echo "$pkg"; done)
    if [ -n "$missing" ]; then
        echo "installing the package's dependencies:" $missing
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
            --no-install-recommends $missing >/dev/null
    fi
    dpkg -i "$DEB" >/dev/null
    [ "$was_installed" = 1 ] || [ "${KEEP_INSTALLED:-0}" = 1 ] || trap 'dpkg -r dmtracker >/dev/null 2>&1 || echo "could not remove dmtracker"; rm -rf "$TMP"' EXIT
    version=$(/usr/bin/dmtracker --version)
    [ "$version" = "dmtracker $(dpkg-deb -f "$DEB" Version)" ] || fail "installed --version says '$version'"
    echo "ok   /usr/bin/dmtracker --version: $version"
    [ "$(readlink -f /usr/bin/dmtracker)" = /opt/dmtracker/dmtracker ] || fail "/usr/bin/dmtracker is not the bundle"
    for f in /usr/share/applications/org.dmtracker.DMTracker.desktop \
             /usr/share/metainfo/org.dmtracker.DMTracker.metainfo.xml \
             /usr/share/icons/hicolor/256x256/apps/org.dmtracker.DMTracker.png \
             /usr/share/icons/hicolor/scalable/apps/org.dmtracker.DMTracker.svg; do
        [ -f "$f" ] || fail "not installed: $f"
    done
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate /usr/share/applications/org.dmtracker.DMTracker.desktop \
            || fail "installed desktop file does not validate"
    fi
    check installed-offscreen /usr/bin/dmtracker offscreen
    check installed-xvfb /usr/bin/dmtracker xvfb
fi

if [ "$failures" != 0 ]; then
    echo "smoke_test.sh: $failures check(s) failed"
    exit 1
fi
echo "smoke_test.sh: ok"
