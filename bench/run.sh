#!/usr/bin/env bash
# Build-speed and memory benchmark for faro on a synthetic site (examples/synth.rs):
# 5 languages × 600 pages of about 600 words (~3,100 pages with section pages), output on tmpfs.
# Two figures: with an empty compression cache (the first build of a site, or after a change to
# every page, such as the theme) and with a filled one (a rebuild).
#
#   bench/run.sh            # faro, and Hugo side by side when `hugo` is installed
#   PAGES=300 bench/run.sh  # a smaller corpus
#
# Then `faro serve` on the same site: 30 edits of one page's text, each timed from the save to
# the page's new file on disk and to the reload event (examples/edit_latency.rs).
#
# Needs hyperfine and GNU time (apt-get install hyperfine time). Figures go to stdout; the ones
# worth keeping are copied into docs/performance.md by hand, with the date and the machine.
set -euo pipefail
cd "$(dirname "$0")/.."

LANGS=${LANGS:-5}
PAGES=${PAGES:-600}
RUNS=${RUNS:-10}
WORK=${WORK:-/dev/shm/faro-bench}

cargo build --release --quiet --bin faro --example synth --example edit_latency
FARO=$PWD/target/release/faro
rm -rf "$WORK" && mkdir -p "$WORK"
target/release/examples/synth --languages "$LANGS" --pages "$PAGES" --out "$WORK/site"

echo "== faro: whole build, compression cache empty (every file compressed at brotli 11)"
hyperfine --runs 3 --prepare "rm -rf $WORK/site/.faro-cache" --export-json "$WORK/faro-cold.json" \
  "$FARO build --root $WORK/site --out $WORK/public"

echo "== faro: whole build, cache filled (every page rendered; unchanged ones reuse their finished bytes)"
hyperfine --warmup 2 --runs "$RUNS" --export-json "$WORK/faro.json" \
  "$FARO build --root $WORK/site --out $WORK/public"

echo "== faro: stages of one build"
"$FARO" build --root "$WORK/site" --out "$WORK/public" --timings

echo "== faro: peak resident memory (KiB) over 5 builds"
for _ in 1 2 3 4 5; do
  /usr/bin/time -f "%M" "$FARO" build --root "$WORK/site" --out "$WORK/public" 2>&1 >/dev/null | tail -1
done | sort -n | awk '{v[NR]=$1} END {print "median", v[int((NR+1)/2)], "max", v[NR]}'

echo "== faro serve: from saving one page to its new file on disk, and to the reload event"
target/release/examples/edit_latency --faro "$FARO" --site "$WORK/site" --edits "${EDITS:-30}"
target/release/examples/edit_latency --faro "$FARO" --site "$WORK/site" --edits "${EDITS:-30}" --title

if command -v hugo >/dev/null; then
  # The same Markdown as a Hugo site with one bare template per kind, no minify: a reference
  # point for the cost of a whole-site build, not a like-for-like comparison.
  H="$WORK/hugo"
  mkdir -p "$H/layouts/_default"
  printf '<!doctype html><title>{{ .Title }}</title>{{ .Content }}\n' > "$H/layouts/_default/single.html"
  printf '<!doctype html><title>{{ .Title }}</title>{{ .Content }}\n' > "$H/layouts/_default/list.html"
  {
    echo "baseURL = 'https://example.org/'"
    echo "defaultContentLanguage = 'es'"
    echo "disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', '404']"
    echo "[markup.goldmark.renderer]"
    echo "unsafe = true"
    echo "[languages]"
    i=0
    for dir in "$WORK"/site/content/*/; do
      code=$(basename "$dir")
      i=$((i + 1))
      printf "[languages.%s]\ncontentDir = '%s'\nweight = %d\n" "$code" "$dir" "$i"
    done
  } > "$H/hugo.toml"
  echo "== hugo $(hugo version | cut -d' ' -f2): same content, bare templates, no minify"
  hyperfine --warmup 2 --runs "$RUNS" --export-json "$WORK/hugo.json" \
    "hugo --quiet --source $H --destination $WORK/hugo-public"
  python3 - "$WORK/faro.json" "$WORK/hugo.json" <<'PY'
import json, sys
faro, hugo = (json.load(open(p))["results"][0]["median"] for p in sys.argv[1:3])
print(f"median wall: faro {faro*1000:.0f} ms, hugo {hugo*1000:.0f} ms, faro/hugo = {faro/hugo:.2f}")
PY
fi
