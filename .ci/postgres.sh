#!/usr/bin/env bash
# Installs and starts a shared PostgreSQL server on 127.0.0.1:5432 and exports RESBOT_TEST_POSTGRES for it. Optional:
# without it the storage tests start a throwaway server of their own (see test.sh).
# Handy to inspect what the tests left: `source .ci/postgres.sh`, then run the tests from that shell.
set -euo pipefail

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | grep -q online; then
  pg_lsclusters -h | grep -q "^$version main" || pg_createcluster "$version" main >/dev/null
  pg_ctlcluster "$version" main start
fi

su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='resbot'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"CREATE ROLE resbot LOGIN SUPERUSER PASSWORD 'resbot'\""

export RESBOT_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Username=resbot;Password=resbot;Database=postgres"
echo "PostgreSQL $version on 127.0.0.1:5432 for the tests"
