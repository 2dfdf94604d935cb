#!/bin/sh
# Install coopdesk for the current user only: no root, no system folder touched.
#
#     ./install.sh
#
# The app goes to ~/.local/share/coopdesk/app (an earlier version there is replaced),
# `coopdesk` is linked from ~/.local/bin, and the menu entry and icon go to
# ~/.local/share/applications and ~/.local/share/icons. Workspaces, settings and logs are
# never touched. To remove the app later: ~/.local/share/coopdesk/uninstall.sh
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
bin_dir=${COOPDESK_BIN_DIR:-$HOME/.local/bin}
home_dir=$data_home/coopdesk
app_dir=$home_dir/app

if [ ! -x "$here/app/coopdesk" ]; then
    echo "install.sh: $here/app/coopdesk is missing: run this script from the unpacked archive" >&2
    exit 1
fi

mkdir -p "$home_dir" "$bin_dir" "$data_home/applications" \
    "$data_home/icons/hicolor/scalable/apps" "$data_home/icons/hicolor/256x256/apps"

# Copy next to the old version, then swap: an interrupted install leaves the old one working.
rm -rf "$home_dir/app.new" "$home_dir/app.old"
cp -R "$here/app" "$home_dir/app.new"
if [ -d "$app_dir" ]; then
    mv "$app_dir" "$home_dir/app.old"
fi
mv "$home_dir/app.new" "$app_dir"
rm -rf "$home_dir/app.old"
cp "$here/uninstall.sh" "$home_dir/uninstall.sh"
chmod 755 "$home_dir/uninstall.sh"

ln -sf "$app_dir/coopdesk" "$bin_dir/coopdesk"
cp "$here/coopdesk.svg" "$data_home/icons/hicolor/scalable/apps/coopdesk.svg"
cp "$here/coopdesk.png" "$data_home/icons/hicolor/256x256/apps/coopdesk.png"
# The menu entry runs the app by its full path: ~/.local/bin is not on every session's PATH.
sed "s|@EXEC@|$app_dir/coopdesk|g" "$here/coopdesk.desktop" \
    > "$data_home/applications/coopdesk.desktop"
chmod 644 "$data_home/applications/coopdesk.desktop"

# Refresh the menus where the tools exist; a desktop without them finds the files anyway.
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data_home/applications" 2>/dev/null || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$data_home/icons/hicolor" 2>/dev/null || true
fi

echo "coopdesk $(cat "$here/VERSION") is installed in $app_dir."
echo "Start it from the applications menu, or with: $bin_dir/coopdesk"
case ":$PATH:" in
    *":$bin_dir:"*) ;;
    *) echo "($bin_dir is not on your PATH: add it to run plain \`coopdesk\` in a terminal.)" ;;
esac
echo "To remove it: $home_dir/uninstall.sh (your workspaces are kept)."
