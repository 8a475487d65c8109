#!/usr/bin/env bash
# The main job on a fresh machine: install, start Neo4j, ingest the sample articles, serve the API.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/setup.sh"
exec graphkit up "$@"
