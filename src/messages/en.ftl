# faro's own messages in English. Every message here is also in es.ftl (a test checks).
# Arguments ({ $file }, { $field }, …) are file paths, field names and values: never
# translated. A diagnostic's message id is its code in `faro check --format json`.

## Labels of a diagnostic's lines

label-error = error
label-warning = warning
label-note = note
label-hint = hint

## The command line's summaries

build-done = Built { $pages } pages in { $languages } languages in { $ms } ms{ $weight }
build-weight = ; pages weigh { $median } KB (median), { $largest } KB at most, with brotli
build-failed = Build failed with { $errors } { $errors ->
        [one] error
       *[other] errors
    }; the previous site was left as it was.
build-timing-pages = { $remembered } of { $pages } as the last build made them, not rendered again
build-timing-compressed = { $compressed } compressed, { $reused } from the cache
build-timing-against-home = { $count }, { $reused } of them from the cache
check-summary = { $errors } errors, { $warnings } warnings, { $notes } notes
status-report-written = Report written to { $file }
status-report-not-written = { $file }: cannot write the report: { $error }
new-written = Wrote { $file } (a draft until you remove `draft: true`)
po-exported = Wrote { $files } PO files for { $lang } in { $folder }: { $entries } entries, { $translated } translated ({ $fuzzy } of them fuzzy)
po-imported = Wrote { $written } pages, { $unchanged } unchanged, { $incomplete } left as they were
zim-failed = No ZIM file was written for a language that had a problem.
zim-built = Built the pages of { $languages } languages in { $ms } ms
zim-file = { $lang }: { $file } ({ $pages } pages, { $kb } KB) in { $ms } ms

## Progress (a bar on a terminal, for long work)

progress-loading = Reading the site
progress-rendering = Rendering pages
progress-compressing = Compressing files
progress-writing = Writing the site
progress-of = of
progress-zim = Writing ZIM files
progress-po = Writing PO files

## faro status

status-page = page
status-legal-review = legal review
status-review-none = none
status-state-source = source
status-state-current = current
status-state-stale = stale
status-state-draft = draft
status-state-fallback = fallback
status-count-source = { $count } source
status-count-current = { $count } current
status-count-stale = { $count } stale
status-count-draft = { $count } draft
status-count-fallback = { $count } fallback
status-review-summary = legal review: { $done } of { $needed } pages that state facts ({ $none } have none)
status-interface-strings = interface strings ({ $folder }/):
status-strings-no-file = no file; readers get the strings of the languages it falls back to
status-strings-none-stale = none stale
status-strings-stale = { $count } stale ({ $keys })
status-strings-stale-unknown = stale unknown (the file is not in git history)
status-strings-none-missing = none missing
status-strings-missing = { $count } missing ({ $keys })
status-html-title = Translation status
status-html-legend = Green: translated and reviewed. Yellow: a draft no person has reviewed. Orange: the Spanish changed since it was translated. Red: not translated; readers get another language. Legal review: who checked the page's legal content and when; none means no review is recorded.
status-html-by-language = By language
status-html-interface-strings = Interface strings

## Diagnostics shared by every stage

file-not-utf8 = the file is not UTF-8 text
file-not-utf8-hint = save the file as UTF-8 in your editor ("Save with encoding" → UTF-8)

## site.yaml and front matter (YAML). In English the message is serde_yaml's own text
## ($serde); $at is the path of the value, such as `sources[0]: `.

yaml-not-a-date = { $serde }
yaml-not-a-date-hint = write dates as YYYY-MM-DD, for example 2026-11-28
yaml-duplicate-key = { $serde }
yaml-duplicate-key-hint = each key may appear once; remove one of them
yaml-unknown-value = { $serde }
yaml-unknown-required-field-hint = list only fields the message names; `title`, `updated` and `sources` are checked without being listed
yaml-unknown-value-hint = use one of the values the message lists
yaml-tab = { $serde }
yaml-tab-hint = YAML does not allow tab characters; indent with spaces
yaml-unknown-field = { $serde }
yaml-unknown-field-hint = check the spelling of the key; the message lists the keys that are allowed
yaml-wrong-type = { $serde }
yaml-wrong-type-hint = check the value's type: text, a number, a list (lines starting with '- ') or true/false
yaml-missing-field = { $serde }
yaml-missing-field-hint = add the missing key
yaml-syntax = { $serde }
yaml-syntax-hint = check the YAML syntax: `key: value`, two-space indents, quotes around text with ':' or '#'

## site.yaml's values

config-bad-language-code = `{ $code }` is not a BCP 47 language code
config-bad-language-code-hint = use a code such as es, en, pt-BR, quc or mam
config-language-twice = language `{ $code }` is declared twice
config-language-twice-hint = keep one entry per language
config-language-no-name = language `{ $code }` has no name
config-language-no-name-hint = give the language's name in itself, e.g. `name: Español`
config-fallback-undeclared = language `{ $code }` falls back to `{ $fallback }`, which is not declared
config-fallback-undeclared-hint = declare that language under `languages:` or remove it from the fallback list
config-bad-brotli-quality = brotli_quality is { $quality }, but faro compresses at qualities 5 to 11
config-bad-brotli-quality-hint = use 11 (the default: the smallest files), 10 (builds from an empty cache in about half the time, files about 3 % larger) or 5 (in about a third of the time, files about 9 % larger: for previews)
config-no-languages = no languages are declared
config-no-languages-hint = add a `languages:` list with at least the default language
config-default-language-undeclared = the default language `{ $code }` is not declared
config-default-language-undeclared-hint = add it under `languages:`
config-no-default-title = the site has no title in the default language
config-no-default-title-hint = add `{ $code }: …` under `title:`
config-title-undeclared-language = a title is given for `{ $code }`, which is not a declared language
config-title-undeclared-language-hint = declare the language or remove its title
config-check-complete-undeclared = `check: complete` lists `{ $code }`, which is not a declared language
config-check-complete-undeclared-hint = list only codes declared under `languages:`, e.g. `complete: [es, en]`, or declare the language
config-bad-emergency = the emergency number `{ $number }` is not a short number of digits
config-bad-emergency-hint = write the number a person dials for emergencies, e.g. "911"
config-bad-quick-exit = quick_exit_url `{ $url }` is not an https address
config-bad-quick-exit-hint = give the full address of a neutral site, e.g. https://www.google.com/search?q=clima
config-bad-limit = `limits: { $key }` is { $mb }; a limit is a number of megabytes above 0
config-bad-limit-hint = give the largest file of that kind you mean to publish, e.g. `image_mb: 5`, or remove the line to use the default
config-base-url = base_url `{ $url }` is not an http(s) address
config-base-url-hint = write the full address, e.g. https://example.org/, or remove the line
config-bad-phone = the { $key } number `{ $number }` is not a phone number in international form
config-bad-phone-hint = write it with the country code, e.g. "+52 55 7100 1542"

## Pages and their front matter

slug-slash = contains a slash; a slug is a single URL segment
slug-dot = starts with a dot or a hyphen
slug-unsafe = contains characters that are unsafe in a URL (use letters, digits and hyphens)
slug-capitals = contains capital letters
page-reviewed-renamed = `reviewed:` is now two fields: `updated:` and `legal_review:`
page-reviewed-renamed-hint = write `updated: YYYY-MM-DD` for the day you checked the page against its sources; add `legal_review: {"{"}by: Name, date: YYYY-MM-DD{"}"}` only when a named person reviewed it
page-empty-title = the page's title is empty
page-empty-title-hint = write the title after `title:`
page-bad-slug = the slug `{ $slug }` { $why }
page-bad-slug-hint = a slug is one URL segment: lowercase letters, digits and hyphens, e.g. `your-rights`
page-bad-file-name = the file or folder name `{ $name }` becomes this page's address, and it { $why }
page-bad-file-name-hint = rename it with lowercase letters, digits and hyphens (e.g. `asylum.md`), or set `slug:` in the front matter
page-no-front-matter = the page has no front matter
page-no-front-matter-hint = start the file with a line `---`, then `title: …`, then another `---` line
page-unclosed-front-matter = the front matter is never closed
page-unclosed-front-matter-hint = add a line with only `---` after the last front matter line

## The command line's help (`faro --help`, `faro build --help`). The English is the doc
## comments in src/main.rs.

cli = Builds a multilingual, plain-language site that is light enough for cheap phones
cli-usage = Usage
cli-commands = Commands
cli-options = Options
cli-arguments = Arguments
cli-help = Print help
cli-version = Print version
cli-lang = The language of faro's messages: `es` or `en` [default: $FARO_LANG, else the system's]
cli-build = Build the site into public/ (replaced only when the whole build succeeds)
cli-build-root = The site's folder, holding site.yaml
cli-build-out = Where to write the site [default: <root>/public]
cli-build-drafts = Include pages marked `draft: true`
cli-build-timings = Print how long each stage of the build took
cli-check = Check the site without writing anything: broken links and pages, hard-to-read text, long sentences, reviews that are out of date, translations that need work
cli-check-root = The site's folder, holding site.yaml
cli-check-strict = Fail on warnings too, not only on errors
cli-check-format = `text` for people, `json` for other programs
cli-status = Show which pages are translated, stale, drafts or missing in each language
cli-status-root = The site's folder, holding site.yaml
cli-status-html = Also write a one-page coloured report to this file
cli-serve = Build the site and serve it at http://127.0.0.1:1111, rebuilding what a change touches and reloading the browser as you write
cli-serve-root = The site's folder, holding site.yaml
cli-serve-out = Where to build [default: <root>/.faro-cache/serve; never public/]
cli-serve-drafts = Include pages marked `draft: true`
cli-serve-bind = The address to listen on; anything but loopback lets other computers read the site
cli-serve-port = The port to listen on (0: any free port)
cli-po = The pages as PO files for translators' tools (Weblate, Pontoon, Poedit, Crowdin), and the translations back into pages
cli-po-export = Write one PO file per page for a language: its Spanish, and the translation where there is one, marked fuzzy where the Spanish changed since
cli-po-export-lang = The language to translate into, e.g. `fr`
cli-po-export-root = The site's folder, holding site.yaml
cli-po-export-out = Where to write the files [default: <root>/po/<lang>]
cli-po-export-force = Replace PO files even when they hold translations not imported yet
cli-po-import = Write the translated pages of PO files (a page is written once every entry is translated and none is fuzzy)
cli-po-import-files = The PO files, as `faro po export` wrote them
cli-po-import-root = The site's folder, holding site.yaml
cli-po-import-force = Overwrite pages that changed after their PO file was exported
cli-edit = Open the editor in the browser (Decap CMS) on this site's files, at http://127.0.0.1:1112; every save is checked as `faro build` would check it
cli-edit-root = The site's folder, holding site.yaml
cli-edit-port = The port to listen on (0: any free port); always on this computer only
cli-edit-bundle = The editor's JavaScript [default: <root>/editor/node_modules/decap-cms/dist]
cli-zim = Write one ZIM file per language for Kiwix readers, Kiwix hotspots and Internet-in-a-Box (needs openZIM's zimwriterfs: `apt-get install zim-tools`)
cli-zim-root = The site's folder, holding site.yaml
cli-zim-out = Where to write the files [default: <root>/zim]
cli-new = Start a page (or a translation of a Spanish page) with its front matter filled in
cli-new-lang = The page's language, e.g. `es` or `fr`
cli-new-path = The page's path in the language folder, e.g. `asilo.md` or `derechos/asilo.md`
cli-new-root = The site's folder, holding site.yaml

## faro serve

serve-beyond-loopback = serving on { $address } lets other computers on the network read the site, drafts included; `faro serve` is for writing. Publish with `faro build` and a real web server.
serve-serving = Serving the site at { $url } (press Ctrl-C to stop)
serve-page-not-rebuilt = faro serve: the site was not rebuilt. You are seeing the last good version.
serve-rebuilt-site = Rebuilt the whole site in { $ms } ms
serve-rebuilt-files = Rebuilt { $written } { $written ->
        [one] file
       *[other] files
    } ({ $unchanged } unchanged) in { $ms } ms
serve-not-rebuilt = Not rebuilt: { $errors } { $errors ->
        [one] error
       *[other] errors
    }; the last good site is still served.

## faro new

new-unknown-language = `{ $lang }` is not a language of this site
new-unknown-language-hint = use one of: { $languages }
new-path-outside = the page's path must stay inside the language folder
new-path-outside-hint = give a path such as `asilo.md` or `derechos/asilo.md`
new-page-exists = this page already exists; faro new never overwrites a file
new-page-exists-hint = edit the page, or choose another name
new-cannot-write = cannot write the page: { $error }
new-cannot-write-hint = check that the folder is writable

## The content folder

config-fallback-cycle = the fallback chain loops: { $chain }
config-fallback-cycle-hint = a language cannot fall back, directly or through others, to itself
content-unreadable = cannot read the content folder: { $error }
content-unreadable-hint = pages live in content/<language>/, e.g. content/es/_index.md
content-file-at-top = a file directly in content/ belongs to no language
content-file-at-top-hint = move it into a language folder such as content/{ $lang }/
content-undeclared-language = content/{ $lang }/ is for a language that site.yaml does not declare
content-undeclared-language-hint = declare `{ $lang }` under `languages:` in site.yaml, or rename the folder to one of: { $languages }
content-empty = there are no pages
content-empty-hint = write the home page first: content/{ $lang }/_index.md
content-nfc-nfd = this file and { $other } have the same name, with its letters encoded two ways (Unicode NFC and NFD)
content-nfc-nfd-hint = they look like one file to people; keep one, after copying what you need from the other, and delete the other
content-name-not-unicode = the file name is not valid Unicode
content-name-not-unicode-hint = rename the file using letters, digits and hyphens
no-home-page = the site has no home page
no-home-page-hint = write content/<language>/_index.md with at least a title
section-without-index = the folder `{ $folder }` has no section page ({ $file }) in any language
section-without-index-hint = add content/{ $lang }/{ $folder }{ $file } with a title for the section

## faro check

check-no-addresses-lock = the site has no addresses.lock yet: `faro build` writes it with every address it publishes
check-no-addresses-lock-hint = commit it: faro keeps every address it lists working when a page moves or is removed
check-no-updated = the page has no `updated:` date
check-no-updated-hint = add `updated: YYYY-MM-DD`, the day you last checked the page against its sources
check-no-sources = the page names no sources
check-no-sources-hint = list where its facts come from under `sources:` (title, url or law, checked), or write `sources:` then `  none: <why the page needs none>`
check-no-legal-review = no legal review is recorded for this page
check-no-legal-review-hint = when a lawyer has checked it, add `legal_review:` with `by:` (their name) and `date:`
check-draft-translation = a draft translation: no person has reviewed it yet
check-draft-translation-hint = once a person who reads both languages has checked it, set `reviewed: true` and `reviewed_by: <their name>` under `translation:`
check-not-translated-complete = not translated into { $language }, which site.yaml's `check: complete` asks to have every page; readers get the text in { $shown }
check-not-translated-complete-hint = translate { $file } into { $language }; `faro new { $code } { $id }` starts the file
check-not-translated = not translated into { $language }; readers get the text in { $shown }
check-not-translated-hint = start it with `faro new { $code } { $id }`

## faro edit: what the editor shows when it cannot save

edit-page-exists = { $file }: this page already exists; open it from the list to edit it, or choose another title
edit-changed-on-disk = { $file }: the file changed on disk since the editor opened it, and saving would undo that change; reload the page in the editor (your text is kept in its backup) and save again
edit-save-refused = faro would not build the site with this change, so nothing was saved:
edit-sources-and-none = { $file }: the page lists sources and also says why it needs none (`Sin fuentes: por qué`); keep one of the two
edit-listening = The editor is at { $address } (press Ctrl-C to stop)
edit-exported = The published site's editor is in { $folder }

## Reading the site's files: limits, symlinks, the theme, the interface strings (.ftl), trust
## (load/). Each section below belongs to one part of faro; keep a message in its part.
#
# (end of the reading section)

## Pages, links, images, SVG, templates, addresses and the output folder (render/, resolve/,
## write/, build/).
#
link-empty = this link has no address, so it goes nowhere
link-empty-hint = put the address between the brackets: `[text](page.md)`
link-scheme = the link `{ $dest }` uses the `{ $scheme }:` scheme, which faro does not publish
link-scheme-hint = links may be relative paths to .md files, https:, mailto: or tel:
link-absolute = the link `{ $dest }` starts with `/`; it would break when the site is opened from a folder
link-absolute-hint = write the link as a path relative to this file, e.g. `asylum.md` or `../rights.md`
link-backslash = the link `{ $dest }` uses a backslash (\)
link-backslash-hint = separate folders with a forward slash: `rights/asylum.md`
link-refused = the link `{ $dest }` points to { $file }, which cannot be published: { $why }
link-refused-hint = fix { $file } as its own error says, or remove the link
link-outside-content = the link `{ $dest }` goes outside { $folder }/
link-outside-content-hint = link to another page with its .md file name, relative to this file, e.g. `[asylum](asylum.md)`
link-no-such-page = the link `{ $dest }` points to { $page }, a page that exists in no language
link-no-such-page-hint = link to another page with its .md file name, relative to this file, e.g. `[asylum](asylum.md)`
link-no-such-file = the link `{ $dest }` points to { $file }, which does not exist
link-no-such-file-hint = link to another page with its .md file name, relative to this file, e.g. `[asylum](asylum.md)`
image-format-not-published = `{ $dest }` is shown as an image, but it is not in a format the site publishes as one
image-format-not-published-hint = export it as one of { $formats }, or link to it as a file: `[text]({ $dest })`
image-heavy = the image { $dest } is { $kb } KB; readers pay for every kilobyte
image-heavy-hint = make it smaller than 50 KB: fewer pixels (600 px wide is plenty on a phone), or SVG for drawings
image-over-booklet-budget = the image { $dest } is { $kb } KB: in the booklet, where images are embedded, it alone is over the booklet's budget of { $budget } KB
image-over-booklet-budget-hint = make the image smaller (600 px wide is plenty on a phone), or leave the page out of the booklet with `booklet: false`
raw-html-denied = HTML inside the page's Markdown, which this site does not allow (`raw_html: deny` in site.yaml)
raw-html-denied-hint = write it in Markdown instead (headings with ##, lists with -, links with [text](page.md))
raw-html-external = the page's HTML would load { $url } from another site
raw-html-external-hint = readers' phones must not contact other sites: remove it, or put the file beside the page and link it with a relative path
audio-refused = `audio: { $audio }` names { $file }, which cannot be published: { $why }
audio-refused-hint = fix { $file } as its own error says, or remove the line
audio-is-page = `audio: { $audio }` names a page, not a recording
audio-is-page-hint = put the recording beside the page and write its file name after `audio:`, or remove the line
audio-missing = the recording `{ $audio }` does not exist beside this page
audio-missing-hint = put the recording beside the page and write its file name after `audio:`, or remove the line
template-no-page = the theme has no { $template }
template-no-page-hint = every theme needs templates/page.html; copy it from themes/default
template-no-booklet = the theme has no { $template }
template-no-booklet-hint = add templates/booklet.html, the printable guide with every page; copy it from themes/default
template-no-404 = the theme has no { $template }
template-no-404-hint = add templates/404.html, the page a reader sees at an address that does not exist; copy it from themes/default
template-no-redirect = the theme has no { $template }, and the site has old addresses to keep working
template-no-redirect-hint = add templates/redirect.html, the page left at an address a page has moved from; copy it from themes/default
# Tera's own words ($detail) stay in English; only the sentence around them is translated.
template-missing-parent = template: extends "{ $parent }", which does not exist
template-missing-parent-hint = check the name in {"{"}% extends %{"}"}; templates are named by their path under templates/
template-string-missing = template: { $detail }
template-string-missing-hint = add the message to the default language's translations/<lang>.ftl as `key = text`
template-unknown-filter = template: { $detail }
template-unknown-filter-hint = check the filter's name; Tera's filters include safe, length, lower, upper, default, join
template-unknown-function = template: { $detail }
template-unknown-function-hint = faro's templates have the functions t(key=…) for interface strings and url(path=…) for links
template-undefined = template: { $detail }
template-undefined-hint = check the spelling; page.title, page.content, lang.code, site.title, contacts.phone, nav and translations are available, and included templates must exist under templates/
template-error = template: { $detail }
template-error-hint = see the Tera documentation for the template syntax: {"{{"} value {"}}"}, {"{"}% if %{"}"}…{"{"}% endif %{"}"}, {"{"}% for %{"}"}…{"{"}% endfor %{"}"}
# Put inside Tera's error, when a template asks for an interface string no language has.
template-string-missing-detail = the interface string `{ $key }` is missing in every language; add it to translations/{ $lang }.ftl
page-same-address = in { $language }, this page and { $other } both have the address { $address }
page-same-address-hint = give one of them a different `slug:` in its front matter
lock-address-taken = the address { $address } was the address of { $page } ({ $language }), which still exists, and is now the address of { $file }: readers who saved it would get another page
lock-address-taken-hint = give { $file } another `slug:`; or, if readers of { $address } should now get that page, delete this line on purpose
lock-address-two-pages = the old address { $address } belonged to { $first } and to { $other }, which both still exist: faro cannot tell which one it should lead to
lock-address-two-pages-hint = delete, on purpose, the line of the page the address should not lead to
lock-not-saved = the site is published, but its addresses cannot be recorded: { $error }
lock-not-saved-hint = check that the site's folder is writable and build again: until addresses.lock lists them, an address this build published is not kept working when it changes
out-site-unreadable = cannot open the site folder { $folder }: { $error }
out-site-unreadable-hint = check --root
out-is-site = the output folder is the site's folder or contains it; building there would replace the site itself
out-is-site-hint = use an output folder inside the site, such as `public` (the default)
out-parent-not-made = cannot create the folder that holds the output: { $error }
out-parent-not-made-hint = check --out and permissions
out-parent-unreadable = cannot open the output's parent folder: { $error }
out-parent-unreadable-hint = check --out
out-in-sources = the output folder would replace or sit inside { $folder }/, which people write
out-in-sources-hint = use an output folder of its own, such as `public` (the default)
out-is-file = the output path is a file, not a folder
out-is-file-hint = choose another --out, or move the file away
out-not-made-by-faro = the output folder is not empty and was not made by faro; faro will not replace it
out-not-made-by-faro-hint = choose another --out, or empty the folder yourself if nothing in it is needed
out-staging-not-made = cannot create the staging folder { $folder }: { $error }
out-staging-not-made-hint = check that the output's parent folder is writable
# Why a file could not be copied into the site (after "cannot copy this file: ").
out-file-grew = it grew since it was checked, while the site was being built
out-cannot-copy = cannot copy this file: { $error }
out-cannot-copy-hint = check that it can be read
out-cannot-write = cannot write: { $error }
out-cannot-write-hint = check free disk space and permissions
out-not-placed = cannot put the new site in place: { $error }
out-not-placed-hint = check that the output folder is writable; the previous site is unchanged
out-not-placed-served = cannot put the new site in place: { $error }
out-not-placed-served-hint = check that the folder is writable; the previous site is still served
out-library-not-placed = cannot put the pages for the offline library in place: { $error }
out-library-not-placed-hint = check that the site's folder is writable
page-external-resource = the page { $file } would load { $url } from another site
page-external-resource-hint = readers' phones must not contact other sites: put the file beside the page or in the theme's static/ folder and link it with a relative path
# $how: `raw` when the page is measured before compression, `brotli` after it.
page-over-budget = the page { $file } weighs { $kb } KB { $how ->
        [raw] before compression
       *[brotli] compressed with brotli
    }, over its budget of { $limit } KB compressed
page-over-budget-hint = readers pay for every kilobyte: shorten the page or split it in two; the budget is `budgets: page_kb` in site.yaml
redirect-over-budget = the page { $file } weighs { $kb } KB { $how ->
        [raw] before compression
       *[brotli] compressed with brotli
    }, over its budget of { $limit } KB compressed
redirect-over-budget-hint = the page left at an old address is made by the theme's redirect.html: make it smaller; the budget is `budgets: page_kb` in site.yaml
booklet-over-budget = the booklet { $file } weighs { $kb } KB { $how ->
        [raw] before compression
       *[brotli] compressed with brotli
    }, over its budget of { $limit } KB compressed
booklet-over-budget-hint = leave some pages out of the booklet with `booklet: false`, or shorten them; the budget is `budgets: booklet_kb` in site.yaml
booklet-no-qr-codes = the booklets have no QR codes, because the site's address is not set
booklet-no-qr-codes-hint = set `base_url:` to the address where the site is published, or `booklet: {"{"}qr_codes: false{"}"}` until it is known
# (end of the rendering section)

## faro check's other notes, faro serve and faro edit's problems (check/, serve/, editor/).
#
# (end of the check, serve and edit section)

## PO files and ZIM files (po/, zim/).
#
# (end of the po and zim section)
