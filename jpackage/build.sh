#!/usr/bin/env bash
# Builds the installable ZMQ Studio into target/jpackage/:
#   runtime/      a jlink'ed Java runtime: the JDK modules the app needs and JavaFX's modules (with their natives)
#   image/        the app image (launcher, runtime, app jars, examples, AOT caches of the app and of child processes)
#   *.deb / *.rpm / *.msi / *.dmg   the native package of the system it runs on (Linux / Windows / macOS)
# Usage: jpackage/build.sh [--type deb|rpm|msi|exe|dmg|pkg|app-image] [--skip-maven] [--no-aot]
set -euo pipefail
cd "$(dirname "$0")/.."

type="" skip_maven=0 aot=1
while [ $# -gt 0 ]; do
  case "$1" in
    --type) type="$2"; shift ;;
    --skip-maven) skip_maven=1 ;;
    --no-aot) aot=0 ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "error: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

log() { printf '=== %s\n' "$*"; }
die() { echo "error: $*" >&2; exit 1; }

# Runs a JDK tool quietly, its output in LOGFILE; when it fails, shows that output and stops.
#   quiet LOGFILE command args...
quiet() {
  local logfile=$1; shift
  if ! "$@" >"$logfile" 2>&1; then
    echo "--- $(basename "$1") failed; its output ($logfile):" >&2
    tail -n 60 "$logfile" >&2
    die "$(basename "$1") failed"
  fi
}

# Runs an AOT step, its output appended to the training log; when it fails, shows what it printed and runs it once
# more (the JDK's AOT steps have failed once on a loaded machine and passed when run again). Fails if both fail.
#   aot_step "what" command args...
aot_step() {
  local what=$1; shift
  local attempt before
  for attempt in 1 2; do
    before=$(cat "$out/aot-training.log" 2>/dev/null | wc -l)
    if "$@" >>"$out/aot-training.log" 2>&1; then return 0; fi
    echo "--- $what failed (attempt $attempt of 2); its output:" >&2
    tail -n +"$((before + 1))" "$out/aot-training.log" | tail -n 60 >&2
    [ "$attempt" = 2 ] || log "retrying once: $what"
  done
  return 1
}

# A JDK 25 or newer: JAVA_HOME if it is one, else the first under /usr/lib/jvm (never the PATH's jpackage).
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {split($2, v, "."); print v[1]; exit}'; }
jdk=""
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  [ -n "$candidate" ] && [ -x "$candidate/bin/jpackage" ] && [ -x "$candidate/bin/jlink" ] || continue
  if [ "$(java_major "$candidate")" -ge 25 ] 2>/dev/null; then jdk=$candidate; break; fi
done
[ -n "$jdk" ] || die "no JDK 25 or newer with jlink and jpackage found (set JAVA_HOME)"
export JAVA_HOME=$jdk
log "JDK: $jdk"

case "$(uname -s)" in
  Linux) os=linux; default_type=deb; icon=icons/app/zmq-studio-256.png ;;
  Darwin) os=mac; default_type=dmg; icon=icons/zmq-studio.icns ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; default_type=msi; icon=icons/zmq-studio.ico ;;
  *) die "unsupported system $(uname -s)" ;;
esac
type=${type:-$default_type}

if [ "$skip_maven" = 0 ]; then
  log "mvn -B -q -DskipTests package"
  mvn -B -q -DskipTests package
fi
[ -f target/zmq-studio.jar ] || die "target/zmq-studio.jar is missing: run without --skip-maven"

version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)
version=${version%-SNAPSHOT}
out=target/jpackage
rm -rf "$out"
mkdir -p "$out/input/lib" "$out/javafx"

# JavaFX goes into the runtime as named modules (the configuration JavaFX supports: on the class path it warns
# "Unsupported JavaFX configuration" at every start), linked from its modular jars, the ones of this system's
# classifier; Maven's classifier-less javafx-*.jar are empty placeholders. In the runtime image, unlike on a
# --module-path, the modules do not tie the AOT cache to the folder the app was built in.
log "input: jar, lib/ (JavaFX apart), topologies/"
cp target/zmq-studio.jar "$out/input/"
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*) if "$jdk/bin/jar" tf "$jar" | grep -qx module-info.class; then cp "$jar" "$out/javafx/"; fi ;;
    *) cp "$jar" "$out/input/lib/" ;;
  esac
done
ls "$out"/javafx/javafx-graphics-*.jar >/dev/null 2>&1 || die "no JavaFX modular jars in target/lib"
# sqlite-jdbc carries a native library for every OS and CPU (20 MB); the image runs where it was built.
for jar in "$out"/input/lib/sqlite-jdbc-*.jar; do
  [ -f "$jar" ] && "$jdk/bin/java" jpackage/tools/OwnNatives.java "$jar"
done
separator=:; [ "$os" = windows ] && separator=';'
javafx_path=$(ls "$out"/javafx/*.jar | paste -sd "$separator" -)
cp -r topologies "$out/input/topologies"

log "jdeps: JDK modules the jars need"
quiet "$out/jdeps.log" "$jdk/bin/jdeps" --multi-release 25 --ignore-missing-deps --print-module-deps \
  --module-path "$javafx_path" --class-path "$out/input/lib/*" "$out/input/zmq-studio.jar" "$out"/input/lib/*.jar
modules=$(tail -n 1 "$out/jdeps.log")
# Named as well, whatever jdeps' minimal list says: JavaFX's modules, sun.misc.Unsafe (libraries reach it by
# reflection), JeroMQ's extended socket options (jdk.net), what JavaFX's Swing interop, logging and CSS/XML use, and
# the JVM's diagnostic commands (jdk.management: a run whose nodes are all in children compiles with C1 only).
modules="$modules,javafx.controls,javafx.swing,jdk.unsupported,jdk.net,java.desktop,java.logging,java.xml,jdk.management"
echo "$modules"

# JavaFX's native libraries go where the JDK's are (lib/, bin/ on Windows): JavaFX loads them from there directly
# instead of unpacking its copies into ~/.openjfx/cache on each start, so those copies are left out of the image.
case "$os" in windows) natives_dir=bin ;; *) natives_dir=lib ;; esac
log "jlink runtime ($out/runtime)"
quiet "$out/jlink.log" "$jdk/bin/jlink" --module-path "$javafx_path" --add-modules "$modules" \
  --exclude-resources='glob:/javafx.*/*.so,glob:/javafx.*/*.dylib,glob:/javafx.*/*.dll' --strip-debug --no-man-pages --no-header-files \
  --output "$out/runtime"
for jar in "$out"/javafx/*.jar; do
  natives=$("$jdk/bin/jar" tf "$jar" | grep -E '^[^/]+\.(so|dylib|dll)$' || true)
  jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
  if [ -n "$natives" ]; then (cd "$out/runtime/$natives_dir" && "$jdk/bin/jar" xf "$jar" $natives); fi
done

# $APPDIR is expanded by the launcher (to lib/app on Linux, Contents/app on macOS, app on Windows).
java_options=()
for option in '-Dzmqstudio.topologies=$APPDIR/topologies' --enable-native-access=ALL-UNNAMED,javafx.graphics \
    --sun-misc-unsafe-memory-access=allow; do
  java_options+=(--java-options "$option")
done
common=(--name zmq-studio --app-version "$version" --vendor "ZMQ Studio"
  --description "Design ZeroMQ topologies on a canvas and run them for real"
  --copyright "Copyright (c) the ZMQ Studio authors")

log "jpackage --type app-image ($out/image)"
"$jdk/bin/jpackage" --type app-image --dest "$out/image" "${common[@]}" \
  --input "$out/input" --main-jar zmq-studio.jar --main-class dev.zmqstudio.app.Main \
  --runtime-image "$out/runtime" --icon "$icon" "${java_options[@]}"

case "$os" in
  linux) image="$out/image/zmq-studio"; launcher="$image/bin/zmq-studio"; appdir="$image/lib/app" ;;
  mac) image="$out/image/zmq-studio.app"; launcher="$image/Contents/MacOS/zmq-studio"; appdir="$image/Contents/app" ;;
  windows) image="$out/image/zmq-studio"; launcher="$image/zmq-studio.exe"; appdir="$image/app" ;;
esac
cfg="$appdir/zmq-studio.cfg"
[ -f "$cfg" ] || die "jpackage wrote no $cfg"
# On Linux the launcher is a script made from the cfg (jpackage's asks the package managers at every start).
write_launcher() { if [ "$os" = linux ]; then jpackage/linux-launcher.sh "$image" || die "could not write the launcher"; fi; }
write_launcher

if [ "$aot" = 1 ]; then
  # AOT cache (JEP 483/514): one training run of the app-image launcher records the classes it loads and links;
  # every later launch maps them ready-made. The training run is a user's first minute in the designer: it opens the
  # default example, selects a node (its property form), runs it, shows the Live tab, stops, and writes a screenshot
  # (the documented FILE --screenshot contract) under a throwaway Xvfb display; without xvfb-run, or if that run
  # fails (no designer yet), a headless `run` of the pipeline example trains the cache instead. A cache that no
  # longer matches is ignored by the JVM. The cache holds classes only, not the training run's method profiles
  # (JEP 515): replaying those made the JIT compile early, on the cores the first frame needs (the first frame at
  # 1.45x the bare window with them, 1.05x without, in the same minutes; docs/decisions/first-frame.md).
  cache="$appdir/zmq-studio.aot"
  classes_only="-XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining"
  train() { JAVA_TOOL_OPTIONS="$classes_only -XX:AOTCacheOutput=$cache" "$@" >>"$out/aot-training.log" 2>&1; }
  trained=""
  if [ "$os" = linux ] && command -v xvfb-run >/dev/null; then
    log "AOT training run: a first minute in the designer (open push-pull.json, select a node, Run, the Live tab, Stop)"
    if train timeout 300 xvfb-run -a "$launcher" "$appdir/topologies/push-pull.json" --select pusher --run --tab live \
        --screenshot "$out/aot-training.png" \
        && [ -s "$out/aot-training.png" ] && [ -f "$cache" ]; then
      trained=designer
    fi
  fi
  if [ -z "$trained" ]; then
    log "AOT training run: zmq-studio run pipeline.json (headless)"
    train_cli() { rm -f "$cache"; JAVA_TOOL_OPTIONS="$classes_only -XX:AOTCacheOutput=$cache" "$launcher" run "$appdir/topologies/pipeline.json" --duration 20s; }
    aot_step "the AOT training run" train_cli || die "AOT training run failed twice (see above and $out/aot-training.log)"
    trained=cli
  fi
  [ -f "$cache" ] || die "AOT training wrote no cache (see $out/aot-training.log)"
  echo "  trained on: $trained"
  echo "java-options=-XX:AOTCache=\$APPDIR/zmq-studio.aot" >> "$cfg"
  write_launcher

  # Child processes (nodes placed child-process) run the same jars on the same runtime with their own small-JVM
  # options, so they get their own cache, zmq-studio-node.aot beside the jar where ChildLaunch looks for it. The
  # app-image launcher makes it (bench --spawn --cache-only: a training run of a real child, a pipeline worker),
  # so runtime and class path are the image's; the JDK maps it from wherever the image is installed as long as the
  # jars keep their places relative to each other (test-deb.sh checks this from the unpacked .deb).
  log "AOT cache for child processes: zmq-studio bench --spawn --cache-only"
  aot_step "the child processes' AOT cache" env -u JAVA_TOOL_OPTIONS timeout 300 "$launcher" bench --spawn --cache-only \
    || die "the child processes' AOT cache failed twice (see above and $out/aot-training.log)"
  [ -f "$appdir/zmq-studio-node.aot" ] || die "no $appdir/zmq-studio-node.aot (see $out/aot-training.log)"
  tail -n 1 "$out/aot-training.log" | sed 's/^/  /'
fi

if [ "$type" != app-image ]; then
  log "jpackage --type $type"
  extra=()
  case "$os" in
    linux) extra=(--resource-dir jpackage/linux --linux-shortcut --linux-menu-group "Development"
             --linux-app-category devel --linux-deb-maintainer "zmq-studio@localhost"
             --linux-package-deps "libgtk-3-0 | libgtk-3-0t64, libgl1") ;;
    windows) extra=(--win-menu --win-menu-group "ZMQ Studio" --win-shortcut --win-dir-chooser
             --win-upgrade-uuid 6f0c4a52-3b1e-4f57-9a63-2f5d0b8f1e70) ;;
    mac) extra=(--mac-package-name "ZMQ Studio") ;;
  esac
  "$jdk/bin/jpackage" --type "$type" --dest "$out" "${common[@]}" --app-image "$image" \
    --license-file jpackage/LICENSE.txt --icon "$icon" "${extra[@]}"
fi

log "sizes"
du -sh "$out/runtime" "$image" | sed 's/^/  /'
ls -l "$out"/*.{deb,rpm,msi,exe,dmg,pkg} 2>/dev/null | awk '{printf "  %s %s bytes\n", $NF, $5}' || true
