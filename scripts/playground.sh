#!/usr/bin/env bash
# A local Teams loop without Azure or a tenant: starts `resbot serve` unauthenticated on loopback and
# Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground) in front of it, then opens nothing:
# browse to http://localhost:56150 and ask "What did 38/4 ask member states to do?".
#
#   scripts/playground.sh [--data <folder>]      # Ctrl+C stops both
#
# Needs Node.js with npm (the playground is fetched by npx on first use) and the .NET SDK.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${TMPDIR:-/tmp}/resbot-playground"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --data) data="$2"; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
command -v npx >/dev/null || { echo "playground.sh needs Node.js and npm (npx): https://nodejs.org" >&2; exit 2; }

# Loopback only, no App ID: ResBot accepts unsigned activities and answers only loopback serviceUrls.
Teams__AllowUnauthenticated=true Teams__AppId= \
  dotnet run --project "$root/src/Bot" -- serve --data "$data" --urls http://127.0.0.1:3978 &
serve=$!
trap 'kill "$serve" 2>/dev/null || true' EXIT
until curl -fs http://127.0.0.1:3978/readyz >/dev/null 2>&1; do
  kill -0 "$serve" 2>/dev/null || { echo "resbot serve stopped; see its log above" >&2; exit 1; }
  sleep 1
done
npx --yes @microsoft/m365agentsplayground -e http://127.0.0.1:3978/api/messages -c msteams --disable-telemetry
