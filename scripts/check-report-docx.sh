#!/usr/bin/env bash
# Developer check (not in CI): render the sample 6-month report as .docx, convert it to PDF with LibreOffice and the
# pages to PNG, then look at them (a party document: header block side by side, the rule under ĐẢNG CỘNG SẢN VIỆT
# NAM, the title centred, bordered tables, signer right, recipients left). With --demo, also the committee's real
# 6-month report from a fresh demo database (scripts/report-files-demo.js; a few minutes to seed).
# Needs Debian's libreoffice-writer and poppler-utils (apt-get install -y libreoffice-writer poppler-utils).
# Usage: scripts/check-report-docx.sh [--demo] [out-dir]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
demo=0
if [ "${1:-}" = "--demo" ]; then demo=1; shift; fi
out="${1:-${TMPDIR:-/tmp}/dangvu-report-check}"
mkdir -p "$out"
command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y libreoffice-writer" >&2; exit 1; }
command -v pdftoppm >/dev/null || { echo "pdftoppm not found: apt-get install -y poppler-utils" >&2; exit 1; }
names=(bao-cao-mau bao-cao-mau-du-thao)
(cd "$root" && npx tsx apps/server/test/report-sample-write.ts "$out")
if [ "$demo" = 1 ]; then
  (cd "$root" && node scripts/report-files-demo.js "$out")
  names+=(bao-cao-demo)
fi
profile="$(mktemp -d)"
for name in "${names[@]}"; do
  rm -f "$out/$name"-*.png
  soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$out/$name.docx" >/dev/null
  pdftoppm -png -r 70 "$out/$name.pdf" "$out/$name"
done
rm -rf "$profile"
ls "$out"/*.png
