#!/usr/bin/env bash
# Installs the servers the integration tests talk to (PostgreSQL, Dovecot) and libfaketime, from Debian's
# packages, when they are missing and we may (root with apt); otherwise says what to install.
# Runs before `npm test`; `npm run test:unit` needs none of it.
set -euo pipefail
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v dovecot >/dev/null 2>&1 || missing+=(dovecot-imapd)
command -v faketime >/dev/null 2>&1 || missing+=(faketime)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} for the integration tests (apt-get)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "The integration tests need: ${missing[*]} (e.g. sudo apt-get install ${missing[*]})." >&2
  echo "Without them, run the unit tests only: npm run test:unit" >&2
  exit 1
fi
