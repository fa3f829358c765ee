#!/usr/bin/env bash
# Checks the .deb built by jpackage/build.sh without installing it: unpacks it with dpkg-deb -x into a temporary
# folder, checks the installed layout (launcher, desktop entry, icon, examples, AOT cache), then runs the unpacked
# launcher headless on the pipeline example and checks its report.
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
grep -q 'ZMQ Studio' "$tmp/version.txt" || fail "zmq-studio --version says: $(cat "$tmp/version.txt")"

if [ -f "$app/lib/app/zmq-studio.aot" ]; then
  # The cache was trained in target/, so this also shows it survives the move: AOTMode=on fails if it cannot map it.
  JAVA_TOOL_OPTIONS=-XX:AOTMode=on "$launcher" --version > "$tmp/aot.txt" 2>&1 \
    || fail "the AOT cache is not usable from the unpacked location: $(tail -n 3 "$tmp/aot.txt")"
  echo "test-deb: AOT cache maps from the unpacked location"
fi

report="$tmp/report.json"
echo "test-deb: zmq-studio run pipeline.json (headless)"
start=$(date +%s)
( cd "$tmp" && "$launcher" run "$examples/pipeline.json" --duration 30s --report "$report" ) > "$tmp/run.log" 2>&1 \
  || { tail -n 20 "$tmp/run.log" >&2; fail "zmq-studio run exited with $?"; }
[ -s "$report" ] || fail "no report written to $report"
grep -q '"collector"' "$report" || fail "report has no collector node: $(head -c 400 "$report")"
# The collector must get exactly the 10000 even numbers, and no node may end in error.
tr -d ' \n' < "$report" | grep -q '"collector":{[^}]*"received":10000' \
  || fail "collector did not receive exactly 10000 messages: $(tr -d ' \n' < "$report" | grep -o '"collector":{[^}]*}')"
if grep -q '"state" *: *"error"' "$report"; then fail "a node ended in error: see $report"; fi
echo "test-deb: OK (report checked, run took $(( $(date +%s) - start )) s)"
