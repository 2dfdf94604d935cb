#!/bin/sh
# Remove coopdesk installed by install.sh for the current user.
#
#     ~/.local/share/coopdesk/uninstall.sh           # the app only: workspaces, settings,
#                                                    # backups and logs are kept
#     ~/.local/share/coopdesk/uninstall.sh --purge   # also every workspace and setting of
#                                                    # this user (asks first; --yes does not)
set -eu

purge=no
assume_yes=no
for arg in "$@"; do
    case "$arg" in
        --purge) purge=yes ;;
        --yes) assume_yes=yes ;;
        -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "uninstall.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
    esac
done

data_home=${XDG_DATA_HOME:-$HOME/.local/share}
config_home=${XDG_CONFIG_HOME:-$HOME/.config}
cache_home=${XDG_CACHE_HOME:-$HOME/.cache}
state_home=${XDG_STATE_HOME:-$HOME/.local/state}
bin_dir=${COOPDESK_BIN_DIR:-$HOME/.local/bin}
home_dir=$data_home/coopdesk

# The link only if it is ours (a coopdesk installed another way stays).
if [ -L "$bin_dir/coopdesk" ]; then
    case "$(readlink "$bin_dir/coopdesk")" in
        "$home_dir/app/"*) rm -f "$bin_dir/coopdesk" ;;
    esac
fi
rm -f "$data_home/applications/coopdesk.desktop" \
    "$data_home/icons/hicolor/scalable/apps/coopdesk.svg" \
    "$data_home/icons/hicolor/256x256/apps/coopdesk.png"
rm -rf "$home_dir/app" "$home_dir/app.new" "$home_dir/app.old"
rm -f "$home_dir/uninstall.sh"
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data_home/applications" 2>/dev/null || true
fi

if [ "$purge" = no ]; then
    rmdir "$home_dir" 2>/dev/null || true  # only when nothing else is in it
    echo "coopdesk is removed. Your workspaces and settings are kept"
    echo "(in $home_dir and $config_home/coopdesk)."
    exit 0
fi

if [ "$assume_yes" = no ]; then
    printf '%s' "Delete ALL your coopdesk workspaces, backups, settings and logs? Type yes: "
    read -r answer || answer=""
    if [ "$answer" != yes ]; then
        echo "coopdesk is removed; your data is kept."
        exit 0
    fi
fi
rm -rf "$home_dir" "$config_home/coopdesk" "$cache_home/coopdesk" "$state_home/coopdesk"
echo "coopdesk and all its data are removed."
