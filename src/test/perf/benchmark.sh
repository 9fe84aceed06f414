#!/usr/bin/env bash
# Search and street-lookup latency at scale: starts the application on a scratch embedded
# PostgreSQL, loads 10,000 synthetic offices and 50,000 synthetic streets, then measures
# p50/p95/p99 through HTTP. Needs psql and python3. Usage: src/test/perf/benchmark.sh [requests]
set -euo pipefail
cd "$(dirname "$0")/../../.."
port=18080
log=$(mktemp)

./mvnw -q -B package -DskipTests
java -jar target/mediation-directory-*.jar --server.port=$port --mediation.embedded-database.directory= \
	--logging.level.root=WARN --logging.level.be.brussels=INFO > "$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -f "$log"' EXIT
until grep -q "is running at" "$log"; do
	kill -0 $app 2>/dev/null || { cat "$log"; exit 1; }
	sleep 1
done
db_port=$(grep -o "Embedded PostgreSQL started on port [0-9]*" "$log" | grep -o "[0-9]*$")

echo "Loading 10,000 offices and 50,000 streets..."
psql -q -h localhost -p "$db_port" -U postgres -d postgres -v ON_ERROR_STOP=1 -f src/test/perf/synthetic-data.sql
psql -At -h localhost -p "$db_port" -U postgres -d postgres \
	-c "select 'offices: ' || count(*) from office" -c "select 'streets: ' || count(*) from city_street"

python3 src/test/perf/measure.py $port "${1:-1000}"
