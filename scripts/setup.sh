#!/usr/bin/env bash
# Installs what Port Twin needs on a Debian/Ubuntu machine, skipping what is already there:
#   - PostgreSQL and PostGIS, and a Japanese font for plots (OS packages, via apt-get as root
#     or with sudo);
#   - a Python virtual environment in .venv with the pinned dependencies (constraints.txt);
#   - Node.js/npm and the viewer's npm packages (viewer/package-lock.json).
# Extra OS packages can be asked for with PORTTWIN_EXTRA_PACKAGES="pkg1 pkg2".
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo "$@"
  else return 1
  fi
}

apt_updated=""
apt_install() {
  if ! command -v apt-get >/dev/null 2>&1 || ! as_root true; then
    echo "Port Twin needs these OS packages: $*" >&2
    echo "Install them (e.g. 'sudo apt-get install $*') and run the command again." >&2
    exit 1
  fi
  echo "==> installing OS packages: $*"
  if [ -z "$apt_updated" ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    apt_updated=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

pg_version() { ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -n 1; }

# PostgreSQL + PostGIS
if [ -z "$(pg_version)" ] || [ ! -x "/usr/lib/postgresql/$(pg_version)/bin/initdb" ]; then
  apt_install postgresql
fi
v="$(pg_version)"
if [ ! -f "/usr/share/postgresql/$v/extension/postgis.control" ]; then
  apt_install "postgresql-$v-postgis-3"
fi

# A Japanese font: plots (grade forecasts, cost profiles) are labelled in Japanese
if ! dpkg-query -W -f='${Status}' fonts-ipafont-gothic 2>/dev/null | grep -q "install ok installed"; then
  apt_install fonts-ipafont-gothic
fi

# Extra packages asked for by a caller (browser tests, MQTT broker …)
missing=()
for pkg in ${PORTTWIN_EXTRA_PACKAGES:-}; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"

# Node.js for the viewer's browser dependencies (deck.gl from npm, served by the app)
if ! command -v npm >/dev/null 2>&1; then
  apt_install nodejs npm
fi
lock_stamp="$(sha256sum viewer/package-lock.json | cut -d' ' -f1)"
if [ "$(cat viewer/node_modules/.installed 2>/dev/null)" != "$lock_stamp" ]; then
  echo "==> installing the viewer's npm packages (deck.gl)"
  (cd viewer && npm ci --legacy-peer-deps --ignore-scripts --no-audit --no-fund --silent)
  echo "$lock_stamp" > viewer/node_modules/.installed
fi

# Python environment
python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "Port Twin needs Python 3.11 or newer; python3 is $(python3 --version 2>&1)" >&2; exit 1; }
if [ ! -x .venv/bin/python ]; then
  if ! python3 -m venv .venv 2>/dev/null; then
    rm -rf .venv
    apt_install python3-venv
    python3 -m venv .venv
  fi
fi
stamp="$(cat pyproject.toml constraints.txt | sha256sum | cut -d' ' -f1)"
if [ "$(cat .venv/.installed 2>/dev/null)" != "$stamp" ]; then
  echo "==> installing Python dependencies into .venv"
  .venv/bin/python -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[dev]'
  echo "$stamp" > .venv/.installed
fi
