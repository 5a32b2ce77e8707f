#!/usr/bin/env bash
# Prints manifests/slack/manifest.yaml with its https://resbot.example.org placeholders replaced by your host,
# ready to paste at https://api.slack.com/apps → Create New App → From an app manifest.
#
#   scripts/slack-manifest.sh --host <https URL or host of resbot serve> [> slack-manifest.yaml]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
host=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --host) host="$2"; shift 2 ;;
    -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
# https://host/api/slack/events → host: the manifest's paths are ResBot's own.
host="${host#https://}"
host="${host%%/*}"
if [[ -z "$host" || "$host" == *"://"* || ! "$host" =~ ^[A-Za-z0-9]([A-Za-z0-9.:-]*[A-Za-z0-9])?$ ]]; then
  echo "--host must be the public https address of resbot serve (e.g. https://abc123.devtunnels.ms); Slack only calls https" >&2
  exit 2
fi
sed "/^#/!s#https://resbot\.example\.org#https://$host#g" "$root/manifests/slack/manifest.yaml"
