#!/usr/bin/env bash
# The benchmark from a fresh clone in one command: install (as test.sh does), then bench/run.py with its own Neo4j.
# Usage: ./scripts/bench.sh [--quick] [--articles N] [--concurrency 2,8] [--seconds S] [--out DIR]
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/setup.sh" dev
cd "$ROOT"
exec python bench/run.py "$@"
