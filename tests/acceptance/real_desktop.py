"""A real desktop for one scenario: an X server (Xvfb) on a display of its own, the openbox
window manager, the app started as a person starts it, keys and clicks through xdotool.

Waits poll what can be seen (a window's title, the database) instead of sleeping for a fixed
time. ``xdotool`` sends keys to the focused window (never ``--window``: a failed send can leave
a key held down on the display, see docs/platform-notes.md), and every key is released when
the desktop goes down.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

TOOLS = ("Xvfb", "openbox", "xdotool", "xprop", "import")
KEY_DELAY_MS = 60
TYPE_DELAY_MS = 40
SETTLE_S = 1.0


def missing_tools() -> list[str]:
    return [t for t in TOOLS if shutil.which(t) is None]


def wait_until(what: str, check: Callable[[], Any], timeout: float = 30.0, step: float = 0.2):
    """Poll ``check`` until it returns something true; fail naming ``what`` after ``timeout``."""
    end = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > end:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(step)


class Desktop:
    """Xvfb (on the first free display it finds) and openbox; ``down()`` stops both."""

    def __init__(self, size: str = "1366x900"):
        self.size = size
        self.procs: list[subprocess.Popen] = []
        self.apps: list[subprocess.Popen] = []
        self.started: dict[subprocess.Popen, tuple[Path, int]] = {}
        self.display = ""
        self.logs = Path(tempfile.mkdtemp(prefix="dm-desktop-"))

    def up(self) -> Desktop:
        read, write = os.pipe()
        xvfb = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write),
                "-screen",
                "0",
                f"{self.size}x24",
                "-nolisten",
                "tcp",
            ],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=(self.logs / "xvfb.log").open("w"),
        )
        os.close(write)
        self.procs.append(xvfb)
        with os.fdopen(read, "rb") as pipe:  # Xvfb writes the display number when it is ready
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start: " + (self.logs / "xvfb.log").read_text())
        self.display = f":{number.decode()}"
        wm = subprocess.Popen(
            ["openbox"], env=self.env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        self.procs.append(wm)
        wait_until("the window manager", lambda: self._wm_running(), timeout=15)
        return self

    def _wm_running(self) -> bool:
        """openbox has taken the screen (it names itself on the root window)."""
        r = subprocess.run(
            ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"],
            env=self.env(),
            capture_output=True,
            text=True,
        )
        return "window id" in r.stdout

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DMTRACKER_"))}
        env.update(DISPLAY=self.display, QT_QPA_PLATFORM="xcb", **extra)
        env.pop("WAYLAND_DISPLAY", None)
        return env

    # -- the app --------------------------------------------------------------------------------
    def start_app(self, data: Path, *args: str) -> subprocess.Popen:
        log = (self.logs / f"app-{len(self.apps)}.log").open("w")
        app = subprocess.Popen(
            [sys.executable, "-m", "dmtracker", "--data-dir", str(data), *args],
            env=self.env(),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        self.apps.append(app)
        self.started[app] = (data, _ready_lines(data))
        return app

    def wait_ready(self, app: subprocess.Popen, title: str, timeout: float = 90) -> str:
        """Wait until ``app`` has opened its data (one more "window ready" line in the logs of
        its folder, the demo's included) and its window, titled /``title``/, has the focus."""
        data, before = self.started[app]
        wait_until(
            f"the app to open {data}",
            lambda: app.poll() is None and _ready_lines(data) > before,
            timeout,
        )
        return self.wait_title(title, timeout)

    def quit_app(self, app: subprocess.Popen, timeout: float = 30) -> int:
        """Ctrl+Q, as a person quits; the exit code once the process has ended."""
        self.keys("ctrl+q")
        try:
            return app.wait(timeout)
        except subprocess.TimeoutExpired:
            app.terminate()
            app.wait(10)
            raise AssertionError("the app did not quit on Ctrl+Q") from None

    # -- looking --------------------------------------------------------------------------------
    def xdotool(self, *args: str, check: bool = True) -> str | None:
        r = subprocess.run(["xdotool", *args], env=self.env(), capture_output=True, text=True)
        if r.returncode != 0:
            if check:
                raise RuntimeError(f"xdotool {' '.join(args)}: {r.stderr.strip()}")
            return None
        return r.stdout.strip()

    def active_title(self) -> str:
        return self.xdotool("getactivewindow", "getwindowname", check=False) or ""

    def wait_title(self, pattern: str, timeout: float = 60, settle: float = SETTLE_S) -> str:
        """Wait until the focused window's title matches ``pattern`` (a regular expression),
        then ``settle`` seconds more: a window that has just come up still places its focus
        (deferred to the event loop), which would take keys pressed at once."""
        rx = re.compile(pattern)
        try:
            title = wait_until(
                f"a focused window titled /{pattern}/",
                lambda: (t := self.active_title()) and rx.search(t) and t,
                timeout,
            )
        except AssertionError as exc:
            raise AssertionError(f"{exc} (the focused window: {self.active_title()!r})") from None
        time.sleep(settle)
        return title

    def shot(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["import", "-window", "root", str(path)], env=self.env(), check=False)
        return path

    # -- doing ----------------------------------------------------------------------------------
    def keys(self, *keys: str) -> None:
        self.xdotool("key", "--delay", str(KEY_DELAY_MS), *keys)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", str(TYPE_DELAY_MS), text)

    def click_at(self, x: int, y: int) -> None:
        self.xdotool("mousemove", str(x), str(y), "click", "1")

    def down(self) -> None:
        if self.display:
            self.xdotool("keyup", "Return", "Escape", "ctrl", "alt", "shift", check=False)
        for app in self.apps:
            if app.poll() is None:
                app.send_signal(signal.SIGTERM)
                try:
                    app.wait(10)
                except subprocess.TimeoutExpired:
                    app.kill()
                    app.wait()
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        self.procs.clear()

    def app_log(self) -> str:
        return "\n".join(p.read_text(errors="replace") for p in sorted(self.logs.glob("app-*.log")))


def _ready_lines(data: Path) -> int:
    """How many times an app has finished opening the diary (or the demo) in ``data``."""
    return sum(
        p.read_text(errors="replace").count("window ready")
        for p in data.glob("**/logs/*.log*")
        if p.is_file()
    )


@contextmanager
def diary(folder: Path) -> Iterator[Any]:
    """The services of the diary in ``folder`` (after the app has quit), closed afterwards."""
    from dmtracker.services.app_services import open_services
    from dmtracker.storage.paths import DataPaths

    services = open_services(DataPaths(folder))
    try:
        yield services
    finally:
        services.close()


MAIN = r"^dmtracker$"
DEMO = r"^dmtracker – demo profile$"
