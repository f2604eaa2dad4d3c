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

# mean VALUES... -> their mean, two decimals
mean() { printf '%s\n' "$@" | awk '{ s += $1 } END { printf "%.2f", s / NR }'; }

# ratio A B -> A / B, two decimals
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# rss_of PIDFILE -> the process's resident memory, or why it is unknown
rss_of() {
  local pid
  pid=$(cat "$1" 2>/dev/null || true)
  if [ -n "$pid" ]; then ps -o rss= -p "$pid" | awk '{ printf "%.0f MiB", $1 / 1024 }'
  else echo "unknown (server not started by ops/stack)"; fi
}
