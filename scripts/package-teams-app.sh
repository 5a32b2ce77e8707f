#!/usr/bin/env bash
# Builds the Teams app package (a zip with manifest.json, the icons and the localization files at its root)
# for upload in Teams ("Apps > Manage your apps > Upload an app") or the Teams Developer Portal.
#
#   scripts/package-teams-app.sh --bot-id <Microsoft App ID> --domain <bot host or URL>
#       [--app-id <GUID>] [--version <x.y.z>] [--website <https URL>] [--out artifacts/resbot-teams.zip]
#
# --bot-id   the Azure Bot's Microsoft App ID (default $Teams__AppId).
# --domain   the host Teams reaches the bot on, e.g. abc123.devtunnels.ms; a URL (https://host/api/messages) is
#            reduced to its host. It replaces the resbot.example.org placeholder in validDomains.
# --app-id   the Teams app's own id (not the bot's). Default: generated on first use and kept in teams-app-id
#            beside the zip (artifacts/), so a re-upload updates the same app instead of adding another.
# --version  the app version, x.y.z (default 1.0.0); raise it for every upload of a changed package.
# --website  the developer website; privacy and terms URLs are <website>/privacy and <website>/terms
#            (default https://<domain>).
#
# Needs python3 (JSON editing and the zip), as on every Linux and macOS developer machine.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bot_id="${Teams__AppId:-}"
app_id=""
version="1.0.0"
domain=""
website=""
out="$root/artifacts/resbot-teams.zip"
guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'

while [[ $# -gt 0 ]]; do
  case "$1" in
    --bot-id) bot_id="$2"; shift 2 ;;
    --app-id) app_id="$2"; shift 2 ;;
    --version) version="$2"; shift 2 ;;
    --domain) domain="$2"; shift 2 ;;
    --website) website="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done

if ! command -v python3 >/dev/null 2>&1; then
  echo "package-teams-app.sh needs python3 (to edit manifest.json and write the zip); install it (apt-get install python3) and run again" >&2
  exit 2
fi
if ! [[ "$bot_id" =~ $guid ]]; then
  echo "--bot-id (or Teams__AppId) must be the bot's Microsoft App ID, a GUID" >&2
  exit 2
fi
# https://host:443/api/messages → host: validDomains takes host names only.
domain="${domain#*://}"
domain="${domain%%/*}"
domain="${domain%%:*}"
if [[ -z "$domain" || ! "$domain" =~ ^[A-Za-z0-9*]([A-Za-z0-9.-]*[A-Za-z0-9])?$ ]]; then
  echo "--domain must be the bot's public host name (e.g. abc123.devtunnels.ms) or a URL on it" >&2
  exit 2
fi
if ! [[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  echo "--version must be x.y.z (e.g. 1.0.1), got '$version'" >&2
  exit 2
fi
website="${website:-https://$domain}"
website="${website%/}"
if ! [[ "$website" =~ ^https:// ]]; then
  echo "--website must be an https URL, got '$website'" >&2
  exit 2
fi

if [[ -z "$app_id" ]]; then
  kept="$(dirname "$out")/teams-app-id"
  if [[ ! -s "$kept" ]]; then
    mkdir -p "$(dirname "$kept")"
    python3 -c 'import uuid; print(uuid.uuid4())' > "$kept"
  fi
  app_id="$(tr -d '[:space:]' < "$kept")"
fi
if ! [[ "$app_id" =~ $guid ]]; then
  echo "--app-id must be a GUID, got '$app_id'" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$root"/manifests/teams/{color.png,outline.png,ar.json,fr.json} "$work/"

python3 - "$root/manifests/teams/manifest.json" "$work/manifest.json" "$bot_id" "$app_id" "$version" "$domain" "$website" <<'PY'
import json, sys
source, target, bot_id, app_id, version, domain, website = sys.argv[1:8]
with open(source, encoding="utf-8") as f:
    manifest = json.load(f)
manifest["id"] = app_id
manifest["version"] = version
for bot in manifest["bots"]:
    bot["botId"] = bot_id
for extension in manifest["composeExtensions"]:
    extension["botId"] = bot_id
manifest["validDomains"] = [domain]
developer = manifest["developer"]
developer["websiteUrl"] = website
developer["privacyUrl"] = website + "/privacy"
developer["termsOfUseUrl"] = website + "/terms"
text = json.dumps(manifest, ensure_ascii=False, indent=2)
if "resbot.example.org" in text:
    sys.exit("manifest.json still holds a resbot.example.org placeholder after filling it in")
with open(target, "w", encoding="utf-8") as f:
    f.write(text)
PY

mkdir -p "$(dirname "$out")"
out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
rm -f "$out"
(cd "$work" && python3 -m zipfile -c "$out" manifest.json color.png outline.png ar.json fr.json)
echo "$out"
