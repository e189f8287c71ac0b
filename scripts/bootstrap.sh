#!/usr/bin/env bash
# Sets up (or checks) everything iWEBS needs on a Debian machine, idempotently:
#   1. the Debian packages Qt needs (offscreen and a real X11/xcb window),
#      installed only when one is missing (apt-get update only then);
#   2. .venv with `pip install -c constraints.txt -e ".[client,dev]"`, skipped when
#      constraints.txt, pyproject.toml and the Python version are unchanged
#      (a hash stamp is kept inside .venv);
#   3. the Qt translations (.qm) when scripts/build_translations.py exists and the
#      .ts sources changed;
#   4. with --dev-tools: the tools the test command needs besides .venv
#      (binutils for PyInstaller, Node.js/npm, and buf from package.json in node_modules/).
#
# Usage: scripts/bootstrap.sh [--dev-tools]
# Environment: PYTHON (interpreter for a new .venv, default python3),
#              IWEBS_SKIP_APT=1 (never call apt-get; report what is missing and go on).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

dev_tools=0
for arg in "$@"; do
  case "$arg" in
    --dev-tools) dev_tools=1 ;;
    *) echo "bootstrap: unknown argument: $arg" >&2; exit 2 ;;
  esac
done

log() { printf '[bootstrap] %s\n' "$*" >&2; }

# --------------------------------------------------------------------------- apt
# Qt (PySide6) needs these shared libraries. The first line is enough for
# QT_QPA_PLATFORM=offscreen; the xcb ones are what libqxcb.so links against
# (checked with ldd), so that the demo opens a real window on an X11 desktop.
qt_packages=(
  libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libglib2.0-0 libxkbcommon0
  libxcb-cursor0 libxcb1 libx11-xcb1 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0
  libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1
)
# The test command also builds the client bundle (PyInstaller needs objdump from
# binutils) and lints the protos with buf (an npm package).
dev_packages=(binutils)

missing_packages() {
  local pkg status
  for pkg in "$@"; do
    status="$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)"
    [ "$status" = "installed" ] || printf '%s\n' "$pkg"
  done
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    log "need root (or sudo) to run: $*"
    return 1
  fi
}

apt_install() {
  # Installs the given packages; apt-get update only because something is missing.
  [ "$#" -gt 0 ] || return 0
  if [ "${IWEBS_SKIP_APT:-0}" = "1" ]; then
    log "IWEBS_SKIP_APT=1: not installing missing Debian packages: $*"
    return 0
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    log "no apt-get here; install these yourself: $*"
    return 1
  fi
  log "installing Debian packages: $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" \
    >/dev/null
}

wanted=("${qt_packages[@]}")
[ "$dev_tools" -eq 1 ] && wanted+=("${dev_packages[@]}")
if [ "$dev_tools" -eq 1 ] && ! command -v npm >/dev/null 2>&1; then
  wanted+=(nodejs npm)
fi
if command -v dpkg-query >/dev/null 2>&1; then
  mapfile -t missing < <(missing_packages "${wanted[@]}")
  apt_install "${missing[@]}"
else
  log "not a Debian system (no dpkg-query): make sure the Qt libraries are installed"
fi

# --------------------------------------------------------------------------- venv
python="${PYTHON:-python3}"
if ! "$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
  log "iWEBS needs Python 3.11 or newer; '$python' is $("$python" --version 2>&1 || echo missing)"
  exit 1
fi

venv="$root/.venv"
if [ ! -x "$venv/bin/python" ]; then
  log "creating .venv with $("$python" --version 2>&1)"
  if ! "$python" -m venv "$venv" 2>/dev/null; then
    # Debian's own python3 ships venv/ensurepip separately.
    rm -rf "$venv"
    pyver="$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
    apt_install "python${pyver}-venv" || apt_install python3-venv
    "$python" -m venv "$venv"
  fi
fi

stamp_file="$venv/.iwebs-install-stamp"
stamp="$(
  {
    "$venv/bin/python" -c 'import sys; print(sys.version)'
    sha256sum constraints.txt pyproject.toml
  } | sha256sum | cut -d' ' -f1
)"
if [ "$(cat "$stamp_file" 2>/dev/null || true)" != "$stamp" ]; then
  log "installing Python packages (pip install -c constraints.txt -e .[client,dev])"
  rm -f "$stamp_file"
  "$venv/bin/python" -m pip install --quiet -c constraints.txt -e ".[client,dev]"
  echo "$stamp" >"$stamp_file"
else
  log "Python packages up to date (.venv)"
fi

# --------------------------------------------------------------------------- i18n
i18n_state() {
  # Hash of the build script and of every .ts source and compiled .qm (wherever the
  # client keeps them), so a changed source or a deleted .qm triggers a rebuild.
  {
    sha256sum scripts/build_translations.py
    find resources client -path '*/__pycache__' -prune -o -type f \( -name '*.ts' -o -name '*.qm' \) \
      -print0 2>/dev/null | sort -z | xargs -0 -r sha256sum
  } | sha256sum | cut -d' ' -f1
}
if [ -f scripts/build_translations.py ]; then
  i18n_stamp_file="$venv/.iwebs-i18n-stamp"
  if [ "$(cat "$i18n_stamp_file" 2>/dev/null || true)" != "$(i18n_state)" ]; then
    log "building translations (scripts/build_translations.py)"
    "$venv/bin/python" scripts/build_translations.py
    i18n_state >"$i18n_stamp_file"
  fi
fi

# --------------------------------------------------------------------------- dev tools
if [ "$dev_tools" -eq 1 ]; then
  # buf, pinned exactly in package.json; installed locally, no lock file written
  # (a lock file would name the registry host).
  buf_stamp_file="node_modules/.iwebs-buf-stamp"
  buf_stamp="$(sha256sum package.json | cut -d' ' -f1)"
  if [ ! -x node_modules/.bin/buf ] || [ "$(cat "$buf_stamp_file" 2>/dev/null || true)" != "$buf_stamp" ]; then
    if ! command -v npm >/dev/null 2>&1; then
      log "npm is missing: cannot install buf"
      exit 1
    fi
    log "installing buf (npm, pinned in package.json)"
    npm install --no-save --no-package-lock --no-audit --no-fund --loglevel=error >/dev/null
    echo "$buf_stamp" >"$buf_stamp_file"
  fi
fi

log "ready"
