#!/usr/bin/env bash
# Runs every test: installs and starts PostgreSQL on loopback for the storage tests (needs root, as on CI),
# then runs the whole solution's test suite.
set -euo pipefail
cd "$(dirname "$0")"

source .ci/postgres.sh

dotnet test ResBot.sln "$@"
