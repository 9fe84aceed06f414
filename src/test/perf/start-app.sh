# Sourced by the scripts of this folder: builds the application; start_app [arguments]
# starts the packaged jar (heap bounded at 256 MB, as in the Docker image) on a scratch
# embedded PostgreSQL (port $port, 127.0.0.1 as its one trusted proxy, so that a script can
# speak for many clients with X-Forwarded-For), and stop_app stops it (as does the script's
# exit). Sets $app (the JVM's process id), $db_port and $postmaster (PostgreSQL's process id).
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
log=$(mktemp)
app=

./mvnw -q -B package -DskipTests

start_app() {
	java -Xmx256m -jar target/mediation-directory-*.jar --server.port="$port" --mediation.embedded-database.directory= \
		--mediation.trusted-proxies=127.0.0.1 --logging.level.root=WARN --logging.level.be.brussels=INFO \
		"$@" > "$log" 2>&1 &
	app=$!
	until grep -q "is running at" "$log"; do
		kill -0 $app 2>/dev/null || { cat "$log"; exit 1; }
		sleep 1
	done
	db_port=$(grep -o "Embedded PostgreSQL started on port [0-9]*" "$log" | grep -o "[0-9]*$")
	postmaster=$(pgrep -f -- "postgres -D .* -p $db_port" | head -1)
}

stop_app() {
	if [ -n "$app" ]; then
		kill $app 2>/dev/null || true
		wait $app 2>/dev/null || true
		app=
	fi
}

trap 'stop_app; rm -f "$log"' EXIT
