//! The translators' round trip: `faro po export` writes one PO file per page, a translator's
//! tool fills it, `faro po import` writes the pages back.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use rspolib::pofile;
use rspolib::prelude::{Save, TranslatedEntry};

use crate::harness::{Faro, all_files, copy_dir, fixture_cold, git, repo, snapshot};

/// The repository's site (its pages, strings, theme and settings) in a temporary folder.
fn repository_site() -> tempfile::TempDir {
    let dir = tempfile::TempDir::new().unwrap();
    for part in ["content", "translations", "themes"] {
        copy_dir(&repo().join(part), &dir.path().join(part), &[]);
    }
    fs::copy(repo().join("site.yaml"), dir.path().join("site.yaml")).unwrap();
    dir
}

fn faro(site: &Path, args: &[&str]) -> (i32, String, String) {
    let run = Faro::new(args).root(site).run();
    (run.code.unwrap_or(-1), run.stdout, run.stderr)
}

/// The PO files of one language, exported into `<site>/po/<lang>/`.
fn export(site: &Path, lang: &str) -> Vec<PathBuf> {
    let (code, out, err) = faro(site, &["po", "export", lang]);
    assert_eq!(code, 0, "faro po export {lang}:\n{out}\n{err}");
    all_files(&site.join("po").join(lang))
}

fn import(site: &Path, files: &[PathBuf], extra: &[&str]) -> (i32, String, String) {
    let mut args = vec!["po", "import"];
    args.extend(extra);
    let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    args.extend(names.iter().map(String::as_str));
    faro(site, &args)
}

/// The languages of the repository's site that pages are translated into.
const TRANSLATED: [&str; 6] = ["en", "fr", "ht", "pt", "quc", "mam"];

#[test]
fn export_then_import_gives_every_translated_page_back_byte_for_byte() {
    let site = repository_site();
    let content = site.path().join("content");
    let before = snapshot(&content);
    let mut translated_pages = 0;
    for lang in TRANSLATED {
        let files = export(site.path(), lang);
        assert_eq!(files.len(), 19, "{lang}: one PO file per page");
        let (code, out, err) = import(site.path(), &files, &[]);
        assert_eq!(code, 0, "{lang}:\n{out}\n{err}");
        assert!(out.starts_with("Wrote 0 pages"), "{lang}: {out}");
        if content.join(lang).exists() {
            translated_pages += all_files(&content.join(lang)).len();
        }
    }
    assert!(translated_pages >= 19, "{translated_pages}");
    assert_eq!(
        snapshot(&content),
        before,
        "the pages are what they were, byte for byte"
    );
}

#[test]
fn po_files_pass_gettext_and_translate_toolkit_checks() {
    let site = repository_site();
    let files = export(site.path(), "fr");
    if installed("msgfmt", "--version") {
        for file in &files {
            let out = Command::new("msgfmt")
                .args(["--check", "-o", "/dev/null"])
                .arg(file)
                .output()
                .unwrap();
            assert!(
                out.status.success() && out.stderr.is_empty(),
                "msgfmt --check {}:\n{}",
                file.display(),
                String::from_utf8_lossy(&out.stderr)
            );
        }
    } else {
        eprintln!("msgfmt is not installed (Debian: gettext); not checked");
    }
    if installed("pocount", "--help") {
        let out = Command::new("pocount")
            .arg("--csv")
            .args(&files)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "pocount:\n{text}");
        // One row per file after the header, each counting the file's entries.
        let rows: Vec<&str> = text.lines().skip(1).filter(|l| !l.is_empty()).collect();
        assert_eq!(rows.len(), files.len(), "{text}");
        for row in rows {
            let columns: Vec<&str> = row.split(',').map(str::trim).collect();
            let entries = fs::read_to_string(columns[0])
                .unwrap()
                .lines()
                .filter(|l| l.starts_with("msgctxt "))
                .count();
            assert_eq!(columns[8], entries.to_string(), "pocount's total: {row}");
        }
    } else {
        eprintln!("pocount is not installed (PyPI: translate-toolkit); not checked");
    }
}

/// Whether `program` runs (`arg` makes it print something and succeed).
fn installed(program: &str, arg: &str) -> bool {
    Command::new(program)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn changing_one_spanish_paragraph_marks_exactly_that_entry_fuzzy_in_every_language() {
    let site = repository_site();
    git(site.path(), &["init", "-q"]);
    git(site.path(), &["add", "-A"]);
    git(site.path(), &["commit", "-q", "-m", "site"]);
    let page = site.path().join("content/es/derechos.md");
    let text = fs::read_to_string(&page).unwrap();
    let old = "En México, las autoridades deben cuidar tus derechos. No importa de dónde vengas.";
    let new = "En México, las autoridades deben cuidar tus derechos. Vengas de donde vengas.";
    assert!(text.contains(old));
    fs::write(&page, text.replace(old, new)).unwrap();
    for lang in ["en", "fr", "ht", "pt"] {
        export(site.path(), lang);
        let file = site.path().join(format!("po/{lang}/derechos.po"));
        let po = pofile(file.to_str().unwrap()).unwrap();
        let fuzzy: Vec<_> = po.entries.iter().filter(|e| e.fuzzy()).collect();
        assert_eq!(fuzzy.len(), 1, "{lang}: one fuzzy entry");
        assert_eq!(
            fuzzy[0].msgctxt.as_deref(),
            Some("derechos.md: paragraph 2"),
            "{lang}"
        );
        assert_eq!(fuzzy[0].msgid, new, "{lang}");
        assert_eq!(fuzzy[0].previous_msgid.as_deref(), Some(old), "{lang}");
        assert!(
            !fuzzy[0].msgstr.as_deref().unwrap_or("").is_empty(),
            "{lang}: the old translation stays, to be corrected"
        );
        let untranslated = po.entries.iter().filter(|e| !e.translated()).count();
        assert!(
            untranslated <= 2,
            "{lang}: every other entry keeps its translation ({untranslated} without)"
        );
    }
}

/// The multilingual fixture, its `ayuda.md` exported for French and translated by `translate`
/// (context, Spanish → French), ready to import.
fn translated_fixture(translate: impl Fn(&str, &str) -> String) -> (tempfile::TempDir, PathBuf) {
    let site = fixture_cold("multilingual");
    export(site.path(), "fr");
    let file = site.path().join("po/fr/ayuda.po");
    let mut po = pofile(file.to_str().unwrap()).unwrap();
    for entry in &mut po.entries {
        let context = entry.msgctxt.clone().unwrap_or_default();
        entry.msgstr = Some(translate(&context, &entry.msgid));
    }
    po.save(file.to_str().unwrap());
    (site, file)
}

fn french(context: &str, spanish: &str) -> String {
    match context {
        "ayuda.md: address" => "aide".to_string(),
        "ayuda.md: paragraph 1" => "Appelle ou écris. Regarde la [carte](mapa.svg).".to_string(),
        "ayuda.md: paragraph 2" => "![Carte](mapa.svg)".to_string(),
        _ => format!("FR {spanish}"),
    }
}

#[test]
fn an_imported_translation_is_a_page_of_the_site_in_its_language() {
    let (site, file) = translated_fixture(french);
    let (code, out, err) = import(site.path(), &[file], &[]);
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(out.contains("content/fr/ayuda.md"), "{out}");
    let page = fs::read_to_string(site.path().join("content/fr/ayuda.md")).unwrap();
    assert!(page.contains("slug: aide\n"), "{page}");
    assert!(page.contains("\n## FR ¿Cómo llamar?\n"), "{page}");
    assert!(page.contains("Regarde la [carte](mapa.svg)."), "{page}");
    assert!(page.contains("{#propio}"), "heading ids stay: {page}");
    assert!(page.contains("reviewed: false"), "{page}");
    let build = Faro::build(site.path()).run();
    assert_eq!(build.code, Some(0), "{}", build.stderr);
    let html = fs::read_to_string(site.path().join("public/fr/aide/index.html")).unwrap();
    assert!(
        html.contains("Regarde la"),
        "published at its French address"
    );
}

#[test]
fn a_translation_that_drops_a_link_is_an_error_at_its_po_line() {
    let (site, file) = translated_fixture(|context, spanish| match context {
        "ayuda.md: paragraph 1" => "Appelle ou écris. Regarde la carte.".to_string(),
        _ => french(context, spanish),
    });
    let line = fs::read_to_string(&file)
        .unwrap()
        .lines()
        .position(|l| l == "msgctxt \"ayuda.md: paragraph 1\"")
        .unwrap()
        + 3; // msgctxt, msgid, then the msgstr to fix
    let (code, _, err) = import(site.path(), &[file], &[]);
    assert_ne!(code, 0);
    assert!(
        err.contains(&format!("po/fr/ayuda.po:{line}")) && err.contains("`mapa.svg` is missing"),
        "names the file, the entry's line and the link: {err}"
    );
    assert!(!site.path().join("content/fr/ayuda.md").exists());
}

#[test]
fn a_bad_entry_is_explained_in_spanish_for_the_team() {
    let (site, file) = translated_fixture(|context, spanish| match context {
        "ayuda.md: paragraph 1" => "Appelle ou écris. Regarde la carte.".to_string(),
        _ => french(context, spanish),
    });
    let file = file.display().to_string();
    let run = Faro::new(["po", "import", file.as_str()])
        .root(site.path())
        .env("FARO_LANG", "es")
        .run();
    assert_ne!(run.code, Some(0));
    for expected in [
        "la traducción de «paragraph 1» no conserva el Markdown del español: falta el enlace a `mapa.svg`",
        "sugerencia: conserva cada enlace (`[texto](pagina.md)`), imagen, `código` y etiqueta HTML del español",
    ] {
        assert!(run.stderr.contains(expected), "{expected}:\n{}", run.stderr);
    }
}

#[test]
fn a_fuzzy_or_empty_entry_leaves_the_page_as_it_was() {
    let (site, file) = translated_fixture(|context, spanish| match context {
        "ayuda.md: paragraph 3" => String::new(),
        _ => french(context, spanish),
    });
    let mut po = pofile(file.to_str().unwrap()).unwrap();
    po.entries[0].flags.push("fuzzy".to_string());
    po.save(file.to_str().unwrap());
    let (code, _, err) = import(site.path(), &[file], &[]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("content/fr/ayuda.md was left as it was")
            && err.contains("1 not translated")
            && err.contains("1 marked fuzzy"),
        "{err}"
    );
    assert!(!site.path().join("content/fr/ayuda.md").exists());
}

#[test]
fn import_does_not_overwrite_a_page_changed_after_the_export_unless_forced() {
    let (site, file) = translated_fixture(french);
    let page = site.path().join("content/fr/ayuda.md");
    let (code, _, err) = import(site.path(), std::slice::from_ref(&file), &[]);
    assert_eq!(code, 0, "{err}");
    // The page is edited by hand after the PO file was exported.
    let mut po = pofile(file.to_str().unwrap()).unwrap();
    po.entries[0].msgstr = Some("Un autre titre".to_string());
    po.save(file.to_str().unwrap());
    std::thread::sleep(std::time::Duration::from_millis(20));
    let edited = fs::read_to_string(&page).unwrap() + "\nAjouté à la main.\n";
    fs::write(&page, &edited).unwrap();
    let (code, _, err) = import(site.path(), std::slice::from_ref(&file), &[]);
    assert_ne!(code, 0);
    assert!(
        err.contains("content/fr/ayuda.md") && err.contains("--force"),
        "{err}"
    );
    assert_eq!(fs::read_to_string(&page).unwrap(), edited);
    let (code, _, err) = import(site.path(), &[file], &["--force"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        fs::read_to_string(&page)
            .unwrap()
            .contains("title: Un autre titre")
    );
}

#[test]
fn export_keeps_a_po_file_holding_translations_not_imported_yet() {
    let (site, file) = translated_fixture(french);
    let translated = fs::read_to_string(&file).unwrap();
    let (code, _, err) = faro(site.path(), &["po", "export", "fr"]);
    assert_ne!(code, 0);
    assert!(
        err.contains("po/fr/ayuda.po") && err.contains("faro po import"),
        "{err}"
    );
    assert_eq!(fs::read_to_string(&file).unwrap(), translated);
    // Once imported, exporting again writes the same translations back.
    let (code, _, err) = import(site.path(), std::slice::from_ref(&file), &[]);
    assert_eq!(code, 0, "{err}");
    export(site.path(), "fr");
    let again = pofile(file.to_str().unwrap()).unwrap();
    assert!(again.entries.iter().all(|e| e.translated() && !e.fuzzy()));
}
