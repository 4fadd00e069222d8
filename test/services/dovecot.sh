#!/usr/bin/env bash
# Starts a throw-away Dovecot IMAP server on loopback for the tests and prints its settings as JSON.
# Usage: test/services/dovecot.sh start|stop   (state lives in ${DOVECOT_TEST_DIR:-/tmp/pva-dovecot})
#
# Plain IMAP (no TLS) on 127.0.0.1:${DOVECOT_TEST_PORT:-10143}. Any user name logs in with the
# password "secret" (a static passdb: a passwd-file is re-read at most once a second, too slow for
# tests that each make a user of their own, see test/support/imap.ts); a wrong password is refused.
# Each user gets an empty Maildir on first login, owned by the `mail` user.
# Its own config file and base_dir: a Debian dovecot service on 143/993 (if any) is left alone.
set -euo pipefail
dir=${DOVECOT_TEST_DIR:-/tmp/pva-dovecot}
port=${DOVECOT_TEST_PORT:-10143}
conf=$dir/dovecot.conf
mail_user=mail

command -v dovecot >/dev/null 2>&1 || { echo "Dovecot is not installed (apt-get install dovecot-imapd)" >&2; exit 1; }
case "$(dovecot --version)" in
  2.3.*) ;;
  *) echo "test/services/dovecot.sh writes a Dovecot 2.3 configuration; found $(dovecot --version)" >&2; exit 1 ;;
esac

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }
# A pid file alone can be stale (the pid reused after a reboot): the port must answer too.
running() { [ -s "$dir/run/master.pid" ] && kill -0 "$(cat "$dir/run/master.pid")" 2>/dev/null && listening; }

write_config() {
  cat >"$conf" <<EOF
# Written by test/services/dovecot.sh: a throw-away server for the tests, never for real mail.
instance_name = pva-test
base_dir = $dir/run
state_dir = $dir/state
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
log_path = $dir/dovecot.log
mail_location = maildir:$dir/mail/%u
mail_uid = $mail_user
mail_gid = $mail_user
first_valid_uid = $(id -u $mail_user)
first_valid_gid = $(id -g $mail_user)
default_login_user = dovenull
default_internal_user = dovecot
mail_fsync = never
# Few processes: the test machine has two cores.
default_process_limit = 200
default_client_limit = 1000

passdb {
  driver = static
  args = password=secret
}
userdb {
  driver = static
  args = uid=$mail_user gid=$mail_user home=$dir/mail/%u
}
namespace inbox {
  inbox = yes
  separator = /
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $port
  }
  inet_listener imaps {
    port = 0
  }
}
service imap {
  process_limit = 200
}
# doveadm (kick, mailbox commands) talks to the server through this socket only.
service doveadm {
  unix_listener doveadm-server {
    mode = 0600
  }
}
EOF
}

case "${1:-start}" in
  start)
    mkdir -p "$dir"
    # Several test runs may start at once (vitest's global setup of each engineer): one at a time.
    exec 9>"$dir.lock"
    flock 9
    if ! running; then
      rm -rf "$dir/run" "$dir/state" "$dir/mail"
      mkdir -p "$dir/run" "$dir/state" "$dir/mail"
      chown "$mail_user:$mail_user" "$dir/mail"
      chmod 0755 "$dir"
      write_config
      # The daemon must not keep our lock or the caller's stdout pipe open.
      dovecot -c "$conf" 9>&- </dev/null >>"$dir/dovecot.log" 2>&1
      for _ in $(seq 1 50); do listening && break; sleep 0.1; done
      listening || { echo "Dovecot did not start; see $dir/dovecot.log" >&2; tail -n 20 "$dir/dovecot.log" >&2 || true; exit 1; }
    fi
    printf '{"host":"127.0.0.1","port":%s,"config":"%s","password":"secret"}\n' "$port" "$conf"
    ;;
  stop)
    if [ -s "$dir/run/master.pid" ] && kill -0 "$(cat "$dir/run/master.pid")" 2>/dev/null; then dovecot -c "$conf" stop || true; fi
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
