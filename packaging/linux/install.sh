#!/usr/bin/env sh
# Per-user install of the one-folder bundle on Linux (no root needed):
#   packaging/linux/install.sh [dist/youyuntong]
# Copies the bundle to ~/.local/opt/youyuntong, links ~/.local/bin/youyuntong, and adds the menu
# entry and icon. The station's data folder is ~/.local/share/youyuntong (app/paths.py); it is
# not touched here and survives a reinstall.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bundle=${1:-"$here/../../dist/youyuntong"}
[ -x "$bundle/youyuntong" ] || { echo "no bundle at $bundle: run python build_installer.py first" >&2; exit 1; }
prefix=${XDG_DATA_HOME:-"$HOME/.local/share"}
opt="$HOME/.local/opt/youyuntong"
rm -rf "$opt.new"
mkdir -p "$HOME/.local/opt" "$HOME/.local/bin" "$prefix/applications" "$prefix/icons/hicolor/scalable/apps"
cp -a "$bundle" "$opt.new"
rm -rf "$opt"
mv "$opt.new" "$opt"
ln -sf "$opt/youyuntong" "$HOME/.local/bin/youyuntong"
sed "s|^Exec=youyuntong|Exec=$opt/youyuntong|; s|^TryExec=youyuntong|TryExec=$opt/youyuntong|" \
  "$here/youyuntong.desktop" > "$prefix/applications/youyuntong.desktop"
if [ -f "$opt/_internal/resources/icons/app.svg" ]; then
  cp "$opt/_internal/resources/icons/app.svg" "$prefix/icons/hicolor/scalable/apps/youyuntong.svg"
fi
"$opt/youyuntong" --self-test
echo "installed: $opt (menu: Youyuntong Station / 邮运通村站)"
