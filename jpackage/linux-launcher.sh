#!/usr/bin/env bash
# Writes the Linux app image's launcher, IMAGE/bin/zmq-studio, as a shell script made from the app's jpackage
# configuration (IMAGE/lib/app/zmq-studio.cfg: its java-options, class path and main class, in that file's order).
# jpackage's own Linux launcher asks `rpm -qf` and `dpkg -S` (and, installed from a .deb, `dpkg -L`) which package
# it belongs to at every start, before the JVM starts: 0.3 s on the CI machine, more on a desktop with thousands of
# packages. The script starts the JVM at once. See docs/decisions/linux-launcher.md.
# The JVM runs as IMAGE/lib/runtime/bin/zmq-studio, a copy of the runtime's `java` launcher, so that the process
# is called zmq-studio (ps, top, pkill) as it was under jpackage's launcher.
# Usage: jpackage/linux-launcher.sh IMAGE
set -euo pipefail

image=${1:?usage: linux-launcher.sh IMAGE}
cfg="$image/lib/app/zmq-studio.cfg"
[ -f "$cfg" ] || { echo "error: no $cfg" >&2; exit 1; }
[ -x "$image/lib/runtime/bin/java" ] || { echo "error: no $image/lib/runtime/bin/java" >&2; exit 1; }

# A cfg value as a double-quoted shell word, its $APPDIR left for the script to expand when it runs.
quoted() {
  case "$1" in
    *'"'* | *'`'* | *'\'* | *'$('*) echo "error: $cfg: cannot quote ${1@Q} for the launcher" >&2; exit 1 ;;
  esac
  printf '"%s"' "${1//\$APPDIR/\$\{APPDIR\}}"
}

options=() classpath="" main=""
while IFS= read -r line; do
  case "$line" in
    java-options=*) options+=("$(quoted "${line#java-options=}")") ;;
    app.classpath=*) classpath="${classpath:+$classpath:}${line#app.classpath=}" ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
  esac
done < "$cfg"
[ -n "$classpath" ] && [ -n "$main" ] || { echo "error: $cfg has no class path or main class" >&2; exit 1; }

cp "$image/lib/runtime/bin/java" "$image/lib/runtime/bin/zmq-studio"
launcher="$image/bin/zmq-studio"
{
  echo '#!/bin/sh'
  echo '# ZMQ Studio. Written by jpackage/linux-launcher.sh from lib/app/zmq-studio.cfg (docs/decisions/linux-launcher.md).'
  echo 'self=$(readlink -f "$0")'
  echo 'image=${self%/*}'
  echo 'image=${image%/*}'
  echo 'APPDIR=$image/lib/app'
  echo 'exec "$image/lib/runtime/bin/zmq-studio" \'
  for option in "${options[@]}"; do
    echo "  $option \\"
  done
  echo '  "-Djpackage.app-path=$self" \'
  echo "  -cp $(quoted "$classpath") \\"
  echo "  $main \"\$@\""
} > "$launcher.new"
chmod 755 "$launcher.new"
mv "$launcher.new" "$launcher"
