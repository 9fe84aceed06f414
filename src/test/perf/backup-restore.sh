#!/usr/bin/env bash
# Proves that a backup made with PostgreSQL's own tools restores (see README, "Backups"):
# builds the jar, dumps a database the application filled (offices, hours, revisions,
# reports, accounts) with pg_dump, restores it into an empty one with pg_restore, starts the
# jar on the copy and finds every row and page as before. Needs a PostgreSQL server and its
# pg_dump and pg_restore, of one version (PG_BIN, by default `pg_config --bindir`; Debian:
# apt-get install postgresql postgresql-contrib), and python3. Run as root, it runs the
# server as the postgres user.
# Usage: src/test/perf/backup-restore.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
./mvnw -q -B package -DskipTests
python3 src/test/perf/backup_restore.py "$(ls target/mediation-directory-*.jar | head -1)" "${PG_BIN:-$(pg_config --bindir)}"
