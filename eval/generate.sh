#!/usr/bin/env bash
# Regenerates one test set (eval/generate.sh eval/final): text, HTML and truth from <set>/source/ (author.py), then
# Word and PDF files from the HTML with LibreOffice, as a secretariat exporting a web page would. Idempotent: every
# output is rewritten. Needs python3 and LibreOffice (Debian: libreoffice-writer-nogui, fonts-noto-core).
set -euo pipefail
tools="$(cd "$(dirname "$0")" && pwd)"
cd "${1:?usage: eval/generate.sh <test set folder, e.g. eval/final>}"

python3 "$tools/author.py" .

rm -rf docx pdf
mkdir -p docx pdf
# A private profile: a running LibreOffice (or another user's settings) must not change the output.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
office=(libreoffice "-env:UserInstallation=file://$profile" --headless)
# writerglobal8_HTML would make master documents; the Writer web import keeps lists as Word numbering.
"${office[@]}" --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' --outdir docx html/*.html >/dev/null
"${office[@]}" --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir pdf html/*.html >/dev/null

for file in docx/* pdf/*; do
  size=$(stat -c %s "$file")
  if [ "$size" -gt 81920 ]; then
    echo "warning: $file is $size bytes (over 80 KB)" >&2
  fi
done
echo "$(ls docx | wc -l) docx, $(ls pdf | wc -l) pdf"
