#!/usr/bin/env bash
# Run a command beside a throwaway PostgreSQL cluster (what `make test` and .ci/run use):
#   scripts/with-postgres.sh [--durable] COMMAND ARGS...
# Installs PostgreSQL from the distribution's packages when missing (dpkg -s; apt-get as root or
# through sudo; no cluster of the package is started), runs initdb into a temp folder as an
# unprivileged user (`nobody` when run as root), listens only on a Unix socket in that folder,
# exports YYT_TEST_PG_URL (a superuser URL of the cluster), YYT_TEST_PG_BIN and
# YYT_TEST_PG_REQUIRED=1, runs COMMAND, and removes the cluster on any exit.
# Without --durable the cluster runs with fsync off (tests); --durable keeps the defaults (benchmarks).
# When PostgreSQL cannot be had: in CI (CI=true) or with YYT_TEST_PG_REQUIRED=1 it fails; otherwise
# it warns and runs COMMAND without a cluster (the PostgreSQL tests are then skipped).
set -euo pipefail
durable=0
if [ "${1:-}" = "--durable" ]; then durable=1; shift; fi
[ "$#" -gt 0 ] || { echo "usage: $0 [--durable] COMMAND ARGS..." >&2; exit 2; }
required="${YYT_TEST_PG_REQUIRED:-}"
if [ "${CI:-}" = "true" ]; then required=1; fi

bindir() {
  local d best=""
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && best="$d"
  done
  if [ -z "$best" ] && command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    best="$(pg_config --bindir)"
  fi
  echo "$best"
}


bin="$(bindir)"
if [ -z "$bin" ] && command -v dpkg >/dev/null 2>&1 && ! dpkg -s postgresql >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo"; else SUDO="none"; fi
  if [ "$SUDO" != none ]; then
    echo "installing PostgreSQL (Debian packages)" >&2
    # keep the package's own cluster from starting: nothing is left running after the tests
    policy_added=0
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
      $SUDO chmod +x /usr/sbin/policy-rc.d
      policy_added=1
    fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    if [ "$policy_added" = 1 ]; then $SUDO rm -f /usr/sbin/policy-rc.d; fi
    bin="$(bindir)"
  fi
fi
if [ -z "$bin" ]; then
  if [ -n "$required" ]; then echo "error: PostgreSQL is required here (not installed)" >&2; exit 1; fi
  echo "note: no PostgreSQL (not installed): the PostgreSQL tests are skipped" >&2
  exec "$@"
fi

tmp="$(mktemp -d /tmp/yyt-pg.XXXXXX)"
run=()
if [ "$(id -u)" = 0 ]; then
  chown nobody "$tmp"
  run=(runuser -u nobody --)
fi
cleanup() {
  if [ -f "$tmp/data/postmaster.pid" ]; then
    "${run[@]}" "$bin/pg_ctl" -D "$tmp/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"${run[@]}" "$bin/initdb" -D "$tmp/data" -U postgres -A trust -E UTF8 --no-locale --no-sync >"$tmp/initdb.log" 2>&1 \
  || { cat "$tmp/initdb.log" >&2; echo "error: initdb failed" >&2; exit 1; }
opts="-c listen_addresses='' -c unix_socket_directories='$tmp' -c max_connections=300 -c shared_buffers=256MB"
if [ "$durable" = 0 ]; then
  opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
fi
"${run[@]}" "$bin/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -o "$opts" -w -t 60 start >/dev/null \
  || { cat "$tmp/server.log" >&2; echo "error: the PostgreSQL cluster did not start" >&2; exit 1; }

export YYT_TEST_PG_URL="postgresql://postgres@/postgres?host=$tmp"
export YYT_TEST_PG_BIN="$bin"
export YYT_TEST_PG_REQUIRED=1
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on $tmp (removed at exit)" >&2
set +e
"$@"
rc=$?
set -e
exit "$rc"
