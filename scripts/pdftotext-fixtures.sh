#!/bin/sh
# The text poppler's pdftotext makes of every PDF fixture, with and without -layout, committed so
# that tests/pdf/text-twins.test.ts runs without poppler (apt: poppler-utils). Rerun after adding
# or reprinting a PDF fixture: sh scripts/pdftotext-fixtures.sh
set -eu
cd "$(dirname "$0")/.."
out=tests/fixtures/pdf/text
mkdir -p "$out"
for pdf in tests/fixtures/pdf/*.pdf tests/fixtures/pdf/printed/*.pdf; do
  name=$(basename "$pdf" .pdf)
  pdftotext -enc UTF-8 "$pdf" "$out/$name.raw.txt"
  pdftotext -enc UTF-8 -layout "$pdf" "$out/$name.layout.txt"
done
pdftotext -v 2>&1 | head -1 > "$out/PDFTOTEXT_VERSION"
