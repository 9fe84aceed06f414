#!/usr/bin/env bash
# Two instances of the packaged jar on one PostgreSQL behind a local nginx load balancer
# (loopback only), under a mix of the public pages residents open most: their maximum
# throughput together; then a run at 80 % of it; then the same load while PostgreSQL is
# stopped for 10 s and started again (load_and_fault.py says what is counted).
# Needs wrk, nginx (nginx-light), python3 and psql.
# Usage: src/test/perf/load-and-fault.sh [seconds per loaded run] [warm-up seconds]
set -euo pipefail
seconds=${1:-60}
warmup=${2:-60}
balancer=18090
ports=(18091 18092)
management=(18191 18192)
admin_password=load-and-fault-42-harbour
source "$(dirname "$0")/start-app.sh"

root=$(mktemp -d)
instances=()
stop_all() {
	for instance in "${instances[@]}"; do
		stop "$instance"
	done
	[ -f "$root/nginx.pid" ] && kill "$(cat "$root/nginx.pid")" 2>/dev/null || true
	stop_postgres
	# A PostgreSQL started again by load_and_fault.py is not the scratch one's child.
	pkill -INT -f -- "postgres -D $root/postgres" 2>/dev/null || true
	rm -rf "$log" "$db_log" "$root"
}
trap stop_all EXIT

start_postgres "$root/postgres"
# The instances' public address (database() gives it): the load balancer's.
port=$balancer

for i in 0 1; do
	# shellcheck disable=SC2046,SC2086
	java $jvm_options -jar target/mediation-directory-*.jar --server.port="${ports[$i]}" \
		--management.server.port="${management[$i]}" $(database) \
		--mediation.trusted-proxies=127.0.0.1 \
		--mediation.rate-limits.pages-per-minute=100000000 \
		--mediation.admin.username=admin --mediation.admin.password="$admin_password" \
		--logging.level.root=WARN --logging.level.be.brussels=INFO > "$root/app$i.log" 2>&1 &
	instances+=($!)
done
for i in 0 1; do
	until grep -q "is running at" "$root/app$i.log" 2>/dev/null; do
		kill -0 "${instances[$i]}" 2>/dev/null || { cat "$root/app$i.log"; exit 1; }
		sleep 1
	done
done

cat > "$root/nginx.conf" <<CONF
worker_processes 1;
pid $root/nginx.pid;
error_log $root/nginx-error.log;
events { worker_connections 1024; }
http {
	access_log off;
	upstream mediation {
		server 127.0.0.1:${ports[0]} max_fails=1 fail_timeout=5s;
		server 127.0.0.1:${ports[1]} max_fails=1 fail_timeout=5s;
		keepalive 32;
	}
	server {
		listen 127.0.0.1:$balancer;
		location / {
			proxy_pass http://mediation;
			proxy_http_version 1.1;
			proxy_set_header Connection "";
			proxy_set_header Host \$http_host;
			proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
			proxy_next_upstream error timeout http_502 http_504;
			proxy_next_upstream_tries 2;
		}
	}
}
CONF
nginx -c "$root/nginx.conf" -p "$root"

echo "== two instances (JVM pids ${instances[*]}) behind nginx on $balancer, PostgreSQL pid $postmaster"
python3 src/test/perf/load_and_fault.py "$balancer" "${ports[*]}" "${management[*]}" "$postmaster" "$db_port" \
	"$admin_password" "$seconds" "$warmup" "${instances[*]}" || { tail -n 40 "$root"/app*.log; exit 1; }
echo "== what the instances logged (WARN and ERROR lines, by kind)"
grep -h " WARN \| ERROR " "$root"/app*.log | sed -E 's/^.* (WARN|ERROR) [0-9]+ --- \[[^]]*\] \[[^]]*\] /\1 /' |
	cut -c1-150 | sed -E 's/[0-9]+/N/g' | sort | uniq -c | sort -rn | head -n 20
