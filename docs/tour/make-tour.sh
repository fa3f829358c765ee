#!/usr/bin/env bash
# README's screenshot tour, made by the real jar (--screenshot) in a virtual display: docs/tour/*.png.
# Usage: docs/tour/make-tour.sh [OUT_DIR]   (needs xvfb-run, JDK 25 in JAVA_HOME or on the PATH, and the jar:
# mvn -B -q -DskipTests package). Each picture is 1440x900, the designer's preferred size.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-docs/tour}
mkdir -p "$out"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jar=target/zmq-studio.jar
[ -f "$jar" ] || { echo "error: $jar is missing; build it first: mvn -B -q -DskipTests package" >&2; exit 1; }

shoot() {
  local name=$1
  shift
  timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" "$java" -jar "$jar" "$@" --screenshot "$out/$name.png" \
    > "$out/.$name.log" 2>&1 || { cat "$out/.$name.log" >&2; echo "error: the $name screenshot failed" >&2; exit 1; }
  rm -f "$out/.$name.log"
  echo "$out/$name.png"
}

shoot 1-designer topologies/pipeline.json --select consumer-2-in
shoot 2-running-live topologies/slow-subscriber.json --run --select to-slow --tab live
shoot 3-frames topologies/pubsub-envelope.json --run --select subscriber --tab live
shoot 4-problems docs/tour/pitfalls.json --tab problems
shoot 5-dark topologies/pubsub-weather.json --theme dark --run --tab console
