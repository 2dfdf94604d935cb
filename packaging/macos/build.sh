#!/usr/bin/env bash
# Build the macOS app and disk image: dist/coopdesk-<version>-macos-<arch>.dmg
#
#     bash packaging/macos/build.sh
#
# Run on a Mac with Python 3.11+ (python.org or Homebrew); the image is for the Mac's own
# architecture (arm64 or x86_64). Makes .venv when it is missing, installs coopdesk with its
# `package` extra (PyInstaller), builds coopdesk.app with the spec's BUNDLE, runs its
# --smoke-test, signs it (ad hoc, or with CODESIGN_IDENTITY="Developer ID Application: …"),
# then makes the .dmg with hdiutil: the app next to a link to Applications.
# Users drag it to Applications (or ~/Applications without admin rights); removing the app
# keeps their workspaces in ~/Library/Application Support/coopdesk.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
python=${PYTHON:-$root/.venv/bin/python}
if [ ! -x "$python" ]; then
    python3 -m venv .venv
    python=$root/.venv/bin/python
fi
"$python" -m pip install -q -e '.[package]'
version=$("$python" -c 'import coopdesk; print(coopdesk.__version__)')
name="coopdesk-$version-macos-$(uname -m)"

"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --workpath build/pyinstaller --distpath build/bundle packaging/coopdesk.spec
app=build/bundle/coopdesk.app

QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/coopdesk" --smoke-test

codesign --force --deep --options runtime --timestamp=none \
    --sign "${CODESIGN_IDENTITY:--}" "$app"
codesign --verify --deep --strict "$app"

staging=build/dmg
rm -rf "$staging"
mkdir -p "$staging" dist
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "dist/$name.dmg"
hdiutil create -volname "coopdesk $version" -srcfolder "$staging" -fs HFS+ \
    -format UDZO -ov "dist/$name.dmg"
echo "built dist/$name.dmg ($(du -h "dist/$name.dmg" | cut -f1))"
