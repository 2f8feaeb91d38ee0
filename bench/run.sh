#!/usr/bin/env bash
# Build-speed and memory benchmark for faro on a synthetic site (examples/synth.rs), output on
# tmpfs, with Hugo building the same Markdown in the same run as the point of comparison.
#
#   bench/run.sh                      # 7 languages × 600 pages, and × 1,200 for the scaling
#   LANGS=5 PAGES=300 bench/run.sh    # another corpus
#   SCALING=0 COLD=0 SERVE=0 bench/run.sh   # only the rebuild and its memory
#   BEFORE=/path/to/older/faro bench/run.sh  # an older faro in the same runs, for before/after
#
# What it prints, each figure a median:
# 1. a whole build with `.faro-cache/` filled (a rebuild: every page rendered, unchanged ones
#    reuse their finished bytes), faro and Hugo in one hyperfine session, and faro/Hugo;
# 2. the stages of one build (`--timings`);
# 3. peak resident memory of a rebuild (GNU time, 5 runs);
# 4. a whole build with `.faro-cache/` empty (what a deploy from a fresh clone does, or a theme
#    change on a large site), at each brotli quality of COLD_QUALITIES (default 11, 10 and 5),
#    and the median page's `.br` size each writes;
# 5. the same corpus at twice the pages per language: rebuild time and memory, and their ratios
#    to the first corpus;
# 6. `faro serve`: from saving one page to its new file on disk, and to the reload event
#    (examples/edit_latency.rs).
#
# Needs hyperfine, GNU time and Hugo (apt-get install hyperfine time hugo); without Hugo the
# comparison is skipped. The figures worth keeping are copied into docs/performance.md by hand,
# with the date and the machine.
set -euo pipefail
cd "$(dirname "$0")/.."

LANGS=${LANGS:-7}
PAGES=${PAGES:-600}
RUNS=${RUNS:-5}
COLD_RUNS=${COLD_RUNS:-3}
WORK=${WORK:-/dev/shm/faro-bench}
SCALING=${SCALING:-1}
COLD=${COLD:-1}
SERVE=${SERVE:-1}
COLD_QUALITIES=${COLD_QUALITIES:-11 10 5}
BEFORE=${BEFORE:-}

cargo build --release --quiet --bin faro --example synth --example edit_latency
FARO=$PWD/target/release/faro
rm -rf "$WORK" && mkdir -p "$WORK"

# The same Markdown as a Hugo site with one bare template per kind, no minify, no compression:
# a point of scale for a whole-site build, not a like-for-like comparison.
hugo_site() {
  local site=$1 h=$2
  mkdir -p "$h/layouts/_default"
  printf '<!doctype html><title>{{ .Title }}</title>{{ .Content }}\n' > "$h/layouts/_default/single.html"
  printf '<!doctype html><title>{{ .Title }}</title>{{ .Content }}\n' > "$h/layouts/_default/list.html"
  {
    echo "baseURL = 'https://example.org/'"
    echo "defaultContentLanguage = 'es'"
    echo "disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', '404']"
    echo "[markup.goldmark.renderer]"
    echo "unsafe = true"
    echo "[languages]"
    local i=0 dir code
    for dir in "$site"/content/*/; do
      code=$(basename "$dir")
      i=$((i + 1))
      printf "[languages.%s]\ncontentDir = '%s'\nweight = %d\n" "$code" "$dir" "$i"
    done
  } > "$h/hugo.toml"
}

median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

# Peak resident memory (KiB) of a rebuild, median of 5.
peak_kib() {
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f "%M" "${FARO}" build --root "$1" --out "$2" 2>&1 >/dev/null | tail -1
  done | median
}

# Median wall time (s) of a rebuild, from hyperfine.
rebuild_s() {
  hyperfine --warmup 1 --runs "$RUNS" --export-json "$3" "$FARO build --root $1 --out $2" >/dev/null
  python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$3"
}

SITE="$WORK/site"
target/release/examples/synth --languages "$LANGS" --pages "$PAGES" --out "$SITE"

# The median size of the pages' .br copies in an output folder.
median_br() {
  python3 - "$1" <<'PY'
import os, statistics, sys
pages = [os.path.getsize(os.path.join(d, f) + ".br")
         for d, _, files in os.walk(sys.argv[1]) for f in files
         if f.endswith(".html") and os.path.exists(os.path.join(d, f) + ".br")]
print(f"median page .br: {statistics.median(pages):.0f} bytes over {len(pages)} pages, "
      f"total {sum(pages)} bytes")
PY
}

if [[ $COLD == 1 ]]; then
  for q in $COLD_QUALITIES; do
    # A copy of the site whose site.yaml asks for this quality.
    cold="$WORK/site-q$q"
    rm -rf "$cold" && cp -r "$SITE" "$cold"
    if [[ $q != 11 ]]; then printf 'compression:\n  brotli_quality: %s\n' "$q" >> "$cold/site.yaml"; fi
    echo "== faro: whole build, .faro-cache/ empty, brotli quality $q ($COLD_RUNS runs)"
    cmds=(-n "faro q$q" "$FARO build --root $cold --out $WORK/public-q$q")
    if [[ -n $BEFORE && $q != 5 ]]; then
      cmds+=(-n "before q$q" "$BEFORE build --root $cold --out $WORK/public-before-q$q")
    fi
    hyperfine --runs "$COLD_RUNS" --prepare "rm -rf $cold/.faro-cache" \
      --export-json "$WORK/faro-cold-q$q.json" "${cmds[@]}"
    median_br "$WORK/public-q$q"
    rm -rf "$cold" "$WORK/public-q$q" "$WORK/public-before-q$q"
  done
fi
"$FARO" build --root "$SITE" --out "$WORK/public" >/dev/null

echo "== faro and Hugo: whole build, .faro-cache/ filled (a rebuild), $RUNS runs each"
if command -v hugo >/dev/null; then
  hugo_site "$SITE" "$WORK/hugo"
  before=()
  if [[ -n $BEFORE ]]; then
    # Its own output and cache: the older faro keeps its cache in another form.
    rm -rf "$WORK/site-before" && cp -r "$SITE" "$WORK/site-before"
    "$BEFORE" build --root "$WORK/site-before" --out "$WORK/public-before" >/dev/null
    before=(-n before "$BEFORE build --root $WORK/site-before --out $WORK/public-before")
  fi
  hyperfine -N --warmup 2 --runs "$RUNS" --export-json "$WORK/rebuild.json" \
    -n faro "$FARO build --root $SITE --out $WORK/public" \
    -n hugo "hugo --quiet --source $WORK/hugo --destination $WORK/hugo-public" "${before[@]}"
  python3 - "$WORK/rebuild.json" <<'PY'
import json, sys
results = {r["command"]: r["median"] for r in json.load(open(sys.argv[1]))["results"]}
faro, hugo = results["faro"], results["hugo"]
print(f"median wall: faro {faro*1000:.0f} ms, hugo {hugo*1000:.0f} ms, faro/hugo = {faro/hugo:.2f}")
if "before" in results:
    b = results["before"]
    print(f"before: {b*1000:.0f} ms, before/hugo = {b/hugo:.2f}")
PY
else
  echo "(hugo is not installed: faro alone)"
  hyperfine --warmup 2 --runs "$RUNS" --export-json "$WORK/rebuild.json" \
    "$FARO build --root $SITE --out $WORK/public"
fi

echo "== faro: stages of one build"
"$FARO" build --root "$SITE" --out "$WORK/public" --timings

echo "== faro: peak resident memory of a rebuild (KiB, median of 5)"
peak=$(peak_kib "$SITE" "$WORK/public")
echo "$peak KiB = $(awk -v k="$peak" 'BEGIN {printf "%.1f", k/1024}') MiB"
if [[ -n $BEFORE ]]; then
  peak=$(FARO=$BEFORE peak_kib "$WORK/site-before" "$WORK/public-before")
  echo "before: $peak KiB = $(awk -v k="$peak" 'BEGIN {printf "%.1f", k/1024}') MiB"
fi

if [[ $SCALING == 1 ]]; then
  PAGES2=$((PAGES * 2))
  echo "== scaling: $LANGS languages × $PAGES and × $PAGES2 pages, rebuilds in turn"
  target/release/examples/synth --languages "$LANGS" --pages "$PAGES2" --out "$WORK/site2" >/dev/null
  "$FARO" build --root "$WORK/site2" --out "$WORK/public2" >/dev/null # fills its cache
  t1=$(rebuild_s "$SITE" "$WORK/public" "$WORK/s1.json")
  t2=$(rebuild_s "$WORK/site2" "$WORK/public2" "$WORK/s2.json")
  m1=$(peak_kib "$SITE" "$WORK/public")
  m2=$(peak_kib "$WORK/site2" "$WORK/public2")
  python3 - "$t1" "$t2" "$m1" "$m2" "$PAGES" "$PAGES2" <<'PY'
import sys
t1, t2, m1, m2 = map(float, sys.argv[1:5])
p1, p2 = sys.argv[5:7]
print(f"{p1} pages: {t1*1000:.0f} ms, {m1/1024:.1f} MiB; {p2} pages: {t2*1000:.0f} ms, {m2/1024:.1f} MiB")
print(f"ratios: time {t2/t1:.2f}, memory {m2/m1:.2f} (goal: at most 2.1 each)")
PY
fi

if [[ $SERVE == 1 ]]; then
  echo "== faro serve: from saving one page to its new file on disk, and to the reload event"
  target/release/examples/edit_latency --faro "$FARO" --site "$SITE" --edits "${EDITS:-30}"
  target/release/examples/edit_latency --faro "$FARO" --site "$SITE" --edits "${EDITS:-30}" --title
fi
