# shellcheck shell=bash
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

# until_ok WHAT COMMAND...: runs COMMAND until it succeeds, every 2 s for a minute at most. A freshly
# started server's first calls to Organization can outlast licensing's timeout (424 on an issue,
# "available":false on a read).
until_ok() {
  local what=$1 tries=0; shift
  until "$@"; do
    tries=$((tries + 1)); [ "$tries" -lt 30 ] || { echo "$what: still failing after a minute" >&2; exit 1; }
    sleep 2
  done
}

# issue_license ORGANIZATION_ID COMMENT: a license issued by the stack's licensing service, in $issued
# (its key and license.id), tried until it works.
issue_license() { until_ok "issue a license to $1" issue_license_once "$1" "$2"; }
issue_license_once() {
  # shellcheck disable=SC2034  # read by the script that sources this file
  issued=$(curl -fs -H "$AUTH" -H 'Content-Type: application/json' \
    -d "{\"productName\":\"Benchmark\",\"type\":\"SITE\",\"comment\":\"$2\"}" \
    "http://127.0.0.1:$LICENSING_HTTP_PORT/v1/organizations/$1/licenses")
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

# The scripts list their endpoints in NAMES and define run NAME SECONDS: one wrk run of that endpoint
# (bench_run with its URL and options), printing bench_run's "requests_per_second p50_ms p99_ms".

# warm_up_cycle: a 5 s run of every endpoint, each with a fresh token (what warm_up repeats)
warm_up_cycle() {
  local name
  for name in "${NAMES[@]}"; do fresh_auth; run "$name" 5 >/dev/null; done
}

# measure_rounds: every endpoint in turn for DURATION seconds, ROUNDS times, so that drift on a busy
# machine hits all alike; prints each round and leaves each endpoint's means in the caller's
# associative arrays RPS, P50 and P99. run is called in this shell, so what it counts stays counted.
measure_rounds() {
  local round name line r p5 p9 answer
  answer=$(mktemp)
  for round in $(seq 1 "$ROUNDS"); do
    line="round $round:"
    for name in "${NAMES[@]}"; do
      fresh_auth
      run "$name" "$DURATION" > "$answer"
      read -r r p5 p9 < "$answer"
      # shellcheck disable=SC2004  # RPS, P50 and P99 are associative arrays: the key needs its $
      { RPS[$name]="${RPS[$name]:-} $r"; P50[$name]="${P50[$name]:-} $p5"; P99[$name]="${P99[$name]:-} $p9"; }
      line="$line $name $r req/s (p99 $p9 ms) |"
    done
    echo "${line% |}"
  done
  rm -f "$answer"
  for name in "${NAMES[@]}"; do
    # shellcheck disable=SC2086,SC2004  # each holds numbers split on purpose; associative arrays
    { RPS[$name]=$(mean ${RPS[$name]}); P50[$name]=$(mean ${P50[$name]}); P99[$name]=$(mean ${P99[$name]}); }
  done
}

# row LABEL NAME: one report line of an endpoint's means
row() { printf '  %-40s %-10s %-9s %s\n' "$1" "${RPS[$2]}" "${P50[$2]}" "${P99[$2]}"; }

# metric_sum URL PATTERN -> the sum of the Prometheus samples at URL whose line matches PATTERN (awk regex)
metric_sum() { curl -fsS "$1" | awk -v pattern="$2" '$0 ~ pattern { n += $NF } END { printf "%d", n }'; }

# warm_up MAX_SECONDS PID... : runs warm_up_cycle (load on every endpoint measured) until
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
