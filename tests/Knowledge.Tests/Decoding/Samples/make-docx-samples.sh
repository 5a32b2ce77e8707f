#!/bin/sh
# Regenerates the Word samples for the decoder tests from their sources with LibreOffice:
# docx-*.fodt (flat ODF, for list styles HTML cannot state: "(A)", "(a)", Arabic letters, start values) and
# docx-*.source.html (plain <ol> lists). The numbers exist only as list numbering in the sources, so the .docx
# files carry them only as Word auto-numbering (word/numbering.xml). Formats LibreOffice cannot write
# (arabicAbjad, hindiNumbers, lvlRestart, startOverride on a shared list) are built in code by the tests.
set -eu
cd "$(dirname "$0")"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for source in docx-*.fodt docx-*.source.html; do
    libreoffice --headless --convert-to docx:"MS Word 2007 XML" --outdir "$out" "$source" >/dev/null
    name=${source%.fodt}
    name=${name%.source.html}
    mv "$out/$(basename "${source%.*}").docx" "$name.docx"
done
ls -l docx-*.docx
