"""No network, ever: dmtracker opens no socket and loads no module whose job is networking.

Three checks of the real app (``python -m dmtracker --smoke-test``: migrate, demo data, every
page, a chart, a PDF):

1. with socket creation made to fail in Python (a ``sitecustomize`` that replaces
   ``socket.socket``, ``socketpair``, ``create_connection`` and ``getaddrinfo`` and records
   every attempt), the smoke test passes and nothing tried;
2. under ``strace`` (when installed) the whole process tree makes no ``socket()`` system call
   at all, which covers Qt and every C library too;
3. in a fresh interpreter that imports the app, opens the services and builds the main window,
   none of the modules that exist to make connections is imported (``http.client``,
   ``urllib.request``, ``requests``, ``smtplib``, Qt's ``QtNetwork``, …).

What is *not* asserted: ``socket`` and ``ssl`` themselves are imported, by the standard
library's ``asyncio`` that SQLAlchemy imports at start (``sqlalchemy.util.compat``); importing
them opens nothing, and checks 1 and 2 prove nothing is opened.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SITECUSTOMIZE = """
import os
import socket
import traceback

_LOG = os.environ["DMTRACKER_SOCKET_LOG"]


def _refuse(what):
    with open(_LOG, "a", encoding="utf-8") as f:
        f.write(f"--- {what} (pid {os.getpid()})\\n")
        f.write("".join(traceback.format_stack(limit=12)))
    raise OSError(f"network blocked by the dmtracker test: {what}")


class _NoSocket(socket.socket):
    def __init__(self, *args, **kwargs):
        _refuse(f"socket.socket{args}")


def _blocked(name):
    return lambda *args, **kwargs: _refuse(f"socket.{name}")


socket.socket = _NoSocket
socket.SocketType = _NoSocket
for _name in ("socketpair", "create_connection", "create_server", "fromfd", "getaddrinfo",
              "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
    setattr(socket, _name, _blocked(_name))
"""

# Modules whose purpose is to open connections; none may be imported by the running app.
NETWORKING = (
    "http.client",
    "http.server",
    "urllib.request",
    "urllib3",
    "requests",
    "httpx",
    "aiohttp",
    "websocket",
    "websockets",
    "smtplib",
    "ftplib",
    "poplib",
    "imaplib",
    "telnetlib",
    "xmlrpc.client",
    "socketserver",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebSockets",
)


def env_with(**extra: str) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DMTRACKER_HOME", None)
    env.update(extra)
    return env


@pytest.fixture
def blocked_env(tmp_path: Path) -> tuple[dict[str, str], Path]:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE)
    log = tmp_path / "socket-attempts.log"
    path = os.pathsep.join(p for p in (str(site), os.environ.get("PYTHONPATH", "")) if p)
    return env_with(PYTHONPATH=path, DMTRACKER_SOCKET_LOG=str(log)), log


def test_the_block_works(blocked_env) -> None:
    env, log = blocked_env
    code = (
        "import socket\n"
        "try:\n    socket.socket()\nexcept OSError as e:\n    print('refused', e)\n"
        "try:\n    socket.create_connection(('127.0.0.1', 9))\nexcept OSError:\n"
        "    print('refused')\n"
    )
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("refused") == 2
    assert log.read_text().count("---") == 2


def test_smoke_test_passes_with_sockets_blocked(blocked_env, tmp_path: Path) -> None:
    env, log = blocked_env
    r = subprocess.run(
        [sys.executable, "-m", "dmtracker", "--smoke-test", "--data-dir", str(tmp_path / "d")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    assert "smoke test: ok" in r.stdout
    attempts = log.read_text() if log.exists() else ""
    assert attempts == "", f"the app tried to open a socket:\n{attempts}"


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_no_socket_system_call_at_all(tmp_path: Path) -> None:
    trace = tmp_path / "strace.txt"
    r = subprocess.run(
        [
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=socket,socketpair,connect",
            "-o",
            str(trace),
            sys.executable,
            "-m",
            "dmtracker",
            "--smoke-test",
            "--data-dir",
            str(tmp_path / "d"),
        ],
        env=env_with(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    if r.returncode != 0 and "ptrace" in r.stderr:
        pytest.skip(f"strace cannot trace here: {r.stderr.strip()[:200]}")
    assert r.returncode == 0, r.stderr
    calls = [ln for ln in trace.read_text().splitlines() if "socket" in ln or "connect(" in ln]
    assert calls == [], "system calls that open sockets:\n" + "\n".join(calls[:20])


IMPORT_CHECK = """
import json, sys, tempfile
from pathlib import Path
import dmtracker.app
from dmtracker.logs import setup_logging
from dmtracker.services.app_services import open_services
from dmtracker.services.demo import generate_demo
from dmtracker.storage.paths import DataPaths
paths = DataPaths(Path(tempfile.mkdtemp()) / "d")
services = open_services(paths)
setup_logging(paths.logs)
generate_demo(services, years=1, seed=1)
services.maintenance.daily_backup()
from PySide6.QtWidgets import QApplication
app = QApplication([])
from dmtracker.ui.shell.main_window import MainWindow
import dmtracker.reports.exports.exporting
window = MainWindow(settings_path=paths.root / "ui.ini")
window.set_services(services)
window.show()
for i in range(len(window.pages)):
    window.show_page(i)
    app.processEvents()
window.close()
services.close()
print(json.dumps(sorted(sys.modules)))
"""


def test_no_networking_module_is_imported() -> None:
    r = subprocess.run(
        [sys.executable, "-c", IMPORT_CHECK],
        env=env_with(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    modules = set(json.loads(r.stdout.strip().splitlines()[-1]))
    assert "dmtracker.ui.shell.main_window" in modules and "sqlalchemy" in modules
    found = sorted(m for m in modules for bad in NETWORKING if m == bad or m.startswith(bad + "."))
    assert found == [], f"networking modules imported: {found}"
