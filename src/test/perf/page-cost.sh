#!/usr/bin/env bash
# What the pages residents open most cost the server to render: the JVM's and PostgreSQL's
# CPU time per request (from /proc/<pid>/stat), the packaged jar on a scratch
# PostgreSQL with the six offices, after a warm-up, with the page cache off (each request
# rendered). Needs python3.
# Usage: src/test/perf/page-cost.sh [requests per page]
set -euo pipefail
port=18082
source "$(dirname "$0")/start-app.sh"
start_app --mediation.page-cache.enabled=false
python3 src/test/perf/page-cost.py $port $app $postmaster "${1:-2000}"
