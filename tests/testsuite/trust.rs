//! What a page tells its reader about how far to trust it, on tests/fixtures/trust/: where its
//! facts come from, when the writer last checked it, who reviewed it (only when someone did);
//! the emergency number first in the help block on every page; and a page kept out of the
//! booklet in every language. Also `faro check` and `faro status` on the same fields.

use std::fs;
use std::path::Path;

use crate::harness::{Faro, all_files, fixture, repo};

fn built() -> tempfile::TempDir {
    let site = fixture("trust");
    let run = Faro::build(site.path()).run();
    assert_eq!(run.code, Some(0), "build failed:\n{}", run.stderr);
    site
}

fn read(site: &Path, rel: &str) -> String {
    fs::read_to_string(site.join("public").join(rel))
        .unwrap_or_else(|e| panic!("public/{rel}: {e}"))
}

fn faro(site: &Path, args: &[&str]) -> (i32, String, String) {
    let run = Faro::new(args).root(site).run();
    (run.code.unwrap_or(-1), run.stdout, run.stderr)
}

#[test]
fn a_page_shows_its_sources_its_updated_date_and_only_a_review_that_happened() {
    let site = built();
    let refugio = read(site.path(), "es/refugio/index.html");
    assert!(refugio.contains("¿De dónde sale esta información?"));
    assert!(
        refugio.contains(
            "Ley sobre Refugiados, Protección Complementaria y Asilo Político</a>, artículo 18."
        ),
        "the law, its article and its address: {refugio}"
    );
    assert!(refugio.contains("Consultado el 20 de noviembre de 2026"));
    assert!(refugio.contains("supportkind.org/what-we-do/international/kind-mexico/"));
    assert!(refugio.contains("Actualizado el 20 de noviembre de 2026"));
    assert!(refugio.contains("Revisado por Ana López el 18 de noviembre de 2026"));

    let otro = read(site.path(), "es/otro-pais/index.html");
    assert!(otro.contains("Actualizado el 10 de enero de 2020"));
    assert!(
        !otro.contains("Revisado"),
        "no review is recorded, so none is shown"
    );

    let home = read(site.path(), "es/index.html");
    assert!(
        !home.contains("¿De dónde sale esta información?"),
        "`sources: none` shows no empty list"
    );
}

#[test]
fn a_translation_shows_the_sources_of_its_page_but_not_its_review() {
    let site = built();
    let english = read(site.path(), "en/refugio/index.html");
    assert!(english.contains("Where does this information come from?"));
    assert!(
        english.contains("artículo 18"),
        "the Spanish page's sources"
    );
    assert!(english.contains("Updated on"));
    assert!(
        !english.contains("Ana López"),
        "the Spanish page's legal review is not the translation's"
    );
    // K'iche' has no text of its own: it shows the Spanish page, with its review.
    let kiche = read(site.path(), "quc/refugio/index.html");
    assert!(kiche.contains("Revisado por Ana López"));
}

#[test]
fn the_help_block_offers_the_emergency_number_first_on_every_page() {
    let site = built();
    let mut pages = 0;
    for file in all_files(&site.path().join("public")) {
        if file.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let html = fs::read_to_string(&file).unwrap();
        let Some(help) = html.find("class=help") else {
            continue;
        };
        pages += 1;
        let help = &html[help..];
        let emergency = help
            .find("href=tel:911")
            .unwrap_or_else(|| panic!("{}: no tap-to-call 911 in the help", file.display()));
        let phone = help.find("href=tel:+525571001542").unwrap();
        assert!(
            emergency < phone,
            "{}: the emergency number comes first",
            file.display()
        );
    }
    assert!(pages >= 12, "help blocks on {pages} pages");
    let english = read(site.path(), "en/index.html");
    assert!(english.contains("Are you in danger now?"));
    assert!(english.contains("Call 911"));
    let spanish = read(site.path(), "es/index.html");
    assert!(spanish.contains("¿Estás en peligro ahora?"));
    assert!(spanish.contains("Llama al 911"));
    assert!(spanish.contains("Es gratis."));
}

#[test]
fn a_page_out_of_the_booklet_is_out_of_every_languages_booklet() {
    let site = built();
    for (booklet, chapter, organisations) in [
        ("es/guia.html", "Pedir refugio", "Para organizaciones"),
        ("en/guide.html", "Asking for refuge", "For organisations"),
        ("quc/guia.html", "Pedir refugio", "Para organizaciones"),
    ] {
        let html = read(site.path(), booklet);
        assert!(html.contains(chapter), "{booklet} has its chapters");
        assert!(
            !html.contains(organisations),
            "{booklet}: the English page says `booklet: true`, the Spanish says false"
        );
        assert!(!html.contains("Llama para enviar un caso"));
    }
}

#[test]
fn the_booklet_ends_with_each_chapters_sources() {
    let site = built();
    let html = read(site.path(), "es/guia.html");
    let sources = html
        .find("id=sources")
        .expect("a sources section at the end of the booklet");
    let end = &html[sources..];
    assert!(end.contains("¿De dónde sale esta información?"));
    assert!(end.contains(">Pedir refugio</a>"), "named by chapter");
    assert!(end.contains("artículo 18"));
    assert!(html.contains("Revisado por Ana López"));
    assert!(html.contains("Actualizado el 10 de enero de 2020"));
}

#[test]
fn check_reports_missing_sources_overdue_pages_and_missing_reviews() {
    let site = fixture("trust");
    let (code, out, err) = faro(site.path(), &["check"]);
    assert_eq!(code, 0, "warnings only: {out}{err}");
    let all = format!("{out}{err}");
    let line = |needle: &str| all.lines().find(|l| l.contains(needle)).map(str::to_string);
    assert!(
        line("content/es/sin-fuentes.md:1: the page names no sources")
            .is_some_and(|l| l.starts_with("warning")),
        "{all}"
    );
    assert!(
        line("content/es/otro-pais.md:7: the page was last checked against its sources on 2020-01-10, more than 3 months ago")
            .is_some_and(|l| l.starts_with("warning")),
        "{all}"
    );
    assert!(
        line("content/es/otro-pais.md:1: no legal review is recorded")
            .is_some_and(|l| l.starts_with("note")),
        "{all}"
    );
    assert!(
        line("content/es/refugio.md:1: no legal review").is_none(),
        "{all}"
    );
    assert!(
        line("content/es/_index.md:1: no legal review").is_none(),
        "{all}"
    );
    assert!(
        line("content/en/refugio.md:1: the page names no sources").is_none(),
        "a translation shows its page's sources: {all}"
    );
    let stale_hint = regex::Regex::new(
        r#"update the translation from content/es/refugio.md, then set `source_version: "[0-9a-f]{12}"`"#,
    )
    .unwrap();
    assert!(
        stale_hint.is_match(&all),
        "a stale translation is told the version to record: {all}"
    );
    let (code, _, _) = faro(site.path(), &["check", "--strict"]);
    assert_eq!(code, 1, "--strict fails on the warnings");
}

#[test]
fn status_shows_which_pages_lack_a_legal_review() {
    let site = fixture("trust");
    let (code, out, err) = faro(site.path(), &["status"]);
    assert_eq!(code, 0, "{err}");
    let row = |id: &str| {
        out.lines()
            .find(|l| l.starts_with(id))
            .unwrap_or_else(|| panic!("no row {id} in {out}"))
            .to_string()
    };
    assert!(row("refugio.md").contains("2026-11-18 Ana López"), "{out}");
    assert!(row("otro-pais.md").contains(" none "), "{out}");
    assert!(row("_index.md").contains(" - "), "{out}");
    assert!(
        out.contains("legal review: 1 of 4 pages that state facts (3 have none)"),
        "{out}"
    );
}

#[test]
fn the_repository_site_keeps_the_organisations_page_out_of_every_booklet() {
    let out = tempfile::TempDir::new().unwrap();
    let public = out.path().join("public");
    let run = Faro::build(&repo())
        .args([std::ffi::OsStr::new("--out"), public.as_os_str()])
        .run();
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let mut booklets = 0;
    for language in ["es", "en", "fr", "ht", "pt", "quc", "mam"] {
        // The title the reader sees: the page's own text, or the Spanish one it falls back to.
        let own = repo().join(format!("content/{language}/organizaciones.md"));
        let text = fs::read_to_string(own)
            .or_else(|_| fs::read_to_string(repo().join("content/es/organizaciones.md")))
            .unwrap();
        let title = text
            .lines()
            .find_map(|l| l.strip_prefix("title: "))
            .expect("the page has a title")
            .trim_matches('"')
            .to_string();
        for entry in fs::read_dir(public.join(language)).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name.ends_with(".html") && name != "404.html" && name != "index.html" {
                booklets += 1;
                let booklet = fs::read_to_string(&path).unwrap();
                assert!(
                    !booklet.contains(&format!(">{title}</h2>")),
                    "{}: the organisations page is a chapter",
                    path.display()
                );
            }
        }
    }
    assert_eq!(booklets, 7, "one booklet per language");
}
