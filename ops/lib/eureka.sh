# shellcheck shell=bash
# Two Eureka peers (eureka-server module, Spring Cloud Netflix), each replicating to the other. The
# jar is built by Maven and copied under .stack/ so that a rebuild does not touch a running peer.
# Sourced, not run.

# shellcheck disable=SC2034  # used by the files that source this one
EUREKA_URLS="http://localhost:$EUREKA_PEER1_PORT/eureka,http://localhost:$EUREKA_PEER2_PORT/eureka"

eureka_ready() { http_ok "http://localhost:$1/actuator/health"; }

eureka_jar() {
  local jar="$ROOT/eureka-server/target/eureka-server.jar"
  if [ ! -f "$jar" ]; then
    say "eureka: building (mvn package; log in $STATE/logs/build-eureka-server.log)" >&2
    (cd "$ROOT" && mvn -B -pl eureka-server package -DskipTests >"$STATE/logs/build-eureka-server.log" 2>&1) ||
      { tail -n 40 "$STATE/logs/build-eureka-server.log" >&2; fail "eureka: build failed"; }
  fi
  echo "$jar"
}

# eureka_start INSTANCE PORT PEER_PORT: one peer on PORT replicating to the peer on PEER_PORT.
eureka_start() {
  local instance=$1 port=$2 peer=$3 jar
  eureka_ready "$port" && return 0
  jar=$(eureka_jar)
  mkdir -p "$STATE/$instance" && cp "$jar" "$STATE/$instance/eureka-server.jar"
  EUREKA_PORT=$port EUREKA_BIND_ADDRESS=$BIND_ADDRESS EUREKA_SELF_URL="http://localhost:$port/eureka/" \
    EUREKA_PEER_URL="http://$EUREKA_PEER_USER:$EUREKA_PEER_PASSWORD@localhost:$peer/eureka/" \
    setsid nohup java -Xms64m -Xmx256m -XX:+UseSerialGC -jar "$STATE/$instance/eureka-server.jar" \
      >>"$STATE/logs/$instance.log" 2>&1 < /dev/null &
  echo $! > "$STATE/$instance/eureka.pid"
}

eureka_wait() { wait_for "$1 (/actuator/health)" 120 eureka_ready "$2"; }

eureka_stop() { stop_pid_file "$STATE/$1/eureka.pid" 20; }

part_eureka_up() {
  if eureka_ready "$EUREKA_PEER1_PORT" && eureka_ready "$EUREKA_PEER2_PORT"; then
    say "eureka: already up on $EUREKA_PEER1_PORT and $EUREKA_PEER2_PORT"; return
  fi
  # Both start together (about 15 s each) and are awaited together.
  eureka_start eureka-1 "$EUREKA_PEER1_PORT" "$EUREKA_PEER2_PORT"
  eureka_start eureka-2 "$EUREKA_PEER2_PORT" "$EUREKA_PEER1_PORT"
  eureka_wait eureka-1 "$EUREKA_PEER1_PORT"; eureka_wait eureka-2 "$EUREKA_PEER2_PORT"
  mark_started eureka
  say "eureka: up at http://localhost:$EUREKA_PEER1_PORT and http://localhost:$EUREKA_PEER2_PORT"
}

part_eureka_down() {
  started_here eureka || return 0
  eureka_stop eureka-1; eureka_stop eureka-2
  forget_started eureka
  say "eureka: stopped"
}

part_eureka_status() { eureka_ready "$EUREKA_PEER1_PORT" && eureka_ready "$EUREKA_PEER2_PORT"; }
