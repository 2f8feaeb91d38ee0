#!/usr/bin/env bash
# Runs each fuzz target, seeded from the site's own pages and strings.
#
#   fuzz/run.sh                    # every target, 10 million executions each
#   RUNS=100000 fuzz/run.sh page   # one target, fewer executions
#
# Needs the nightly toolchain and cargo-fuzz (cargo install cargo-fuzz). A crash is saved
# under fuzz/artifacts/<target>/; fix it and keep the input as a test case in tests/.
set -euo pipefail
cd "$(dirname "$0")"
runs=${RUNS:-10000000}
targets=("${@:-page_file markdown fluent page}")
for target in ${targets[*]}; do
  corpus="corpus/$target"
  mkdir -p "$corpus"
  case $target in
    fluent) cp ../translations/*.ftl "$corpus/" ;;
    *) for f in ../content/*/*.md; do cp "$f" "$corpus/$(basename "$(dirname "$f")")-$(basename "$f")"; done ;;
  esac
  echo "== $target: $runs executions"
  cargo +nightly fuzz run -O "$target" "$corpus" -- -runs="$runs" -max_len=65536 -print_final_stats=1 2>&1 |
    grep -E "^(stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb|==[0-9]+==|SUMMARY|Done)" || true
done
