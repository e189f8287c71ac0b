#!/usr/bin/env bash
# Builds the iWEBS client bundle (PyInstaller, one folder) from installers/iwebs-client.spec.
# Result: <dist>/iwebs-client/iwebs-client (+ its _internal/ folder); ship the whole folder
# with the server's CA certificate (see docs/operations.md).
#
# Usage: installers/build_client.sh [--dist DIR] [--work DIR]
#        defaults: build/installers/dist and build/installers/work (both git-ignored)
# Needs the .venv made by scripts/bootstrap.sh (PyInstaller is a dev dependency) and,
# on Linux, objdump (Debian package binutils).
set -euo pipefail
cd "$(dirname "$0")/.."
dist="build/installers/dist"
work="build/installers/work"
while [ "$#" -gt 0 ]; do
  case "$1" in
    --dist) dist="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    *) echo "usage: $0 [--dist DIR] [--work DIR]" >&2; exit 2 ;;
  esac
done
python="${PYTHON:-.venv/bin/python}"

# The bundle ships compiled translations: make sure they are there.
if [ -f scripts/build_translations.py ]; then
  "$python" scripts/build_translations.py
fi

"$python" -m PyInstaller --noconfirm --log-level "${PYINSTALLER_LOG_LEVEL:-WARN}" \
  --distpath "$dist" --workpath "$work" installers/iwebs-client.spec
echo "client bundle: $dist/iwebs-client/iwebs-client"
