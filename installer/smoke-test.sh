#!/usr/bin/env bash
# Self-check of a built ClaimBench: the launcher answers --version, and a headless run opens a temporary store,
# imports a sample complaint and writes a report. Usage: installer/smoke-test.sh PATH/TO/LAUNCHER
set -euo pipefail
launcher="$1"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

version="$("$launcher" --version)"
echo "version: $version"
[[ "$version" == ClaimBench* ]] || { echo "smoke test: --version said \"$version\"" >&2; exit 1; }

"$launcher" demo --data-dir "$work/store" > "$work/case-id"
case_id="$(cat "$work/case-id")"
"$launcher" import "$here/smoke/sample-complaint.txt" --case "$case_id" --kind exhibit --data-dir "$work/store" > /dev/null
"$launcher" report --case "$case_id" --format pdf -o "$work/report.pdf" --data-dir "$work/store"
"$launcher" analyze "$here/smoke/sample-complaint.txt" --json > "$work/analysis.json"
grep -q '"caseNumber" : "5:24-cv-05120-EJD"' "$work/analysis.json" || { echo "smoke test: analyze did not find the case number" >&2; exit 1; }
size=$(stat -c %s "$work/report.pdf" 2>/dev/null || stat -f %z "$work/report.pdf")
[ "$size" -gt 10000 ] || { echo "smoke test: the report is only $size bytes" >&2; exit 1; }
head -c 5 "$work/report.pdf" | grep -q '%PDF-' || { echo "smoke test: the report is not a PDF" >&2; exit 1; }
echo "smoke test passed: store, import, analysis and a $size-byte report"
