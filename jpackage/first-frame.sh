#!/usr/bin/env bash
# Measures the time from launch to the designer's first frame under a private Xvfb display.
# Usage: jpackage/first-frame.sh [--runs N] LAUNCHER [ARGS...]
#   e.g. jpackage/first-frame.sh --runs 5 target/jpackage/image/zmq-studio/bin/zmq-studio
# "First frame" = the first screen grab (xwd, polled every few ms) that holds a rendered window: its gzip size is
# well above the empty screen's, so a blank window being mapped does not count. Needs Xvfb, xwd (x11-apps), xwininfo (x11-utils), gzip.
# Prints one line per run and the medians, in milliseconds: wall time, and the app's CPU time up to that frame
# (steadier than wall time on a shared machine). The app is closed after each run.
set -euo pipefail

runs=5
if [ "${1:-}" = --runs ]; then runs=$2; shift 2; fi
[ $# -ge 1 ] || { sed -n '2,7p' "$0"; exit 2; }
for tool in Xvfb xwd xwininfo gzip; do command -v $tool >/dev/null || { echo "error: $tool is missing" >&2; exit 2; }; done

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
threshold=$(( empty * 2 + 20000 ))

times=()
cpus=()
for run in $(seq "$runs"); do
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 &
  app=$!
  ms=""
  while :; do
    now=$(date +%s%N)
    # Cheap until the app has created a named top-level window; only then the (costlier) screen grabs.
    if [ "$(xwininfo -root -children 2>/dev/null | grep -c '^ *0x[0-9a-f]* "')" -eq 0 ]; then
      sleep 0.01
    elif [ "$(grab)" -gt "$threshold" ]; then
      ms=$(( (now - start) / 1000000 ))
      cpu=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$app/stat" 2>/dev/null || echo "?")
      break
    fi
    if ! kill -0 "$app" 2>/dev/null; then echo "run $run: the app exited before showing a window" >&2; break; fi
    if [ $(( (now - start) / 1000000 )) -gt 30000 ]; then echo "run $run: no frame within 30 s" >&2; break; fi
  done
  kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true
  app=""
  [ -n "$ms" ] || exit 1
  echo "run $run: first frame after $ms ms (app CPU time so far: $cpu ms; load average $(cut -d' ' -f1 /proc/loadavg))"
  times+=("$ms")
  cpus+=("$cpu")
  sleep 0.5
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median first frame: $(median "${times[@]}") ms (CPU $(median "${cpus[@]}") ms) over $runs runs"
