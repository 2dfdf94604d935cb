#!/usr/bin/env bash
# CI: build the Linux bundle from this checkout, install it into a temporary HOME with its
# own install.sh, run the installed app's --smoke-test offscreen (and on X11 under Xvfb when
# xvfb-run is there), uninstall it, and report sizes and times.
#
#     bash packaging/linux/check_bundle.sh
#
# Any failure (build, install, smoke test) exits non-zero.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
python=${PYTHON:-$root/.venv/bin/python}
version=$("$python" -c 'import coopdesk; print(coopdesk.__version__)')
archive="dist/coopdesk-$version-linux-$(uname -m).tar.gz"

started=$SECONDS
rm -f "$archive"
bash packaging/linux/build.sh
built=$SECONDS
test -s "$archive"

work=$(mktemp -d "${TMPDIR:-/tmp}/coopdesk-bundle.XXXXXX")
trap 'rm -rf "$work"' EXIT
tar -C "$work" -xzf "$archive"
mkdir "$work/home"
# A user's session: nothing of the build environment may help the installed app.
env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 \
    sh "$work"/coopdesk-*/install.sh
env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    "$work/home/.local/bin/coopdesk" --smoke-test
# The X11 platform plugin and the libraries it needs, on a real (virtual) display.
if command -v xvfb-run >/dev/null 2>&1; then
    env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=xcb \
        xvfb-run -a "$work/home/.local/bin/coopdesk" --smoke-test | tail -n 1
else
    echo "bundle: xvfb-run not found: the xcb platform was not checked"
fi
env -i HOME="$work/home" PATH=/usr/bin:/bin "$work/home/.local/share/coopdesk/uninstall.sh"
test ! -e "$work/home/.local/share/coopdesk/app"

echo "bundle: $archive: $(du -h "$archive" | cut -f1) compressed," \
    "$(du -sh "$work"/coopdesk-*/app | cut -f1) unpacked"
echo "bundle: build $((built - started)) s, install + smoke test + uninstall" \
    "$((SECONDS - built)) s"
