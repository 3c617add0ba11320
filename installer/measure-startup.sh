#!/usr/bin/env bash
# Time from launch to the first window: the app-image, `mvn javafx:run`, and a minimal JavaFX window, in one run.
# Each prints "first-window-ms" (since its JVM started) when its first window is laid out; ClaimBench also prints
# "case-shown-ms" when the case's text is on screen, and then quits. The wall time runs from the launch to the exit.
# Usage (from the project root, after `mvn -Pinstaller package`): installer/measure-startup.sh [ROUNDS]
set -euo pipefail
rounds="${1:-5}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :97 -screen 0 1600x1000x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb' EXIT
  export DISPLAY=:97
  sleep 1
fi
store="$(mktemp -d)"
target/installer/ClaimBench/bin/ClaimBench demo --data-dir "$store" >/dev/null
cp="target/test-classes:$(ls target/lib/javafx-*.jar | tr '\n' ':')"

run() { # label, command...
  local label="$1"; shift
  local walls=() jvms=() cases=()
  for _ in $(seq "$rounds"); do
    local t0 t1 out
    t0=$(date +%s%N)
    out="$("$@" 2>&1 | grep -E 'first-window-ms=|case-shown-ms=' || true)"
    t1=$(date +%s%N)
    walls+=($(( (t1 - t0) / 1000000 )))
    jvms+=("$(printf '%s\n' "$out" | sed -n 's/^first-window-ms=//p' | head -1)")
    cases+=("$(printf '%s\n' "$out" | sed -n 's/^case-shown-ms=//p' | head -1)")
  done
  local wall jvm shown
  wall=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(( (rounds + 1) / 2 ))p")
  jvm=$(printf '%s\n' "${jvms[@]}" | sort -n | sed -n "$(( (rounds + 1) / 2 ))p")
  shown=$(printf '%s\n' "${cases[@]}" | sort -n | sed -n "$(( (rounds + 1) / 2 ))p")
  echo "$label|$wall|$jvm|${shown:--}"
}

echo "what|wall ms to exit (median of $rounds)|JVM start to first window, ms|JVM start to the case's text, ms"
run "minimal JavaFX window" java -cp "$cp" org.claimbench.bench.MinimalWindow
run "ClaimBench app-image" target/installer/ClaimBench/bin/ClaimBench --data-dir "$store" --startup-timing
run "ClaimBench via mvn javafx:run" mvn -q -o javafx:run -Djavafx.args="--data-dir $store --startup-timing"
rm -rf "$store"
