#!/usr/bin/env bash
# Load on `faro serve` with wrk (apt-get install wrk): 30 s, 64 connections, 2 threads, on
# loopback, against a page (read, with the live reload script added as it is sent) and a
# precompressed file. Prints wrk's report; the figures worth keeping go to docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin faro
work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
cp -r site.yaml content translations themes "$work/"
./target/release/faro serve --root "$work" --port 0 >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do
  grep -q "Serving the site at" "$work/serve.log" && break
  sleep 0.1
done
address=$(grep -o 'http://[0-9.:]*' "$work/serve.log" | head -1)
for path in /es/asilo/ /es/sw.js; do
  echo "== $address$path (Accept-Encoding: br, gzip)"
  wrk -t2 -c64 -d${SECONDS_EACH:-30}s --latency -H 'Accept-Encoding: br, gzip' "$address$path"
done
echo "== the server after the load: $(ps -o rss= -p $server) KiB resident"
