use super::*;
use fluent_syntax::ast::{Entry, Message as AstMessage};
use std::collections::BTreeSet;
use std::path::Path;

/// Every message id and `id.attribute` of one of faro's .ftl files; panics on a syntax error.
fn ids(lang: Lang) -> BTreeSet<String> {
    let resource = fluent_syntax::parser::parse(lang.source())
        .unwrap_or_else(|(_, errors)| panic!("src/messages/{}.ftl: {errors:?}", lang.code()));
    let mut ids = BTreeSet::new();
    for entry in resource.body {
        if let Entry::Message(AstMessage { id, attributes, .. }) = entry {
            for attribute in attributes {
                ids.insert(format!("{}.{}", id.name, attribute.id.name));
            }
            ids.insert(id.name.to_string());
        }
    }
    ids
}

#[test]
fn both_languages_have_the_same_messages() {
    let (en, es) = (ids(Lang::En), ids(Lang::Es));
    let only_en: Vec<_> = en.difference(&es).collect();
    let only_es: Vec<_> = es.difference(&en).collect();
    assert!(
        only_en.is_empty(),
        "missing in src/messages/es.ftl: {only_en:?}"
    );
    assert!(
        only_es.is_empty(),
        "missing in src/messages/en.ftl: {only_es:?}"
    );
}

/// The ids the code asks for: the literal of every `t!(` and `msg!(` in src/ (outside comments
/// and tests; the literal may be on the next line), with whether it is a diagnostic's code
/// (`msg!`).
fn used_ids() -> Vec<(String, bool, String)> {
    let mut found = Vec::new();
    for (file, code) in source_files() {
        for (opener, is_code) in [("t!(", false), ("msg!(", true)] {
            for (at, _) in code.match_indices(opener) {
                let before = code[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue; // format!(, print!(…
                }
                let Some(rest) = code[at + opener.len()..].trim_start().strip_prefix('"') else {
                    continue; // the macros' own definitions
                };
                let id = &rest[..rest.find('"').unwrap()];
                found.push((id.to_string(), is_code, file.clone()));
            }
        }
    }
    found
}

#[test]
fn every_message_the_code_asks_for_exists() {
    let en = ids(Lang::En);
    let used = used_ids();
    assert!(used.len() > 10, "the scan found the code's messages");
    let missing: Vec<_> = used
        .iter()
        .filter(|(id, _, _)| !en.contains(id))
        .map(|(id, _, file)| format!("{id} ({file})"))
        .collect();
    assert!(
        missing.is_empty(),
        "missing in src/messages/*.ftl: {missing:?}"
    );
}

#[test]
fn diagnostic_codes_are_kebab_case() {
    for (id, is_code, file) in used_ids() {
        if !is_code {
            continue;
        }
        let kebab = !id.is_empty()
            && !id.starts_with('-')
            && !id.ends_with('-')
            && !id.contains("--")
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        assert!(kebab, "diagnostic code `{id}` ({file}) is not kebab-case");
        assert!(
            !id.ends_with("-hint"),
            "`{id}` ({file}) is a hint's id, not a message's"
        );
    }
}

#[test]
fn every_message_formats_without_errors() {
    for lang in Lang::ALL {
        let bundle = bundle(lang);
        for id in ids(lang) {
            let text = text_in(lang, &id, None);
            assert!(!text.is_empty() || id.contains('.'), "{id} is empty");
            assert!(bundle.get_message(id.split('.').next().unwrap()).is_some());
        }
    }
}

#[test]
fn the_language_comes_from_the_flag_then_faro_lang_then_the_locale() {
    let env = |vars: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    };
    let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let none = args(&["faro", "build"]);
    assert_eq!(from_environment(&none, env(&[])), Lang::En);
    assert_eq!(
        from_environment(&none, env(&[("LANG", "es_MX.UTF-8")])),
        Lang::Es
    );
    assert_eq!(
        from_environment(
            &none,
            env(&[("LANG", "es_MX.UTF-8"), ("LC_MESSAGES", "en_US.UTF-8")])
        ),
        Lang::En
    );
    assert_eq!(
        from_environment(
            &none,
            env(&[("LC_ALL", ""), ("LC_MESSAGES", "es_ES"), ("LANG", "en")])
        ),
        Lang::Es
    );
    assert_eq!(
        from_environment(
            &none,
            env(&[("FARO_LANG", "es"), ("LC_ALL", "en_US.UTF-8")])
        ),
        Lang::Es
    );
    let flag = args(&["faro", "--lang", "en", "build"]);
    assert_eq!(
        from_environment(&flag, env(&[("FARO_LANG", "es")])),
        Lang::En
    );
    let flag = args(&["faro", "build", "--lang=es"]);
    assert_eq!(
        from_environment(&flag, env(&[("FARO_LANG", "en")])),
        Lang::Es
    );
    assert_eq!(
        from_environment(&none, env(&[("LANG", "fr_FR.UTF-8")])),
        Lang::En
    );
    assert_eq!(from_environment(&none, env(&[("LANG", "C")])), Lang::En);
}

#[test]
fn spanish_falls_back_to_english_and_a_missing_id_is_itself() {
    assert_eq!(
        text_in(Lang::Es, "no-such-message", None),
        "no-such-message"
    );
}

/// The code of src/ (outside tests and comments), file by file, with its path under src/.
fn source_files() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(&src) {
        let entry = entry.unwrap();
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "rs") || path.ends_with("tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        // A module's unit tests are at its end, after `#[cfg(test)]`.
        let code = text
            .split("#[cfg(test)]\nmod tests {")
            .next()
            .unwrap_or_default();
        let code: Vec<&str> = code
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect();
        let name = path.strip_prefix(&src).unwrap().display().to_string();
        files.push((name, code.join("\n")));
    }
    files
}

/// Every diagnostic has a code: a `Message` (which a `Diagnostic` needs) is made only by
/// `msg!`, since there is no conversion from text; this checks that nothing builds one by
/// hand, which would give a code outside the .ftl files.
#[test]
fn a_diagnostic_message_is_made_only_by_msg() {
    for (file, code) in source_files() {
        if file == "messages/mod.rs" {
            continue;
        }
        // `-> Message {` is a function that returns one (made by msg!).
        let by_hand = code
            .match_indices("Message {")
            .any(|(at, _)| !code[..at].lines().last().unwrap_or_default().contains("->"));
        assert!(
            !by_hand,
            "src/{file} builds a Message by hand; use crate::msg!(\"id\", …)"
        );
    }
}

/// A hint is in the writer's language too: `.hint(` takes `t!(…)` (or a value made by one).
#[test]
fn every_hint_is_a_message() {
    let mut untranslated = Vec::new();
    for (file, code) in source_files() {
        for (at, _) in code.match_indices(".hint(") {
            let argument = code[at + ".hint(".len()..].trim_start();
            if argument.starts_with('"') || argument.starts_with("format!") {
                let line = code[..at].lines().count();
                untranslated.push(format!("src/{file}, near line {line}"));
            }
        }
    }
    assert!(
        untranslated.is_empty(),
        "hints written in English in the code; give them as crate::t!(\"<id>-hint\", …): {untranslated:?}"
    );
}

/// Spanish agrees with 1 where English needs no plural of its own.
#[test]
fn spanish_counts_agree_with_one() {
    let built = |pages: u32, languages: u32| {
        let mut args = FluentArgs::new();
        args.set("pages", pages);
        args.set("languages", languages);
        args.set("ms", 5);
        args.set("weight", "");
        text_in(Lang::Es, "build-done", Some(&args))
    };
    assert_eq!(built(1, 1), "Listo: 1 página en 1 idioma en 5 ms");
    assert_eq!(built(12, 7), "Listo: 12 páginas en 7 idiomas en 5 ms");
}
