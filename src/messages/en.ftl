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

## What the system says about a file or a socket (a rarer kind keeps the system's words)

io-not-found = there is no such file or folder
io-permission-denied = permission denied: this user may not open it
io-already-exists = it already exists
io-is-a-folder = it is a folder, not a file
io-not-a-folder = a part of the path is a file, not a folder
io-folder-not-empty = the folder is not empty
io-disk-full = the disk is full
io-read-only = the disk is read-only
io-address-in-use = the address is in use: another program (or another faro) is listening there
io-address-not-available = this computer has no such address

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
cli-usage-options = [OPTIONS]
cli-usage-command = COMMAND
cli-default = [default: { $value }]
cli-possible-values = [possible values: { $values }]
cli-error-unknown-argument = unexpected argument '{ $arg }' found
cli-error-unknown-command = unrecognized subcommand '{ $command }'
cli-error-no-value = a value is required for '{ $arg }' but none was supplied
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-error-missing-arguments = the following required arguments were not provided:
cli-error-missing-command = '{ $command }' requires a subcommand but one was not provided
cli-error-repeated = the argument '{ $arg }' cannot be used multiple times
cli-error-conflict = the argument '{ $arg }' cannot be used with { $other }
cli-error-no-equals = equal sign is needed when assigning values to '{ $arg }'
cli-error-extra-value = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-error-not-utf8 = invalid UTF-8 was detected in one or more arguments
cli-error-unknown = unknown cause
cli-error-similar = a similar one exists: '{ $similar }'
cli-error-try-help = For more information, try '--help'.
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
symlink-outside = a symbolic link that leads outside the site's folder, to { $target }
symlink-outside-hint = faro publishes only what is inside the site's folder, and reads nothing through this link: put a copy of the file in the site instead of a link to it, or delete the link
symlink-loop = cannot read: File system loop found: the link leads to { $folder }/, a folder that holds it
symlink-loop-hint = a symbolic link points back to a folder that contains it; remove the link
folder-unreadable = cannot read: { $error }
folder-unreadable-hint = check that the file exists and can be read
file-not-regular = this is not a regular file
file-not-regular-hint = faro reads files only; move the folder, device or pipe out of the site
file-document = a .{ $ext } file is a document a browser runs, and faro would publish it as it is, without the checks and the Content-Security-Policy its own pages get
file-document-hint = write the page in Markdown (a .md file) so faro builds it, or publish the file elsewhere and link to it
file-grew-past-limit = it grew past { $max } while the site was being built
config-too-big = site.yaml is { $size }; site.yaml may be at most { $max }
config-too-big-hint = site.yaml holds settings only; remove what was pasted into it by mistake
page-too-big = the page is { $size }; a page may be at most { $max }
page-too-big-hint = split it into shorter pages; if it was pasted by mistake, remove it. The limit is `limits: page_mb` in site.yaml
image-too-big = the image is { $size }; an image may be at most { $max }
image-too-big-hint = make it smaller: 600 px wide is plenty on a phone, saved as JPEG or WebP; a file this large may not be a picture at all (a video renamed). The limit is `limits: image_mb` in site.yaml
audio-too-big = the recording is { $size }; a recording may be at most { $max }
audio-too-big-hint = save the recording at a lower bit rate (64 kbit/s mono is clear for speech) or split it in parts. The limit is `limits: audio_mb` in site.yaml
file-too-big = the file is { $size }; a file copied as it is may be at most { $max }
file-too-big-hint = make the file smaller, or publish it elsewhere and link to it. The limit is `limits: file_mb` in site.yaml
theme-file-too-big = the theme file is { $size }; a template, stylesheet or script may be at most { $max }
theme-file-too-big-hint = a theme file is text a person writes; remove what was pasted by mistake. The limit is `limits: theme_mb` in site.yaml
ftl-too-big = the file of interface strings is { $size }; a file of interface strings may be at most { $max }
ftl-too-big-hint = an .ftl file holds the interface's short strings; remove what was pasted by mistake. The limit is `limits: translations_mb` in site.yaml
lock-too-big = addresses.lock is { $size }; addresses.lock may be at most { $max }
lock-too-big-hint = addresses.lock lists a line per address; one this large was not written by `faro build`: restore it from git
config-unreadable = cannot read the site settings: { $error }
config-unreadable-hint = faro needs a site.yaml at the site's root; use --root to point at the site
page-unreadable = cannot read the page: { $error }
page-unreadable-hint = check that the file exists and that it can be read (its permissions)
image-unreadable = cannot read the image: { $error }
image-unreadable-hint = check that the file exists and that it can be read (its permissions)
audio-unreadable = cannot read the recording: { $error }
audio-unreadable-hint = check that the file exists and that it can be read (its permissions)
file-unreadable = cannot read the file: { $error }
file-unreadable-hint = check that the file exists and that it can be read (its permissions)
theme-file-unreadable = cannot read the theme file: { $error }
theme-file-unreadable-hint = check that the file exists and that it can be read (its permissions)
ftl-unreadable = cannot read the interface strings: { $error }
ftl-unreadable-hint = check that the file exists and that it can be read (its permissions)
lock-unreadable = cannot read addresses.lock: { $error }
lock-unreadable-hint = check that the file exists and that it can be read (its permissions)
page-nested-lists = lists or quotes nested more than { $max } deep
page-nested-lists-hint = flatten the list: a reader on a phone can follow two or three levels at most
page-nested-elements = elements nested more than { $max } deep (emphasis, links, lists or HTML tags inside each other)
page-nested-elements-hint = look for an emphasis mark (* or _) or an HTML tag that is opened again and again and never closed
page-long-line = a line of { $chars } characters; a line may have at most { $max }
page-long-line-hint = split it into paragraphs with an empty line between them; if it was pasted by mistake, remove it
page-changed-during-build = the page changed while the site was being built
page-changed-during-build-hint = build again: faro reads a page's text again when it renders it, and publishes nothing when it changed in between
page-unreadable-again = cannot read the page again while the site was being built: { $error }
page-unreadable-again-hint = check that it still exists and can be read, then build again
page-sources-empty = `sources:` is an empty list
page-sources-empty-hint = list where the page's facts come from, or write `none:` and the reason the page needs no source
page-source-no-title = a source has an empty `title:`
page-source-no-title-hint = name the source as a reader would look for it, e.g. `Ley sobre Refugiados, Protección Complementaria y Asilo Político`
page-source-no-address = the source `{ $title }` has neither an address nor a law
page-source-no-address-hint = add `url: https://…` (the page you read) or `law: artículo N` (the article of the law named in the title)
page-source-bad-address = the source address `{ $url }` is not a web address
page-source-bad-address-hint = write the whole address as the browser shows it, starting with https://
page-sources-none-empty = `sources: none` needs a reason
page-sources-none-empty-hint = say why the page states no facts that need a source, e.g. `none: Esta página solo lleva a las otras.`
page-legal-review-nobody = `legal_review:` names nobody
page-legal-review-nobody-hint = write who reviewed the page under `by:`; leave `legal_review:` out until a person has
page-review-every-zero = `review_every:` is 0 months
page-review-every-zero-hint = give the number of months after which the page must be checked again, e.g. `review_every: 3`
page-translation-reviewed-nobody = `reviewed: true` under `translation:` names no reviewer
page-translation-reviewed-nobody-hint = add `reviewed_by: Name`, the person who checked the translation against the source; until someone has, write `reviewed: false`
ftl-no-folder = there is no translations/ folder, so the pages have no interface strings
ftl-no-folder-hint = create translations/{ $lang }.ftl with the strings the theme uses
ftl-undeclared-language = `{ $code }` is not a language declared in site.yaml; this file is not used
ftl-undeclared-language-hint = declare the language in site.yaml or rename the file to <code>.ftl
ftl-unicode-escape = `{ $escape }` must be followed by { $digits } hex digits (0-9, A-F)
ftl-unicode-escape-hint = write the letter itself instead of its code; for a backslash in quoted text, write `\\`
ftl-too-many-braces = the file has too many `{"{"}` and `(` to be read
ftl-too-many-braces-hint = interface strings need a few hundred at most; look for text pasted in by mistake
ftl-syntax-error = Fluent syntax error: { $error }
ftl-syntax-error-hint = a message is `key = text`; continuation lines are indented; see https://projectfluent.org/fluent/guide/
ftl-duplicate-key = the message `{ $key }` is defined twice
ftl-duplicate-key-hint = each message key may appear once in a file; remove or rename one of them
ftl-fixed-selector = this choice is made on fixed text or a number, so it always gives the same variant
ftl-fixed-selector-hint = choose on a variable, as in `{"{"} $count -> … {"}"}`, or keep only the text of the variant you want
ftl-placeable-in-placeable = a placeable is written inside another one, as in `{"{"} {"{"} $count {"}"} {"}"}`
ftl-placeable-in-placeable-hint = remove the inner braces: `{"{"} $count {"}"}`
ftl-nested-too-deep = choices, placeables and function calls are nested more than { $max } deep here
ftl-nested-too-deep-hint = write the choices one after another, or move part of the text into its own message and use it as `{"{"} other-message {"}"}`
theme-missing = the theme `{ $name }` does not exist: there is no folder { $folder }/{ $name }/
theme-missing-hint = set `theme:` in site.yaml to a folder under { $folder }/ (usually `default`)
theme-script-unparsable = the script does not parse as JavaScript: { $error }
theme-script-unparsable-hint = browsers will not run it either; it is inlined as written
lock-bad-line = this line cannot be read: { $why }
lock-bad-line-hint = addresses.lock is written by `faro build`: restore it from git (`git checkout addresses.lock`) or correct the line, which reads `<page file> <language> <address>`, e.g. `derechos/asilo.md fr /fr/droits/asile/`; nothing is published until then
lock-line-extra = `{ $extra }` after the address; only `{ $old }` may follow it
lock-line-parts = it has { $count } parts, not 3 (page, language, address)
lock-line-not-page = `{ $page }` is not a page's file in its language folder (such as `derechos/asilo.md`)
lock-line-bad-language = `{ $lang }` is not a language code
lock-line-address-ends = the address `{ $address }` does not start with `{ $prefix }` and end with `/`
lock-line-empty-part = the address `{ $address }` has an empty, `.` or `..` part
lock-line-bad-character = the address `{ $address }` holds `{ $character }`, which no address faro writes has
image-wrong-format = the file is named as a { $format } image, but its bytes are { $found }
image-wrong-format-hint = open it in an image editor and export it in the format its name says, or give it the extension of what it is; the site publishes png, jpg, gif, webp and svg images
image-not-svg = the file is named as an SVG image, but its bytes are { $found }
image-not-svg-hint = open it in an image editor and export it in the format its name says, or give it the extension of what it is; the site publishes png, jpg, gif, webp and svg images
image-found-empty = empty: the file has nothing in it
image-found-phone-video = a video or a phone photo (MP4, MOV, HEIC)
image-found-webm-video = a video (WebM or Matroska)
image-found-avi-video = a video (AVI)
image-found-pdf = a PDF document
image-found-zip = a ZIP archive (or an Office document)
image-found-mp3 = a recording (MP3)
image-found-ogg = a recording (Ogg)
image-found-program = a program
image-found-html = HTML, a web page
image-found-svg = an SVG drawing
image-found-xml = XML or HTML text
image-found-text = text
image-found-png = a PNG image
image-found-jpeg = a JPEG image
image-found-gif = a GIF image
image-found-webp = a WebP image
image-found-bmp = a BMP image
image-found-tiff = a TIFF image
image-found-psd = a Photoshop file
image-found-unknown = of no image format faro knows
image-found-other-xml = an XML document whose root is <{ $root }>, not <svg xmlns="{ $namespace }">
svg-entity = the SVG declares an entity (<!ENTITY …>)
svg-too-many-nodes = the SVG has more than { $max } elements, texts and comments
svg-too-many-nodes-hint = simplify the drawing (Inkscape: Path → Simplify), or save it as PNG
svg-not-xml = the SVG is not well-formed XML: { $error }
svg-not-xml-hint = export the drawing again from its editor; a browser shows broken XML as an error, not a picture
svg-processing-instruction = the SVG has a processing instruction (<?{ $target } …?>), which can load a stylesheet from elsewhere
svg-style-import = the SVG has a <style> that imports a stylesheet (@import)
svg-style-url = the SVG has a <style> that refers to `{ $target }`, outside the drawing
svg-script = the SVG has a <script> element
svg-foreign-object = the SVG has a <foreignObject> element, which can hold a web page with scripts
svg-element = the SVG has a <{ $name }> element, which faro does not publish (only drawing, text, gradients, masks and filters)
svg-html-element = the SVG has an HTML or MathML element (<{ $name }>), which browsers may run
svg-event-handler = the SVG has an event handler ({ $attribute }="…"), which runs script
svg-external-reference = the SVG has a link or reference to `{ $target }`, outside the drawing
svg-xml-base = the SVG has xml:base, which changes where its references lead
svg-attribute-import = the SVG has an attribute { $attribute } that imports a stylesheet (@import)
svg-attribute-url = the SVG has an attribute { $attribute } that refers to `{ $target }`, outside the drawing
svg-unsafe-hint = an SVG on this site may only draw: it may not run script, react to events or load anything from elsewhere. Delete that part in a text editor, or export the drawing again as plain SVG (Inkscape: File → Save As → Plain SVG; or run it through svgo)
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
# faro check: interface strings (translations/*.ftl)
check-strings-no-file-with-pages = { $language } has pages of its own but no interface strings: the menus and buttons around those pages are in { $shown }
check-strings-no-file-with-pages-hint = translate translations/{ $default }.ftl into { $file }
check-strings-no-file = { $language } has no interface strings; its readers see them in the next language of its chain
check-strings-no-file-hint = translate translations/{ $default }.ftl into { $file }
check-string-missing = `{ $key }` is missing (used in { $template }:{ $line }); readers see it in another language
check-string-missing-hint = add `{ $key } = …` translated from translations/{ $default }.ftl
check-string-unused = `{ $key }` is not used by any template
check-string-unused-hint = remove it, or check the key's spelling against the templates
# faro check: links, anchors and addresses
check-anchor-missing = the link `{ $link }` points to `#{ $fragment }`, which { $file } does not have (in { $language })
check-anchor-missing-hint = link to a heading's id (shown in the page's address when you click it), or give the heading a fixed id: `## Heading {"{"}#id{"}"}`
check-template-link-broken = a link written by a template, `{ $link }`, leads to { $kind ->
        [above] above the site's root, out of the site
        [id] `#{ $fragment }`, an id { $target } does not have
       *[missing] { $target }, which the site does not have
    } ({ $count ->
        [one] on { $first }
       *[other] on { $count } pages, the first { $first }
    })
check-template-link-broken-hint = the pages' own links are checked where they are written; this one comes from the theme: correct it in its templates
check-page-unreachable = no link on the site leads to { $path } ({ $language }): readers will not find it
check-page-unreachable-hint = give it a place in the menu: put it in a section folder whose _index.md is reached, and check that it is not hidden by `order`
check-address-changes = in { $language }, the address of this page would change from { $old } to { $new }: readers who saved the old one will be sent to the new one
check-address-changes-hint = if that is what you want, run `faro build` and commit addresses.lock with this change; to keep the old address, give the page (in { $language }) the slug it had
check-address-gone = the page { $page } ({ $language }) would be gone: readers who saved { $address } will be sent to the home page
check-address-gone-hint = if the page was removed on purpose, run `faro build` and commit addresses.lock; if it was renamed, its old address leads to the home page unless the new file keeps its slug
# faro check: plain language
check-hard-to-read = the page is hard to read: { $formula } { $score }, below { $floor }
check-hard-to-read-hint = use shorter sentences and everyday words; docs/plain-language.md explains the measure
check-formula-flesch = Flesch reading ease
check-long-sentence = a sentence of { $words } words (at most { $max }): "{ $start }…"
check-long-sentence-hint = split it into two sentences
check-hard-word = "{ $word }" is on the glossary's list of hard words, and the glossary does not explain it
check-hard-word-hint = use an everyday word, or add an entry for "{ $word }" to the `terms` of { $file }
# faro check: dates, reviews and the front matter site.yaml asks for
check-updated-in-future = `updated:` is { $date }, a day that has not come yet
check-updated-in-future-hint = write the day you checked the page, today or earlier
check-review-due = the page was last checked against its sources on { $date }, more than { $months } months ago
check-review-due-hint = { $interval ->
        [page] check each fact against its source (rules may have changed), then set `updated:` to today
       *[site] check each fact against its source, then set `updated:` to today; `review_every: N` sets another interval in months
    }
check-legal-review-in-future = the legal review is dated { $date }, a day that has not come yet
check-legal-review-in-future-hint = write the day the review was made
check-required-empty = `{ $key }:` is empty, and site.yaml's `check: required` asks every page to fill it in
check-required-empty-hint = { $key ->
        [description] between the `---` lines at the top, write `description:` and one sentence that says what the page is for, as search results and link previews show it, e.g. `description: Cómo pedir refugio en México, paso a paso.`
        [summary] between the `---` lines at the top, write `summary:` and under it the page's key points, two to four short sentences, each on a line of its own starting with `  - `, e.g. `  - Puedes pedir refugio. Es gratis.`
       *[order] between the `---` lines at the top, write `order:` and the page's place in the menu, e.g. `order: 3`; pages with smaller numbers come first
    }
check-required-missing = the page has no `{ $key }:`, which site.yaml's `check: required` asks of every page
check-required-missing-hint = { check-required-empty-hint }
# faro check: translations and the glossary
check-translation-no-version = the translation does not say which version of { $file } it was made from, so faro cannot tell when that page changes
check-translation-no-version-hint = compare the two pages; once they say the same, write { $section ->
        [yes] under `translation:` the line
       *[no] `translation:` and under it the line
    } `  source_version: "{ $version }"`, the version of the { $lang } page now
check-translation-stale = the { $lang } page changed since this translation was made
check-translation-stale-hint = update the translation from { $file }, then set `source_version: "{ $version }"`, the version of the { $lang } page now
check-glossary-missing-word = the glossary lacks the word `{ $id }` ("{ $term }" in { $file }); site.yaml's `check: complete` asks { $language } to have every word of the glossary
check-glossary-missing-word-hint = add it under `terms:`: a line `  - id: { $id }`, then `term:` and `definition:` in { $language }, translated from { $file }
# faro serve: the server itself
serve-cannot-open-site = cannot open the site folder: { $error }
serve-cannot-open-site-hint = give the folder that holds site.yaml with --root
serve-bad-out = cannot use this folder for the served site: { $error }
serve-bad-out-hint = give another folder with --out, or leave it out
serve-cannot-listen = cannot listen on this address: { $error }
serve-cannot-listen-hint = another program may use the port: try another with --port
serve-cannot-watch-site = cannot watch the site's files: { $error }
serve-cannot-watch-site-hint = the system may watch too many files already: close other watchers, or raise fs.inotify.max_user_watches
serve-cannot-watch = cannot watch this for changes: { $error }
serve-cannot-watch-hint = check that it can be read; the system may also watch too many files already (fs.inotify.max_user_watches)
serve-failed = { $step ->
        [socket] cannot use the socket
        [thread] cannot start the rebuild thread
        [start] cannot start the server
       *[stopped] the server stopped
    }: { $error }
serve-failed-hint = start `faro serve` again; if it happens again, report it with this message
serve-not-found = Not found
serve-cannot-read-page = cannot read the page
serve-too-many-connections = too many live reload connections
# faro edit: starting the editor
edit-cannot-open-site = cannot open the site folder: { $error }
edit-cannot-open-site-hint = give the folder that holds site.yaml with --root
edit-not-installed = the editor's JavaScript is not installed
edit-not-installed-hint = run `npm ci` in the editor/ folder (README: "Editing in the browser"), or give its dist/ folder with --bundle
edit-cannot-read-config = cannot read site.yaml
edit-cannot-read-config-hint = run faro check
edit-cannot-listen = cannot listen on this address: { $error }
edit-cannot-listen-hint = another program may use the port: try another with --port
edit-failed = { $step ->
        [socket] cannot use the socket
        [start] cannot start the server
       *[stopped] the server stopped
    }: { $error }
edit-failed-hint = start `faro edit` again; if it happens again, report it with this message
# faro edit --export: the published site's editor
edit-export-not-installed = the editor's JavaScript is not installed
edit-export-not-installed-hint = run `npm ci` in the editor/ folder (README: "Editing in the browser"), or give Decap's dist/ folder with --bundle
edit-export-inside-site = the editor cannot go inside the site
edit-export-inside-site-hint = the pages children read never carry the editor: give a folder outside public/ and content/, e.g. --export editor-site
edit-export-folder-not-empty = this folder holds other files, which exporting the editor would replace
edit-export-folder-not-empty-hint = give an empty folder, or the folder of an earlier export
edit-export-no-stylesheet = the theme has no stylesheet for the editor's preview
edit-export-no-stylesheet-hint = the theme's static/style.css is what the preview draws pages with
edit-export-cannot-write = cannot write the editor's files: { $error }
edit-export-cannot-write-hint = check that the folder can be written
edit-export-no-backend = `editor: backend:` is missing: the editor does not know where to save
edit-export-no-backend-hint = add an `editor:` section with `backend: github` or `backend: gitlab` and the site's `repo:` (README: "The published site's editor")
edit-export-unknown-backend = `editor: backend: { $name }` is not a git host the editor knows
edit-export-unknown-backend-hint = write one of: { $hosts }
edit-export-missing-setting = `editor: { $key }:` is missing for `backend: { $backend }`
edit-export-missing-setting-hint = { $setting ->
        [github-repo] the site's repository on GitHub, e.g. `repo: kind-mexico/sitio`
        [github-auth] the address of the sign-in service for GitHub (an OAuth client the organisation runs); README: "The published site's editor"
        [gitlab-repo] the site's project on GitLab, e.g. `repo: kind-mexico/sitio`
       *[gitlab-app] the id of the GitLab application the team signs in with (GitLab: Preferences → Applications); README: "The published site's editor"
    }
edit-export-not-https = `editor: { $key }: { $value }` is not an https address
edit-export-not-https-hint = sign-in goes over https only, e.g. `https://auth.example.org`
# faro edit: what the editor shows when a save cannot be made
edit-file-name-not-plain = `{ $name }` in `{ $path }` is not a plain file name (letters, digits, `-`, `_`, `.`)
edit-no-rename = { $file }: faro edit does not rename pages (a page's file name is its id in every language, and its address comes from it); rename the file in content/ and run faro build
edit-cannot-read-file = { $file }: cannot read the file: { $error }
edit-cannot-write-file = { $file }: cannot write the file: { $error }; check that the folder is writable
edit-cannot-copy-site = cannot copy the site to check the save in .faro-cache/editor/: { $error }; check that the folder is writable
edit-cannot-check-save = cannot check the save: { $file }: { $error }
edit-save-stopped = the save stopped: { $error }
# (end of the check, serve and edit section)

## PO files and ZIM files (po/, zim/).
#
po-unknown-language = `{ $lang }` is not a language this site translates into
po-unknown-language-hint = use one of: { $languages }
po-unreadable = cannot read the file: { $error }
po-unreadable-hint = check the file's name and that it is UTF-8 text
po-not-po = this is not a PO file faro can read: { $error }
po-not-po-hint = check it with `msgfmt --check`, or export the page again
po-cannot-write = cannot write the file: { $error }
po-export-unreadable-hint = move the file away, or pass --force to replace it
po-export-would-lose = this translation is not in the page yet; exporting again would lose it
po-export-would-lose-hint = import the file first (`faro po import { $file }`), or pass --force to replace it
po-import-no-header = the file's header has no `Language` or no `{ $header }`: it was not written by `faro po export`
po-import-no-header-hint = export the page with `faro po export <language>` and translate that file
po-import-unknown-language = `{ $lang }` is not a language this site translates into
po-import-unknown-language-hint = set the header's `Language` to one of the languages in site.yaml
po-import-no-source = there is no page { $page } in { $folder }
po-import-no-source-hint = the page was renamed or removed since the file was exported; export again
po-import-source-changed = { $file } changed since this file was exported
po-import-source-changed-hint = export again (`faro po export { $lang }`), then let your translation tool bring your work into the new file (update from template, or `msgmerge`)
po-import-incomplete-empty = { $count } not translated (lines { $lines })
po-import-incomplete-fuzzy = { $count } marked fuzzy (lines { $lines })
po-import-incomplete-both = { $empty } and { $fuzzy }
po-import-incomplete = { $page } was left as it was: entries { $entries }
po-import-incomplete-hint = translate them and clear the fuzzy marks in your tool, then import again; until then readers get the page as it is, or the text of the language it falls back to
po-import-page-changed = this page changed after { $file } was exported; importing would overwrite that change
po-import-page-changed-hint = export the page again and translate that file, or pass --force to overwrite the page
po-import-cannot-write = cannot write the page: { $error }
po-import-msgid-changed = this entry's Spanish (msgid) is not the page's
po-import-msgid-changed-hint = translate only the msgstr; export the page again to get its Spanish back
po-import-markdown-changed = the translation of { $piece } does not keep the Spanish's Markdown: { $difference }
po-import-markdown-changed-hint = keep every link (`[text](page.md)`), image, `code` and HTML tag of the Spanish, and keep it one block
po-import-several-lines = the translation of the { $piece } is on more than one line
po-import-several-lines-hint = write it on one line
po-import-bad-address = the address `{ $address }` { $why }
po-import-bad-address-hint = an address is one word or a few joined by hyphens: lowercase letters without accents, digits and hyphens, e.g. `your-rights`
po-import-blocks-changed = put together, the translated page would not have the Spanish's blocks from { $piece } on
po-import-blocks-changed-hint = a translation that starts with `#`, `-`, `1.` or `>`, or holds a blank line or a `|`, changes the blocks around it; write it as plain text
# What a translation's Markdown must keep, in the messages above ($difference).
po-markdown-link = the link to `{ $url }`
po-markdown-image = the image `{ $url }`
po-markdown-code = the code `{ $code }`
po-markdown-html = the HTML `{ $html }`
po-markdown-rule = a line across the page
po-markdown-paragraph = a paragraph
po-markdown-heading = a heading
po-markdown-list = a list
po-markdown-quote = a quote
po-markdown-code-block = a code block
po-markdown-html-block = HTML
po-markdown-table = a table
po-markdown-other-block = another kind of block
po-markdown-nothing = nothing
po-markdown-then = { $before } then { $next }
po-markdown-other-blocks = it reads as { $translated } where the Spanish is { $spanish }; a blank line, or `#`, `-`, `1.` or `>` at the start of a line, changes what Markdown makes of it
po-markdown-missing = { $items } is missing
po-markdown-added = { $items } is not in the Spanish
po-markdown-missing-and-added = { $missing }, and { $added }
zim-missing-field = the offline library files need `zim: { $key }:`, { $what }
zim-missing-field-hint = add it to site.yaml's `zim:` section, for example `zim: {"{"}{ $key }: { $example }{"}"}` (README, "Offline libraries")
zim-missing-name = the start of each file's name and of its name in Kiwix's catalogue
zim-missing-creator = who wrote the content
zim-missing-publisher = who made the ZIM files
zim-missing-tags = the words Kiwix's catalogue files them under
zim-missing-description = one sentence of at most { $max } characters per language for Kiwix's catalogue (a language without one uses its fallback's)
zim-bad-name = `zim: name: { $name }` may hold only lowercase letters a to z, digits and `-`
zim-bad-name-hint = Kiwix names files `<name>_<language>_<selection>`; write it like `kind-mexico`
zim-tag-semicolon = the tag `{ $tag }` holds a `;`
zim-tag-semicolon-hint = the ZIM format separates tags with `;`: write each tag as its own item
zim-description-unknown-language = `zim: description:` has a description for `{ $lang }`, which is not one of the site's languages
zim-description-unknown-language-hint = use a language code from `languages:`
zim-description-too-long = `zim: description: { $lang }:` is { $length } characters long; Kiwix's catalogue shows at most { $max }
zim-description-too-long-hint = shorten it to one plain sentence of at most { $max } characters
zim-no-description = the offline library file for { $language } needs a description: `zim: description:` has none for `{ $lang }` or a language it falls back to
zim-no-description-hint = add a line `{ $lang }: …` under `zim: description:` in site.yaml: one sentence of at most { $max } characters for Kiwix's catalogue
zim-not-iso-639 = the language code `{ $lang }` is not an ISO 639-1 or 639-3 code, which Kiwix files its catalogue by
zim-not-iso-639-hint = use the language's two-letter ISO 639-1 code (`es`) or three-letter ISO 639-3 code (`quc`) in `languages:`
zim-missing-illustration = the offline library files need `zim: illustration:`, a 48×48 PNG in the theme's folder that Kiwix shows beside the title
zim-missing-illustration-hint = draw one, save it in { $folder }/ and name it in site.yaml, for example `zim: {"{"}illustration: zim-illustration.png{"}"}`
zim-illustration-not-found = the illustration site.yaml names (`zim: illustration:`) is not there
zim-illustration-not-found-hint = save a 48×48 PNG as { $file }, or correct the name in site.yaml
zim-illustration-unreadable = cannot read the illustration: { $error }
zim-illustration-unreadable-hint = check that the file can be read
zim-illustration-size = a PNG of { $width }×{ $height } pixels
zim-illustration-not-png = not a PNG
zim-illustration-size-unknown = a PNG whose size cannot be read
zim-illustration-wrong = the illustration for Kiwix must be a PNG of exactly 48×48 pixels; this is { $found }
zim-illustration-wrong-hint = export the drawing again as a 48×48 PNG
zim-cannot-make-out = cannot make the output folder: { $error }
zim-cannot-make-out-hint = check that the folder can be written, or choose another with --out
zim-cannot-copy-illustration = cannot copy the illustration: { $error }
zim-cannot-copy-illustration-hint = check that it can be read and that the site's folder has room
zim-folder-problem = { $what }: { $error }
zim-folder-problem-hint = check that the site's folder is writable and has room, and run faro zim again
# What could not be done, in zim-folder-problem ($what).
zim-folder-cannot-empty = cannot empty this folder
zim-folder-cannot-read-site = cannot read the built site
zim-folder-cannot-make = cannot make
zim-folder-cannot-read = cannot read
zim-folder-cannot-read-page = cannot read this page
zim-folder-cannot-write = cannot write
zim-tool-missing = faro zim writes ZIM files with { $tool }, which cannot be run here: { $error }
zim-tool-missing-hint = install openZIM's tools, which bring { $tool }: `sudo apt-get install zim-tools` on Debian or Ubuntu (elsewhere: https://download.openzim.org/release/zim-tools/); only `faro zim` needs them
zim-tool-cannot-run = cannot run { $tool }: { $error }
zim-tool-cannot-run-hint = install openZIM's tools, which bring { $tool }: `sudo apt-get install zim-tools` on Debian or Ubuntu (elsewhere: https://download.openzim.org/release/zim-tools/); only `faro zim` needs them
zim-tool-failed = { $tool } failed ({ $status }): { $said }
zim-tool-failed-hint = the files it was given are in { $folder }; run faro zim again, and report this problem with its message if it stays
zim-cannot-replace = cannot put the new file in place: { $error }
zim-cannot-replace-hint = check that the output folder is writable
# (end of the po and zim section)
