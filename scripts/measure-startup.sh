#!/usr/bin/env bash
# Measures the time from starting `tracker serve` to the first 200 on /health, on the embedded
# database: the first start (creates the database, migrates, loads the Halton example) and
# restarts on the same data. Needs a build (npm run build).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-3917}
RUNS=${RUNS:-5}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

measure() {
  local start end pid
  start=$(date +%s%N)
  DATA_DIR=$dir PORT=$PORT LOG_LEVEL=warn node dist/src/cli.js serve >/dev/null 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1; do sleep 0.02; done
  end=$(date +%s%N)
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
  echo $(((end - start) / 1000000))
}

echo "first start (new database, migrations, Halton example): $(measure) ms"
for i in $(seq 1 "$RUNS"); do echo "restart $i: $(measure) ms"; done
