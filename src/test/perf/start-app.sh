# Sourced by the scripts of this folder: builds the application; start_app [arguments]
# starts the packaged jar (with the Docker image's heap and collector, $jvm_options, or
# $JVM_OPTIONS if set) on a scratch PostgreSQL of its own (the jar holds none;
# ScratchPostgres.java starts the embedded one the tests use), with 127.0.0.1 as its one
# trusted proxy, so that a script can speak for many clients with X-Forwarded-For; stop_app
# stops both (as does the script's exit).
# start_postgres [directory] starts that PostgreSQL alone (in the directory, kept, if given).
# Sets $app (the JVM's process id), $db_port and $postmaster (PostgreSQL's process id).
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
jvm_options=${JVM_OPTIONS:--Xmx192m -XX:+UseSerialGC}
log=$(mktemp)
db_log=$(mktemp)
app=
db=

./mvnw -q -B package -DskipTests
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/perf-classpath.txt

start_postgres() {
	: > "$db_log"
	java -cp "$(cat target/perf-classpath.txt)" src/test/perf/ScratchPostgres.java "$@" > "$db_log" 2>&1 &
	db=$!
	until grep -q "PostgreSQL on port" "$db_log"; do
		kill -0 $db 2>/dev/null || { cat "$db_log"; exit 1; }
		sleep 0.5
	done
	db_port=$(grep -o "PostgreSQL on port [0-9]*" "$db_log" | grep -o "[0-9]*$")
	postmaster=$(pgrep -f -- "postgres -D .* -p $db_port" | head -1)
}

# The connection settings for the PostgreSQL started last, and the public address that the
# packaged jar requires (this machine's, where http is accepted).
database() {
	echo "--spring.datasource.url=jdbc:postgresql://localhost:$db_port/postgres --spring.datasource.username=postgres" \
		"--mediation.base-url=http://localhost:$port"
}

start_app() {
	start_postgres
	: > "$log"
	# shellcheck disable=SC2046,SC2086
	java $jvm_options -jar target/mediation-directory-*.jar --server.port="$port" $(database) \
		--mediation.trusted-proxies=127.0.0.1 --logging.level.root=WARN --logging.level.be.brussels=INFO \
		"$@" > "$log" 2>&1 &
	app=$!
	until grep -q "is running at" "$log"; do
		kill -0 $app 2>/dev/null || { cat "$log"; exit 1; }
		sleep 1
	done
}

# Stops the process given, if any, and waits for its end.
stop() {
	if [ -n "$1" ]; then
		kill "$1" 2>/dev/null || true
		wait "$1" 2>/dev/null || true
	fi
}

stop_app() {
	stop "$app"
	app=
	stop_postgres
}

stop_postgres() {
	stop "$db"
	db=
}

trap 'stop_app; rm -f "$log" "$db_log"' EXIT
