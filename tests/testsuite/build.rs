//! `faro build` on working fixture sites (tests/fixtures/), through the real binary: what a
//! reader would notice — the pages exist, every link goes somewhere, the language is right, the
//! notices are in the reader's language — and what a writer relies on: the same input gives the
//! same output, and a failed build leaves the published site alone.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::harness::{Faro, Run, all_files, fixture, fixture_cold, snapshot};
use regex::Regex;

fn build(site: &Path, args: &[&str]) -> Run {
    Faro::build(site).args(args).run()
}

fn build_ok(site: &Path) {
    let run = build(site, &[]);
    assert_eq!(run.code, Some(0), "build failed:\n{}", run.stderr);
}

fn read(site: &Path, rel: &str) -> String {
    fs::read_to_string(site.join("public").join(rel))
        .unwrap_or_else(|e| panic!("public/{rel}: {e}"))
}

fn html_files(root: &Path) -> Vec<PathBuf> {
    all_files(root)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect()
}

/// href and src values, quoted or not (minified HTML drops quotes where it can).
fn links(html: &str) -> Vec<String> {
    let re = Regex::new(r#"(?:href|src)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))"#).unwrap();
    re.captures_iter(html)
        .map(|c| {
            c.get(1)
                .or(c.get(2))
                .or(c.get(3))
                .unwrap()
                .as_str()
                .replace("&amp;", "&")
        })
        .collect()
}

fn ids(html: &str) -> Vec<String> {
    let re = Regex::new(r#"\sid=(?:"([^"]*)"|([^\s>]+))"#).unwrap();
    re.captures_iter(html)
        .map(|c| c.get(1).or(c.get(2)).unwrap().as_str().to_string())
        .collect()
}

fn attr(html: &str, tag: &str, name: &str) -> Option<String> {
    let re = Regex::new(&format!(r#"<{tag}\b[^>]*\s{name}=(?:"([^"]*)"|([^\s>]+))"#)).unwrap();
    re.captures(html)
        .map(|c| c.get(1).or(c.get(2)).unwrap().as_str().to_string())
}

fn is_external(link: &str) -> bool {
    ["http:", "https:", "tel:", "mailto:", "sms:", "data:"]
        .iter()
        .any(|s| link.starts_with(s))
}

/// Every relative link in every page leads to a file, and every #fragment to an id in it.
fn assert_links_resolve(public: &Path) {
    let mut broken = Vec::new();
    for file in html_files(public) {
        let html = fs::read_to_string(&file).unwrap();
        for link in links(&html) {
            if is_external(&link) {
                continue;
            }
            // A server shows a 404 page at any address, so its links start from the root;
            // every other page links relatively.
            let not_found = file.file_name().is_some_and(|n| n == "404.html");
            assert!(
                not_found || !link.starts_with('/'),
                "{}: `{link}` is not relative",
                file.display()
            );
            let (path, fragment) = link.split_once('#').unwrap_or((&link, ""));
            let target = if path.is_empty() {
                file.clone()
            } else if let Some(from_root) = path.strip_prefix('/').filter(|_| not_found) {
                public.join(from_root)
            } else {
                file.parent().unwrap().join(path)
            };
            match fs::read_to_string(&target) {
                Err(_) if !target.exists() => broken.push(format!("{}: {link}", file.display())),
                Ok(target_html)
                    if !fragment.is_empty()
                        && !ids(&target_html).iter().any(|id| id == fragment) =>
                {
                    broken.push(format!("{}: {link} (no id `{fragment}`)", file.display()))
                }
                _ => {}
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn every_page_is_built_in_every_language() {
    let site = fixture("multilingual");
    let run = build(site.path(), &[]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    // 6 pages (drafts left out) × 4 languages.
    assert!(
        run.stdout.starts_with("Built 24 pages in 4 languages in "),
        "summary: {}",
        run.stdout
    );
    assert!(
        run.stderr.is_empty(),
        "a clean build prints nothing else: {}",
        run.stderr
    );
    for rel in [
        "index.html",
        "es/index.html",
        "es/ayuda/index.html",
        "es/derechos/index.html",
        "es/derechos/asilo/index.html",
        "es/solo/index.html",
        "en/get-help/index.html",
        "en/your-rights/index.html",
        // Not translated into English: the Spanish page at the English address, under the
        // English section's slug.
        "en/your-rights/asilo/index.html",
        // No K'iche' folder at all: every page from Spanish.
        "quc/index.html",
        "quc/derechos/asilo/index.html",
        // The image beside the Spanish page.
        "es/mapa.svg",
    ] {
        assert!(
            site.path().join("public").join(rel).is_file(),
            "public/{rel} is missing"
        );
    }
    assert!(
        !site.path().join("public/es/borrador").exists(),
        "a draft was published"
    );
}

#[test]
fn pages_saved_with_a_bom_and_crlf_line_ends_build() {
    let site = fixture("multilingual");
    let raw = fs::read(site.path().join("content/es/windows.md")).unwrap();
    assert!(
        raw.starts_with(b"\xef\xbb\xbf---\r\n"),
        "the fixture keeps its BOM and CRLF"
    );
    build_ok(site.path());
    let html = read(site.path(), "es/windows/index.html");
    assert!(html.contains("<h1>Windows</h1>"), "{html}");
    assert!(html.contains("Escrito en Windows, con BOM y CRLF."));
}

#[test]
fn drafts_are_built_with_the_drafts_flag() {
    let site = fixture("multilingual");
    let run = build(site.path(), &["--drafts"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(site.path().join("public/es/borrador/index.html").is_file());
}

#[test]
fn every_internal_link_resolves() {
    for name in ["multilingual", "rtl"] {
        let site = fixture(name);
        build_ok(site.path());
        assert_links_resolve(&site.path().join("public"));
    }
}

#[test]
fn links_to_md_files_point_to_the_page_in_the_readers_language() {
    let site = fixture("multilingual");
    build_ok(site.path());
    // The Spanish text of the asylum page, read in English, links to the English help page.
    let html = read(site.path(), "en/your-rights/asilo/index.html");
    assert!(
        links(&html).contains(&"../../get-help/index.html".to_string()),
        "{:?}",
        links(&html)
    );
    // And the same text read in Spanish links to the Spanish page.
    let html = read(site.path(), "es/derechos/asilo/index.html");
    assert!(links(&html).contains(&"../../ayuda/index.html".to_string()));
}

#[test]
fn html_lang_dir_and_hreflang_are_right() {
    let site = fixture("multilingual");
    build_ok(site.path());
    let html = read(site.path(), "en/your-rights/asilo/index.html");
    assert_eq!(attr(&html, "html", "lang").as_deref(), Some("en"));
    assert_eq!(attr(&html, "html", "dir").as_deref(), Some("ltr"));
    // The text is Spanish, and says so.
    assert_eq!(attr(&html, "article", "lang").as_deref(), Some("es"));
    let re = Regex::new(r#"<link href=([^ >]+) hreflang=([\w-]+)"#).unwrap();
    // Search engines take alternates only as full addresses: none until base_url is set.
    assert!(!re.is_match(&html), "{html}");
    let yaml = site.path().join("site.yaml");
    let config = fs::read_to_string(&yaml).unwrap();
    fs::write(&yaml, format!("base_url: https://example.org/\n{config}")).unwrap();
    build_ok(site.path());
    let with_address = read(site.path(), "en/your-rights/asilo/index.html");
    let mut langs: Vec<(&str, &str)> = re
        .captures_iter(&with_address)
        .map(|c| (c.get(2).unwrap().as_str(), c.get(1).unwrap().as_str()))
        .collect();
    langs.sort();
    assert_eq!(
        langs,
        [
            ("en", "https://example.org/en/your-rights/asilo/"),
            ("es", "https://example.org/es/derechos/asilo/"),
            ("fr", "https://example.org/fr/your-rights/asilo/"),
            ("quc", "https://example.org/quc/derechos/asilo/"),
            ("x-default", "https://example.org/")
        ]
    );
    // The switcher names each language in itself, marked with its own lang.
    assert!(html.contains("lang=fr>Français</a>"), "{html}");
    assert!(html.contains("lang=quc>K'iche'</a>"));

    // K'iche' has no interface strings: the page says it is in Spanish, the language all of it
    // is shown in.
    let html = read(site.path(), "quc/index.html");
    assert_eq!(attr(&html, "html", "lang").as_deref(), Some("es"));
}

#[test]
fn fallback_notice_is_in_the_readers_language() {
    let site = fixture("multilingual");
    build_ok(site.path());
    let english = read(site.path(), "en/your-rights/asilo/index.html");
    assert!(
        english.contains("This page is not in your language yet. Here it is in Spanish."),
        "{english}"
    );
    // French falls back to English first: the section has the English slug, the page Spanish text.
    let french = read(site.path(), "fr/your-rights/asilo/index.html");
    assert!(
        french.contains("Cette page n'est pas encore dans ta langue. La voici en espagnol."),
        "{french}"
    );
    // The source language never shows the notice.
    let spanish = read(site.path(), "es/derechos/asilo/index.html");
    assert!(!spanish.contains("todavía no está en tu idioma"));
}

#[test]
fn draft_and_stale_translations_say_so() {
    let site = fixture("multilingual");
    build_ok(site.path());
    let draft = read(site.path(), "fr/index.html");
    assert!(
        draft.contains("Aucune personne n'a encore vérifié cette traduction."),
        "{draft}"
    );
    assert!(draft.contains("Lire en espagnol"));
    let stale = read(site.path(), "en/get-help/index.html");
    assert!(
        stale.contains("The Spanish text changed after this translation was made."),
        "{stale}"
    );
    let reviewed = read(site.path(), "en/index.html");
    assert!(!reviewed.contains("No person has checked this translation"));
    assert!(!reviewed.contains("changed after this translation"));
}

#[test]
fn interface_strings_fall_back_along_the_chain() {
    let site = fixture("multilingual");
    build_ok(site.path());
    // fr.ftl has key-points but no help-title: that comes from en (fr falls back to en, es).
    let html = read(site.path(), "fr/index.html");
    assert!(html.contains("L'essentiel"));
    assert!(html.contains("Do you need help?"));
}

#[test]
fn headings_get_stable_unique_ids() {
    let site = fixture("multilingual");
    build_ok(site.path());
    let html = read(site.path(), "es/ayuda/index.html");
    let ids = ids(&html);
    assert!(ids.contains(&"como-llamar".to_string()));
    assert!(
        ids.contains(&"como-llamar-1".to_string()),
        "a repeated heading gets a new id: {ids:?}"
    );
    assert!(ids.contains(&"propio".to_string()), "{{#id}} wins: {ids:?}");
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "ids repeat: {ids:?}");
}

#[test]
fn help_block_uses_the_contacts_from_site_yaml() {
    let site = fixture("multilingual");
    build_ok(site.path());
    let html = read(site.path(), "es/derechos/index.html");
    assert!(html.contains("href=tel:+525571001542"), "{html}");
    assert!(html.contains("href=https://wa.me/12029189431"));
    assert!(
        !html.contains("mailto:"),
        "an empty e-mail setting shows nothing"
    );
}

#[test]
fn language_chooser_is_static() {
    let site = fixture("multilingual");
    build_ok(site.path());
    let html = read(site.path(), "index.html");
    assert!(!html.contains("<script"), "no JavaScript");
    assert!(!html.contains("http-equiv=refresh"), "no redirect");
    for (href, name) in [
        ("es/index.html", "Español"),
        ("en/index.html", "English"),
        ("quc/index.html", "K'iche'"),
    ] {
        assert!(
            html.contains(&format!("href={href}")),
            "{href} missing in {html}"
        );
        assert!(html.contains(name));
    }
}

#[test]
fn right_to_left_languages_get_dir_rtl() {
    let site = fixture("rtl");
    build_ok(site.path());
    let html = read(site.path(), "ar/huquq/index.html");
    assert_eq!(attr(&html, "html", "lang").as_deref(), Some("ar"));
    assert_eq!(attr(&html, "html", "dir").as_deref(), Some("rtl"));
    assert!(html.contains("هل تحتاج إلى مساعدة؟"));
    // The English switcher entry stays left-to-right inside the right-to-left page.
    assert!(
        html.contains("dir=ltr href=../../en/huquq/index.html hreflang=en lang=en>English"),
        "{html}"
    );
    // A phone number reads left to right, or its groups of digits come out in reverse order.
    assert!(
        html.contains("<span class=number dir=ltr>+52 55 7100 1542</span>"),
        "{html}"
    );
    // The Arabic text shown to an English reader keeps its direction.
    let html = read(site.path(), "en/huquq/index.html");
    assert_eq!(attr(&html, "html", "dir").as_deref(), Some("ltr"));
    assert_eq!(attr(&html, "article", "dir").as_deref(), Some("rtl"));
    assert_eq!(attr(&html, "article", "lang").as_deref(), Some("ar"));
}

#[test]
fn two_builds_are_byte_identical() {
    // From empty caches: the first build makes every page and compressed file, the second
    // takes them from what the first left; both must give the same bytes.
    let site = fixture_cold("multilingual");
    let run = build(site.path(), &["--out", "first"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let run = build(site.path(), &["--out", "second"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let (a, b) = (
        snapshot(&site.path().join("first")),
        snapshot(&site.path().join("second")),
    );
    assert!(a.len() > 20);
    assert_eq!(a, b);
}

/// A symbolic link that stays inside the site's folder is a file or folder like any other: a
/// page, an image, a folder of files, a static file of the theme and interface strings kept
/// in a shared folder of the site and linked from where faro looks for them.
#[test]
fn links_that_stay_inside_the_site_are_followed() {
    use std::os::unix::fs::symlink;
    let site = fixture("multilingual");
    let root = site.path();
    let shared = root.join("shared");
    fs::create_dir_all(shared.join("docs")).unwrap();
    fs::write(shared.join("docs/guia.pdf"), b"%PDF-1.4 a small guide").unwrap();
    fs::write(shared.join("extra.txt"), "shared by the theme\n").unwrap();
    for (from, to) in [
        ("content/es/mapa.svg", "shared/mapa.svg"),
        ("content/es/solo.md", "shared/solo.md"),
        ("translations/fr.ftl", "shared/fr.ftl"),
    ] {
        fs::rename(root.join(from), root.join(to)).unwrap();
    }
    symlink("../../shared/mapa.svg", root.join("content/es/mapa.svg")).unwrap();
    symlink("../../shared/solo.md", root.join("content/es/solo.md")).unwrap();
    symlink("../../shared/docs", root.join("content/es/docs")).unwrap();
    symlink("../shared/fr.ftl", root.join("translations/fr.ftl")).unwrap();
    symlink(
        "../../../shared/extra.txt",
        root.join("themes/default/static/extra.txt"),
    )
    .unwrap();

    let run = build(root, &[]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    let public = root.join("public");
    assert_eq!(
        fs::read(public.join("es/mapa.svg")).unwrap(),
        fs::read(shared.join("mapa.svg")).unwrap()
    );
    assert_eq!(
        fs::read(public.join("es/docs/guia.pdf")).unwrap(),
        b"%PDF-1.4 a small guide"
    );
    assert_eq!(
        read(root, "extra.txt"),
        "shared by the theme\n",
        "the theme's static file"
    );
    assert!(read(root, "es/solo/index.html").contains("<html"));
    // The French interface strings (its title for the key points) were read through the link.
    let french = read(root, "fr/index.html");
    assert!(french.contains("L'essentiel"), "{french}");
}

#[test]
fn a_failed_build_leaves_the_previous_site_as_it_was() {
    let site = fixture("multilingual");
    build_ok(site.path());
    let before: BTreeMap<_, _> = snapshot(&site.path().join("public"));
    fs::write(
        site.path().join("content/es/ayuda.md"),
        "---\ntitle: [unclosed\n---\n",
    )
    .unwrap();
    let run = build(site.path(), &[]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.contains("content/es/ayuda.md:2"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("previous site was left as it was"));
    assert_eq!(snapshot(&site.path().join("public")), before);
    // No staging folder is left behind either.
    let leftovers: Vec<_> = fs::read_dir(site.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with(".public.faro-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_rebuild_replaces_the_site_and_drops_removed_pages() {
    let site = fixture("multilingual");
    build_ok(site.path());
    fs::remove_file(site.path().join("content/es/solo.md")).unwrap();
    build_ok(site.path());
    // Its address keeps working, as a page that sends the reader home (tests/testsuite/
    // addresses.rs), but its text is no longer published.
    let old = fs::read_to_string(site.path().join("public/es/solo/index.html")).unwrap();
    assert!(old.contains("url=../index.html#gone"), "{old}");
    assert!(
        !old.contains("Esta página solo existe en español"),
        "a removed page stays published"
    );
    assert!(site.path().join("public/es/ayuda/index.html").is_file());
}

#[test]
fn every_error_in_a_run_is_reported() {
    let site = fixture("multilingual");
    fs::write(
        site.path().join("content/es/ayuda.md"),
        "---\ntitle: Ayuda\ncolor: red\n---\n",
    )
    .unwrap();
    fs::write(
        site.path().join("content/es/solo.md"),
        "---\ntitle: Solo\n---\n[x](nada.md)\n",
    )
    .unwrap();
    let run = build(site.path(), &[]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr
            .contains("error: content/es/ayuda.md:3:1: unknown field `color`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("error: content/es/solo.md:4:1: the link `nada.md`"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("Build failed with 2 errors"));
}

#[test]
fn version_and_help() {
    let run = Faro::new(["--version"]).run();
    assert!(run.stdout.starts_with("faro "));
    let help = Faro::new(["build", "--help"]).run().stdout;
    assert!(help.contains("--root") && help.contains("--out") && help.contains("--drafts"));
}

/// How many pages a build took as the last build made them, from `--timings`.
fn pages_not_rendered(run: &Run) -> usize {
    let re = Regex::new(r"pages: (\d+) of \d+ as the last build made them").unwrap();
    let found = re
        .captures(&run.stderr)
        .unwrap_or_else(|| panic!("no page count in:\n{}", run.stderr));
    found[1].parse().unwrap()
}

/// A whole build takes a page whose inputs did not change from the last build without
/// rendering it. After each kind of change a writer makes, that build's output is byte for
/// byte what a build that renders every page makes, so nothing the change touches is left
/// as it was.
#[test]
fn a_rebuild_renders_again_exactly_what_a_change_touches() {
    let site = fixture("multilingual");
    let root = site.path();
    let rendered_list = root.join(".faro-cache/pages/rendered");
    let edit = |rel: &str, from: &str, to: &str| {
        let path = root.join(rel);
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{rel} holds {from:?}");
        fs::write(&path, text.replacen(from, to, 1)).unwrap();
    };
    build_ok(root);
    let first = build(root, &["--timings"]);
    assert_eq!(first.code, Some(0), "{}", first.stderr);
    let total = Regex::new(r"Built (\d+) pages")
        .unwrap()
        .captures(&first.stdout)
        .unwrap()[1]
        .parse::<usize>()
        .unwrap();
    assert!(
        pages_not_rendered(&first) >= total - 3,
        "an unchanged site is hardly rendered again:\n{}",
        first.stderr
    );

    type Change<'a> = (&'a str, Box<dyn Fn() + 'a>);
    let changes: Vec<Change> = vec![
        ("nothing", Box::new(|| {})),
        (
            "a sentence of a Spanish page with a translation",
            Box::new(|| {
                edit(
                    "content/es/ayuda.md",
                    "Llama o escribe.",
                    "Llama o escribe hoy.",
                )
            }),
        ),
        (
            "the title of a page in every menu",
            Box::new(|| {
                edit(
                    "content/es/derechos/asilo.md",
                    "title: El asilo",
                    "title: Pedir asilo",
                )
            }),
        ),
        (
            "a translation reviewed",
            Box::new(|| edit("content/en/ayuda.md", "reviewed: true", "reviewed: false")),
        ),
        (
            "an interface string",
            Box::new(|| {
                edit(
                    "translations/es.ftl",
                    "menu = Temas",
                    "menu = Lo que puedes leer",
                )
            }),
        ),
        (
            "a template",
            Box::new(|| {
                edit(
                    "themes/default/templates/base.html",
                    "<main id=\"main\">",
                    "<main id=\"main\" data-edited>",
                )
            }),
        ),
        (
            "an image beside the pages",
            Box::new(|| {
                edit(
                    "content/es/mapa.svg",
                    "width=\"20\" height=\"10\"><rect",
                    "width=\"40\" height=\"10\"><rect",
                )
            }),
        ),
        (
            "site.yaml",
            Box::new(|| edit("site.yaml", "es: Sitio de prueba", "es: Sitio de pruebas")),
        ),
    ];
    for (what, change) in changes {
        change();
        let taken = build(root, &["--timings"]);
        assert_eq!(taken.code, Some(0), "{what}: {}", taken.stderr);
        let with_pages_taken = snapshot(&root.join("public"));
        // The same site again, every page rendered: without the list of what the last build
        // rendered from which inputs.
        fs::remove_file(&rendered_list).unwrap();
        let rendered = build(root, &["--timings"]);
        assert_eq!(rendered.code, Some(0), "{what}: {}", rendered.stderr);
        assert_eq!(pages_not_rendered(&rendered), 0, "{what}");
        let every_page_rendered = snapshot(&root.join("public"));
        let differ: Vec<_> = every_page_rendered
            .iter()
            .filter(|&(path, entry)| with_pages_taken.get(path) != Some(entry))
            .map(|(path, _)| path.display().to_string())
            .chain(
                with_pages_taken
                    .keys()
                    .filter(|path| !every_page_rendered.contains_key(*path))
                    .map(|path| path.display().to_string()),
            )
            .collect();
        assert!(
            differ.is_empty(),
            "after changing {what}, pages taken from the last build differ from pages rendered: {differ:?}"
        );
    }
}
