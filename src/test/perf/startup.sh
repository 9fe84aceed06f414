#!/usr/bin/env bash
# Start-up time of the packaged jar to its first page (the home page answering) on a kept
# database (already running, as in production), and the JVM's CPU time by then: as
# packaged; extracted with Spring AOT's bean definitions (built into the jar, used with
# -Dspring.aot.enabled=true), as the Docker image starts; extracted with a class data sharing
# archive (JDK 17's AppCDS); and with both.
# Usage: src/test/perf/startup.sh [starts of each kind]
set -euo pipefail
port=18086
starts=${1:-2}
source "$(dirname "$0")/start-app.sh"
data=$(mktemp -d)
trap 'stop_app; rm -rf "$log" "$db_log" "$data"' EXIT
start_postgres "$data/db"
ticks=$(getconf CLK_TCK)

# Times a start of the jar given (with its JVM options first) until it serves the home page.
first_page() {
	local label=$1
	shift
	local began ended cpu
	began=$(date +%s.%N)
	# shellcheck disable=SC2046,SC2086
	java $jvm_options "$@" --server.port=$port $(database) \
		--logging.level.root=WARN --logging.level.be.brussels=INFO > "$log" 2>&1 &
	app=$!
	until curl -sf -o /dev/null http://localhost:$port/fr/; do
		kill -0 $app 2>/dev/null || { cat "$log"; exit 1; }
		sleep 0.05
	done
	ended=$(date +%s.%N)
	cpu=$(awk -v ticks="$ticks" '{ printf "%.1f", ($14 + $15) / ticks }' "/proc/$app/stat")
	echo "start-up to the first page, $label: $(echo "$ended - $began" | bc) s, JVM CPU $cpu s" \
		"(Spring's count: $(grep -o 'Started .* seconds' "$log" | grep -o '[0-9.]* seconds'))"
	stop "$app"
	app=
}

jar=$(ls target/mediation-directory-*.jar)
first_page "empty database (the migrations run)" -jar "$jar"
for _ in $(seq "$starts"); do
	first_page "kept database, as packaged" -jar "$jar"
done
# The jar extracted, each archive written by a run that stops once the application
# context is ready.
java -Djarmode=tools -jar "$jar" extract --destination "$data/app" > /dev/null
extracted="$data/app/$(basename "$jar")"
archive() {
	# shellcheck disable=SC2046,SC2086
	java $jvm_options -XX:ArchiveClassesAtExit="$1" -Dspring.context.exit=onRefresh "${@:2}" -jar "$extracted" \
		--server.port=$port $(database) --logging.level.root=WARN > "$log" 2>&1
}
archive "$data/app.jsa"
archive "$data/aot.jsa" -Dspring.aot.enabled=true
for _ in $(seq "$starts"); do
	first_page "kept database, extracted, Spring AOT (as the Docker image)" -Dspring.aot.enabled=true -jar "$extracted"
done
for _ in $(seq "$starts"); do
	first_page "kept database, class data archive" -XX:SharedArchiveFile="$data/app.jsa" -jar "$extracted"
done
for _ in $(seq "$starts"); do
	first_page "kept database, class data archive and Spring AOT" -XX:SharedArchiveFile="$data/aot.jsa" \
		-Dspring.aot.enabled=true -jar "$extracted"
done
