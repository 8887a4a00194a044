#!/usr/bin/env bash
# HTTP load benchmarks of the portal with wrk on loopback: a bare JAX-RS "hello" as the baseline,
# hello with one SELECT 1 through the connection pool (the floor of any request that reads the
# database), evaluating a step, a durable submission on PostgreSQL and the server-rendered step pages, each
# as a share of hello. Starts a Liberty server (portal-bench) and a throwaway PostgreSQL cluster of
# its own under benchmarks/target/http and stops both at the end, also on failure or Ctrl+C.
#
# Usage (from anywhere): bash benchmarks/http/run.sh
# Needs: a JDK 17+, wrk (Debian: apt-get install wrk; installed here when run as root), curl,
# python3, unzip and PostgreSQL's server binaries (Debian: postgresql-15). Not run in CI:
# benchmarks need a quiet machine and minutes, not a test budget.
#
# Settings (environment variables):
#   DURATION=30s WARMUP=60s THREADS=2 CONNECTIONS=64   wrk's run per endpoint (after a warm-up of its own)
#   SETTLED=10 MAX_WARMUP=300                           the warm-up goes on in rounds of 10 s until at most
#                                                       SETTLED methods wait for the JIT compiler, or for
#                                                       MAX_WARMUP seconds in all (see "Warm-up" below)
#   HTTP_PORT=9380 HTTPS_PORT=9743                      the benchmark server's ports
#   PAGES="/forms/<form>/steps/<step> ..."             step pages to GET, each with a draft of its form made
#                                                       first through the JSON API (bijzondere-bijstand with
#                                                       its complete answers, other forms empty)
#   LIBERTY_JAVA_HOME=/usr/lib/jvm/...                 run the server on this JDK (default: the one on PATH)
#   JVM_OPTIONS="-XX:+UseParallelGC"                   extra options for the server's JVM (one per word)
#   JFR=profile.jfr                                     record a Java Flight Recorder profile of the server
#                                                       over the whole run into this file (absolute path)
#   SYNCHRONOUS_COMMIT=on                               PostgreSQL's synchronous_commit (on = durable)
#   SEARCH_PRODUCTS=200000                              products in the catalogue search index (a synthetic national
#                                                       catalogue, SyntheticCatalogue; 0: only the portal's own)
#   ONLY="hello search"                                 run only these benchmarks (hello query evaluate submit pages search)
#   LOKET_DATASOURCE_URL/_USER/_PASSWORD                use this PostgreSQL instead of a throwaway cluster
#                                                       (its forms_submission table gets the rows)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
work=$root/benchmarks/target/http
mkdir -p "$work"

DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-60s}
SETTLED=${SETTLED:-10}
MAX_WARMUP=${MAX_WARMUP:-300}
[[ $WARMUP =~ ^[0-9]+s$ ]] || { echo "WARMUP is in seconds, e.g. WARMUP=60s (got: $WARMUP)" >&2; exit 1; }
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
HTTP_PORT=${HTTP_PORT:-9380}
HTTPS_PORT=${HTTPS_PORT:-9743}
PAGES=${PAGES-/forms/bijzondere-bijstand/steps/persoon /forms/verhuizing/steps/adres}
SYNCHRONOUS_COMMIT=${SYNCHRONOUS_COMMIT:-on}
SEARCH_PRODUCTS=${SEARCH_PRODUCTS:-200000}
ONLY=${ONLY:-hello query evaluate submit pages search}
wanted() { [[ " $ONLY " == *" $1 "* ]]; }
base=http://127.0.0.1:$HTTP_PORT
answers=sdk-forms/src/test/resources/forms/bijzondere-bijstand.data.json

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y -q wrk || { apt-get update -q && apt-get install -y -q wrk; }
  else
    echo "wrk is missing: install it first (Debian/Ubuntu: sudo apt-get install wrk)" >&2
    exit 1
  fi
fi

# --- Stop everything this script started, whatever happens ---------------------------------------
wlp=$work/wlp
server=portal-bench
pgdata=$work/postgres
as_postgres=()
started_server=false
started_db=false
pgbin=
stop_all() {
  if $started_server; then
    echo "Stopping Liberty ($server)"
    "$wlp/bin/server" stop "$server" >/dev/null || true
  fi
  if $started_db; then
    echo "Stopping PostgreSQL ($pgdata)"
    "${as_postgres[@]}" "$pgbin/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null || true
  fi
}
trap stop_all EXIT

echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"

# --- Build the WAR and lay out a Liberty server of our own ----------------------------------------
./mvnw -B -ntp -q -pl samples/portal -am package -DskipTests
pom_property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" pom.xml | head -1; }
liberty_version=$(pom_property openliberty.version)
postgresql_version=$(pom_property postgresql.version)
./mvnw -B -ntp -q -N dependency:copy -Dartifact="io.openliberty:openliberty-runtime:$liberty_version:zip" \
  -DoutputDirectory="$work"
./mvnw -B -ntp -q -N dependency:copy -Dartifact="org.postgresql:postgresql:$postgresql_version" \
  -DoutputDirectory="$work"
if [ "$(cat "$work/wlp.version" 2>/dev/null)" != "$liberty_version" ]; then
  rm -rf "$wlp"
  unzip -q "$work/openliberty-runtime-$liberty_version.zip" -d "$work"
  echo "$liberty_version" > "$work/wlp.version"
fi
config=$wlp/usr/servers/$server
[ -d "$config" ] || "$wlp/bin/server" create "$server" >/dev/null
rm -rf "$config/apps" "$config/jdbc" "$config/logs"
mkdir -p "$config/apps" "$config/jdbc"
cp samples/portal/src/main/liberty/config/server.xml "$config/server.xml"
cp samples/portal/target/loket-portal.war "$config/apps/"
cp "$work/postgresql-$postgresql_version.jar" "$config/jdbc/"
cat > "$config/bootstrap.properties" <<EOF
loket.http.port=$HTTP_PORT
loket.https.port=$HTTPS_PORT
EOF

# --- PostgreSQL: the one given, or a throwaway cluster on a free port ------------------------------
if [ -z "${LOKET_DATASOURCE_URL:-}" ]; then
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$pgbin" ] || pgbin=$(dirname "$(command -v initdb)")
  if [ "$(id -u)" = 0 ]; then
    as_postgres=(runuser -u postgres --) # PostgreSQL refuses to run as root
  fi
  pgport=55432
  while (exec 3<>"/dev/tcp/127.0.0.1/$pgport") 2>/dev/null; do pgport=$((pgport + 1)); done
  rm -rf "$pgdata"
  mkdir -p "$pgdata"
  [ "$(id -u)" != 0 ] || chown postgres: "$pgdata"
  "${as_postgres[@]}" "$pgbin/initdb" -D "$pgdata" -U loket --auth=trust -E UTF8 --no-sync >/dev/null
  started_db=true
  "${as_postgres[@]}" "$pgbin/pg_ctl" -D "$pgdata" -l "$pgdata/postgres.log" -w start -o \
    "-c port=$pgport -c listen_addresses=127.0.0.1 -c unix_socket_directories=$pgdata -c synchronous_commit=$SYNCHRONOUS_COMMIT" \
    >/dev/null
  "$pgbin/createdb" -h 127.0.0.1 -p "$pgport" -U loket loket
  export LOKET_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$pgport/loket
  export LOKET_DATASOURCE_USER=loket LOKET_DATASOURCE_PASSWORD=loket
  echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on port $pgport (synchronous_commit=$SYNCHRONOUS_COMMIT)"
fi
cat > "$config/server.env" <<EOF
LOKET_BENCHMARK_ENABLED=true
LOKET_CATALOGUE_SEARCH_SYNTHETIC_PRODUCTS=$SEARCH_PRODUCTS
LOKET_DATASOURCE_URL=$LOKET_DATASOURCE_URL
LOKET_DATASOURCE_USER=${LOKET_DATASOURCE_USER:-loket}
LOKET_DATASOURCE_PASSWORD=${LOKET_DATASOURCE_PASSWORD:-loket}
EOF
[ -z "${LIBERTY_JAVA_HOME:-}" ] || echo "JAVA_HOME=$LIBERTY_JAVA_HOME" >> "$config/server.env"
rm -f "$config/jvm.options"
for option in ${JVM_OPTIONS:-}; do echo "$option" >> "$config/jvm.options"; done
[ -z "${JFR:-}" ] || { echo "-XX:FlightRecorderOptions:stackdepth=256"; echo "-XX:StartFlightRecording=filename=$JFR,settings=profile,dumponexit=true"; } >> "$config/jvm.options"

# --- Start Liberty and wait until the portal is ready ---------------------------------------------
started_server=true
"$wlp/bin/server" start "$server" --clean >/dev/null
# Ready means the database is up and migrated (/health/ready) and the portal itself answers (until
# it has started, Liberty serves its own welcome page and 404s).
ready() {
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready")" = 200 ] &&
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/benchmark/hello")" = 200 ]
}
for _ in $(seq 1 400); do
  ready && break
  sleep 1
done
ready || {
  echo "The portal was not ready within 400 s; see $config/logs/messages.log" >&2
  exit 1
}
echo "Open Liberty $liberty_version with the portal on $base, on Java $("${LIBERTY_JAVA_HOME:+$LIBERTY_JAVA_HOME/bin/}java" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.runtime.version = //p')"

# One request each first: a benchmark of error answers would measure nothing.
expect() { # expect STATUS METHOD PATH [curl args...]
  local status=$1 method=$2 path=$3
  shift 3
  local got
  got=$(curl -s -o "$work/answer.txt" -w '%{http_code}' -X "$method" "$@" "$base$path")
  if [ "$got" != "$status" ]; then
    echo "$method $path answered $got, expected $status:" >&2
    head -c 2000 "$work/answer.txt" >&2
    echo >&2
    exit 1
  fi
}
expect 200 GET /api/benchmark/hello
expect 200 GET /api/benchmark/query
expect 200 GET "/api/catalogue/search?q=paspoort"
expect 200 POST /api/forms/bijzondere-bijstand/evaluation -H 'Content-Type: application/json' --data-binary "@$answers"
expect 201 POST /api/forms/bijzondere-bijstand/submissions -H 'Content-Type: application/json' \
  -H "Idempotency-Key: check-$(date +%s%N)" --data-binary "@$answers"

# --- Load -----------------------------------------------------------------------------------------
results=$work/results.txt
: > "$results"
# CPU time used per request by the server and by the database, next to the rates: on a machine that
# others share, requests/s follow their load, CPU time per request much less so.
liberty_pid=$(cat "$wlp/usr/servers/.pid/$server.pid")
cpu_ms() { # cpu_ms PID...: user + system CPU time of these processes, in ms
  local ticks=0 pid
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] && ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
  done
  echo $((ticks * 1000 / $(getconf CLK_TCK)))
}
db_pids() { # the postmaster and its children (one backend per pooled connection stays open)
  if [ -n "$pgbin" ]; then
    local postmaster
    postmaster=$(head -1 "$pgdata/postmaster.pid")
    echo "$postmaster" $(pgrep -P "$postmaster")
  fi
}
# Warm-up: under full load on 2 cores the JIT's one C2 compiler thread gets a small share of the
# CPU, so compiling a request's hot methods takes minutes, not seconds; a fixed 20 s warm-up measured
# mostly not-yet-compiled code (hello: 5,000/s after 20 s, 22,000/s once compiled). A server in
# production runs for hours, so each endpoint is measured once the compiler has caught up: after
# WARMUP (methods reach the queue in waves as their profiles fill, so a short
# queue right at the start means little) the warm-up goes on while more than SETTLED methods wait
# in the JVM's compile queue (jcmd Compiler.queue).
jcmd_bin=${LIBERTY_JAVA_HOME:+$LIBERTY_JAVA_HOME/bin/}jcmd
compile_queue() { # methods waiting for the JIT compiler in the server's JVM
  "$jcmd_bin" "$liberty_pid" Compiler.queue 2>/dev/null | grep -c '^ *[0-9]' || true
}
load() { # load NAME GOAL PATH [wrk args...]; warms up, then measures
  local name=$1 goal=$2 path=$3 server0 db0 warmed queue
  shift 3
  echo "== $name: $path (warm-up $WARMUP or until the JIT has caught up, then $DURATION)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$base$path" "$@" > "$work/warmup.txt"
  warmed=${WARMUP%s}
  while queue=$(compile_queue); [ "$queue" -gt "$SETTLED" ] && [ "$warmed" -lt "$MAX_WARMUP" ]; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d10s "$base$path" "$@" > "$work/warmup.txt"
    warmed=$((warmed + 10))
  done
  echo "warmed up for ${warmed} s; $queue methods wait for the JIT compiler"
  server0=$(cpu_ms "$liberty_pid")
  db0=$(cpu_ms $(db_pids))
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$base$path" "$@" | tee "$work/wrk-$name.txt"
  echo "$name|$goal|$path|$(grep '^loket-wrk ' "$work/wrk-$name.txt")" \
    "server_cpu_ms=$(($(cpu_ms "$liberty_pid") - server0)) db_cpu_ms=$(($(cpu_ms $(db_pids)) - db0))" \
    "warmup_s=$warmed" >> "$results"
}
load hello baseline /api/benchmark/hello -s benchmarks/http/report.lua
# hello plus one SELECT 1 through the portal's pool: what any request that reads the database costs at least.
! wanted query || load query floor /api/benchmark/query -s benchmarks/http/report.lua
! wanted evaluate || load evaluate 'share>=40' /api/forms/bijzondere-bijstand/evaluation -s benchmarks/http/post-json.lua -- "$answers"
! wanted submit || load submit 'rps>=2000,p99<50' /api/forms/bijzondere-bijstand/submissions -s benchmarks/http/submit.lua -- "$answers"
! wanted search || load search 'rps>=2000' /api/catalogue/search -s benchmarks/http/search.lua
page=0
wanted pages || PAGES=
for url in $PAGES; do
  # A step page belongs to a draft: make one through the JSON API and hand it over as the browser's cookie.
  form=$(echo "$url" | cut -d/ -f3)
  if [ "$form" = bijzondere-bijstand ]; then
    body=$(python3 -c 'import json,sys; print(json.dumps({"data": json.load(open(sys.argv[1]))}))' "$answers")
  else
    body='{"data": {}}'
  fi
  session=$(curl -s -X POST -H 'Content-Type: application/json' --data-binary "$body" "$base/api/forms/$form/sessions" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin).get("session", ""))' || true)
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: loket-draft=$session" "$base$url")
  if [ -z "$session" ] || [ "$status" != 200 ]; then
    echo "== step page $url: skipped, it answers $status instead of 200 (draft: ${session:-none})"
    echo "page-$page|skipped|$url|" >> "$results"
  else
    load "page-$page" 'share>=40' "$url" -s benchmarks/http/report.lua -H "Cookie: loket-draft=$session"
  fi
  page=$((page + 1))
done
if [ -n "$pgbin" ]; then
  echo "Stored submissions in PostgreSQL: $("$pgbin/psql" -h 127.0.0.1 -p "$pgport" -U loket -At -c \
    'SELECT count(*) FROM forms_submission' loket) (warm-up, check and measured run together)"
fi

echo
echo "Load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$results" "$THREADS" "$CONNECTIONS" "$DURATION" <<'PY'
import sys
path, threads, connections, duration = sys.argv[1:]
rows = []
for line in open(path):
    name, goal, url, figures = line.rstrip("\n").split("|", 3)
    values = dict(kv.split("=") for kv in figures.split()[1:]) if figures else {}
    rows.append((name, goal, url, {k: int(v) for k, v in values.items()}))
hello = next(v for n, _, _, v in rows if n == "hello")
hello_rps = hello["requests"] / hello["duration_us"] * 1e6
print(f"wrk -t{threads} -c{connections} -d{duration} --latency, on loopback")
print(f"{'benchmark':58} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'of hello':>9} {'CPU ms/req':>10} {'warm-up':>8}  goal")
print(f"{'':58} {'':>9} {'':>8} {'':>8} {'':>9} {'server+db':>10} {'s':>8}")
for name, goal, url, v in rows:
    label = f"{name} {url}"
    if not v:
        print(f"{label:58}   skipped (404 or not 200)")
        continue
    rps = v["requests"] / v["duration_us"] * 1e6
    p50, p99 = v["p50_us"] / 1000, v["p99_us"] / 1000
    share = rps / hello_rps
    verdicts = []
    for part in goal.split(","):
        if part == "baseline":
            continue
        if part == "floor":
            verdicts.append("floor of a request that reads the database")
            continue
        if part.startswith("share>="):
            verdicts.append(("met" if share * 100 >= float(part[7:]) else "MISSED") + f": >= {part[7:]} % of hello")
        elif part.startswith("rps>="):
            verdicts.append(("met" if rps >= float(part[5:]) else "MISSED") + f": >= {int(part[5:]):,}/s")
        elif part.startswith("p99<"):
            verdicts.append(("met" if p99 < float(part[4:]) else "MISSED") + f": p99 < {part[4:]} ms")
    bad = v["non2xx"] + v["errors"]
    if bad:
        verdicts.append(f"WARNING {v['non2xx']} non-2xx answers, {v['errors']} socket errors")
    cpu = f"{v['server_cpu_ms'] / v['requests']:.2f}+{v['db_cpu_ms'] / v['requests']:.2f}"
    print(f"{label:58} {rps:9,.0f} {p50:8.2f} {p99:8.2f} {share * 100:8.0f} % {cpu:>10} {v['warmup_s']:8}  {'; '.join(verdicts) or 'baseline'}")
PY
