#!/bin/sh
# Remove the program installed by install.sh; the user's store and settings stay.
set -eu
data=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=${ZHDESK_PREFIX:-$HOME/.local}
rm -rf "$prefix/opt/zhdesk"
rm -f "$prefix/bin/zhdesk" "$data/applications/org.zhdesk.Zhdesk.desktop" \
      "$data/icons/hicolor/scalable/apps/org.zhdesk.Zhdesk.svg" "$data/icons/hicolor/256x256/apps/org.zhdesk.Zhdesk.png" \
      "$data/mime/packages/org.zhdesk.Zhdesk.xml" "$data/metainfo/org.zhdesk.Zhdesk.metainfo.xml"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
echo "zhdesk removed; your store in $data/zhdesk is kept"
