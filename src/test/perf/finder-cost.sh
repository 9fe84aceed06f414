#!/usr/bin/env bash
# What "which office is mine?" costs the server at worst: for queries of words most streets
# share ("rue", "straat", "avenue"), typos, long and random input, the CPU time of the JVM
# and of PostgreSQL (from /proc/<pid>/stat, every PostgreSQL process included) per request,
# each request a distinct URL from a distinct client, after a warm-up. The page around the
# answer is measured too (the accessibility statement, which asks nothing of the database).
# The page cache is off, so that repeated queries are answered anew.
# Needs python3. Usage: src/test/perf/finder-cost.sh [requests per query]
set -euo pipefail
port=18081
source "$(dirname "$0")/start-app.sh"
start_app --mediation.page-cache.enabled=false
python3 src/test/perf/measure-cpu.py $port $app $postmaster "${1:-200}"
