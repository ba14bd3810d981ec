#!/usr/bin/env bash
# Developer check (not in CI): render the sample 6-month report as .docx, convert it to PDF with LibreOffice and the
# pages to PNG, then look at them (a party document: header block side by side, the rule under ĐẢNG CỘNG SẢN VIỆT
# NAM, the title centred, bordered tables, signer right, recipients left). Needs Debian's libreoffice-writer and
# poppler-utils (apt-get install -y libreoffice-writer poppler-utils). Usage: scripts/check-report-docx.sh [out-dir]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-${TMPDIR:-/tmp}/dangvu-report-check}"
mkdir -p "$out"
command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y libreoffice-writer" >&2; exit 1; }
command -v pdftoppm >/dev/null || { echo "pdftoppm not found: apt-get install -y poppler-utils" >&2; exit 1; }
(cd "$root" && npx tsx apps/server/test/report-sample-write.ts "$out")
profile="$(mktemp -d)"
for name in bao-cao-mau bao-cao-mau-du-thao; do
  soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$out/$name.docx" >/dev/null
  pdftoppm -png -r 60 "$out/$name.pdf" "$out/$name"
done
rm -rf "$profile"
ls "$out"/*.png
