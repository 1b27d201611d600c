#!/bin/sh
# Install (or remove) httpcodes for the current user, from the unpacked one-folder build:
#
#   tar xzf httpcodes-VERSION-linux-x86_64.tar.gz
#   httpcodes-VERSION-linux-x86_64/install.sh              # install or upgrade
#   ~/.local/opt/httpcodes/install.sh --uninstall          # remove; settings, log, cache stay
#   ~/.local/opt/httpcodes/install.sh --uninstall --purge  # remove the log and cache too
#
# Copies the folder to ~/.local/opt/httpcodes, links ~/.local/bin/httpcodes to it, and puts the
# desktop entry, AppStream metadata, icons, manual page and bash/zsh/fish completions under
# $XDG_DATA_HOME (default ~/.local/share). Needs no root; touches nothing outside those folders.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
case $data_home in /*) ;; *) data_home=$HOME/.local/share ;; esac
opt_dir=${HTTPCODES_INSTALL_DIR:-$HOME/.local/opt/httpcodes}
bin_dir=${HTTPCODES_BIN_DIR:-$HOME/.local/bin}
desktop_file=$data_home/applications/httpcodes.desktop
metainfo_file=$data_home/metainfo/io.github.httpcodes.metainfo.xml
man_file=$data_home/man/man1/httpcodes.1
bash_completion=${BASH_COMPLETION_USER_DIR:-$data_home/bash-completion}/completions/httpcodes
zsh_completion=$data_home/zsh/site-functions/_httpcodes
fish_completion=$data_home/fish/vendor_completions.d/httpcodes.fish
icon_sizes="16 22 24 32 48 64 128 256"
# Where the program keeps the user's files (app/httpcodes/paths.py): only --purge touches them.
xdg_folder() {  # VARIABLE FALLBACK: the httpcodes folder under an XDG base directory
    eval "base=\${$1:-}"
    case $base in /*) ;; *) base=$HOME/$2 ;; esac
    printf '%s/httpcodes' "$base"
}
config_dir=${HTTPCODES_CONFIG_DIR:-$(xdg_folder XDG_CONFIG_HOME .config)}
state_dir=${HTTPCODES_STATE_DIR:-$(xdg_folder XDG_STATE_HOME .local/state)}
cache_dir=${HTTPCODES_CACHE_DIR:-$(xdg_folder XDG_CACHE_HOME .cache)}

# A value for the desktop entry's Exec key: quoted as the Desktop Entry Specification says
# (inside double quotes, " ` $ and \ take a backslash; % is doubled), then escaped as any
# string value (every backslash doubled), so that a path with spaces or quotes still works.
exec_quote() {
    printf '"%s"' "$(printf '%s' "$1" | sed -e 's/[\\"`$]/\\&/g' -e 's/%/%%/g')" \
        | sed -e 's/\\/\\\\/g'
}
# A plain string value (TryExec): only backslashes are escaped.
string_escape() {
    printf '%s' "$1" | sed -e 's/\\/\\\\/g'
}

refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$data_home/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data_home/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$data_home/icons/hicolor" 2>/dev/null || true
    fi
}

# Remove one installed file or folder and say so; say nothing of what was not there.
remove() {
    if [ -e "$1" ] || [ -L "$1" ]; then
        rm -rf "$1"
        echo "removed $1"
    fi
}

uninstall() {
    purge=$1
    if [ -L "$bin_dir/httpcodes" ] && [ "$(readlink "$bin_dir/httpcodes")" = "$opt_dir/httpcodes" ]; then
        remove "$bin_dir/httpcodes"
    fi
    remove "$opt_dir"
    for file in "$desktop_file" "$metainfo_file" "$man_file" "$bash_completion" \
            "$zsh_completion" "$fish_completion" "$data_home/icons/hicolor/scalable/apps/httpcodes.svg"; do
        remove "$file"
    done
    for size in $icon_sizes; do
        remove "$data_home/icons/hicolor/${size}x${size}/apps/httpcodes.png"
    done
    refresh_caches
    if [ "$purge" = yes ]; then
        remove "$state_dir"
        remove "$cache_dir"
    fi
    echo "httpcodes is uninstalled."
    [ -d "$config_dir" ] && echo "kept your settings and catalogues in $config_dir (remove it by hand if you wish)"
    if [ "$purge" = no ] && { [ -d "$state_dir" ] || [ -d "$cache_dir" ]; }; then
        for folder in "$state_dir" "$cache_dir"; do
            [ -d "$folder" ] && echo "kept $folder"
        done
        echo "(install.sh --uninstall --purge removes the log and the cache too)"
    fi
    return 0
}

case "${1:-} ${2:-}" in
    "--uninstall "|"--uninstall --purge"|"--purge --uninstall")
        case "$*" in *--purge*) uninstall yes ;; *) uninstall no ;; esac
        exit 0 ;;
    " ") ;;
    "-h "|"--help ") sed -n '2,11s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $* (try --help)" >&2; exit 2 ;;
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
exec_value=$(exec_quote "$opt_dir/httpcodes")
try_exec_value=$(string_escape "$opt_dir/httpcodes")
while IFS= read -r line; do
    case $line in
        Exec=httpcodes*) printf 'Exec=%s%s\n' "$exec_value" "${line#Exec=httpcodes}" ;;
        TryExec=httpcodes) printf 'TryExec=%s\n' "$try_exec_value" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$here/share/applications/httpcodes.desktop" > "$desktop_file"
cp "$here/share/metainfo/io.github.httpcodes.metainfo.xml" "$metainfo_file"
mkdir -p "$data_home/icons/hicolor/scalable/apps"
cp "$here/share/icons/hicolor/scalable/apps/httpcodes.svg" "$data_home/icons/hicolor/scalable/apps/"
for size in $icon_sizes; do
    mkdir -p "$data_home/icons/hicolor/${size}x${size}/apps"
    cp "$here/share/icons/hicolor/${size}x${size}/apps/httpcodes.png" \
        "$data_home/icons/hicolor/${size}x${size}/apps/"
done
# The manual page (man finds ~/.local/share/man through ~/.local/bin on the PATH) and the
# completions, in each shell's folder for a user's own: bash-completion and fish load them by
# themselves; zsh needs the folder on its fpath (said below).
for pair in "share/man/man1/httpcodes.1:$man_file" \
        "share/completions/httpcodes.bash:$bash_completion" \
        "share/completions/_httpcodes:$zsh_completion" \
        "share/completions/httpcodes.fish:$fish_completion"; do
    source_file=$here/${pair%%:*}
    target=${pair#*:}
    if [ -f "$source_file" ]; then
        mkdir -p "$(dirname "$target")"
        cp "$source_file" "$target"
    fi
done
refresh_caches

echo "httpcodes $("$opt_dir/httpcodes" --version 2>/dev/null | sed 's/^httpcodes //') installed in $opt_dir"
case ":$PATH:" in
    *":$bin_dir:"*) echo "run it with: httpcodes (or from your desktop's application menu)" ;;
    *) echo "run it with: $bin_dir/httpcodes (add $bin_dir to your PATH to type just httpcodes)" ;;
esac
case ${SHELL:-} in
    */zsh) echo "zsh completion: add  fpath=($(dirname "$zsh_completion") \$fpath)  before compinit in ~/.zshrc" ;;
esac
