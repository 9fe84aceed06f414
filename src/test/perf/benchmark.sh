#!/usr/bin/env bash
# Search and street-lookup latency at scale: starts the application on a scratch
# PostgreSQL, loads 10,000 synthetic offices and 50,000 synthetic streets, then measures
# p50/p95/p99 through HTTP, with the page cache off (each answer found, not recalled).
# Needs psql and python3. Usage: src/test/perf/benchmark.sh [requests] [warm-up seconds]
set -euo pipefail
port=18080
source "$(dirname "$0")/start-app.sh"
start_app --mediation.page-cache.enabled=false

echo "Loading 10,000 offices and 50,000 streets..."
psql -q -h localhost -p "$db_port" -U postgres -d postgres -v ON_ERROR_STOP=1 -f src/test/perf/synthetic-data.sql
psql -At -h localhost -p "$db_port" -U postgres -d postgres \
	-c "select 'offices: ' || count(*) from office" -c "select 'streets: ' || count(*) from city_street"

python3 src/test/perf/measure.py $port "${1:-1000}" "${2:-60}"
