#!/usr/bin/env bash
# Builds the Teams app package (a zip with manifest.json, the icons and the localization files at its root)
# for upload in Teams ("Apps > Manage your apps > Upload an app") or the Teams Developer Portal.
#
#   scripts/package-teams-app.sh --bot-id <Microsoft App ID> --domain <bot host, e.g. abc123.devtunnels.ms> [--out artifacts/resbot-teams.zip]
#
# The bot id defaults to $Teams__AppId; the domain is added to validDomains.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bot_id="${Teams__AppId:-}"
domain=""
out="$root/artifacts/resbot-teams.zip"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --bot-id) bot_id="$2"; shift 2 ;;
    --domain) domain="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

if ! [[ "$bot_id" =~ ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$ ]]; then
  echo "--bot-id (or Teams__AppId) must be the bot's Microsoft App ID, a GUID" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$root"/manifests/teams/{color.png,outline.png,ar.json,fr.json} "$work/"

python3 - "$root/manifests/teams/manifest.json" "$work/manifest.json" "$bot_id" "$domain" <<'PY'
import json, sys
source, target, bot_id, domain = sys.argv[1:5]
with open(source, encoding="utf-8") as f:
    manifest = json.load(f)
for bot in manifest["bots"]:
    bot["botId"] = bot_id
for extension in manifest["composeExtensions"]:
    extension["botId"] = bot_id
if domain and domain not in manifest["validDomains"]:
    manifest["validDomains"].append(domain)
with open(target, "w", encoding="utf-8") as f:
    json.dump(manifest, f, ensure_ascii=False, indent=2)
PY

mkdir -p "$(dirname "$out")"
out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
rm -f "$out"
(cd "$work" && python3 -m zipfile -c "$out" manifest.json color.png outline.png ar.json fr.json)
echo "$out"
