//! The repository's own site: what the content promises children, families and shelter staff.
//! Plain language measured per page, every page complete, translations honest about their state,
//! and the help numbers exactly as KIND México gives them.
//!
//! `cargo test --test testsuite site_content:: -- --nocapture` prints the readability figures per page.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use faro::check::readability::{self, median};
use faro::diagnostics::Diagnostics;
use faro::load::{self, Sources};

const SENTENCE_LIMIT: usize = 25;

fn site() -> Sources {
    let mut diags = Diagnostics::new();
    let sources = load::load(Path::new(env!("CARGO_MANIFEST_DIR")), false, &mut diags);
    assert!(
        diags.is_empty(),
        "the site loads cleanly: {:?}",
        diags.into_sorted()
    );
    sources.expect("the site loads")
}

fn pages_in<'a>(
    sources: &'a Sources,
    lang: &str,
) -> BTreeMap<&'a str, &'a load::content::SourcePage> {
    sources
        .content
        .pages
        .iter()
        .filter(|p| p.lang == lang)
        .map(|p| (p.id.as_str(), p))
        .collect()
}

#[test]
fn spanish_and_english_read_easily() {
    let sources = site();
    // (language, lowest score allowed on a page, lowest median)
    for (lang, floor, median_floor) in [("es", 80.0, 80.0), ("en", 80.0, 80.0)] {
        let mut scores = Vec::new();
        let mut problems = Vec::new();
        println!("{lang}: page, score, words/sentence, longest sentence");
        for (id, page) in pages_in(&sources, lang) {
            let r = readability::measure(page, SENTENCE_LIMIT);
            let score = r.score.expect("es and en have formulas");
            println!(
                "  {id:<24} {score:6.1} {:5.1} {:3}",
                r.words_per_sentence, r.longest_sentence
            );
            if score < floor {
                problems.push(format!(
                    "{}: {} {score:.1} < {floor}",
                    page.file.display(),
                    r.formula.unwrap().name()
                ));
            }
            scores.push(score);
        }
        let median = median(&mut scores).unwrap();
        println!("  median {median:.1}");
        assert!(problems.is_empty(), "{problems:?}");
        assert!(
            median >= median_floor,
            "{lang}: median {median:.1} < {median_floor}"
        );
    }
}

#[test]
fn no_sentence_is_over_25_words_in_any_language() {
    let sources = site();
    let mut long = Vec::new();
    for page in &sources.content.pages {
        for s in readability::measure(page, SENTENCE_LIMIT).long_sentences {
            long.push(format!(
                "{}:{} ({} words) {}",
                page.file.display(),
                s.line,
                s.words,
                s.text
            ));
        }
    }
    assert!(
        long.is_empty(),
        "sentences over {SENTENCE_LIMIT} words:\n{}",
        long.join("\n")
    );
}

#[test]
fn every_page_has_what_a_reader_and_a_printer_need() {
    let sources = site();
    let mut missing = Vec::new();
    for page in &sources.content.pages {
        let f = &page.front;
        let file = page.file.display();
        if f.description.as_deref().unwrap_or("").trim().is_empty() {
            missing.push(format!("{file}: description"));
        }
        if f.summary.is_empty() {
            missing.push(format!("{file}: summary (key points)"));
        }
        if f.updated.is_none() {
            missing.push(format!("{file}: updated date"));
        }
        // Updates are ordered by their date.
        if f.order.is_none() && f.date.is_none() {
            missing.push(format!("{file}: order"));
        }
        if page.lang == "es" && f.sources.is_none() {
            missing.push(format!("{file}: sources"));
        }
    }
    assert!(
        missing.is_empty(),
        "missing front matter:\n{}",
        missing.join("\n")
    );
}

#[test]
fn spanish_and_english_have_every_page_and_a_review_names_its_reviewer() {
    let sources = site();
    let spanish: BTreeSet<_> = pages_in(&sources, "es").into_keys().collect();
    let english = pages_in(&sources, "en");
    assert_eq!(
        spanish,
        english.keys().copied().collect::<BTreeSet<_>>(),
        "English has the same pages as Spanish"
    );
    for page in [
        "que-decir.md",
        "quien-es-quien.md",
        "asilo.md",
        "updates/_index.md",
    ] {
        assert!(spanish.contains(page), "{page} is written");
    }
    assert!(
        spanish
            .iter()
            .any(|p| p.starts_with("updates/") && *p != "updates/_index.md"),
        "at least one dated update"
    );
    let es = pages_in(&sources, "es");
    for (id, page) in english {
        let t = page
            .front
            .translation
            .as_ref()
            .unwrap_or_else(|| panic!("{id}: no translation block"));
        assert!(
            !t.reviewed || t.is_reviewed(),
            "{id}: English says it was reviewed only with the reviewer's name"
        );
        assert_eq!(
            t.source_version.as_deref(),
            Some(es[id].version.as_str()),
            "{id}: made from the current Spanish"
        );
    }
}

#[test]
fn french_creole_and_portuguese_are_current_drafts_of_the_core_pages() {
    let sources = site();
    let es = pages_in(&sources, "es");
    let core: BTreeSet<&str> = [
        "_index.md",
        "derechos.md",
        "interes-superior.md",
        "abogado.md",
        "ayuda.md",
    ]
    .into();
    for lang in ["fr", "ht", "pt"] {
        let pages = pages_in(&sources, lang);
        assert_eq!(
            pages.keys().copied().collect::<BTreeSet<_>>(),
            core,
            "{lang}: pages 1, 2, 3, 6 and 11"
        );
        for (id, page) in pages {
            let t = page
                .front
                .translation
                .as_ref()
                .unwrap_or_else(|| panic!("{lang}/{id}: no translation block"));
            assert!(
                !t.reviewed,
                "{lang}/{id}: no person has reviewed it, so it must say so"
            );
            assert_eq!(
                t.source_version.as_deref(),
                Some(es[id].version.as_str()),
                "{lang}/{id}: records its source version"
            );
        }
        assert!(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(format!("translations/{lang}.ftl"))
                .is_file()
        );
    }
}

#[test]
fn kiche_and_mam_have_no_invented_translation() {
    let sources = site();
    for lang in ["quc", "mam"] {
        assert!(
            pages_in(&sources, lang).is_empty(),
            "{lang}: no pages until a person translates them"
        );
        assert!(
            sources.config.language(lang).is_some(),
            "{lang} is declared, so its URLs exist"
        );
    }
}

#[test]
fn help_numbers_are_the_ones_kind_mexico_gives() {
    let sources = site();
    let contacts = &sources.config.site.contacts;
    assert_eq!(
        contacts.emergency.as_deref(),
        Some("911"),
        "Mexico's emergency number"
    );
    assert_eq!(contacts.phone.as_deref(), Some("+52 55 7100 1542"));
    assert_eq!(contacts.whatsapp.as_deref(), Some("+1 202 918 9431"));
    assert_eq!(
        contacts.email.as_deref().unwrap_or(""),
        "",
        "the source gives no e-mail address"
    );
    for lang in ["es", "en"] {
        let help = pages_in(&sources, lang)["ayuda.md"];
        assert!(
            help.body.contains("tel:+525571001542"),
            "{lang}: phone link on the help page"
        );
        assert!(
            help.body.contains("https://wa.me/12029189431"),
            "{lang}: WhatsApp link on the help page"
        );
    }
}

#[test]
fn glossary_has_the_same_words_in_spanish_and_english() {
    let sources = site();
    let ids = |lang| -> BTreeSet<String> {
        pages_in(&sources, lang)["glosario.md"]
            .front
            .terms
            .iter()
            .map(|t| t.id.clone())
            .collect()
    };
    let (es, en) = (ids("es"), ids("en"));
    assert!(es.len() >= 20, "{es:?}");
    assert_eq!(es, en);
    for word in [
        "asilo",
        "abogado",
        "interes-superior",
        "patrocinador",
        "albergue",
        "detencion",
    ] {
        assert!(
            es.iter().any(|id| id.starts_with(word)),
            "the glossary explains `{word}`: {es:?}"
        );
    }
}
