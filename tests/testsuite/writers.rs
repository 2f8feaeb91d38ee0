//! The writers' commands: `faro status` (the translation matrix), `faro new` (a page or a
//! translation started with its front matter, never overwriting) and `faro check`.

use std::fs;
use std::path::Path;

use crate::harness::{Faro, fixture, fixture_cold};

fn site() -> tempfile::TempDir {
    fixture("multilingual")
}

/// `faro <args> --root <site>`: its exit code (-1 when killed by a signal), stdout and stderr.
fn faro(site: &Path, args: &[&str]) -> (i32, String, String) {
    let run = Faro::new(args).root(site).run();
    (run.code.unwrap_or(-1), run.stdout, run.stderr)
}

#[test]
fn status_shows_each_page_in_each_language() {
    let site = site();
    let report = site.path().join("status.html");
    let (code, out, err) = faro(site.path(), &["status", "--html", report.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let row = |id: &str| {
        out.lines()
            .find(|l| l.starts_with(id))
            .unwrap_or_else(|| panic!("no row {id} in {out}"))
            .split_whitespace()
            .skip(1)
            .collect::<Vec<_>>()
    };
    // The legal review (none in this fixture), then languages in site order: es, en, fr, quc.
    assert_eq!(
        row("ayuda.md"),
        ["none", "source", "stale", "fallback", "fallback"]
    );
    assert_eq!(
        row("_index.md"),
        ["none", "source", "current", "draft", "fallback"]
    );
    assert_eq!(
        row("derechos/asilo.md"),
        ["none", "source", "fallback", "fallback", "fallback"]
    );
    assert!(out.contains("quc: 7 fallback (100%)"), "{out}");
    let html = fs::read_to_string(&report).unwrap();
    assert!(html.contains("<td class=stale>stale"));
    assert!(
        !site.path().join("public").exists(),
        "status writes no site"
    );
}

#[test]
fn new_starts_a_translation_from_the_current_source_and_never_overwrites() {
    let site = site();
    let (code, out, err) = faro(site.path(), &["new", "en", "derechos/asilo.md"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("content/en/derechos/asilo.md"));
    let page = fs::read_to_string(site.path().join("content/en/derechos/asilo.md")).unwrap();
    assert!(page.contains("title: El asilo"), "{page}");
    assert!(page.contains("draft: true"));
    assert!(page.contains("  reviewed: false"));
    // The version recorded is the Spanish page's current one: status calls it a draft, not stale.
    let (_, status, _) = faro(site.path(), &["status"]);
    let row = status
        .lines()
        .find(|l| l.starts_with("derechos/asilo.md"))
        .unwrap();
    assert!(row.contains("draft") && !row.contains("stale"), "{row}");
    // Never overwrites, and says so.
    fs::write(site.path().join("content/en/derechos/asilo.md"), "mine").unwrap();
    let (code, _, err) = faro(site.path(), &["new", "en", "derechos/asilo.md"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("error: content/en/derechos/asilo.md: this page already exists"),
        "{err}"
    );
    assert_eq!(
        fs::read_to_string(site.path().join("content/en/derechos/asilo.md")).unwrap(),
        "mine"
    );
}

#[test]
fn a_new_page_is_a_draft_that_does_not_break_the_build() {
    let site = site();
    let (code, _, err) = faro(site.path(), &["new", "es", "nueva"]);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = faro(site.path(), &["build"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("Built 24 pages"),
        "the draft is not published: {out}"
    );
    let (code, _, err) = faro(site.path(), &["new", "de", "nueva"]);
    assert_eq!(code, 1);
    assert!(err.contains("`de` is not a language of this site"), "{err}");
}

#[test]
fn new_dates_the_page_in_the_writers_time_zone() {
    let date_in = |zone: &str| {
        let site = site();
        let out = Faro::new(["new", "es", "nueva"])
            .root(site.path())
            .command()
            .env("TZ", zone)
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        let page = fs::read_to_string(site.path().join("content/es/nueva.md")).unwrap();
        let date = regex::Regex::new(r"\d{4}-\d{2}-\d{2}").unwrap();
        date.find(&page)
            .unwrap_or_else(|| panic!("no date in {page}"))
            .as_str()
            .to_string()
    };
    // 14 hours ahead of UTC and 12 behind: 26 hours apart, so the dates always differ.
    let (east, west) = (date_in("Pacific/Kiritimati"), date_in("Etc/GMT+12"));
    assert!(east > west, "{east} is not after {west}");
}

#[test]
fn check_reports_without_writing_and_strict_fails_on_warnings() {
    // No .faro-cache/ to start with, so that none may appear.
    let site = fixture_cold("multilingual");
    let (code, out, err) = faro(site.path(), &["check"]);
    assert_eq!(code, 0, "warnings alone pass without --strict: {out}{err}");
    // The English help page was made from an older Spanish version.
    assert!(
        err.contains(
            "warning: content/en/ayuda.md:6: the es page changed since this translation was made"
        ),
        "{err}"
    );
    assert!(err.contains("note: content/fr/_index.md:"), "{err}");
    assert!(err.contains("note: content/quc/ayuda.md: not translated into K'iche'; readers get the text in Español"), "{err}");
    assert!(
        !site.path().join("public").exists() && !site.path().join(".faro-cache").exists(),
        "check writes nothing"
    );
    let (code, _, _) = faro(site.path(), &["check", "--strict"]);
    assert_eq!(code, 1);
}

#[test]
fn check_finds_hard_text_long_sentences_old_reviews_and_broken_links() {
    let site = site();
    let long = "Esta es una oración muy larga que sigue y sigue sin parar porque quien la escribió no sabía cuándo poner un punto y seguir con otra idea.";
    let hard = "Consideraciones jurisdiccionales extraterritoriales condicionan procedimientos administrativos.";
    fs::write(
        site.path().join("content/es/solo.md"),
        format!("---\ntitle: Solo\norder: 3\nupdated: 2020-01-15\n---\n{long}\n\n{hard}\n\n[roto](nada.md)\n"),
    )
    .unwrap();
    let (code, out, err) = faro(site.path(), &["check", "--format", "json"]);
    assert_eq!(code, 1, "a broken link is an error");
    let found: serde_json::Value = serde_json::from_str(&out).expect("json");
    let messages: Vec<String> = found
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["file"] == "content/es/solo.md")
        .map(|d| format!("{} {} {}", d["severity"], d["line"], d["message"]))
        .collect();
    let has = |needle: &str| messages.iter().any(|m| m.contains(needle));
    assert!(
        has("\"error\" 10 \"the link `nada.md`"),
        "{messages:?} {err}"
    );
    assert!(
        has("\"warning\" 6 \"a sentence of 27 words"),
        "{messages:?}"
    );
    assert!(
        has("\"warning\" 2 \"the page is hard to read: Fernández-Huerta"),
        "{messages:?}"
    );
    assert!(
        has("\"warning\" 4 \"the page was last checked against its sources on 2020-01-15"),
        "{messages:?}"
    );
}

#[test]
fn check_follows_links_to_parts_of_pages_in_every_language() {
    let site = site();
    // The Spanish heading "¿Cómo llamar?" has the id `como-llamar`; the English page keeps it
    // with `{#como-llamar}`. A heading that does not exist is an error where the link is.
    fs::write(
        site.path().join("content/es/solo.md"),
        "---\ntitle: Solo\norder: 3\nupdated: 2026-11-28\n---\n[bien](ayuda.md#como-llamar)\n\n[mal](ayuda.md#no-existe)\n",
    )
    .unwrap();
    let (code, _, err) = faro(site.path(), &["check"]);
    assert_eq!(code, 1);
    assert!(
        err.contains(
            "error: content/es/solo.md:8:1: the link `ayuda.md#no-existe` points to `#no-existe`"
        ),
        "{err}"
    );
    assert!(!err.contains("#como-llamar`, which"), "{err}");
}

#[test]
fn check_lists_interface_strings_a_language_lacks_or_no_template_uses() {
    let site = site();
    let fr = site.path().join("translations/fr.ftl");
    let text = fs::read_to_string(&fr).unwrap() + "old-key = Plus utilisé\n";
    fs::write(&fr, text).unwrap();
    let (_, _, err) = faro(site.path(), &["check"]);
    assert!(err.contains("warning: translations/fr.ftl: `help-title` is missing (used in themes/default/templates/help.html:3)"), "{err}");
    assert!(err.contains("warning: translations/fr.ftl:"), "{err}");
    assert!(
        err.contains("`old-key` is not used by any template"),
        "{err}"
    );
    assert!(
        err.contains("note: translations/quc.ftl: K'iche' has no interface strings"),
        "{err}"
    );
}

#[test]
fn check_holds_pages_to_their_budget_without_writing() {
    let site = site();
    // About 100 KB of text that does not repeat much: well over 14 KB even with brotli.
    let mut seed = 7u64;
    let mut body = String::new();
    for _ in 0..15_000 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let word: String = (0..(3 + (seed >> 61) as usize))
            .map(|i| (b'a' + ((seed >> (i * 5 % 60)) % 26) as u8) as char)
            .collect();
        body.push_str(&word);
        // Sentences of about ten words, a paragraph each.
        body.push_str(if seed % 11 == 0 { ".\n\n" } else { " " });
    }
    fs::write(
        site.path().join("content/es/solo.md"),
        format!("---\ntitle: Solo\norder: 3\nupdated: 2026-11-28\n---\n{body}\n"),
    )
    .unwrap();
    let (code, _, err) = faro(site.path(), &["check"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("error: content/es/solo.md: the page es/solo/index.html weighs"),
        "{err}"
    );
    assert!(
        err.contains("KB compressed with brotli, over its budget of 14 KB"),
        "{err}"
    );
    assert!(!site.path().join("public").exists());
}

#[test]
fn check_names_hard_words_the_glossary_does_not_explain() {
    let site = site();
    fs::write(
        site.path().join("content/es/glosario.md"),
        "---\ntitle: Palabras\norder: 9\nupdated: 2026-11-28\nhard_words: [asilo, audiencia, tutela]\nterms:\n  - id: asilo\n    term: Asilo\n    definition: Es la protección que da un país.\n---\nAquí ves qué quiere decir cada palabra.\n",
    )
    .unwrap();
    fs::write(
        site.path().join("content/es/solo.md"),
        "---\ntitle: Solo\norder: 3\nupdated: 2026-11-28\n---\nPuedes pedir asilo.\n\nTienes una Audiencia con el juez.\n\nOtra audiencia más.\n",
    )
    .unwrap();
    let (_, _, err) = faro(site.path(), &["check"]);
    assert!(
        err.contains("warning: content/es/solo.md:8: \"audiencia\" is on the glossary's list of hard words, and the glossary does not explain it"),
        "{err}"
    );
    assert!(
        err.contains("add an entry for \"audiencia\" to the `terms` of content/es/glosario.md"),
        "{err}"
    );
    assert_eq!(
        err.matches("\"audiencia\" is on").count(),
        1,
        "once per page: {err}"
    );
    assert!(!err.contains("\"asilo\" is on"), "an explained word: {err}");
    assert!(
        !err.contains("\"tutela\" is on"),
        "a word the page does not use: {err}"
    );
}

#[test]
fn check_follows_the_links_templates_write_and_finds_pages_no_link_reaches() {
    let site = site();
    let templates = site.path().join("themes/default/templates");
    let help = fs::read_to_string(templates.join("help.html")).unwrap();
    fs::write(
        templates.join("help.html"),
        format!("{help}<a href=\"../nada/index.html\">x</a><a href=\"#no-such-id\">y</a>"),
    )
    .unwrap();
    // A third-level page is listed only by its section page; a theme whose section pages do
    // not list their pages leaves it unreachable.
    fs::create_dir_all(site.path().join("content/es/derechos/mas")).unwrap();
    fs::write(
        site.path().join("content/es/derechos/mas/_index.md"),
        "---\ntitle: Más\nupdated: 2026-11-28\n---\nMás cosas.\n",
    )
    .unwrap();
    fs::write(
        site.path().join("content/es/derechos/mas/hondo.md"),
        "---\ntitle: Hondo\nupdated: 2026-11-28\n---\nUna página honda.\n",
    )
    .unwrap();
    let (_, _, err) = faro(site.path(), &["check"]);
    assert!(
        !err.contains("no link on the site leads to /es/derechos/mas/hondo/"),
        "listed by its section: {err}"
    );
    fs::write(
        templates.join("section.html"),
        "{% extends \"page.html\" %}\n",
    )
    .unwrap();

    let (code, _, err) = faro(site.path(), &["check"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("error: themes/default/templates: a link written by a template, `../nada/index.html`, leads to "),
        "{err}"
    );
    assert!(
        err.contains("error: themes/default/templates: a link written by a template, `#no-such-id`, leads to `#no-such-id`, an id / does not have (on "),
        "{err}"
    );
    assert_eq!(
        err.matches("`#no-such-id`, leads").count(),
        1,
        "once per link: {err}"
    );
    assert!(
        err.contains("warning: content/es/derechos/mas/hondo.md:2: no link on the site leads to /es/derechos/mas/hondo/ (Español)"),
        "{err}"
    );
}

#[test]
fn no_command_writes_into_what_people_write() {
    let site = site();
    let written_by_people = |root: &Path| {
        ["content", "themes", "translations", "site.yaml"]
            .iter()
            .map(|p| (p.to_string(), crate::harness::snapshot(&root.join(p))))
            .collect::<Vec<_>>()
    };
    let before = written_by_people(site.path());
    let yaml_before = fs::read(site.path().join("site.yaml")).unwrap();
    for args in [
        vec!["build"],
        vec!["build"],
        vec!["check"],
        vec!["check", "--format", "json"],
        vec!["status"],
    ] {
        let (code, _, err) = faro(site.path(), &args);
        assert!(code == 0 || code == 1, "{args:?}: {err}");
    }
    // A build that fails (a broken page) writes nothing there either.
    let (code, _, _) = faro(site.path(), &["new", "es", "ayuda.md"]);
    assert_eq!(code, 1, "faro new never overwrites");
    assert_eq!(written_by_people(site.path()), before);
    assert_eq!(
        fs::read(site.path().join("site.yaml")).unwrap(),
        yaml_before
    );

    // faro new adds its one file and changes nothing else.
    let (code, _, err) = faro(site.path(), &["new", "es", "nueva.md"]);
    assert_eq!(code, 0, "{err}");
    fs::remove_file(site.path().join("content/es/nueva.md")).unwrap();
    assert_eq!(written_by_people(site.path()), before);
}

#[test]
fn check_asks_every_page_for_the_fields_site_yaml_requires() {
    let site = site();
    let config = site.path().join("site.yaml");
    let text = fs::read_to_string(&config).unwrap();
    fs::write(
        &config,
        text + "check:\n  required: [description, summary, order]\n",
    )
    .unwrap();
    // A field written but left empty is reported at its line; an update is placed by its date.
    fs::write(
        site.path().join("content/es/nuevo.md"),
        "---\ntitle: Nuevo\ndescription: \" \"\ndate: 2026-11-01\nupdated: 2026-11-28\nsummary: []\n---\nTexto.\n",
    )
    .unwrap();
    let (code, out, err) = faro(site.path(), &["check", "--format", "json"]);
    assert_eq!(code, 0, "warnings only: {err}");
    let found: serde_json::Value = serde_json::from_str(&out).expect("json");
    let required: Vec<String> = found
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["message"].as_str().unwrap().contains("`check: required`"))
        .map(|d| {
            assert_eq!(d["severity"], "warning", "{d}");
            assert!(
                d["hint"]
                    .as_str()
                    .unwrap()
                    .contains("between the `---` lines"),
                "{d}"
            );
            format!(
                "{}:{} {}",
                d["file"].as_str().unwrap(),
                d["line"],
                d["message"].as_str().unwrap()
            )
        })
        .collect();
    let has = |needle: &str| required.iter().any(|m| m.starts_with(needle));
    assert!(
        has(
            "content/es/ayuda.md:1 the page has no `description:`, which site.yaml's `check: required` asks of every page"
        ),
        "{required:#?}"
    );
    assert!(
        has("content/en/ayuda.md:1 the page has no `summary:`"),
        "{required:#?}"
    );
    assert!(
        has("content/es/nuevo.md:3 `description:` is empty"),
        "{required:#?}"
    );
    assert!(
        has("content/es/nuevo.md:6 `summary:` is empty"),
        "{required:#?}"
    );
    assert!(
        !has("content/es/ayuda.md:1 the page has no `summary:`"),
        "{required:#?}"
    );
    assert!(
        !has("content/es/nuevo.md:1 the page has no `order:`"),
        "dated: {required:#?}"
    );
    assert!(
        !has("content/es/_index.md"),
        "the home page is in no menu: {required:#?}"
    );
    // Drafts are not published, so not checked.
    assert!(!has("content/es/borrador.md"), "{required:#?}");
}

#[test]
fn check_asks_the_complete_languages_for_every_page_and_every_glossary_word() {
    let site = site();
    let config = site.path().join("site.yaml");
    let text = fs::read_to_string(&config).unwrap();
    fs::write(&config, text + "check:\n  complete: [es, en]\n").unwrap();
    let content = site.path().join("content");
    fs::write(
        content.join("es/glosario.md"),
        "---\ntitle: Palabras\norder: 9\nupdated: 2026-11-28\nterms:\n  - id: asilo\n    term: Asilo\n    definition: Es la protección que da un país.\n  - id: albergue\n    term: Albergue\n    definition: Es una casa donde puedes dormir.\n---\nQué quiere decir cada palabra.\n",
    )
    .unwrap();
    fs::write(
        content.join("en/glosario.md"),
        "---\ntitle: Words\norder: 9\nupdated: 2026-11-28\ntranslation:\n  reviewed: false\nterms:\n  - id: asilo\n    term: Asylum\n    definition: It is the protection a country gives.\n  - id: tutor\n    term: Guardian\n    definition: A person who looks after you.\n---\nWhat each word means.\n",
    )
    .unwrap();
    fs::write(
        content.join("en/only.md"),
        "---\ntitle: Only in English\norder: 8\nupdated: 2026-11-28\n---\nHello.\n",
    )
    .unwrap();
    let (code, _, err) = faro(site.path(), &["check"]);
    assert_eq!(code, 0, "warnings only: {err}");
    assert!(
        err.contains("warning: content/en/solo.md: not translated into English, which site.yaml's `check: complete` asks to have every page; readers get the text in Español\n  hint: translate content/es/solo.md into English; `faro new en solo.md` starts the file"),
        "{err}"
    );
    assert!(
        err.contains("warning: content/es/only.md: not translated into Español, which site.yaml's `check: complete` asks to have every page; readers get the text in English"),
        "{err}"
    );
    // French is not listed: its missing pages stay notes.
    assert!(
        err.contains("note: content/fr/solo.md: not translated into Français"),
        "{err}"
    );
    assert!(
        err.contains("warning: content/en/glosario.md:7: the glossary lacks the word `albergue` (\"Albergue\" in content/es/glosario.md); site.yaml's `check: complete` asks English to have every word of the glossary\n  hint: add it under `terms:`: a line `  - id: albergue`, then `term:` and `definition:` in English, translated from content/es/glosario.md"),
        "{err}"
    );
    assert!(
        err.contains("warning: content/es/glosario.md:5: the glossary lacks the word `tutor` (\"Guardian\" in content/en/glosario.md)"),
        "{err}"
    );
    assert!(!err.contains("the word `asilo`"), "{err}");
    let (code, _, _) = faro(site.path(), &["check", "--strict"]);
    assert_eq!(code, 1);
}

#[test]
fn check_asks_a_translation_for_the_version_of_the_page_it_was_made_from() {
    let site = site();
    fs::write(
        site.path().join("content/en/solo.md"),
        "---\ntitle: Only in Spanish no more\norder: 3\nupdated: 2026-11-28\n---\nHello.\n",
    )
    .unwrap();
    let (code, _, err) = faro(site.path(), &["check"]);
    assert_eq!(code, 0, "warnings only: {err}");
    let version =
        regex::Regex::new(r#"`  source_version: "[0-9a-f]{12}"`, the version of the es page now"#)
            .unwrap();
    // Reviewed, yet faro cannot tell whether the Spanish page changed since.
    let reviewed = err
        .split("warning: ")
        .find(|d| d.starts_with("content/en/_index.md:7: the translation does not say which version of content/es/_index.md it was made from, so faro cannot tell when that page changes"))
        .unwrap_or_else(|| panic!("{err}"));
    assert!(reviewed.contains("hint: compare the two pages; once they say the same, write under `translation:` the line"), "{reviewed}");
    assert!(version.is_match(reviewed), "{reviewed}");
    assert!(
        err.contains("warning: content/fr/_index.md:6: the translation does not say which version"),
        "a draft too: {err}"
    );
    let unmarked = err
        .split("warning: ")
        .find(|d| d.starts_with("content/en/solo.md:1: the translation does not say which version of content/es/solo.md"))
        .unwrap_or_else(|| panic!("{err}"));
    assert!(
        unmarked.contains("write `translation:` and under it the line `  source_version: \""),
        "{unmarked}"
    );
    // A translation that records its version is judged by it: stale, not unmarked.
    assert!(
        !err.contains("content/en/ayuda.md:6: the translation does not say"),
        "{err}"
    );
}

#[test]
fn check_warns_when_a_language_has_pages_but_no_interface_strings() {
    let site = site();
    fs::remove_file(site.path().join("translations/fr.ftl")).unwrap();
    let (code, _, err) = faro(site.path(), &["check"]);
    assert_eq!(code, 0, "warnings only: {err}");
    // French pages would sit in an English frame (French falls back to English first).
    assert!(
        err.contains("warning: translations/fr.ftl: Français has pages of its own but no interface strings: the menus and buttons around those pages are in English\n  hint: translate translations/es.ftl into translations/fr.ftl"),
        "{err}"
    );
    // K'iche' has no pages: its readers read Spanish pages in a Spanish frame.
    assert!(
        err.contains("note: translations/quc.ftl: K'iche' has no interface strings"),
        "{err}"
    );
}

#[test]
fn status_counts_interface_strings_missing_and_changed_in_spanish_since_translated() {
    let site = site();
    let git = |args: &[&str]| crate::harness::git(site.path(), args);
    git(&["init", "-q"]);
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "site"]);
    // The Spanish of one message French translates changes after French was last touched.
    let es = site.path().join("translations/es.ftl");
    let text = fs::read_to_string(&es).unwrap();
    let changed = text.replacen("key-points = ", "key-points = Lo más importante: ", 1);
    assert_ne!(changed, text);
    fs::write(&es, changed).unwrap();
    let (code, out, err) = faro(site.path(), &["status"]);
    assert_eq!(code, 0, "{err}");
    let line = |lang: &str| {
        out.lines()
            .skip_while(|l| !l.starts_with("interface strings"))
            .find(|l| l.starts_with(&format!("{lang}: ")))
            .unwrap_or_else(|| panic!("no {lang} line in {out}"))
            .to_string()
    };
    let fr = line("fr");
    assert!(fr.contains("1 stale (key-points)"), "{fr}");
    assert!(fr.contains(" missing ("), "French has only some keys: {fr}");
    let en = line("en");
    assert!(en.contains("none missing, 1 stale (key-points)"), "{en}");
    assert!(line("quc").starts_with("quc: no file"), "{out}");
}

#[test]
fn check_speaks_spanish_to_the_team_and_gives_each_note_its_code() {
    let site = site();
    let config = site.path().join("site.yaml");
    let text = fs::read_to_string(&config).unwrap();
    fs::write(&config, text + "check:\n  required: [description]\n").unwrap();
    let run = Faro::new(["check"])
        .root(site.path())
        .env("FARO_LANG", "es")
        .run();
    assert_eq!(run.code, Some(0), "warnings only: {}", run.stderr);
    assert!(
        run.stderr.contains(
            "aviso: content/es/ayuda.md:1: la página no tiene `description:`, y `check: required` de site.yaml lo pide en todas las páginas"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("sugerencia: entre las líneas `---` de arriba, escribe `description:`"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("which site.yaml's"), "{}", run.stderr);

    let run = Faro::new(["check", "--format", "json"])
        .root(site.path())
        .env("FARO_LANG", "es")
        .run();
    let found: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let note = found
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["file"] == "content/es/ayuda.md" && d["code"] == "check-required-missing")
        .unwrap_or_else(|| panic!("{found:#}"));
    assert!(
        note["message"]
            .as_str()
            .unwrap()
            .starts_with("la página no tiene `description:`"),
        "{note}"
    );
}
