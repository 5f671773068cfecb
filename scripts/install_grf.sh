#!/usr/bin/env bash
# Google Research Football (gfootball 2.10.2) into .venv: the Debian packages its C++ engine builds against, then
# the engine itself, compiled from the PyPI source distribution (about 10 minutes on 2 cores the first time; pip
# caches the built wheel, so a later install of the same version takes seconds).
# Traps this avoids (each seen here): gfootball's build imports psutil inside pip's isolated build (so: build
# without isolation, with psutil, wheel and setuptools<70 present); gym 0.26 changed reset/step (pin 0.23.1);
# six is used but not declared.
# Exit status: 0 installed (or already there), 1 failed. Run by scripts/setup.sh; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
[ -x "$PY" ] || { echo "install_grf: no .venv here; run scripts/setup.sh first" >&2; exit 1; }
if "$PY" -c "import gfootball_engine, gfootball.env, gym; assert tuple(map(int, gym.__version__.split('.')[:2])) < (0, 26)" 2>/dev/null; then
  exit 0
fi
DEBIAN_PACKAGES="build-essential cmake libgl1-mesa-dev libsdl2-dev libsdl2-image-dev libsdl2-ttf-dev libsdl2-gfx-dev libboost-dev libboost-thread-dev libboost-system-dev libboost-filesystem-dev libboost-python-dev"
missing=""
for p in $DEBIAN_PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  if ! command -v apt-get >/dev/null; then
    echo "install_grf: football's engine needs these Debian/Ubuntu packages (or your system's equivalents):$missing" >&2
    exit 1
  fi
  echo "install_grf: installing Debian packages:$missing"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
echo "install_grf: building gfootball 2.10.2 (about 10 minutes the first time) ..."
export PATH="$PWD/.venv/bin:$PATH"      # its engine build script runs `python3 -c 'import psutil'`: the venv's python
"$PY" -m pip install -q "setuptools<70" wheel psutil "gym==0.23.1" six
"$PY" -m pip install -q --no-build-isolation "gfootball==2.10.2"
# setuptools<70 was for gfootball's setup.py only; torch declares setuptools>=77.0.3
"$PY" -m pip install -q "setuptools>=77.0.3"
"$PY" -c "import gfootball_engine, gfootball.env" && echo "install_grf: done"
