#!/usr/bin/env bash
# System packages the test suite drives for real: a headless browser for the HTML report, and a
# PostgreSQL server (the store tests start a throwaway cluster of their own with initdb/pg_ctl).
# Installs what is missing with apt-get (Debian), as root or through sudo; does nothing when all
# are present. Called by `make test`, so a fresh machine needs nothing but Python and make.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || missing+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "system-deps: please install: ${missing[*]} (no apt-get on this machine)" >&2
    exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "system-deps: run as root or install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
echo "system-deps: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
