#!/usr/bin/env bash
# Measures the time from launch to the designer's first frame under a private Xvfb display.
# Usage: jpackage/first-frame.sh [--runs N] [--baseline] [--jar] [LAUNCHER [ARGS...]]
#   LAUNCHER: what to start (default: the installed app image, target/jpackage/image/zmq-studio/bin/zmq-studio,
#     opening push-pull.json; with --jar: java -jar target/zmq-studio.jar topologies/push-pull.json, README's way)
#   --baseline: also starts a bare JavaFX window (dev.zmqstudio.ui.bench.BareWindow: a 1400x900 canvas of 4,000
#     rectangles) on the same runtime and JavaFX jars, interleaved with the app, and prints the ratio of the medians
# "First frame" = the first screen grab (xwd, polled every few ms) that holds a rendered window: its gzip size is
# 15 KB above the empty screen's. A blank window being mapped adds about 5 KB (one colour compresses to nearly
# nothing), the designer's first frame (the diagram in its place, the panels' slots still empty) about 27 KB, the bare
# window's 4,000 rectangles about 100 KB. "Whole window" = the first grab at twice the empty screen's size plus 20 KB,
# which the designer reaches once its menus, toolbar, palette and panels are drawn (about 100 KB above empty).
# Needs Xvfb, xwd (x11-apps), xwininfo (x11-utils), gzip. Prints one line per launch and the medians in milliseconds:
# wall time, and the CPU time the process used up to the first frame (steadier than wall time on a shared machine).
# Each window is closed after its run.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5 baseline=0 jar=0
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --baseline) baseline=1; shift ;;
    --jar) jar=1; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) break ;;
  esac
done
for tool in Xvfb xwd xwininfo gzip; do command -v $tool >/dev/null || { echo "error: $tool is missing" >&2; exit 2; }; done

java=${JAVA_HOME:+$JAVA_HOME/bin/}java
image=target/jpackage/image/zmq-studio
bare_class=dev.zmqstudio.ui.bench.BareWindow
if [ "$jar" = 1 ]; then
  [ -f target/zmq-studio.jar ] || { echo "error: target/zmq-studio.jar is missing: mvn -B -q -DskipTests package" >&2; exit 2; }
  [ $# -gt 0 ] || set -- "$java" -jar target/zmq-studio.jar topologies/push-pull.json
  # JavaFX's modular jars (the ones with this system's classifier), as the app itself puts them in a module layer.
  javafx_path=$(for j in target/lib/javafx-*.jar; do unzip -l "$j" module-info.class >/dev/null 2>&1 && echo "$j" || true; done | paste -sd: -)
  bare=("$java" --module-path "$javafx_path" --add-modules javafx.controls --enable-native-access=javafx.graphics
    -cp target/zmq-studio.jar "$bare_class")
else
  [ -x "$image/bin/zmq-studio" ] || [ $# -gt 0 ] || { echo "error: no app image: jpackage/build.sh --type app-image" >&2; exit 2; }
  [ $# -gt 0 ] || set -- "$image/bin/zmq-studio" "$image/lib/app/topologies/push-pull.json"
  bare=("$image/lib/runtime/bin/java" --enable-native-access=javafx.graphics -cp "$image/lib/app/zmq-studio.jar" "$bare_class")
fi

display=:$(( 90 + RANDOM % 100 ))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=""
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null; kill "$xvfb" 2>/dev/null; true; }
trap cleanup EXIT
export DISPLAY=$display
for _ in $(seq 50); do xwd -root -silent >/dev/null 2>&1 && break; sleep 0.1; done
grab() { xwd -root -silent 2>/dev/null | gzip -1 | wc -c; }
empty=$(grab)
threshold=$(( empty + 15000 ))
whole_threshold=$(( empty * 2 + 20000 ))

# Starts "$@", waits for its first frame (sets ms and cpu) and its whole window (sets whole_ms), or fails.
first_frame() {
  local start now size
  ms="" cpu="" whole_ms=""
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 &
  app=$!
  while :; do
    now=$(date +%s%N)
    # Cheap until the app has created a named top-level window; only then the (costlier) screen grabs. Both poll
    # with pauses: on 2 cores, a watcher that spins takes CPU from the app it times, the more the longer it starts.
    if [ "$(xwininfo -root -children 2>/dev/null | grep -c '^ *0x[0-9a-f]* "')" -eq 0 ]; then
      sleep 0.03
    elif size=$(grab) && [ "$size" -gt "$threshold" ]; then
      if [ -z "$ms" ]; then
        ms=$(( (now - start) / 1000000 ))
        cpu=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$app/stat" 2>/dev/null || echo "?")
      fi
      if [ "$size" -gt "$whole_threshold" ]; then whole_ms=$(( (now - start) / 1000000 )); break; fi
      sleep 0.02
    else
      sleep 0.02
    fi
    if ! kill -0 "$app" 2>/dev/null; then echo "error: $1 exited before showing a window" >&2; break; fi
    if [ $(( (now - start) / 1000000 )) -gt 30000 ]; then echo "error: no frame within 30 s from $1" >&2; break; fi
  done
  kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true
  app=""
  [ -n "$ms" ] && [ -n "$whole_ms" ] || exit 1
  sleep 0.5
}

times=() cpus=() wholes=() bare_times=() bare_cpus=()
measure_app() {
  first_frame "$@"
  echo "run $run: app first frame after $ms ms (CPU $cpu ms), whole window after $whole_ms ms (load average $(cut -d' ' -f1 /proc/loadavg))"
  times+=("$ms"); cpus+=("$cpu"); wholes+=("$whole_ms")
}
measure_bare() {
  first_frame "${bare[@]}"
  echo "run $run: bare window first frame after $ms ms (CPU $cpu ms; load average $(cut -d' ' -f1 /proc/loadavg))"
  bare_times+=("$ms"); bare_cpus+=("$cpu")
}
for run in $(seq "$runs"); do
  # Interleaved, and in alternating order, so that neither side always runs with the other's leftovers.
  if [ "$baseline" = 1 ] && [ $((run % 2)) = 1 ]; then measure_bare; fi
  measure_app "$@"
  if [ "$baseline" = 1 ] && [ $((run % 2)) = 0 ]; then measure_bare; fi
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
app_ms=$(median "${times[@]}") app_cpu=$(median "${cpus[@]}") whole_ms=$(median "${wholes[@]}")
echo "median first frame: $app_ms ms (CPU $app_cpu ms) over $runs runs; whole window: $whole_ms ms"
if [ "$baseline" = 1 ]; then
  bare_ms=$(median "${bare_times[@]}") bare_cpu=$(median "${bare_cpus[@]}")
  echo "median bare JavaFX window: $bare_ms ms (CPU $bare_cpu ms) over $runs runs"
  awk -v a="$app_ms" -v b="$bare_ms" -v ac="$app_cpu" -v bc="$bare_cpu" \
    'BEGIN { printf "ratio app/bare window: %.2f (CPU %.2f)\n", a / b, ac / bc }'
  awk -v w="$whole_ms" -v b="$bare_ms" 'BEGIN { printf "ratio whole window/bare window: %.2f\n", w / b }'
fi
