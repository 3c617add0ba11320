#!/usr/bin/env bash
# Makes the app-image start faster: records the classes a start loads into a class-data archive (AppCDS) beside
# the application, and tells the launcher to map it. The training run opens the window on a temporary store with
# the demo case (under Xvfb when there is no display), or, where no display can be had, runs the command line.
# A start without the archive, or with one the JVM cannot map, is only slower: the JVM falls back by itself.
# Usage: installer/class-archive.sh PATH/TO/LAUNCHER
set -euo pipefail
launcher="$1"
image="$(cd "$(dirname "$launcher")/.." && pwd)"
cfg="$(find "$image" -name 'ClaimBench.cfg' | head -n 1)"
[ -n "$cfg" ] || { echo "class archive: no ClaimBench.cfg under $image" >&2; exit 1; }
appdir="$(dirname "$cfg")"
archive="$appdir/claimbench.jsa"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rm -f "$archive"
# the runtime's archive for uncompressed object pointers is never used: the heap is capped at 2 GB
find "$image" -name 'classes_nocoops.jsa' -delete

"$launcher" demo --data-dir "$work/store" > /dev/null
export JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive -Xlog:disable -Xlog:all=error:stderr"
if [ -n "${DISPLAY:-}" ]; then
  how="the window"
  "$launcher" --data-dir "$work/store" --startup-timing > /dev/null 2>&1 || true
elif command -v xvfb-run > /dev/null; then
  how="the window, under Xvfb"
  xvfb-run -a -s "-screen 0 1600x1000x24" "$launcher" --data-dir "$work/store" --startup-timing > /dev/null 2>&1 || true
else
  how="the command line (no display, no Xvfb)"
  "$launcher" report --case 1 --format pdf -o "$work/report.pdf" --data-dir "$work/store" > /dev/null 2>&1 || true
fi
unset JAVA_TOOL_OPTIONS

if [ ! -s "$archive" ]; then
  echo "class archive: the training run made no archive; the application starts without one"
  exit 0
fi
# the options go at the top of [JavaOptions]; JVM warnings go to stderr, so that a command's output on stdout stays clean
awk '{ print }
     /^\[JavaOptions\]$/ {
       print "java-options=-XX:SharedArchiveFile=$APPDIR/claimbench.jsa"
       print "java-options=-Xshare:auto"
       print "java-options=-Xlog:disable"
       print "java-options=-Xlog:all=warning:stderr"
     }' "$cfg" > "$work/cfg"
grep -q 'SharedArchiveFile' "$work/cfg" || { echo "class archive: $cfg has no [JavaOptions] section" >&2; exit 1; }
cp "$work/cfg" "$cfg"
echo "class archive: $(( $(stat -c %s "$archive" 2>/dev/null || stat -f %z "$archive") / 1048576 )) MB, trained on $how"
