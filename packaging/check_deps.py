"""Check that every shared library a Linux bundle loads from outside itself is covered by the
.deb's Depends (a declared package, or a package one of them depends on).

    python packaging/check_deps.py dist/dmtracker "libc6 (>= 2.34), libgl1, ..."

Runs ``ldd`` on every ELF file of the bundle the way the bootloader runs it (with the bundle's
``_internal`` folder on the library path) and asks dpkg which package owns each outside library.
Libraries not installed on this machine must be in ``NOT_INSTALLED_HERE``. Exit 1 on a gap.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

# Libraries Qt's Wayland plugins link and PyInstaller never bundles, with their Debian package:
# a build machine without a Wayland desktop may not have them installed.
NOT_INSTALLED_HERE = {
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}


def package_names(depends: str) -> list[str]:
    """``"a (>= 1), b | c"`` → ``["a", "b", "c"]``."""
    return [
        re.split(r"[\s(:]", alt.strip())[0] for alt in re.split(r"[,|]", depends) if alt.strip()
    ]


def elf_files(bundle: Path) -> list[Path]:
    files = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as f:
                if f.read(4) == b"\x7fELF":
                    files.append(path)
    return files


def outside_libraries(bundle: Path) -> dict[str, str | None]:
    """Library name → resolved path outside the bundle (None: not found on this machine)."""
    env = dict(os.environ, LD_LIBRARY_PATH=str(bundle / "_internal"))
    inside = str(bundle.resolve())
    found: dict[str, str | None] = {}
    for path in elf_files(bundle):
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            m = re.match(r"\s*(\S+) => (not found|\S+)", line)
            if not m:
                continue
            name, where = m.groups()
            if where == "not found":
                found.setdefault(name, None)
            elif not os.path.realpath(where).startswith(inside):
                found[name] = os.path.realpath(where)
    return found


def owner(path: str) -> str | None:
    """The Debian package that installed ``path`` (tries the /usr-merged spellings too)."""
    candidates = [path]
    for a, b in (("/usr/lib/", "/lib/"), ("/lib/", "/usr/lib/")):
        if path.startswith(a):
            candidates.append(b + path[len(a) :])
    for candidate in candidates:
        out = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if out.returncode == 0:
            return out.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


def direct_depends(package: str) -> set[str]:
    out = subprocess.run(
        ["dpkg-query", "-W", "-f=${Depends},${Pre-Depends}", package],
        capture_output=True,
        text=True,
    )
    return set(package_names(out.stdout)) if out.returncode == 0 else set()


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    bundle, declared = Path(argv[1]), package_names(argv[2])
    covered = {name: "declared" for name in declared}
    for name in declared:
        for dep in direct_depends(name):
            covered.setdefault(dep, f"via {name}")
    gaps = []
    for lib, path in sorted(outside_libraries(bundle).items()):
        package = owner(path) if path else NOT_INSTALLED_HERE.get(lib)
        how = covered.get(package or "")
        print(f"  {lib:32} {package or '?':24} {how or 'NOT COVERED'}")
        if how is None:
            gaps.append(lib)
    if gaps:
        print(f"check_deps: not covered by Depends: {', '.join(gaps)}", file=sys.stderr)
        return 1
    print("check_deps: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
