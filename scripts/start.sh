#!/usr/bin/env bash
# Sets up what is missing, then starts Improvement Tracker. With no DATABASE_URL it runs on the
# embedded database in ./data and loads the Halton example on first start.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec node dist/src/cli.js serve
