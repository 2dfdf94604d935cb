#!/usr/bin/env bash
# Build the Linux bundle: dist/coopdesk-<version>-linux-<arch>.tar.gz
#
#     .venv/bin/pip install -e '.[package]' && bash packaging/linux/build.sh
#
# PyInstaller makes the one-folder app (packaging/coopdesk.spec) in build/bundle/coopdesk;
# the archive holds it as app/, with install.sh (no root: ~/.local/share/coopdesk,
# ~/.local/bin, the menu entry), uninstall.sh, the .desktop file and the icon.
# PYTHON=/path/to/python picks another interpreter than .venv/bin/python.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
python=${PYTHON:-$root/.venv/bin/python}
cd "$root"

version=$("$python" -c 'import coopdesk; print(coopdesk.__version__)')
name="coopdesk-$version-linux-$(uname -m)"
stage="build/stage/$name"

"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --workpath build/pyinstaller --distpath build/bundle packaging/coopdesk.spec

rm -rf build/stage
mkdir -p "$stage" dist
cp -R build/bundle/coopdesk "$stage/app"
cp packaging/linux/install.sh packaging/linux/uninstall.sh packaging/linux/coopdesk.desktop \
    "$stage/"
chmod 755 "$stage/install.sh" "$stage/uninstall.sh"
cp resources/icons/coopdesk.svg "$stage/coopdesk.svg"
cp build/pyinstaller/coopdesk/icons/coopdesk-256.png "$stage/coopdesk.png"
echo "$version" > "$stage/VERSION"
cat > "$stage/README.txt" <<TEXT
coopdesk $version for Linux ($(uname -m))

Install for yourself (no administrator rights needed):   ./install.sh
Then start coopdesk from the applications menu.
Remove it (your workspaces are kept):   ~/.local/share/coopdesk/uninstall.sh
Run it without installing:   ./app/coopdesk
TEXT

archive="dist/$name.tar.gz"
tar -C build/stage -czf "$archive.partial" "$name"
mv "$archive.partial" "$archive"
echo "built $archive ($(du -h "$archive" | cut -f1); unpacked $(du -sh "$stage" | cut -f1))"
