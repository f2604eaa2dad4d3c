# shellcheck shell=bash source-path=SCRIPTDIR
# What every part of ops/stack and ops/fixtures uses: the checkout's root, the state folder, the
# values of ops/stack.env, messages, waiting, Debian packages. Sourced, not run.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STATE="$ROOT/.stack"
# shellcheck source=../stack.env
set -a; . "$ROOT/ops/stack.env"; set +a

mkdir -p "$STATE/logs" "$STATE/started"

say() { printf '%s\n' "$*"; }
fail() { printf 'ops/%s: %s\n' "$(basename "$0")" "$*" >&2; exit 1; }
mark_started() { touch "$STATE/started/$1"; }
started_here() { [ -e "$STATE/started/$1" ]; }
forget_started() { rm -f "$STATE/started/$1"; }

# Waits until "$@" succeeds, up to $timeout seconds.
wait_for() {
  local what=$1 timeout=$2; shift 2
  local deadline=$((SECONDS + timeout))
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || fail "$what not ready after ${timeout}s"
    sleep 1
  done
}

http_ok() { curl -fsS -o /dev/null --max-time 3 "$1" 2>/dev/null; }

# maven_artifact NAME GROUP:ARTIFACT:VERSION:TYPE[:CLASSIFIER]: the artifact's path in the local Maven
# repository, downloaded from Maven Central first when it is not there yet.
maven_artifact() {
  local name=$1 coordinates=$2 group artifact version type classifier
  IFS=: read -r group artifact version type classifier <<<"$coordinates"
  local file="$HOME/.m2/repository/${group//.//}/$artifact/$version/$artifact-$version${classifier:+-$classifier}.$type"
  if [ ! -f "$file" ]; then
    say "$name: downloading $version from Maven Central" >&2
    mvn -B -q dependency:get -Dartifact="$group:$artifact:$version:$type${classifier:+:$classifier}" \
      -Dtransitive=false >&2 || fail "$name: download failed"
  fi
  echo "$file"
}

# stop_pid_file FILE SECONDS: stops the process whose pid FILE holds (TERM, then KILL after SECONDS)
# and removes FILE; nothing to do when FILE is missing.
stop_pid_file() {
  local file=$1 seconds=$2 pid
  pid=$(cat "$file" 2>/dev/null) || return 0
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + seconds))
  while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.3; done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$file"
}

# Runs "$@" as the unprivileged user nobody when this script runs as root (servers that refuse root,
# or need no more than their own folder), else as this user.
as_unprivileged_user() {
  if [ "$(id -u)" = 0 ]; then setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"; else "$@"; fi
}

# start_unprivileged PID_FILE LOG COMMAND...: COMMAND in the background in a session of its own, as
# nobody when root (as_unprivileged_user), its output appended to LOG and its pid in PID_FILE.
start_unprivileged() {
  local pid_file=$1 log=$2; shift 2
  [ "$(id -u)" != 0 ] || set -- setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"
  setsid nohup "$@" >>"$log" 2>&1 < /dev/null &
  echo $! > "$pid_file"
}

apt_install() {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "Installing Debian packages: $*"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null || {
      apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null; }
  else
    fail "$1 is needed and not installed. Run: sudo apt-get install -y $*"
  fi
}
