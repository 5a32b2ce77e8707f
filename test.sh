#!/usr/bin/env bash
# Runs every test. The PostgreSQL storage tests start a throwaway server of their own from the installed
# PostgreSQL binaries (initdb + pg_ctl in a temporary folder, on a free loopback port), so all this script adds to
# `dotnet test ResBot.sln` is installing those binaries when they are missing (which needs root and apt, as on CI).
# Set RESBOT_TEST_POSTGRES to a connection string to use a server of your own instead (`source .ci/postgres.sh`).
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v initdb >/dev/null 2>&1 && ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "PostgreSQL is not installed and this is not root: install it (sudo apt-get install postgresql) and run ./test.sh again" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi

dotnet test ResBot.sln "$@"
