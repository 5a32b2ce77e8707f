#!/usr/bin/env bash
# Installs the `resbot` command from this checkout: publishes a Release build into <prefix>/lib/resbot (the binary,
# appsettings.json and the bundled corpus beside it) and links <prefix>/bin/resbot to it, so `resbot serve` and
# `resbot ask …` work as the docs write them.
#
#   scripts/install.sh [--prefix <folder>]      # default ~/.local: ~/.local/bin/resbot
#
# Needs the .NET 10 SDK to build; the installed command needs only the .NET 10 runtime (ASP.NET Core included).
# Run it again to upgrade; remove <prefix>/lib/resbot and <prefix>/bin/resbot to uninstall. Data stays in --data.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prefix="$HOME/.local"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
command -v dotnet >/dev/null || { echo "install.sh needs the .NET 10 SDK (dotnet)" >&2; exit 2; }

prefix="$(mkdir -p "$prefix" && cd "$prefix" && pwd)"
lib="$prefix/lib/resbot"
mkdir -p "$prefix/lib"
staging="$(mktemp -d "$prefix/lib/.resbot-XXXXXX")"
trap 'rm -rf "$staging"' EXIT

# Published beside the old copy and swapped in at the end, so a failed build leaves the installed one working.
# ReadyToRun for this machine's runtime: the assemblies (Lucene.Net and the other packages included) ship compiled
# ahead of time, so a start does not spend its first second in the JIT: `resbot bench --open` at a million
# paragraphs measured 1.0 s of JIT before the first answer without it (docs/benchmarks.md). Still needs the shared
# .NET runtime, not self-contained.
dotnet publish "$root/src/Bot" -c Release -o "$staging" --nologo -v quiet --use-current-runtime --self-contained false -p:PublishReadyToRun=true
rm -rf "$lib.old"
[[ -d "$lib" ]] && mv "$lib" "$lib.old"
mv "$staging" "$lib"
rm -rf "$lib.old"
mkdir -p "$prefix/bin"
ln -sfn "$lib/resbot" "$prefix/bin/resbot"

echo "installed: $prefix/bin/resbot -> $lib/resbot"
case ":$PATH:" in
  *":$prefix/bin:"*) echo "try: resbot ask \"What did 38/4 ask member states to do?\"" ;;
  *) echo "$prefix/bin is not on PATH: add it (export PATH=\"$prefix/bin:\$PATH\") or run $prefix/bin/resbot" ;;
esac
