#!/usr/bin/env bash
# Build the Linux packages from a clean venv:
#   dist/dmtracker/                               the PyInstaller onedir bundle
#   dist/dmtracker-<version>-linux-<arch>.tar.gz  that bundle as a tarball
#   dist/dmtracker_<version>_<debarch>.deb        installs to /opt/dmtracker, /usr/bin/dmtracker
# then validates the desktop file, the AppStream metainfo and (if installed) runs lintian.
#
# Usually run through `make package`, which first installs the Debian packages it needs.
# Environment: PYTHON (default python3, >= 3.11), DEB_MAINTAINER (the .deb's Maintainer field),
# KEEP_VENV=1 reuses build/package-venv instead of making it anew.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
start=$(date +%s)

PYTHON=${PYTHON:-python3}
VENV=build/package-venv
WORK=build/pyinstaller
STAGE=build/deb
MAX_BUNDLE_MB=200
MAX_DEB_MB=80
APP_ID=org.dmtracker.DMTracker
# What the bundle takes from the system: libc (PySide6 wheels need glibc >= 2.34), libstdc++
# (left out by the spec), GL/EGL, libxcb and Wayland's client libraries (PyInstaller never
# bundles them), fontconfig's configuration and a font (Qt ships no fonts on Linux). The bundle
# carries its own copy of libxcb-cursor0 and the other xcb helpers, copied from the build machine;
# the package still asks for libxcb-cursor0, the one Qt >= 6.5 cannot start without.
# packaging/check_deps.py proves every library the bundle loads from outside is covered.
DEPENDS="libc6 (>= 2.34), libstdc++6, libgcc-s1, libgl1, libegl1, libxcb1, libxcb-cursor0, \
libwayland-client0, libwayland-cursor0, libwayland-egl1, libfontconfig1, hicolor-icon-theme"

say() { printf '\n== %s (at %d s)\n' "$*" "$(( $(date +%s) - start ))"; }
die() { printf 'build_linux.sh: %s\n' "$*" >&2; exit 1; }

[ "$(uname -s)" = Linux ] || die "builds Linux packages only (see packaging/README.md for Windows and macOS)"
for tool in dpkg-deb strip patchelf tar gzip desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null \
        || die "needs $tool (make package installs it: binutils patchelf desktop-file-utils appstream)"
done
"$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' \
    || die "$PYTHON is older than Python 3.11"

say "clean venv ($VENV) with the pinned versions"
if [ "${KEEP_VENV:-0}" != 1 ] || [ ! -x "$VENV/bin/python" ]; then
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
fi
# Not editable: the bundle is built from the installed package, as a user would get it.
pip_install() { "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -c requirements.lock "$@"; }
pip_install ".[packaging]"
[ "${KEEP_VENV:-0}" != 1 ] || pip_install --force-reinstall --no-deps .
VERSION=$("$VENV/bin/python" -c 'import dmtracker; print(dmtracker.__version__)')
ID=$("$VENV/bin/python" -c 'import dmtracker; print(dmtracker.APP_ID)')
[ "$ID" = "$APP_ID" ] || die "dmtracker.APP_ID is $ID but the packaging files say $APP_ID"

say "PyInstaller bundle dist/dmtracker/"
rm -rf "$WORK" dist/dmtracker
t0=$(date +%s)
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath "$WORK" packaging/dmtracker.spec
freeze_s=$(( $(date +%s) - t0 ))
dist/dmtracker/dmtracker --version

say "external libraries: every one must come from a declared dependency"
"$VENV/bin/python" packaging/check_deps.py dist/dmtracker "$DEPENDS"

say "tarball"
ARCH=$(uname -m)
TARBALL=dist/dmtracker-$VERSION-linux-$ARCH.tar.gz
EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
rm -f dist/dmtracker-*.tar.gz
tar --sort=name --mtime="@$EPOCH" --owner=0 --group=0 --numeric-owner -C dist -cf - dmtracker \
    | gzip -n -9 > "$TARBALL"

say "Debian package"
DEBARCH=$(dpkg --print-architecture)
DEB=dist/dmtracker_${VERSION}_$DEBARCH.deb
rm -rf "$STAGE" dist/dmtracker_*.deb
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/metainfo" "$STAGE/usr/share/doc/dmtracker" "$STAGE/usr/share/lintian/overrides"
cp -a dist/dmtracker "$STAGE/opt/dmtracker"
ln -s /opt/dmtracker/dmtracker "$STAGE/usr/bin/dmtracker"
install -m 644 "packaging/linux/$APP_ID.desktop" "$STAGE/usr/share/applications/"
install -m 644 "packaging/linux/$APP_ID.metainfo.xml" "$STAGE/usr/share/metainfo/"
for png in src/dmtracker/resources/icons/dmtracker-*.png; do
    size=$(basename "$png" .png); size=${size#dmtracker-}
    install -D -m 644 "$png" "$STAGE/usr/share/icons/hicolor/${size}x$size/apps/$APP_ID.png"
done
install -D -m 644 resources/icon/dmtracker.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
install -m 644 packaging/linux/copyright "$STAGE/usr/share/doc/dmtracker/copyright"
MAINTAINER=${DEB_MAINTAINER:-dmtracker developers <packaging@dmtracker.invalid>}
sed "s|@VERSION@|$VERSION|; s|@DATE@|$(date -u -R -d "@$EPOCH")|; s|@MAINTAINER@|$MAINTAINER|" \
    packaging/linux/changelog \
    | gzip -n -9 > "$STAGE/usr/share/doc/dmtracker/changelog.gz"
install -m 644 packaging/linux/lintian-overrides "$STAGE/usr/share/lintian/overrides/dmtracker"
mkdir -p "$STAGE/usr/share/man/man1"
gzip -n -9 -c packaging/linux/dmtracker.1 > "$STAGE/usr/share/man/man1/dmtracker.1.gz"
# Plain files 0644 (shared libraries need no execute bit), directories and the launcher 0755.
find "$STAGE" -type d -exec chmod 755 {} +
find "$STAGE" -type f -exec chmod 644 {} +
chmod 755 "$STAGE/opt/dmtracker/dmtracker"
installed_kb=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
cat > "$STAGE/DEBIAN/control" <<EOF
Package: dmtracker
Version: $VERSION
Architecture: $DEBARCH
Maintainer: $MAINTAINER
Installed-Size: $installed_kb
Depends: $DEPENDS
Section: science
Priority: optional
Description: private diary for adults with dermatomyositis
 dmtracker keeps daily symptoms, muscle self-tests, rash by body site, IVIG
 infusions (product, lot, dose, rate) and the side effects after them,
 medications and tapers, and clinic results (labs, MMT-8, HAQ-DI). It shows
 trends and makes a clear report for the next clinic visit.
 .
 Everything stays on the computer unless the user exports it. dmtracker
 informs; it does not give medical advice.
EOF
(cd "$STAGE" && find . -path ./DEBIAN -prune -o -type f -print0 | sort -z \
    | xargs -0 md5sum | sed 's| \./| |' > DEBIAN/md5sums)
chmod 644 "$STAGE/DEBIAN/control" "$STAGE/DEBIAN/md5sums"
SOURCE_DATE_EPOCH=$EPOCH dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB" >/dev/null

say "validation"
desktop-file-validate "$STAGE/usr/share/applications/$APP_ID.desktop" && echo "desktop file: ok"
appstreamcli validate --no-net "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"
if command -v lintian >/dev/null; then
    # Errors fail the build; warnings are printed. Accepted tags: packaging/linux/lintian-overrides.
    lintian --fail-on error --tag-display-limit 0 "$DEB" || die "lintian found errors"
    echo "lintian: no errors"
else
    echo "lintian: not installed, skipped (apt-get install lintian)"
fi

say "sizes"
bundle_mb=$(du -sm dist/dmtracker | cut -f1)
tar_mb=$(du -m --apparent-size "$TARBALL" | cut -f1)
deb_mb=$(du -m --apparent-size "$DEB" | cut -f1)
printf '%-48s %5s MB on disk (target <= %s)\n' "dist/dmtracker/" "$bundle_mb" "$MAX_BUNDLE_MB"
printf '%-48s %5s MB\n' "$TARBALL" "$tar_mb"
printf '%-48s %5s MB (target <= %s)\n' "$DEB" "$deb_mb" "$MAX_DEB_MB"
echo "Left out of the bundle (details: $WORK/dmtracker/cut-report.txt):"
sed -n '1,/in all/p' "$WORK/dmtracker/cut-report.txt"
echo "PyInstaller: ${freeze_s} s; whole build: $(( $(date +%s) - start )) s"
[ "$bundle_mb" -le "$MAX_BUNDLE_MB" ] || die "the bundle is $bundle_mb MB, over $MAX_BUNDLE_MB MB"
[ "$deb_mb" -le "$MAX_DEB_MB" ] || die "the .deb is $deb_mb MB, over $MAX_DEB_MB MB"
echo "build_linux.sh: ok"
