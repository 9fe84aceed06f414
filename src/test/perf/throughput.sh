#!/usr/bin/env bash
# Throughput of the pages residents open most, against nginx serving the very same bytes in
# the same run: the packaged jar on a scratch PostgreSQL (six offices), with the
# page cache on, then off; for each page wrk's req/s, p50 and p99 at full load and at half
# the app's maximum, the ratio to nginx, and the JVM's CPU per request. Then the JVM's peak
# resident memory. (Start-up times: startup.sh.)
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

