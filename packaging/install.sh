#!/bin/sh
# Install (or remove) httpcodes for the current user, from the unpacked one-folder build:
#
#   tar xzf httpcodes-VERSION-linux-x86_64.tar.gz
#   httpcodes-VERSION-linux-x86_64/install.sh              # install or upgrade
#   httpcodes-VERSION-linux-x86_64/install.sh --uninstall  # remove again
#
# Copies the folder to ~/.local/opt/httpcodes, links ~/.local/bin/httpcodes to it, and puts the
# desktop entry, AppStream metadata and icons under $XDG_DATA_HOME (default ~/.local/share).
# Needs no root and touches nothing outside those folders. Settings stay in ~/.config/httpcodes.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
case $data_home in /*) ;; *) data_home=$HOME/.local/share ;; esac
opt_dir=${HTTPCODES_INSTALL_DIR:-$HOME/.local/opt/httpcodes}
bin_dir=${HTTPCODES_BIN_DIR:-$HOME/.local/bin}
desktop_file=$data_home/applications/httpcodes.desktop
metainfo_file=$data_home/metainfo/io.github.httpcodes.metainfo.xml
icon_sizes="16 22 24 32 48 64 128 256"

refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$data_home/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data_home/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$data_home/icons/hicolor" 2>/dev/null || true
    fi
}

uninstall() {
    if [ -L "$bin_dir/httpcodes" ] && [ "$(readlink "$bin_dir/httpcodes")" = "$opt_dir/httpcodes" ]; then
        rm -f "$bin_dir/httpcodes"
    fi
    rm -rf "$opt_dir"
    rm -f "$desktop_file" "$metainfo_file" "$data_home/icons/hicolor/scalable/apps/httpcodes.svg"
    for size in $icon_sizes; do
        rm -f "$data_home/icons/hicolor/${size}x${size}/apps/httpcodes.png"
    done
    refresh_caches
    echo "httpcodes removed (your settings in ${XDG_CONFIG_HOME:-$HOME/.config}/httpcodes are kept)"
}

case ${1:-} in
    --uninstall) uninstall; exit 0 ;;
    "") ;;
    -h|--help) sed -n '2,9s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
esac

if [ ! -x "$here/httpcodes" ] || [ ! -d "$here/_internal" ]; then
    echo "install.sh: run me from the unpacked httpcodes folder (no httpcodes program next to me)" >&2
    exit 1
fi
if [ "$here" = "$opt_dir" ]; then
    echo "install.sh: already installed in $opt_dir" >&2
    exit 1
fi

# Copy into a fresh folder first, then swap it in, so a failed copy leaves the old version working.
mkdir -p "$(dirname "$opt_dir")" "$bin_dir"
staging="$opt_dir.new.$$"
rm -rf "$staging"
cp -R "$here" "$staging"
rm -rf "$opt_dir"
mv "$staging" "$opt_dir"
if [ -e "$bin_dir/httpcodes" ] && [ ! -L "$bin_dir/httpcodes" ]; then
    echo "install.sh: $bin_dir/httpcodes exists and is not ours (pip?); left alone" >&2
else
    ln -sfn "$opt_dir/httpcodes" "$bin_dir/httpcodes"
fi

# The desktop entry names the program by its full path: ~/.local/bin is not always on the PATH
# that the desktop session starts programs with.
mkdir -p "$(dirname "$desktop_file")" "$(dirname "$metainfo_file")"
sed -e "s|^Exec=httpcodes|Exec=$opt_dir/httpcodes|" -e "s|^TryExec=httpcodes|TryExec=$opt_dir/httpcodes|" \
    "$here/share/applications/httpcodes.desktop" > "$desktop_file"
cp "$here/share/metainfo/io.github.httpcodes.metainfo.xml" "$metainfo_file"
mkdir -p "$data_home/icons/hicolor/scalable/apps"
cp "$here/share/icons/hicolor/scalable/apps/httpcodes.svg" "$data_home/icons/hicolor/scalable/apps/"
for size in $icon_sizes; do
    mkdir -p "$data_home/icons/hicolor/${size}x${size}/apps"
    cp "$here/share/icons/hicolor/${size}x${size}/apps/httpcodes.png" \
        "$data_home/icons/hicolor/${size}x${size}/apps/"
done
refresh_caches

echo "httpcodes $("$opt_dir/httpcodes" --version 2>/dev/null | sed 's/^httpcodes //') installed in $opt_dir"
case ":$PATH:" in
    *":$bin_dir:"*) echo "run it with: httpcodes (or from your desktop's application menu)" ;;
    *) echo "run it with: $bin_dir/httpcodes (add $bin_dir to your PATH to type just httpcodes)" ;;
esac
