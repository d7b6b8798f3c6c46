#!/usr/bin/env bash
# A real streaming replica of the machine's PostgreSQL (127.0.0.1:5432) on port 5433, for the
# read-replica test (tests/e2e/replicas.test.ts). `replica.sh start` prints nothing else on success;
# `replica.sh stop` stops it and removes its data directory. Needs root (su postgres) and trust auth.
set -euo pipefail
DIR=/tmp/accord-ci-replica
PORT=5433
# A replication slot keeps the primary's WAL until the replica has it (a busy primary would
# otherwise recycle segments the replica still needs); dropped again by `stop`.
SLOT=accord_ci_replica
q() { psql -h 127.0.0.1 -p 5432 -U postgres -Atc "$1"; }
bindir=$(q "select setting from pg_config where name = 'BINDIR'")

stop() {
  if [ -f "$DIR/postmaster.pid" ]; then su postgres -c "$bindir/pg_ctl -D $DIR stop -m fast" >/dev/null || true; fi
  rm -rf "$DIR" "$DIR.log"
  q "select pg_drop_replication_slot('$SLOT') from pg_replication_slots where slot_name = '$SLOT'" >/dev/null
}

case "${1:-start}" in
  stop) stop ;;
  start)
    stop
    hba=$(q 'show hba_file')
    grep -q '^host replication all 127.0.0.1/32 trust' "$hba" || { echo "host replication all 127.0.0.1/32 trust" >> "$hba"; q 'select pg_reload_conf()' >/dev/null; }
    mkdir -p "$DIR" && chown postgres "$DIR" && chmod 700 "$DIR"
    su postgres -c "pg_basebackup -h 127.0.0.1 -p 5432 -U postgres -D $DIR -R -X stream -C -S $SLOT"
    # Debian keeps the configuration outside the data directory.
    su postgres -c "touch $DIR/postgresql.conf; cp $hba $(q 'show ident_file') $DIR/"
    su postgres -c "$bindir/pg_ctl -D $DIR -o '-p $PORT -k $DIR' -l $DIR.log -w start" >/dev/null
    test "$(psql -h 127.0.0.1 -p $PORT -U postgres -Atc 'select pg_is_in_recovery()')" = t
    ;;
esac
