#!/usr/bin/env bash
# Install everything (packages, spaCy model, Neo4j jars on first server start) and run the tests
# against a real Neo4j 5 that the test session starts and stops itself.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/setup.sh" dev
cd "$ROOT"
exec python -m pytest "$@"
