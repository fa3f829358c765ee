#!/usr/bin/env bash
# Checks the .deb built by jpackage/build.sh without installing it: unpacks it with dpkg-deb -x into a temporary
# folder, checks the installed layout (launcher, desktop entry, icon, examples, AOT caches), opens the designer once
# (a screenshot; it must print nothing else, such as JavaFX's warnings), then runs the unpacked
# launcher headless on the pipeline example and checks its report, once in-process and once with every node in its
# own process (each child must map the child processes' AOT cache), and measures child start-up with and without it.
# Usage: jpackage/test-deb.sh [path/to/zmq-studio_*.deb]      (exit 0 = all good, 1 = a check failed)
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "test-deb: FAIL: $*" >&2; exit 1; }
deb=${1:-$(ls target/jpackage/zmq-studio_*.deb 2>/dev/null | head -n 1)}
[ -n "$deb" ] && [ -f "$deb" ] || fail "no .deb found: run jpackage/build.sh first (or pass the file)"
command -v dpkg-deb >/dev/null || fail "dpkg-deb is missing (apt-get install dpkg)"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp/root"
app="$tmp/root/opt/zmq-studio"
launcher="$app/bin/zmq-studio"
examples="$app/lib/app/topologies"
echo "test-deb: unpacked $deb into $tmp/root"

[ -x "$launcher" ] || fail "launcher $launcher missing or not executable"
[ -f "$app/lib/zmq-studio.png" ] || fail "menu icon missing"
grep -q '^Exec=/opt/zmq-studio/bin/zmq-studio' "$app"/lib/*.desktop || fail "desktop entry missing or wrong Exec"
for f in push-pull.json pubsub-weather.json pipeline.json; do
  [ -f "$examples/$f" ] || fail "example $f not installed in $examples"
done
grep -q 'zmqstudio.topologies=$APPDIR/topologies' "$app/lib/app/zmq-studio.cfg" \
  || fail "launcher config does not point zmqstudio.topologies at the installed examples"
dpkg-deb -f "$deb" Package | grep -qx zmq-studio || fail "package name is not zmq-studio"
dpkg-deb -e "$deb" "$tmp/control"
grep -q 'xdg-desktop-menu install /opt/zmq-studio/lib/.*\.desktop' "$tmp/control/postinst" \
  || fail "postinst does not install the menu entry"
grep -q 'ln -sf /opt/zmq-studio/bin/zmq-studio /usr/bin/zmq-studio' "$tmp/control/postinst" \
  || fail "postinst does not put zmq-studio on the PATH"
for script in postinst prerm; do sh -n "$tmp/control/$script" || fail "$script is not valid sh"; done

"$launcher" --version > "$tmp/version.txt" 2>&1 || fail "zmq-studio --version failed: $(cat "$tmp/version.txt")"
deb_version=$(dpkg-deb -f "$deb" Version)
grep -qx "ZMQ Studio $deb_version" "$tmp/version.txt" \
  || fail "zmq-studio --version says '$(head -n 1 "$tmp/version.txt")', the package is version $deb_version"

# The launcher starts the JVM at once, without asking rpm or dpkg which package it is in, as jpackage's own Linux
# launcher does at every start (docs/decisions/linux-launcher.md): stand-ins first on the PATH record any call.
mkdir -p "$tmp/spies"
for tool in rpm dpkg; do
  printf '#!/bin/sh\necho "%s $*" >> "%s"\nexit 1\n' "$tool" "$tmp/package-manager-calls.txt" > "$tmp/spies/$tool"
  chmod +x "$tmp/spies/$tool"
done
PATH="$tmp/spies:$PATH" "$launcher" --version > /dev/null 2>&1 || fail "zmq-studio --version failed with the stand-ins on the PATH"
[ ! -s "$tmp/package-manager-calls.txt" ] || fail "the launcher ran the package managers: $(cat "$tmp/package-manager-calls.txt")"
echo "test-deb: the launcher starts the app without asking rpm or dpkg"

if [ -f "$app/lib/app/zmq-studio.aot" ]; then
  # The cache was trained in target/, so this also shows it survives the move: AOTMode=on fails if it cannot map it.
  JAVA_TOOL_OPTIONS=-XX:AOTMode=on "$launcher" --version > "$tmp/aot.txt" 2>&1 \
    || fail "the AOT cache is not usable from the unpacked location: $(tail -n 3 "$tmp/aot.txt")"
  echo "test-deb: AOT cache maps from the unpacked location"
fi

# The designer from the unpacked app: JavaFX is in the runtime as named modules, so a start prints no "Unsupported
# JavaFX configuration" warning (nor any other); with -XX:AOTMode=on it also shows the designer maps the AOT cache.
if command -v xvfb-run >/dev/null; then
  window=(timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24") window_options="" where="under xvfb-run"
else
  window=(timeout 120) window_options="-Dglass.platform=Headless -Dprism.order=sw" where="JavaFX's headless platform"
fi
aot_on=""; [ -f "$app/lib/app/zmq-studio.aot" ] && aot_on="-XX:AOTMode=on"
echo "test-deb: the designer opens push-pull.json and writes a screenshot ($where)"
( cd "$tmp" && JAVA_TOOL_OPTIONS="$aot_on $window_options" "${window[@]}" "$launcher" "$examples/push-pull.json" \
    --screenshot "$tmp/designer.png" ) > "$tmp/designer.txt" 2>&1 \
  || fail "the designer did not start from the unpacked app: $(tail -n 5 "$tmp/designer.txt")"
[ -s "$tmp/designer.png" ] || fail "the designer wrote no screenshot"
extra=$(grep -v -e '^Picked up JAVA_TOOL_OPTIONS' -e "^Wrote $tmp/designer.png\$" "$tmp/designer.txt" || true)
[ -z "$extra" ] || fail "the designer printed more than the screenshot's name: $extra"
echo "test-deb: the designer started silently${aot_on:+, with the AOT cache mapped}"

# The report must have the collector's 10000 even numbers, and no node may end in error.
check_report() {
  [ -s "$1" ] || fail "no report written to $1"
  tr -d ' \n' < "$1" | grep -q '"collector":{[^}]*"received":10000' \
    || fail "collector did not receive exactly 10000 messages: $(tr -d ' \n' < "$1" | grep -o '"collector":{[^}]*}')"
  if grep -q '"state" *: *"error"' "$1"; then fail "a node ended in error: see $1"; fi
}

# Recordings are SQLite files: the image keeps only this platform's native library of sqlite-jdbc (build.sh).
( cd "$tmp" && "$launcher" run "$examples/push-pull.json" --duration 3s --record "$tmp/run.zsrec" \
    && "$launcher" inspect "$tmp/run.zsrec" --summary ) > "$tmp/record.txt" 2>&1 \
  || { tail -n 20 "$tmp/record.txt" >&2; fail "a recorded run (SQLite) failed from the unpacked app"; }
grep -Eq '^w1: [1-9][0-9]* messages' "$tmp/record.txt" || fail "the recording holds no message of w1: $(cat "$tmp/record.txt")"
sqlite_jar=$(ls "$app"/lib/app/lib/sqlite-jdbc-*.jar 2>/dev/null | head -n 1 || true)
[ -n "$sqlite_jar" ] || fail "no sqlite-jdbc jar in $app/lib/app/lib"
[ "$(stat -c %s "$sqlite_jar")" -lt 4000000 ] \
  || fail "$(basename "$sqlite_jar") in the image still holds every platform's native library ($(stat -c %s "$sqlite_jar") bytes)"
echo "test-deb: a recorded run and its summary work with the image's one SQLite native library"

report="$tmp/report.json"
echo "test-deb: zmq-studio run pipeline.json (headless)"
start=$(date +%s)
( cd "$tmp" && "$launcher" run "$examples/pipeline.json" --duration 30s --report "$report" ) > "$tmp/run.log" 2>&1 \
  || { tail -n 20 "$tmp/run.log" >&2; fail "zmq-studio run exited with $?"; }
check_report "$report"
echo "test-deb: report checked, run took $(( $(date +%s) - start )) s"

node_cache="$app/lib/app/zmq-studio-node.aot"
if [ -f "$node_cache" ]; then
  # Every node of pipeline.json in its own JVM. JAVA_TOOL_OPTIONS reaches the children too: with -XX:AOTMode=on a
  # JVM that has no cache or cannot map it exits at once, so a clean report means every child mapped
  # zmq-studio-node.aot from the unpacked location (trained in target/, run from here); each JVM's class+load log
  # shows the child's own classes came out of the cache ("source: shared objects file").
  echo "test-deb: zmq-studio run pipeline.json --mode child-process (every JVM with -XX:AOTMode=on)"
  mkdir "$tmp/class-load"
  start=$(date +%s)
  ( cd "$tmp" && JAVA_TOOL_OPTIONS="-XX:AOTMode=on -Xlog:class+load=info:file=$tmp/class-load/%p.log" \
      "$launcher" run "$examples/pipeline.json" --mode child-process --duration 60s --report "$tmp/child-report.json" ) \
    > "$tmp/child-run.log" 2>&1 || { tail -n 20 "$tmp/child-run.log" >&2; fail "zmq-studio run --mode child-process failed"; }
  check_report "$tmp/child-report.json"
  children=$(grep -l 'dev.zmqstudio.runtime.child.ChildNode ' "$tmp"/class-load/*.log | wc -l)
  cached=$(grep -l 'dev.zmqstudio.runtime.child.ChildNode source: shared objects file' "$tmp"/class-load/*.log | wc -l)
  [ "$children" -eq 5 ] || fail "expected 5 child processes, found $children class-load logs of a child"
  [ "$cached" -eq "$children" ] || fail "only $cached of $children children loaded their classes from the AOT cache"
  echo "test-deb: $children child processes mapped the AOT cache from the unpacked location ($(( $(date +%s) - start )) s)"

  # Start-up of one child node with and without the cache, rounds interleaved; the installed cache must be taken
  # as it is (an installer's file times say nothing about which of jars and cache came first).
  "$launcher" bench --spawn --rounds 5 --children 3 > "$tmp/spawn.txt" 2>&1 \
    || { tail -n 20 "$tmp/spawn.txt" >&2; fail "zmq-studio bench --spawn failed"; }
  grep -q '(reused' "$tmp/spawn.txt" || fail "the installed app did not take its child AOT cache: $(head -n 3 "$tmp/spawn.txt")"
  grep -E '^p50 spawn-to-ready|with/without the AOT cache' "$tmp/spawn.txt" | sed 's/^/test-deb: /'
fi
echo "test-deb: OK"
