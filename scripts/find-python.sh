#!/usr/bin/env bash
# Print the path of a Python 3.12+ interpreter that actually runs, or explain what to install.
# Candidates are tried by running them: a pyenv shim on PATH may exist yet refuse to run.
set -u
root="${PYENV_ROOT:-$HOME/.pyenv}"
candidates=("${KG_PYTHON:-}" python3.14 python3.13 python3.12 python3)
for dir in "$root"/versions/3.1[2-9]* "$root"/versions/3.[2-9][0-9]* /usr/local/bin /usr/bin /opt/homebrew/bin; do
  for exe in "$dir"/bin/python3 "$dir"/python3.1[2-9]; do
    [ -x "$exe" ] && candidates+=("$exe")
  done
done
for c in "${candidates[@]}"; do
  [ -n "$c" ] || continue
  if "$c" -c 'import sys, venv; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then
    "$c" -c 'import sys; print(sys.executable)'
    exit 0
  fi
done
cat >&2 <<'MSG'
kg needs Python 3.12 or newer, and none was found that runs.
Tried: $KG_PYTHON, python3.14, python3.13, python3.12, python3 on PATH, and pyenv's versions folder.
Install one, for example:
  Debian/Ubuntu:  sudo apt-get install python3.12 python3.12-venv
  pyenv:          pyenv install 3.12
  macOS:          brew install python@3.12
or point KG_PYTHON at an interpreter: make demo KG_PYTHON=/path/to/python3.12
MSG
exit 1
