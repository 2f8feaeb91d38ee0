//! The repository's own site, KIND México's, as the real `faro` binary builds and reports it:
//! the facts about this one site that no general check can know (the numbers KIND México
//! gives, the words its glossary must explain, how far each translation has come).
//!
//! Everything that holds for any site is a rule of `faro check` instead, set in site.yaml's
//! `check:` and run by CI with `faro check --strict`: readability, sentence length, the front
//! matter every page needs, the languages that must have every page and glossary word, sources,
//! reviews that name their reviewer, translations made from the current Spanish.

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::harness::{Faro, repo, run_dir};

/// The repository's site, built once per run into the run's folder.
fn public() -> &'static Path {
    static PUBLIC: OnceLock<PathBuf> = OnceLock::new();
    PUBLIC.get_or_init(|| {
        let public = run_dir().join("repository-site");
        let run = Faro::build(&repo())
            .args([OsStr::new("--out"), public.as_os_str()])
            .run();
        assert_eq!(
            run.code,
            Some(0),
            "the repository's site builds:\n{}",
            run.stderr
        );
        public
    })
}

fn read(rel: &str) -> String {
    fs::read_to_string(public().join(rel)).unwrap_or_else(|e| panic!("public/{rel}: {e}"))
}

/// Every link's address in a page, as written (the minifier may leave it unquoted).
fn hrefs(html: &str) -> Vec<String> {
    let href = regex::Regex::new(r#"href="?([^"\s>]+)"#).unwrap();
    href.captures_iter(html).map(|c| c[1].to_string()).collect()
}

#[test]
fn the_help_numbers_are_the_ones_kind_mexico_gives() {
    // The help block on every page (site.yaml's contacts) and the help page's own text.
    for (page, at_least) in [
        ("es/index.html", 1),
        ("en/index.html", 1),
        ("es/ayuda/index.html", 2),
        ("en/get-help/index.html", 2),
    ] {
        let links = hrefs(&read(page));
        let count = |address: &str| links.iter().filter(|l| *l == address).count();
        assert!(
            count("tel:911") >= 1,
            "{page}: Mexico's emergency number: {links:?}"
        );
        assert!(
            count("tel:+525571001542") >= at_least,
            "{page}: KIND México's phone: {links:?}"
        );
        assert!(
            count("https://wa.me/12029189431") >= at_least,
            "{page}: KIND México's WhatsApp: {links:?}"
        );
        assert!(
            !links.iter().any(|l| l.starts_with("mailto:")),
            "{page}: KIND México's page gives no e-mail address: {links:?}"
        );
    }
}

#[test]
fn the_glossary_explains_the_words_children_meet() {
    let html = read("es/glosario/index.html");
    let entry = regex::Regex::new(r#"<dt id="?([^"\s>]+)"#).unwrap();
    let ids: Vec<String> = entry
        .captures_iter(&html)
        .map(|c| c[1].to_string())
        .collect();
    assert!(ids.len() >= 20, "{ids:?}");
    for word in [
        "asilo",
        "abogado",
        "interes-superior",
        "patrocinador",
        "albergue",
        "detencion",
    ] {
        assert!(
            ids.iter().any(|id| id.starts_with(word)),
            "the glossary explains `{word}`: {ids:?}"
        );
    }
}

#[test]
fn each_language_has_the_pages_its_translators_have_made() {
    let run = Faro::new(["status"]).root(&repo()).run();
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let mut lines = run.stdout.lines();
    let header = lines.next().expect("a header");
    let languages: Vec<&str> = header
        .split_whitespace()
        .skip_while(|w| *w != "review")
        .skip(1)
        .collect();
    assert_eq!(languages, ["es", "en", "fr", "ht", "pt", "quc", "mam"]);
    // Page id → its state in each language (the last columns; the legal review may be words).
    let rows: BTreeMap<&str, BTreeMap<&str, &str>> = lines
        .take_while(|l| !l.trim().is_empty())
        .map(|l| {
            let words: Vec<&str> = l.split_whitespace().collect();
            let states = &words[words.len() - languages.len()..];
            (
                words[0],
                languages
                    .iter()
                    .copied()
                    .zip(states.iter().copied())
                    .collect(),
            )
        })
        .collect();
    let in_state = |lang: &str, state: &str| -> BTreeSet<&str> {
        rows.iter()
            .filter(|(_, states)| states[lang] == state)
            .map(|(id, _)| *id)
            .collect()
    };

    for page in [
        "que-decir.md",
        "quien-es-quien.md",
        "asilo.md",
        "updates/_index.md",
    ] {
        assert_eq!(
            rows.get(page).map(|s| s["es"]),
            Some("source"),
            "{page} is written"
        );
    }
    assert!(
        rows.keys()
            .any(|id| id.starts_with("updates/") && *id != "updates/_index.md"),
        "at least one dated update"
    );
    // French, Haitian Creole and Portuguese: every page, made through the PO round trip from
    // the current Spanish, and not yet reviewed by a person.
    for lang in ["fr", "ht", "pt"] {
        assert_eq!(
            in_state(lang, "draft").len(),
            rows.len(),
            "{lang}: a draft of every page"
        );
    }
    // K'iche' and Mam are declared, so their addresses exist, but have no page until a person
    // translates one.
    for lang in ["quc", "mam"] {
        assert_eq!(in_state(lang, "fallback").len(), rows.len(), "{lang}");
    }
}

#[test]
fn portuguese_pages_say_they_are_brazilian_at_their_own_addresses() {
    let home = read("pt/index.html");
    assert!(home.contains("<html dir=ltr lang=pt-BR>"), "pt home page");
    assert!(home.contains("você"), "written with você");
    assert!(
        read("fr/index.html").contains("hreflang=pt-BR"),
        "other languages point to it as pt-BR"
    );
    assert!(public().join("pt/pedir-refugio/index.html").exists());
}
