#!/usr/bin/env bash
# Build the standalone httpcodes into dist/ (run by `make package`, which installs PyInstaller):
#
#   dist/httpcodes-VERSION-linux-ARCH/           one-folder build, plus install.sh and share/
#   dist/httpcodes-VERSION-linux-ARCH-onefile    single self-unpacking executable
#   dist/httpcodes-VERSION-linux-ARCH.tar.gz     the one-folder build, to download and install
#
# Intermediates go to build/. PYTHON is the venv's interpreter (default .venv/bin/python).
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-.venv/bin/python}
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' app/httpcodes/__init__.py)
[ -n "$version" ] || { echo "build.sh: no __version__ in app/httpcodes/__init__.py" >&2; exit 1; }
name=httpcodes-$version-linux-$(uname -m)
work=build/package
log=build/pyinstaller.log

# PySide6 6.12 corrupts None's reference count on Python 3.11 (shared/PLATFORM.md): never freeze
# that pair, whatever the venv holds.
"$python" - <<'PY'
import sys
from importlib.metadata import version

qt = version("PySide6-Essentials")
if sys.version_info < (3, 12) and tuple(int(p) for p in qt.split(".")[:2]) >= (6, 12):
    sys.exit(f"build.sh: refusing to freeze PySide6 {qt} with Python 3.11 (None refcount crash)")
print(f"package: Python {sys.version.split()[0]}, PySide6 {qt}")
PY

rm -rf "$work" build/pyinstaller "dist/$name" "dist/$name-onefile" "dist/$name.tar.gz"
mkdir -p "$work" dist

echo "package: rendering icons"
"$python" packaging/render_icons.py "$work/share/icons" >/dev/null

echo "package: PyInstaller (log in $log)"
if ! "$python" -m PyInstaller --noconfirm --log-level WARN --workpath build/pyinstaller \
        --distpath dist packaging/httpcodes.spec >"$log" 2>&1; then
    tail -40 "$log" >&2
    echo "build.sh: PyInstaller failed (full log in $log)" >&2
    exit 1
fi
echo "package: $(grep -c '^httpcodes.spec: dropped' "$log") collected files pruned (listed in $log)"

# The one-folder build doubles as the tarball's content: the program, install.sh, and share/.
folder=dist/$name
install -m 755 packaging/install.sh "$folder/install.sh"
install -D -m 644 packaging/httpcodes.desktop "$folder/share/applications/httpcodes.desktop"
install -D -m 644 packaging/io.github.httpcodes.metainfo.xml \
    "$folder/share/metainfo/io.github.httpcodes.metainfo.xml"
cp -R "$work/share/icons" "$folder/share/icons"
# The manual page and the completions, generated from the argument parser (by the program built).
"$python" -m httpcodes.cli.manpage "$folder/share/man/man1/httpcodes.1"
mkdir -p "$folder/share/completions"
"$folder/httpcodes" completion bash > "$folder/share/completions/httpcodes.bash"
"$folder/httpcodes" completion zsh > "$folder/share/completions/_httpcodes"
"$folder/httpcodes" completion fish > "$folder/share/completions/httpcodes.fish"

tar --sort=name --owner=0 --group=0 --numeric-owner -C dist -czf "dist/$name.tar.gz" "$name"

size() { du -sm --apparent-size "$1" | cut -f1; }
echo "package: $folder/ ($(size "$folder") MB, $(find "$folder" -type f | wc -l) files)"
echo "package: $folder-onefile ($(size "$folder-onefile") MB)"
echo "package: dist/$name.tar.gz ($(size "dist/$name.tar.gz") MB)"
