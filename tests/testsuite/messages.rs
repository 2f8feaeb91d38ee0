//! faro speaks the writer's language: `--lang`, then `FARO_LANG`, then the system locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English; and the codes of `--format json` are the
//! same in every language.

use crate::harness::{Faro, fixture_cold};
use std::fs;
use std::path::Path;

/// The multilingual fixture with `titel:` for `title:` on its Spanish home page.
fn broken_site() -> tempfile::TempDir {
    let site = fixture_cold("multilingual");
    let page = site.path().join("content/es/_index.md");
    let text = fs::read_to_string(&page).unwrap();
    fs::write(&page, text.replacen("title:", "titel:", 1)).unwrap();
    site
}

/// `faro <args>` on `site` with only the locale variables given (the others removed).
fn faro_with(site: &Path, args: &[&str], vars: &[(&str, &str)]) -> crate::harness::Run {
    let mut faro = Faro::new(args).root(site);
    for name in ["FARO_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        faro = faro.env(name, "");
    }
    for (name, value) in vars {
        faro = faro.env(*name, *value);
    }
    faro.run()
}

const SPANISH_FAILURE: &str =
    "No se pudo construir el sitio: hubo 1 error. El sitio anterior quedó como estaba.";
const ENGLISH_FAILURE: &str = "Build failed with 1 error; the previous site was left as it was.";

#[test]
fn a_spanish_locale_gets_spanish_messages() {
    let site = broken_site();
    let run = faro_with(site.path(), &["build"], &[("LANG", "es_MX.UTF-8")]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains(SPANISH_FAILURE), "{}", run.stderr);
    assert!(
        run.stderr.contains("error: content/es/_index.md:"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("\n  sugerencia: "), "{}", run.stderr);
    assert!(!run.stderr.contains("hint:"), "{}", run.stderr);

    let run = faro_with(site.path(), &["build"], &[("LANG", "en_US.UTF-8")]);
    assert!(run.stderr.contains(ENGLISH_FAILURE), "{}", run.stderr);
    assert!(run.stderr.contains("\n  hint: "), "{}", run.stderr);

    // No locale at all (as in a bare container): English.
    let run = faro_with(site.path(), &["build"], &[]);
    assert!(run.stderr.contains(ENGLISH_FAILURE), "{}", run.stderr);
}

#[test]
fn the_flag_beats_faro_lang_which_beats_the_locale() {
    let site = broken_site();
    let spanish_locale = ("LANG", "es_MX.UTF-8");
    let run = faro_with(
        site.path(),
        &["build"],
        &[spanish_locale, ("FARO_LANG", "en")],
    );
    assert!(run.stderr.contains(ENGLISH_FAILURE), "{}", run.stderr);
    let run = faro_with(
        site.path(),
        &["build", "--lang", "en"],
        &[spanish_locale, ("FARO_LANG", "es")],
    );
    assert!(run.stderr.contains(ENGLISH_FAILURE), "{}", run.stderr);
    let run = faro_with(
        site.path(),
        &["build", "--lang", "es"],
        &[("LANG", "en_US.UTF-8"), ("FARO_LANG", "en")],
    );
    assert!(run.stderr.contains(SPANISH_FAILURE), "{}", run.stderr);
    // LC_ALL beats LANG; an empty LC_ALL does not count.
    let run = faro_with(
        site.path(),
        &["build"],
        &[("LC_ALL", "es_MX.UTF-8"), ("LANG", "en_US.UTF-8")],
    );
    assert!(run.stderr.contains(SPANISH_FAILURE), "{}", run.stderr);
    let run = faro_with(
        site.path(),
        &["build"],
        &[("LC_MESSAGES", "en_US.UTF-8"), ("LANG", "es_MX.UTF-8")],
    );
    assert!(run.stderr.contains(ENGLISH_FAILURE), "{}", run.stderr);
}

#[test]
fn the_status_report_speaks_spanish() {
    let site = fixture_cold("multilingual");
    let report = site.path().join("report.html");
    let run = Faro::new(["status", "--html"])
        .args([&report])
        .root(site.path())
        .env("FARO_LANG", "es")
        .run();
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.starts_with("página "), "{}", run.stdout);
    assert!(run.stdout.contains("revisión legal: "), "{}", run.stdout);
    assert!(
        run.stdout.contains("Guardé el reporte en "),
        "{}",
        run.stdout
    );
    let html = fs::read_to_string(&report).unwrap();
    assert!(html.contains("<html lang=es>"), "{html}");
    assert!(
        html.contains("<h1>Estado de las traducciones</h1>"),
        "{html}"
    );
    assert!(html.contains("<h2>Por idioma</h2>"), "{html}");
    assert!(html.contains("<th>página<th>revisión legal"), "{html}");
    assert!(!html.contains("Translation status"), "{html}");

    let run = Faro::new(["status", "--html"])
        .args([&report])
        .root(site.path())
        .run();
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let html = fs::read_to_string(&report).unwrap();
    assert!(html.contains("<html lang=en>"), "{html}");
    assert!(html.contains("<h1>Translation status</h1>"), "{html}");
}

/// The progress bar is for a person at a terminal: a build whose stderr is a file or a pipe
/// (a CI log) prints its diagnostics and summary only, even when it takes seconds.
#[test]
fn no_progress_bar_outside_a_terminal() {
    let site = fixture_cold("multilingual");
    let run = Faro::build(site.path()).env("FARO_LANG", "es").run();
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.starts_with("Listo: "), "{}", run.stdout);
    for drawn in ['\r', '\x1b', '[', '⠁', '⠂'] {
        assert!(!run.stderr.contains(drawn), "{:?}", run.stderr);
    }
    assert!(!run.stderr.contains("Generando"), "{}", run.stderr);
}

/// `faro check --format json` gives each problem a code that is the same in every language,
/// beside the message and hint in the writer's language.
#[test]
fn json_codes_do_not_depend_on_the_language() {
    let site = broken_site();
    let problem = |lang: &str| {
        let run = Faro::new(["check", "--format", "json"])
            .root(site.path())
            .env("FARO_LANG", lang)
            .run();
        assert_eq!(run.code, Some(1), "{}", run.stderr);
        let all: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        all.as_array()
            .unwrap()
            .iter()
            .find(|d| d["file"] == "content/es/_index.md" && d["severity"] == "error")
            .cloned()
            .unwrap_or_else(|| panic!("{}", run.stdout))
    };
    let (english, spanish) = (problem("en"), problem("es"));
    assert_eq!(english["code"], "yaml-unknown-field", "{english}");
    assert_eq!(spanish["code"], english["code"], "{spanish}");
    assert_eq!(spanish["line"], english["line"]);
    assert!(
        english["message"]
            .as_str()
            .unwrap()
            .starts_with("unknown field `titel`"),
        "{english}"
    );
    assert!(
        spanish["message"]
            .as_str()
            .unwrap()
            .starts_with("el campo «titel» no existe"),
        "{spanish}"
    );
    assert!(
        spanish["hint"].as_str().unwrap().starts_with("revisa"),
        "{spanish}"
    );
}

#[test]
fn the_help_speaks_spanish() {
    let help = Faro::new(["build", "--help"])
        .env("FARO_LANG", "es")
        .run()
        .stdout;
    assert!(help.starts_with("Construye el sitio en public/"), "{help}");
    assert!(help.contains("\nUso: faro build"), "{help}");
    assert!(help.contains("\nOpciones:\n"), "{help}");
    assert!(
        help.contains("--root <ROOT>  La carpeta del sitio"),
        "{help}"
    );
    assert!(
        help.contains("-h, --help         Muestra esta ayuda"),
        "{help}"
    );
    // clap's own words: the usage line's placeholders and the default value.
    assert!(help.contains("\nUso: faro build [OPCIONES]\n"), "{help}");
    assert!(help.contains("site.yaml [si no lo pones: .]"), "{help}");
    assert!(
        !help.contains("[OPTIONS]") && !help.contains("default"),
        "{help}"
    );
    let help = Faro::new(["po", "--help"])
        .env("FARO_LANG", "es")
        .run()
        .stdout;
    assert!(
        help.contains("\nUso: faro po [OPCIONES] <COMANDO>\n"),
        "{help}"
    );
    assert!(help.contains("[valores posibles: es, en]"), "{help}");

    let help = Faro::new(["build", "--help"]).run().stdout;
    assert!(help.contains("\nUsage: faro build [OPTIONS]\n"), "{help}");
    assert!(
        help.contains("--root <ROOT>  The site's folder, holding site.yaml [default: .]"),
        "{help}"
    );
}

/// A mistyped command, an unknown option, a value that is not allowed: clap's errors in the
/// writer's language, with faro's labels and clap's exit code.
#[test]
fn command_line_mistakes_are_explained_in_spanish() {
    let run = Faro::new(["biuld"]).env("FARO_LANG", "es").run();
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr
            .starts_with("error: «biuld» no es un comando de faro\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("\n  sugerencia: hay uno parecido: «build»\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("\nUso: faro [OPCIONES] <COMANDO>\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("Para saber más, escribe «--help»."),
        "{}",
        run.stderr
    );

    let run = Faro::new(["check", "--format", "xml"])
        .env("FARO_LANG", "es")
        .run();
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.contains(
            "«xml» no es un valor válido para «--format <FORMAT>»\n  [valores posibles: text, json]"
        ),
        "{}",
        run.stderr
    );
    let run = Faro::new(["new"]).env("FARO_LANG", "es").run();
    assert!(
        run.stderr
            .contains("error: faltan estos argumentos:\n  <LANG>\n  <PATH>\n\nUso: faro new [OPCIONES] <LANG> <PATH>"),
        "{}",
        run.stderr
    );

    let run = Faro::new(["biuld"]).run();
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr
            .starts_with("error: unrecognized subcommand 'biuld'\n"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("hint: a similar one exists: 'build'"),
        "{}",
        run.stderr
    );
}

/// The system's words about a file come in English whatever the locale; faro says the common
/// ones in the writer's language.
#[test]
fn a_missing_site_is_said_in_spanish_not_in_the_systems_english() {
    let nowhere = tempfile::TempDir::new().unwrap();
    let run = Faro::build(nowhere.path()).env("FARO_LANG", "es").run();
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.contains(
            "no se pudo leer la configuración del sitio: no existe ese archivo o esa carpeta"
        ),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("No such file"), "{}", run.stderr);
}
