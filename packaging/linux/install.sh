#!/bin/sh
# Install the one-folder zhdesk (dist/zhdesk, from `make dist`) for the current user:
#   ~/.local/opt/zhdesk            the program
#   ~/.local/bin/zhdesk            a link, so `zhdesk` works in a terminal
#   the menu entry, the icon and the .zhform/.zhsub file types (double-click opens them in zhdesk).
# The user's store (~/.local/share/zhdesk) is never touched; uninstall.sh removes only the program.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bundle=${1:-$here/../../dist/zhdesk}
data=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=${ZHDESK_PREFIX:-$HOME/.local}
test -x "$bundle/zhdesk" || { echo "no zhdesk bundle at $bundle; run make dist first" >&2; exit 2; }
mkdir -p "$prefix/opt" "$prefix/bin" "$data/applications" "$data/icons/hicolor/scalable/apps" \
         "$data/icons/hicolor/256x256/apps" "$data/mime/packages" "$data/metainfo"
rm -rf "$prefix/opt/zhdesk.new"
cp -a "$bundle" "$prefix/opt/zhdesk.new"
rm -rf "$prefix/opt/zhdesk"
mv "$prefix/opt/zhdesk.new" "$prefix/opt/zhdesk"
ln -sf "$prefix/opt/zhdesk/zhdesk" "$prefix/bin/zhdesk"
sed "s|^Exec=zhdesk|Exec=$prefix/opt/zhdesk/zhdesk|; s|^TryExec=zhdesk|TryExec=$prefix/opt/zhdesk/zhdesk|" \
    "$here/org.zhdesk.Zhdesk.desktop" > "$data/applications/org.zhdesk.Zhdesk.desktop"
cp "$here/../../zhdesk/resources/icons/zhdesk.svg" "$data/icons/hicolor/scalable/apps/org.zhdesk.Zhdesk.svg"
cp "$here/../../zhdesk/resources/icons/zhdesk-256.png" "$data/icons/hicolor/256x256/apps/org.zhdesk.Zhdesk.png"
cp "$here/org.zhdesk.Zhdesk.mime.xml" "$data/mime/packages/org.zhdesk.Zhdesk.xml"
cp "$here/org.zhdesk.Zhdesk.metainfo.xml" "$data/metainfo/org.zhdesk.Zhdesk.metainfo.xml"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "zhdesk installed in $prefix/opt/zhdesk"
