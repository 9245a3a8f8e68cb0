#!/usr/bin/env bash
# What the gateway costs: the same comparison read sent straight to comparison-service, through the gateway,
# and (where nginx is installed) through nginx as a reverse proxy, for 200 and for 304 answers, in one run.
# Through the gateway twice: as deployed ("gateway": a repeated anonymous read is answered from the answers the
# gateway keeps until comparison-service announces a change), and with every request sent on to the service
# ("forwarded": the same gateway, asked with Cache-Control: no-cache for the service's own answer), which is what
# its routing alone costs.
# Two figures each: the most requests per second (as many as 32 connections get answered), and p50/p99 latency
# at one steady rate that every path can carry (BENCH_RATE), so that the latency added is the proxy's own and
# not the queue that builds up at saturation.
#
#   ./suite up                 # in another terminal: the suite must be running
#   bench/gateway-bench.sh     # prints throughput, p50 and p99 of each, and the ratios to direct
# Beside each median it prints the lowest and highest round and the load average before and after, so that a
# difference can be judged against the noise of the machine.
#
# The gateway under test is a second instance of the suite's gateway, started by this script on its own port
# with the suite's settings, routes, database and signing key, and with only the per-address rate limit raised:
# the load generator is one address, and every request is anonymous, like the direct one (a keyed request would
# also make the service verify a JWT, which is not the gateway's cost). The limit is still checked per request.
#
# Environment (defaults in brackets):
#   BENCH_PATH        the read [/api/v1/comparisons/overview]
#   BENCH_DURATION    seconds of each measurement [10]
#   BENCH_ROUNDS      measurements per target and answer, interleaved; the median is reported [3]
#   BENCH_CONNECTIONS open connections of the throughput measurement [32]
#   BENCH_RATE        requests per second of the latency measurement (16 paced connections) [2000]
#   BENCH_THREADS     load generator threads [1]
#   BENCH_JSON        also write the figures to this JSON file
#   BENCH_TARGETS     measure only these targets besides direct, space-separated (e.g. "gateway no-metrics") [all]
#   BENCH_WITHOUT_METRICS=1  also measure a second gateway with its per-request metrics off (gateway.metrics.enabled),
#                     side by side with the one as deployed (on its ports + 1)
#   SUITE_DATA_DIR    the running suite's data directory [<repo>/.suite]
#   SUITE_COMPARISON_PORT, SUITE_CASES_PORT, SUITE_PARTNERSHIPS_PORT, SUITE_POSTGRES_PORT  as for ./suite
#   SUITE_SERVICE_JVM_OPTS  JVM options of the gateway under test, as for ./suite [-Xmx256m -XX:MaxNewSize=32m -XX:+UseSerialGC]
#   BENCH_GATEWAY_PORT [18080]  BENCH_GATEWAY_MANAGEMENT_PORT [19080]  BENCH_NGINX_PORT [18088]
# Needs wrk (installed with apt-get when missing and run as root); nginx is optional (apt-get install nginx-light).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

path=${BENCH_PATH:-/api/v1/comparisons/overview}
duration=${BENCH_DURATION:-10}
rounds=${BENCH_ROUNDS:-3}
connections=${BENCH_CONNECTIONS:-32}
rate=${BENCH_RATE:-2000}
paced_connections=16
threads=${BENCH_THREADS:-1}
data_dir=${SUITE_DATA_DIR:-$repo/.suite}
comparison_port=${SUITE_COMPARISON_PORT:-8082}
cases_port=${SUITE_CASES_PORT:-8081}
partnerships_port=${SUITE_PARTNERSHIPS_PORT:-8083}
postgres_port=${SUITE_POSTGRES_PORT:-15432}
gateway_port=${BENCH_GATEWAY_PORT:-18080}
gateway_management_port=${BENCH_GATEWAY_MANAGEMENT_PORT:-19080}
nginx_port=${BENCH_NGINX_PORT:-18088}
read -r -a jvm_options <<< "${SUITE_SERVICE_JVM_OPTS:--Xmx256m -XX:MaxNewSize=32m -XX:+UseSerialGC}"
gateway_jar=$repo/gateway/target/quarkus-app/quarkus-run.jar
work=$(mktemp -d)
pids=()

log() { printf '%s\n' "$*" >&2; }
fail() { log "gateway-bench: $*"; exit 1; }

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [[ -f $work/nginx.pid ]] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

require_tools() {
  if ! command -v wrk >/dev/null; then
    [[ $(id -u) == 0 ]] || fail "wrk is missing: apt-get install wrk"
    log "installing wrk (Debian package)…"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
  fi
  command -v curl >/dev/null || fail "curl is missing"
  [[ -f $gateway_jar ]] || fail "$gateway_jar is missing: ./mvnw -pl gateway -am install -DskipTests"
  [[ -f $data_dir/jwt/privateKey.pem ]] || fail "no suite data in $data_dir: start the suite first (./suite up)"
}

status_of() { curl -s -o /dev/null -w '%{http_code}' "$@"; }

wait_ready() { # url seconds
  local deadline=$((SECONDS + $2))
  until [[ $(status_of "$1") == 200 ]]; do
    (( SECONDS < deadline )) || return 1
    sleep 0.5
  done
}

start_gateway() { # name port management-port [more java options]
  local name=$1 port=$2 management_port=$3
  shift 3
  log "starting the gateway under test ($name) on :$port…"
  java "${jvm_options[@]}" "$@" \
    -Dquarkus.http.port="$port" \
    -Dquarkus.management.port="$management_port" \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:$postgres_port/gateway" \
    -Dquarkus.datasource.username=postgres -Dquarkus.datasource.password=postgres \
    -Dgateway.routes.cases="http://127.0.0.1:$cases_port" \
    -Dgateway.routes.comparison="http://127.0.0.1:$comparison_port" \
    -Dgateway.routes.partnerships="http://127.0.0.1:$partnerships_port" \
    -Dsmallrye.jwt.sign.key.location="file:$data_dir/jwt/privateKey.pem" \
    -Dgateway.rate-limit.per-address-requests-per-second=100000000 \
    -Dgateway.rate-limit.per-address-burst=100000000 \
    -jar "$gateway_jar" > "$work/$name.log" 2>&1 &
  pids+=($!)
  wait_ready "http://127.0.0.1:$management_port/q/health/ready" 90 \
    || { tail -n 30 "$work/$name.log" >&2; fail "the gateway under test ($name) did not become ready"; }
}

start_nginx() {
  command -v nginx >/dev/null || command -v /usr/sbin/nginx >/dev/null || return 1
  local nginx_bin; nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
  mkdir -p "$work/nginx"
  # the usual reverse proxy setup: kept-alive upstream connections, an access log line per request
  cat > "$work/nginx.conf" <<EOF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 4096; }
http {
  access_log $work/nginx/access.log;
  client_body_temp_path $work/nginx; proxy_temp_path $work/nginx;
  fastcgi_temp_path $work/nginx; uwsgi_temp_path $work/nginx; scgi_temp_path $work/nginx;
  upstream comparison { server 127.0.0.1:$comparison_port; keepalive 64; }
  server {
    listen 127.0.0.1:$nginx_port;
    location / {
      proxy_pass http://comparison;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
    }
  }
}
EOF
  "$nginx_bin" -c "$work/nginx.conf" || return 1
  wait_ready "http://127.0.0.1:$nginx_port$path" 10
}

# each paced connection waits between its requests, so that together they offer $rate requests per second
write_pacing() {
  local pause_ms
  pause_ms=$(awk -v c="$paced_connections" -v r="$rate" 'BEGIN { printf "%d", c * 1000 / r }')
  printf 'function delay() return %d end\n' "$pause_ms" > "$work/paced.lua"
}

# wrk --latency → "requests_per_second p50_ms p99_ms answers_neither_2xx_nor_3xx"
measure() { # target seconds connections header [more wrk options]
  local target=$1 seconds=$2 open=$3 header=$4 out
  local -a headers=()
  shift 4
  [[ -n $header ]] && headers+=(-H "$header")
  [[ -n ${extra_header[$target]:-} ]] && headers+=(-H "${extra_header[$target]}")
  out=$(wrk -t"$threads" -c"$open" -d"$seconds"s --latency "${headers[@]}" "$@" "${url[$target]}")
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
    /Requests\/sec/ { rps = $2 } /Non-2xx or 3xx/ { bad = $NF }
    END { printf "%.0f %.3f %.3f %d\n", rps, p50, p99, bad }' <<< "$out"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# the lowest and the highest over the rounds of one field: "min max"
spread_of() {
  local -n runs=$2
  for ((r = 1; r <= rounds; r++)); do cut -d' ' -f"$1" <<< "${runs[$3,$4,$r]}"; done | sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo, hi }'
}

# the median over the rounds of one field of one kind of measurement: field kind answer target
median_of() {
  local -n runs=$2
  for ((r = 1; r <= rounds; r++)); do cut -d' ' -f"$1" <<< "${runs[$3,$4,$r]}"; done | median
}

require_tools
direct_url="http://127.0.0.1:$comparison_port$path"
[[ $(status_of "$direct_url") == 200 ]] || fail "$direct_url does not answer 200: is the suite running (./suite up)?"
etag=$(curl -s -D - -o /dev/null "$direct_url" | awk 'tolower($1) == "etag:" { sub(/\r$/, ""); $1 = ""; sub(/^ /, ""); print }')
[[ -n $etag ]] || fail "$direct_url answers without an ETag, so there is no 304 to measure"
[[ $(status_of -H "If-None-Match: $etag" "$direct_url") == 304 ]] || fail "$direct_url does not answer 304 to its own ETag"

start_gateway gateway "$gateway_port" "$gateway_management_port"
targets=(direct gateway forwarded)
declare -A url=([direct]=$direct_url [gateway]="http://127.0.0.1:$gateway_port$path"
  [forwarded]="http://127.0.0.1:$gateway_port$path")
if [[ ${BENCH_WITHOUT_METRICS:-} == 1 ]]; then
  start_gateway no-metrics $((gateway_port + 1)) $((gateway_management_port + 1)) -Dgateway.metrics.enabled=false
  targets+=(no-metrics)
  url[no-metrics]="http://127.0.0.1:$((gateway_port + 1))$path"
fi
declare -A extra_header=([forwarded]="Cache-Control: no-cache")
if start_nginx; then
  targets+=(nginx)
  url[nginx]="http://127.0.0.1:$nginx_port$path"
else
  log "nginx is not installed (apt-get install nginx-light): measuring direct and gateway only"
fi
if [[ -n ${BENCH_TARGETS:-} ]]; then
  read -r -a wanted <<< "$BENCH_TARGETS"
  kept=()
  for target in "${targets[@]}"; do
    [[ " ${wanted[*]} " == *" $target "* || $target == direct ]] && kept+=("$target")
  done
  targets=("${kept[@]}")
fi
# the gateway keeps answers only while it follows comparison-service's change stream
for name in gateway ${url[no-metrics]:+no-metrics}; do
  log_file=$work/$name.log
  for ((wait = 0; wait < 20; wait++)); do
    grep -q "following the change stream of the comparison service" "$log_file" && break
    sleep 0.5
  done
done
for target in "${targets[@]}"; do
  [[ $(status_of "${url[$target]}") == 200 ]] || fail "${url[$target]} does not answer 200"
  [[ $(status_of -H "If-None-Match: $etag" "${url[$target]}") == 304 ]] || fail "${url[$target]} does not answer 304"
done

write_pacing
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
log "warming up (JIT) for $((duration * 2)) s per target…"
for target in "${targets[@]}"; do measure "$target" $((duration * 2)) "$connections" "" > /dev/null; done

declare -A throughput latency
for answer in 200 304; do
  header=""
  [[ $answer == 304 ]] && header="If-None-Match: $etag"
  for ((round = 1; round <= rounds; round++)); do
    for target in "${targets[@]}"; do
      log "round $round/$rounds: $answer via $target…"
      throughput[$answer,$target,$round]=$(measure "$target" "$duration" "$connections" "$header")
      latency[$answer,$target,$round]=$(measure "$target" "$duration" "$paced_connections" "$header" \
        -s "$work/paced.lua")
    done
  done
done

cores=$(nproc)
printf '\nGateway cost: GET %s on %s cores, %d s x %d rounds (medians), %s\n' \
  "$path" "$cores" "$duration" "$rounds" "$(date -u +%FT%TZ)"
printf 'throughput: as many requests as %d connections get answered; latency: at %d requests/s\n' \
  "$connections" "$rate"
printf 'gateway: as deployed, repeated reads answered from what it keeps; forwarded: every request sent on\n'
if [[ ${url[no-metrics]:-} ]]; then
  printf 'no-metrics: the same as gateway, with its per-request metrics off\n'
fi
printf 'rounds: the lowest and highest requests/s of the rounds, the noise to judge a difference by\n'
printf 'load average before the measurements: %s\n' "$load_before"
printf '%-6s %-10s %12s %15s %10s %10s %10s %13s\n' answer via "requests/s" "rounds" "vs direct" "p50 ms" "p99 ms" "p99 added ms"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
json="{\"path\":\"$path\",\"cores\":$cores,\"loadAverageBefore\":\"$load_before\",\"loadAverageAfter\":\"$load_after\",\"connections\":$connections,\"rate\":$rate,"
json+="\"durationSeconds\":$duration,\"rounds\":$rounds,\"results\":["
for answer in 200 304; do
  for target in "${targets[@]}"; do
    rps=$(median_of 1 throughput "$answer" "$target")
    read -r rps_low rps_high <<< "$(spread_of 1 throughput "$answer" "$target")"
    p50=$(median_of 2 latency "$answer" "$target")
    p99=$(median_of 3 latency "$answer" "$target")
    bad=$(( $(median_of 4 throughput "$answer" "$target") + $(median_of 4 latency "$answer" "$target") ))
    if [[ $target == direct ]]; then
      direct_rps=$rps; direct_p99=$p99
    fi
    ratio=$(awk -v a="$rps" -v b="$direct_rps" 'BEGIN { printf "%.2f", a / b }')
    added=$(awk -v a="$p99" -v b="$direct_p99" 'BEGIN { printf "%.2f", a - b }')
    note=""
    if [[ $target == forwarded ]]; then
      note="  (routing alone; nginx is the yardstick)"
    elif [[ $target == gateway ]]; then
      if awk -v r="$ratio" -v d="$added" 'BEGIN { exit !(r >= 0.8 && d <= 5) }'; then
        note="  meets the target (>= 0.80, <= 5 ms)"
      else
        note="  misses the target (>= 0.80, <= 5 ms)"
      fi
    fi
    [[ $bad != 0 ]] && note+="  ($bad answers were neither 2xx nor 3xx)"
    printf '%-6s %-10s %12s %15s %10s %10s %10s %13s%s\n' "$answer" "$target" "$rps" "$rps_low-$rps_high" "$ratio" \
      "$p50" "$p99" "$added" "$note"
    json+="{\"answer\":$answer,\"via\":\"$target\",\"requestsPerSecond\":$rps,\"throughputVsDirect\":$ratio,"
    json+="\"lowestRoundRequestsPerSecond\":$rps_low,\"highestRoundRequestsPerSecond\":$rps_high,"
    json+="\"p50Ms\":$p50,\"p99Ms\":$p99,\"p99AddedMs\":$added},"
  done
done
json="${json%,}]}"
if [[ ${url[no-metrics]:-} && " ${targets[*]} " == *" gateway "* && " ${targets[*]} " == *" no-metrics "* ]]; then
  # the two gateways were measured one right after the other in each round: their ratio per round pairs like with like
  for answer in 200 304; do
    paired=()
    for ((r = 1; r <= rounds; r++)); do
      paired+=("$(awk -v on="$(cut -d' ' -f1 <<< "${throughput[$answer,gateway,$r]}")" \
        -v off="$(cut -d' ' -f1 <<< "${throughput[$answer,no-metrics,$r]}")" 'BEGIN { printf "%.2f", on / off }')")
    done
    printf 'metrics on / off, %s, round by round: %s (median %s)\n' "$answer" "${paired[*]}" \
      "$(printf '%s\n' "${paired[@]}" | median)"
  done
fi
printf 'load average after the measurements: %s\n' "$load_after"
if [[ -n ${BENCH_JSON:-} ]]; then
  printf '%s\n' "$json" > "$BENCH_JSON"
  log "figures written to $BENCH_JSON"
fi
