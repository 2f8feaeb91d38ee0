#!/usr/bin/env bash
# Runs each fuzz target, seeded from the site's own pages and strings.
#
#   fuzz/run.sh                     # every target, 10 million executions each
#   RUNS=100000 fuzz/run.sh page    # one target, fewer executions
#   SANITIZER=address fuzz/run.sh   # with AddressSanitizer (about three times slower)
#
# Needs the nightly toolchain and cargo-fuzz (cargo install cargo-fuzz). A crash is saved
# under fuzz/artifacts/<target>/; fix it and move the input to fuzz/regressions/<target>/,
# where tests/testsuite/fuzz_regressions.rs runs it again on every `cargo test`.
#
# No sanitizer by default: what the targets look for is a panic, an abort, a hang or runaway
# memory, which libFuzzer sees without one. Memory errors in safe Rust are ruled out by the
# compiler; the unsafe code in the dependencies gets its share in an AddressSanitizer run.
set -euo pipefail
cd "$(dirname "$0")"
runs=${RUNS:-10000000}
targets=("${@:-page_file markdown fluent page image}")
mkdir -p logs
for target in ${targets[*]}; do
  corpus="corpus/$target"
  mkdir -p "$corpus"
  case $target in
    fluent) cp ../translations/*.ftl "$corpus/" ;;
    image)
      # The SVGs, bitmaps and misnamed files of the tests, and the inputs already kept.
      find ../tests -type f \( -name '*.svg' -o -name '*.png' -o -name '*.jpg' -o -name '*.gif' -o -name '*.heic' \) \
        -exec sh -c 'cp "$1" "$2/$(echo "$1" | tr / _)"' _ {} "$corpus" \;
      cp regressions/image/* "$corpus/"
      ;;
    *) for f in ../content/*/*.md; do cp "$f" "$corpus/$(basename "$(dirname "$f")")-$(basename "$f")"; done ;;
  esac
  log="logs/$target.log"
  echo "== $target: $runs executions (log in fuzz/$log)"
  artifacts_before=$( (ls "artifacts/$target" 2>/dev/null || true) | wc -l)
  status=0
  cargo +nightly fuzz run -O -s "${SANITIZER:-none}" "$target" "$corpus" -- \
    -runs="$runs" -max_len=65536 -print_final_stats=1 >"$log" 2>&1 || status=$?
  grep -E "^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)" "$log" || true
  if [ "$status" -ne 0 ]; then
    tail -n 40 "$log"
    if [ "$( (ls "artifacts/$target" 2>/dev/null || true) | wc -l)" -eq "$artifacts_before" ]; then
      # A stack overflow kills the process before libFuzzer can save the input: without a
      # sanitizer nothing catches it. AddressSanitizer reports it and the input is saved.
      echo "$target died without saving its input, most likely a stack overflow; run it again with SANITIZER=address" >&2
      exit "$status"
    fi
    echo "$target failed (exit $status): the input is in fuzz/artifacts/$target/; once fixed, move it to fuzz/regressions/$target/" >&2
    exit "$status"
  fi
done
