#!/usr/bin/env bash
# Starts Debian's nginx on loopback with deploy/nginx.conf, serving a fresh build of the site,
# and checks what a reader's browser gets: brotli and gzip copies, pages compressed against
# their language's home page for browsers that kept it, the redirect to the reader's
# language, each language's 404 page, the cache headers, the Content-Security-Policy that
# every file that is not a page gets, and the permanent redirects from addresses pages have
# left (a copy of the site with a slug changed, a page translated and a page removed).
#
#   deploy/test.sh    (needs nginx, libnginx-mod-http-brotli-static, curl, target/release/faro,
#                      Chromium and tests/browser's packages: npm ci there)
set -euo pipefail
cd "$(dirname "$0")/.."
faro=${FARO:-target/release/faro}
work=$(mktemp -d)
chmod 755 "$work" # nginx's workers read the site as www-data
cleanup() {
  if [[ -f $work/nginx.pid ]]; then kill "$(cat "$work/nginx.pid")" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# A copy of the site, built once as it is (so its addresses.lock lists today's addresses),
# then changed as writers change it: a page's slug edited, a page French read in Spanish
# translated (its French address moves from the Spanish slug to the French one), and a page
# removed. Every old address must keep working.
site="$work/site"
mkdir "$site"
cp -r site.yaml content themes translations "$site/"
if [[ -f addresses.lock ]]; then cp addresses.lock "$site/"; fi
"$faro" build --root "$site" --out "$work/public" >/dev/null
sed -i 's/^slug: acerca$/slug: sobre-kind/' "$site/content/es/acerca.md"
sed -e 's/^slug: asilo$/slug: asile/' -e 's/^title: .*/title: Demander l’asile au Mexique/' \
  "$site/content/es/asilo.md" >"$site/content/fr/asilo.md"
removed=$(grep '^updates/2026-11-sitio-revisado.md es ' "$site/addresses.lock" | cut -d' ' -f3)
rm "$site"/content/*/updates/2026-11-sitio-revisado.md
sed -i '/2026-11-sitio-revisado.md/d' "$site"/content/*/updates/_index.md
"$faro" build --root "$site" --out "$work/public" >/dev/null
# A file whose name carries a hash, to check its cache header; an image and a recording, to
# check the policy every file that is not a page gets.
echo "body{}" >"$work/public/test.0123456789abcdef.css"
echo '<svg xmlns="http://www.w3.org/2000/svg" width="2" height="1"><rect width="2" height="1"/></svg>' >"$work/public/es/test.svg"
printf 'ID3\3\0\0\0\0\0\0' >"$work/public/es/test.mp3"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
sed -e "s|listen 80;|listen 127.0.0.1:$port;|" -e '/listen \[::\]:80;/d' \
  -e "s|/srv/faro/public|$work/public|" deploy/nginx.conf >"$work/site.conf"
mkdir "$work/tmp"
cat >"$work/nginx.conf" <<CONF
include /etc/nginx/modules-enabled/*.conf;
pid $work/nginx.pid;
error_log $work/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path $work/tmp/body;
  proxy_temp_path $work/tmp/proxy;
  fastcgi_temp_path $work/tmp/fastcgi;
  uwsgi_temp_path $work/tmp/uwsgi;
  scgi_temp_path $work/tmp/scgi;
  include $work/site.conf;
}
CONF
nginx -t -q -c "$work/nginx.conf"
nginx -c "$work/nginx.conf"
for _ in $(seq 50); do
  curl -s -o /dev/null "http://127.0.0.1:$port/" && break
  sleep 0.1
done

failed=0
check() { # what, then a command that must succeed
  local what=$1
  shift
  if "$@"; then echo "ok   $what"; else echo "FAIL $what"; failed=1; fi
}
get() { # path, then curl options; headers to $work/h, body to $work/b
  local path=$1
  shift
  curl -s -D "$work/h" -o "$work/b" "$@" "http://127.0.0.1:$port$path"
}
header() { grep -i "^$1:" "$work/h" | tail -1 | cut -d' ' -f2- | tr -d '\r'; }
status() { head -1 "$work/h" | cut -d' ' -f2; }

get /es/asilo/ -H 'Accept-Encoding: gzip, deflate, br'
check "br: Content-Encoding br and the .br file's bytes" \
  test "$(header Content-Encoding)" = br -a "$(cmp -s "$work/b" "$work/public/es/asilo/index.html.br" && echo same)" = same
check "pages are checked again on each visit (Cache-Control: no-cache)" test "$(header Cache-Control)" = no-cache
check "the encoding varies by Accept-Encoding" grep -qi '^Vary: Accept-Encoding' "$work/h"
get /es/asilo/ -H 'Accept-Encoding: gzip'
check "gzip: Content-Encoding gzip and the .gz file's bytes" \
  test "$(header Content-Encoding)" = gzip -a "$(cmp -s "$work/b" "$work/public/es/asilo/index.html.gz" && echo same)" = same
get /es/asilo/
check "no Accept-Encoding: the page as built" cmp -s "$work/b" "$work/public/es/asilo/index.html"

# Compression dictionaries: the Spanish home page is kept as one, and a page asked for by a
# browser that names it comes compressed against it (dcb), the copy faro wrote.
get /es/ -H 'Accept-Encoding: gzip, deflate, br, zstd, dcb, dcz'
check "the home page is offered as a dictionary for its language's pages" \
  test "$(header Use-As-Dictionary)" = 'match="/es/*"'
check "the home page stays fresh an hour, so it can serve as one" test "$(header Cache-Control)" = "max-age=3600"
check "the home page itself comes as brotli" test "$(header Content-Encoding)" = br
dictionary=$(python3 -c 'import base64, hashlib, sys; print(base64.b64encode(hashlib.sha256(open(sys.argv[1], "rb").read()).digest()).decode())' "$work/public/es/index.html")
get /es/asilo/ -H 'Accept-Encoding: gzip, deflate, br, zstd, dcb, dcz' -H "Available-Dictionary: :$dictionary:"
check "a browser that kept the home page gets the page compressed against it (dcb), the copy's bytes" \
  test "$(status) $(header Content-Encoding)" = "200 dcb" -a "$(cmp -s "$work/b" "$work/public/es/asilo/index.html.dcb/$dictionary" && echo same)" = same
check "the dcb copy is sent as a page" test "$(header Content-Type)" = "text/html; charset=utf-8"
check "the copy varies by Accept-Encoding and Available-Dictionary" grep -qi '^Vary: Accept-Encoding, Available-Dictionary' "$work/h"
check "the dcb copy is less than half the .br" \
  test $(($(stat -c %s "$work/b") * 2)) -lt "$(stat -c %s "$work/public/es/asilo/index.html.br")"
get /es/asilo/index.html -H 'Accept-Encoding: br, dcb' -H "Available-Dictionary: :$dictionary:"
check "the same for the page asked for by its file name" test "$(header Content-Encoding)" = dcb
get /es/asilo/ -H 'Accept-Encoding: gzip, br' -H "Available-Dictionary: :$dictionary:"
check "without dcb in Accept-Encoding: .br" test "$(header Content-Encoding)" = br
stale=$(python3 -c 'import base64, hashlib; print(base64.b64encode(hashlib.sha256(b"an older home page").digest()).decode())')
get /es/asilo/ -H 'Accept-Encoding: br, dcb' -H "Available-Dictionary: :$stale:"
check "a stale or unknown dictionary: .br" \
  test "$(status) $(header Content-Encoding)" = "200 br" -a "$(cmp -s "$work/b" "$work/public/es/asilo/index.html.br" && echo same)" = same
get /es/asilo/ -H 'Accept-Encoding: br, dcb' -H 'Available-Dictionary: :../../../../etc/passwd:'
check "a dictionary header that is not a hash: .br" test "$(status) $(header Content-Encoding)" = "200 br"
get /es/ -H 'Accept-Encoding: br, dcb' -H "Available-Dictionary: :$dictionary:"
check "the home page, asked for with itself as dictionary: .br" test "$(header Content-Encoding)" = br
get /en/no-such-page/ -H 'Accept-Encoding: br, dcb' -H "Available-Dictionary: :$dictionary:"
check "an unknown page with a dictionary still gives the 404 page" test "$(status)" = 404

get / -H 'Accept-Language: fr-CA,fr;q=0.9,en;q=0.5'
check "Accept-Language fr goes to /fr/" test "$(status) $(header Location)" = "302 http://127.0.0.1:$port/fr/"
get / -H 'Accept-Language: de-DE,de;q=0.9,en;q=0.5'
check "Accept-Language de then en goes to /en/" test "$(header Location)" = "http://127.0.0.1:$port/en/"
get / -H 'Accept-Language: ja'
check "a language the site does not have gets the language chooser" \
  test "$(status)" = 200 -a "$(cmp -s "$work/b" "$work/public/index.html" && echo same)" = same
check "/ varies by Accept-Language" grep -qi '^Vary: Accept-Language' "$work/h"

get /en/no-such-page/
check "an unknown page under /en/ gives the English 404 page with status 404" \
  test "$(status)" = 404 -a "$(cmp -s "$work/b" "$work/public/en/404.html" && echo same)" = same
get /fr/no-such-page/ -H 'Accept-Encoding: br'
check "the French 404 page, compressed" \
  test "$(status) $(header Content-Encoding)" = "404 br" -a "$(cmp -s "$work/b" "$work/public/fr/404.html.br" && echo same)" = same
get /no-such-page
check "an unknown page outside the languages gives the site's 404 page" \
  test "$(status)" = 404 -a "$(cmp -s "$work/b" "$work/public/404.html" && echo same)" = same

get /test.0123456789abcdef.css
check "a file whose name carries a hash is kept a year" \
  test "$(header Cache-Control)" = "public, max-age=31536000, immutable"
get /es/sw.js
check "a service worker is always checked again" test "$(header Cache-Control)" = no-cache
get /.faro-output
check "faro's marker file is not served" test "$(status)" = 404
get /.faro-redirects.map
check "nor is the list of moved addresses" test "$(status)" = 404

# Addresses pages have left answer with a permanent redirect to where the page is now.
get /es/acerca/
check "a page's old address after its slug changed: 301 to the new one" \
  test "$(status) $(header Location)" = "301 http://127.0.0.1:$port/es/sobre-kind/"
get /es/acerca
check "the same without the last /" test "$(status) $(header Location)" = "301 http://127.0.0.1:$port/es/sobre-kind/"
get /es/acerca/index.html
check "the same by its file name" test "$(status) $(header Location)" = "301 http://127.0.0.1:$port/es/sobre-kind/"
get /es/acerca/ -L
check "followed, the old address gives the page at its new one" \
  test "$(cmp -s "$work/b" "$work/public/es/sobre-kind/index.html" && echo same)" = same
get /fr/asilo/
check "a French page read in Spanish, then translated: its old French address leads to the French page" \
  test "$(status) $(header Location)" = "301 http://127.0.0.1:$port/fr/asile/"
get /fr/asile/
check "which is there" test "$(status)" = 200
get "$removed"
check "a removed page's address leads to its language's home page, with its notice" \
  test "$(status) $(header Location)" = "301 http://127.0.0.1:$port/es/#gone"
check "the redirect is a page of the site's own, with the same headers" test "$(header Referrer-Policy)" = no-referrer
get /fr/updates/feed.xml
check "the updates feed at the French section's old address: 301 to the feed at its new one" \
  test "$(status) $(header Location)" = "301 http://127.0.0.1:$port/fr/nouveautes/feed.xml"

# What a file that is not a page may do when opened at its own address: nothing runs, nothing
# comes from elsewhere. Pages carry their own policy in their HTML.
strict="default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
get /es/test.svg
check "an SVG image gets the strict policy" test "$(status) $(header Content-Security-Policy)" = "200 $strict"
get /es/test.mp3
check "a recording gets the strict policy (media-src 'self' lets it play)" test "$(header Content-Security-Policy)" = "$strict"
get /test.0123456789abcdef.css
check "a stylesheet gets the strict policy" test "$(header Content-Security-Policy)" = "$strict"
get /robots.txt
check "a text file gets the strict policy" test "$(header Content-Security-Policy)" = "$strict"
get /es/sw.js -H 'Accept-Encoding: br'
check "the service worker runs under a policy that lets it fetch only the site's files" \
  test "$(header Content-Security-Policy)" = "default-src 'none'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
get /es/asilo/ -H 'Accept-Encoding: br'
check "a page gets no policy header (its own is in its HTML)" test -z "$(header Content-Security-Policy)"
get /es/no-such-page/
check "nor does the 404 page" test "$(status)" = 404 -a -z "$(header Content-Security-Policy)"

# The same in Chromium: the home page, then each Spanish content page, dcb, measured.
if [[ -d tests/browser/node_modules ]]; then
  node tests/browser/dictionary.mjs "http://127.0.0.1:$port" "$work/public" || failed=1
else
  echo "FAIL Chromium with dictionaries: run npm ci in tests/browser first"
  failed=1
fi

exit $failed
