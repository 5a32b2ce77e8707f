#!/bin/sh
# Regenerates the sample PDFs of PdfDecoderTests from their sources (LibreOffice 7.4+, python3, fonts-noto-core).
# The wording of every sample is invented for the tests; none is copied from a real resolution.
set -e
cd "$(dirname "$0")"
out=$(mktemp -d)
python3 make-fodt.py .
python3 make-png.py scan.png
# HTML through Writer (not Writer/Web), so Arabic paragraphs are laid out right to left as a word processor would.
libreoffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$out" oic-inf.en.html oic-inf.fr.html oic-inf.ar.html
libreoffice --headless --convert-to pdf:writer_pdf_Export --outdir "$out" multipage.en.fodt two-column.en.fodt
libreoffice --headless --infilter="HTML (StarWriter)" \
  --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}' \
  --outdir "$out/enc" oic-inf.en.html
mv "$out"/*.pdf .
mv "$out/enc/oic-inf.en.pdf" encrypted.en.pdf
rm -rf "$out"
ls -l *.pdf
