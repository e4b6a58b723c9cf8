#!/usr/bin/env bash
# One command for a newcomer: install, build, start a local server over demo data, open the console
# signed in to it. Extra arguments go to the console (e.g. --demo-members 100000).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
exec ./build/app/loyalty-console --demo "$@"
