#!/usr/bin/env bash
# Sets up what is missing (with LibreOffice, which only the tests use), then runs every test tier
# (unit, integration, browser). Integration tests use the PostgreSQL server at DATABASE_URL when it
# is set, each test file in a database of its own, and embedded PGlite otherwise. Extra arguments
# go to Jest, e.g.
#   npm test -- --selectProjects unit
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --for-tests
# PGlite loads its WebAssembly with dynamic import(), which Jest allows only with this flag.
export NODE_OPTIONS="${NODE_OPTIONS:-} --experimental-vm-modules --no-warnings=ExperimentalWarning"
exec npx --no-install jest --passWithNoTests "$@"
