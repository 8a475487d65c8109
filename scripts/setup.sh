#!/usr/bin/env bash
# Shared set-up for run.sh and test.sh: a virtual environment with graphkit and its spaCy model.
# Usage: source scripts/setup.sh [extras]   (extras: "dev" for the test tools)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
  echo "graphkit needs Python 3.11 or newer; set PYTHON=/path/to/python3.11" >&2
  exit 1
fi
for tool in java mvn; do
  command -v "$tool" >/dev/null 2>&1 || [ -n "${NEO4J_URI:-}" ] || {
    echo "warning: '$tool' not found; the local Neo4j needs Java 17+ and Maven (or set NEO4J_URI to your own server)" >&2; }
done
if [ ! -x "$ROOT/.venv/bin/python" ]; then
  "$PYTHON" -m venv "$ROOT/.venv"
fi
VENV="$ROOT/.venv"
extras="${1:-}"
target="$ROOT"
[ -n "$extras" ] && target="$ROOT[$extras]"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$target"
export PATH="$VENV/bin:$PATH"
