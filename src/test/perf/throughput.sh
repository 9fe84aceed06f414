#!/usr/bin/env bash
# Throughput of the pages residents open most, against nginx serving the very same bytes in
# the same run: the packaged jar on a scratch PostgreSQL (six offices), with the
# page cache on, then off; for each page wrk's req/s, p50 and p99 at full load and at half
# the app's maximum, the ratio to nginx, and the JVM's CPU per request. Then the JVM's peak
# resident memory, and the start-up time to the first page on a kept database (already
# running, as in production), also with a class data sharing archive.
# Needs wrk, nginx (nginx-light) and python3.
# Usage: src/test/perf/throughput.sh [seconds per wrk run] [warm-up seconds]
set -euo pipefail
port=18084
nginx_port=18085
seconds=${1:-15}
warmup=${2:-60}
source "$(dirname "$0")/start-app.sh"

root=$(mktemp -d)
mkdir -p "$root/www"
cat > "$root/nginx.conf" <<CONF
worker_processes 1;
pid $root/nginx.pid;
error_log $root/error.log;
events { worker_connections 1024; }
http {
	access_log off;
	default_type text/html;
	keepalive_requests 1000000;
	server { listen 127.0.0.1:$nginx_port; root $root/www; }
}
CONF
nginx -c "$root/nginx.conf" -p "$root"
trap 'stop_app; kill $(cat "$root/nginx.pid") 2>/dev/null; rm -rf "$log" "$db_log" "$root"' EXIT

# The search's rate limit would stop wrk, which is one client.
for cache in true false; do
	start_app --mediation.page-cache.enabled=$cache --mediation.rate-limits.pages-per-minute=100000000
	echo "== page cache enabled=$cache (JVM pid $app)"
	python3 src/test/perf/throughput.py $port $nginx_port "$root/www" $app "$seconds" "$warmup"
	stop_app
done

data=$(mktemp -d)
trap 'stop_app; kill $(cat "$root/nginx.pid") 2>/dev/null; rm -rf "$log" "$db_log" "$root" "$data"' EXIT
start_postgres "$data/db"

# Times a start of the jar given (with its JVM options first) until it serves the home page.
first_page() {
	local label=$1
	shift
	local began ended
	began=$(date +%s.%N)
	# shellcheck disable=SC2046
	java -Xmx256m "$@" --server.port=$port $(database) \
		--logging.level.root=WARN --logging.level.be.brussels=INFO > "$log" 2>&1 &
	app=$!
	until curl -sf -o /dev/null http://localhost:$port/fr/; do
		kill -0 $app 2>/dev/null || { cat "$log"; exit 1; }
		sleep 0.05
	done
	ended=$(date +%s.%N)
	echo "start-up to the first page, $label: $(echo "$ended - $began" | bc) s" \
		"(Spring's count: $(grep -o 'Started .* seconds' "$log" | grep -o '[0-9.]* seconds'))"
	stop "$app"
	app=
}

jar=$(ls target/mediation-directory-*.jar)
first_page "empty database (the migrations run)" -jar "$jar"
first_page "kept database" -jar "$jar"
first_page "kept database" -jar "$jar"
# The same with a class data sharing archive (JDK 17's AppCDS): the jar extracted, the
# archive written by a run that stops once the application context is ready.
java -Djarmode=tools -jar "$jar" extract --destination "$data/app" > /dev/null
java -Xmx256m -XX:ArchiveClassesAtExit="$data/app.jsa" -Dspring.context.exit=onRefresh -jar "$data/app/$(basename "$jar")" \
	--server.port=$port $(database) --logging.level.root=WARN > "$log" 2>&1
first_page "kept database, class data archive" -XX:SharedArchiveFile="$data/app.jsa" -jar "$data/app/$(basename "$jar")"
first_page "kept database, class data archive" -XX:SharedArchiveFile="$data/app.jsa" -jar "$data/app/$(basename "$jar")"
