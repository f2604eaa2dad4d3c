# Shared by the benchmark scripts in ops/bench (sourced, not run).

# Installs wrk when missing (as root), else says how.
need_wrk() {
  command -v wrk >/dev/null && return
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk >/dev/null
  else echo "wrk is needed: sudo apt-get install -y wrk" >&2; exit 1; fi
}

# bench_run URL SECONDS [wrk options...] -> "requests_per_second p50_ms p99_ms"
# Uses $CONNECTIONS and the header $AUTH; fails on any non-2xx answer.
bench_run() {
  local url=$1 seconds=$2; shift 2
  wrk -t2 -c"$CONNECTIONS" -d"${seconds}s" --latency -H "$AUTH" "$@" "$url" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    $1 == "50.000%" || $1 == "50%" { p50 = ms($2) }
    $1 == "99.000%" || $1 == "99%" { p99 = ms($2) }
    /Non-2xx/ { bad = $NF }
    END { if (bad > 0) { print "non-2xx answers: " bad > "/dev/stderr"; exit 1 }; printf "%.0f %.2f %.2f\n", rps, p50, p99 }'
}

# fresh_auth: a new admin access token in $AUTH (tokens live 5 minutes; each measurement takes a new one).
fresh_auth() { AUTH="Authorization: Bearer $("$ROOT/ops/admin-token")"; }

# jit_ticks PID -> CPU time (clock ticks) the JVM's JIT compiler threads have used so far
jit_ticks() {
  local task ticks=0
  for task in /proc/"$1"/task/*; do
    case $(cat "$task/comm" 2>/dev/null) in
      C1\ Compiler*|C2\ Compiler*) ticks=$((ticks + $(awk '{ print $14 + $15 }' "$task/stat"))) ;;
    esac
  done
  echo "$ticks"
}

# warm_up MAX_SECONDS PID... : runs the caller's warm_up_cycle (load on every endpoint measured) until
# the servers' JIT compilers are done, i.e. used under 5% of a core during the last cycle, or until
# MAX_SECONDS have passed. A Liberty server takes minutes of load before its code is compiled: figures
# taken earlier measure the compiler, not the server.
warm_up() {
  local max=$1 started=$SECONDS before after pid seconds percent cycle=0; shift
  while :; do
    cycle=$((cycle + 1)); before=0; after=0
    for pid in "$@"; do before=$((before + $(jit_ticks "$pid"))); done
    local cycle_started=$SECONDS
    warm_up_cycle
    for pid in "$@"; do after=$((after + $(jit_ticks "$pid"))); done
    seconds=$((SECONDS - cycle_started)); [ "$seconds" -gt 0 ] || seconds=1
    percent=$(( (after - before) * 100 / $(getconf CLK_TCK) / seconds ))
    echo "warm-up cycle $cycle: JIT compilers at ${percent}% of a core"
    [ "$percent" -ge 5 ] || { echo "warm-up done after $((SECONDS - started))s"; return; }
    [ $((SECONDS - started)) -lt "$max" ] || { echo "warm-up stopped after ${max}s with the JIT still busy"; return; }
  done
}

# pid_of PIDFILE -> the pid, or nothing
pid_of() { cat "$1" 2>/dev/null || true; }

# mean VALUES... -> their mean, two decimals
mean() { printf '%s\n' "$@" | awk '{ s += $1 } END { printf "%.2f", s / NR }'; }

# ratio A B -> A / B, two decimals
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# rss_of PIDFILE -> the process's resident memory, or why it is unknown
rss_of() {
  local pid
  pid=$(pid_of "$1")
  if [ -n "$pid" ]; then ps -o rss= -p "$pid" | awk '{ printf "%.0f MiB", $1 / 1024 }'
  else echo "unknown (server not started by ops/stack)"; fi
}
