#!/usr/bin/env bash
# Installs what the browser tests and benchmarks need from Debian: Chromium
# (test/browser, Lighthouse). Idempotent: does nothing when it is there.
# With --bench it also installs nginx and Hugo (the benchmarks' baselines),
# GNU time (peak memory), wrk (the soak, bench/soak.ts) and openssl (the
# Observatory bench's local certificate authority).
set -euo pipefail

want=()
[ -x /usr/bin/chromium ] || want+=(chromium)
if [ "${1:-}" = "--bench" ]; then
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || want+=(nginx-light)
  command -v hugo >/dev/null 2>&1 || want+=(hugo)
  [ -x /usr/bin/time ] || want+=(time)
  command -v wrk >/dev/null 2>&1 || want+=(wrk)
  command -v openssl >/dev/null 2>&1 || want+=(openssl)
fi
if [ "${#want[@]}" -eq 0 ]; then
  echo "browser-deps: already installed"
  exit 0
fi
echo "browser-deps: installing ${want[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${want[@]}" >/dev/null
echo "browser-deps: installed ${want[*]}"
