//! What site.yaml's values must be beyond their shapes, each error at its line.

use std::collections::HashMap;

use super::chains;
use super::{CONFIG_FILE, Config, SiteConfig};
use crate::diagnostics::{Diagnostic, Diagnostics};

/// Line of the first line matching `pred`, for errors about values serde has already accepted.
fn find_line(text: &str, pred: impl Fn(&str) -> bool) -> Option<usize> {
    text.lines().position(pred).map(|i| i + 1)
}

/// Line of the first `key:`, at any depth: the keys under `title:`, `contacts:` and `limits:`.
fn key_line(text: &str, key: &str) -> Option<usize> {
    find_line(text, |l| l.trim_start().starts_with(&format!("{key}:")))
}

/// Line of `value` in the list under the first `key:`, written inline (`key: [a, b]`) or one
/// item a line; the key's own line when the value is not found.
fn listed_line(text: &str, key: &str, value: &str) -> Option<usize> {
    let start = key_line(text, key)?;
    let is_value = |l: &str| {
        l.split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .any(|word| word == value)
    };
    text.lines()
        .enumerate()
        .skip(start - 1)
        .take_while(|(i, l)| *i == start - 1 || l.trim_start().starts_with('-'))
        .find(|(_, l)| is_value(l))
        .map(|(i, _)| i + 1)
        .or(Some(start))
}

pub(super) fn code_line(text: &str, code: &str) -> Option<usize> {
    find_line(text, |l| {
        let l = l.trim_start().trim_start_matches('-').trim();
        l.strip_prefix("code:")
            .map(|v| v.trim().trim_matches(['"', '\'']) == code)
            .unwrap_or(false)
    })
}

pub(super) fn locate(diag: Diagnostic, line: Option<usize>) -> Diagnostic {
    match line {
        Some(l) => diag.at_line(l),
        None => diag,
    }
}

pub(super) fn check(site: SiteConfig, text: &str, diags: &mut Diagnostics) -> Option<Config> {
    let before = diags.error_count();
    let mut seen: HashMap<&str, ()> = HashMap::new();
    for lang in &site.languages {
        let line = code_line(text, &lang.code);
        if lang
            .code
            .parse::<unic_langid::LanguageIdentifier>()
            .is_err()
            || lang.code.contains('_')
        {
            diags.push(locate(
                Diagnostic::error(
                    CONFIG_FILE,
                    format!("`{}` is not a BCP 47 language code", lang.code),
                )
                .hint("use a code such as es, en, pt-BR, quc or mam"),
                line,
            ));
        }
        if seen.insert(&lang.code, ()).is_some() {
            diags.push(locate(
                Diagnostic::error(
                    CONFIG_FILE,
                    format!("language `{}` is declared twice", lang.code),
                )
                .hint("keep one entry per language"),
                line,
            ));
        }
        if lang.name.trim().is_empty() {
            diags.push(locate(
                Diagnostic::error(CONFIG_FILE, format!("language `{}` has no name", lang.code))
                    .hint("give the language's name in itself, e.g. `name: Español`"),
                line,
            ));
        }
        for fallback in &lang.fallback {
            if !site.languages.iter().any(|l| &l.code == fallback) {
                let line = find_line(text, |l| {
                    l.contains("fallback") && l.contains(fallback.as_str())
                })
                .or(line);
                diags.push(locate(
                    Diagnostic::error(
                        CONFIG_FILE,
                        format!("language `{}` falls back to `{fallback}`, which is not declared", lang.code),
                    )
                    .hint("declare that language under `languages:` or remove it from the fallback list"),
                    line,
                ));
            }
        }
    }
    let quality = site.compression.brotli_quality;
    if !(super::LOWEST_BROTLI_QUALITY..=super::BEST_BROTLI_QUALITY).contains(&quality) {
        diags.push(locate(
            Diagnostic::error(
                CONFIG_FILE,
                format!("brotli_quality is {quality}, but faro compresses at qualities 5 to 11"),
            )
            .hint("use 11 (the default: the smallest files), 10 (builds from an empty cache in about half the time, files about 3 % larger) or 5 (in about a third of the time, files about 9 % larger: for previews)"),
            key_line(text, "brotli_quality"),
        ));
    }
    let default_declared = site
        .languages
        .iter()
        .any(|l| l.code == site.default_language);
    if site.languages.is_empty() {
        diags.push(locate(
            Diagnostic::error(CONFIG_FILE, "no languages are declared")
                .hint("add a `languages:` list with at least the default language"),
            find_line(text, |l| l.starts_with("languages")),
        ));
        return None;
    }
    if !default_declared {
        diags.push(locate(
            Diagnostic::error(
                CONFIG_FILE,
                format!(
                    "the default language `{}` is not declared",
                    site.default_language
                ),
            )
            .hint("add it under `languages:`"),
            find_line(text, |l| l.starts_with("default_language")),
        ));
    }
    if default_declared && !site.title.contains_key(&site.default_language) {
        diags.push(locate(
            Diagnostic::error(CONFIG_FILE, "the site has no title in the default language")
                .hint(format!("add `{}: …` under `title:`", site.default_language)),
            find_line(text, |l| l.starts_with("title")),
        ));
    }
    for code in site.title.keys() {
        if !site.languages.iter().any(|l| &l.code == code) {
            diags.push(locate(
                Diagnostic::error(
                    CONFIG_FILE,
                    format!("a title is given for `{code}`, which is not a declared language"),
                )
                .hint("declare the language or remove its title"),
                key_line(text, code),
            ));
        }
    }
    for code in &site.check.complete {
        if !site.languages.iter().any(|l| &l.code == code) {
            diags.push(locate(
                Diagnostic::error(
                    CONFIG_FILE,
                    format!("`check: complete` lists `{code}`, which is not a declared language"),
                )
                .hint("list only codes declared under `languages:`, e.g. `complete: [es, en]`, or declare the language"),
                listed_line(text, "complete", code),
            ));
        }
    }
    check_contact(&site.contacts.phone, "phone", text, diags);
    check_contact(&site.contacts.whatsapp, "whatsapp", text, diags);
    if let Some(number) = site.contacts.emergency.as_deref()
        && !number.trim().is_empty()
        && !(number.trim().len() <= 6 && number.trim().chars().all(|c| c.is_ascii_digit()))
    {
        diags.push(locate(
            Diagnostic::error(
                CONFIG_FILE,
                format!("the emergency number `{number}` is not a short number of digits"),
            )
            .hint("write the number a person dials for emergencies, e.g. \"911\""),
            key_line(text, "emergency"),
        ));
    }
    if let Some(url) = site.quick_exit_url.as_deref().filter(|u| !u.is_empty())
        && !url.starts_with("https://")
    {
        diags.push(locate(
            Diagnostic::error(CONFIG_FILE, format!("quick_exit_url `{url}` is not an https address"))
                .hint("give the full address of a neutral site, e.g. https://www.google.com/search?q=clima"),
            find_line(text, |l| l.starts_with("quick_exit_url")),
        ));
    }
    for (key, mb) in site.limits.each() {
        // A limit over 1 TB is no limit on any machine faro runs on, and past it the
        // conversion to bytes stops being exact.
        if !(mb > 0.0 && mb <= 1_048_576.0) {
            diags.push(locate(
                Diagnostic::error(
                    CONFIG_FILE,
                    format!("`limits: {key}` is {mb}; a limit is a number of megabytes above 0"),
                )
                .hint("give the largest file of that kind you mean to publish, e.g. `image_mb: 5`, or remove the line to use the default"),
                key_line(text, key),
            ));
        }
    }
    if let Some(base) = &site.base_url
        && !(base.starts_with("https://") || base.starts_with("http://"))
    {
        diags.push(locate(
            Diagnostic::error(
                CONFIG_FILE,
                format!("base_url `{base}` is not an http(s) address"),
            )
            .hint("write the full address, e.g. https://example.org/, or remove the line"),
            find_line(text, |l| l.starts_with("base_url")),
        ));
    }
    if diags.error_count() > before {
        return None;
    }
    let languages = chains::languages(&site, text, diags)?;
    Some(Config { site, languages })
}

fn check_contact(value: &Option<String>, key: &str, text: &str, diags: &mut Diagnostics) {
    let Some(number) = value else { return };
    let ok = number.trim_start().starts_with('+')
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c))
        && number.chars().filter(char::is_ascii_digit).count() >= 6;
    if !number.is_empty() && !ok {
        diags.push(locate(
            Diagnostic::error(
                CONFIG_FILE,
                format!("the {key} number `{number}` is not a phone number in international form"),
            )
            .hint("write it with the country code, e.g. \"+52 55 7100 1542\""),
            key_line(text, key),
        ));
    }
}
