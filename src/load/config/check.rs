//! What site.yaml's values must be beyond their shapes, each error at its line.

use std::collections::HashMap;

use super::chains;
use super::{CONFIG_FILE, Config, SiteConfig};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::{msg, t};

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
                    msg!("config-bad-language-code", code = lang.code.clone()),
                )
                .hint(t!("config-bad-language-code-hint")),
                line,
            ));
        }
        if seen.insert(&lang.code, ()).is_some() {
            diags.push(locate(
                Diagnostic::error(
                    CONFIG_FILE,
                    msg!("config-language-twice", code = lang.code.clone()),
                )
                .hint(t!("config-language-twice-hint")),
                line,
            ));
        }
        if lang.name.trim().is_empty() {
            diags.push(locate(
                Diagnostic::error(
                    CONFIG_FILE,
                    msg!("config-language-no-name", code = lang.code.clone()),
                )
                .hint(t!("config-language-no-name-hint")),
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
                        msg!(
                            "config-fallback-undeclared",
                            code = lang.code.clone(),
                            fallback = fallback.clone()
                        ),
                    )
                    .hint(t!("config-fallback-undeclared-hint")),
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
                msg!("config-bad-brotli-quality", quality = quality),
            )
            .hint(t!("config-bad-brotli-quality-hint")),
            key_line(text, "brotli_quality"),
        ));
    }
    let default_declared = site
        .languages
        .iter()
        .any(|l| l.code == site.default_language);
    if site.languages.is_empty() {
        diags.push(locate(
            Diagnostic::error(CONFIG_FILE, msg!("config-no-languages"))
                .hint(t!("config-no-languages-hint")),
            find_line(text, |l| l.starts_with("languages")),
        ));
        return None;
    }
    if !default_declared {
        diags.push(locate(
            Diagnostic::error(
                CONFIG_FILE,
                msg!(
                    "config-default-language-undeclared",
                    code = site.default_language.clone()
                ),
            )
            .hint(t!("config-default-language-undeclared-hint")),
            find_line(text, |l| l.starts_with("default_language")),
        ));
    }
    if default_declared && !site.title.contains_key(&site.default_language) {
        diags.push(locate(
            Diagnostic::error(CONFIG_FILE, msg!("config-no-default-title")).hint(t!(
                "config-no-default-title-hint",
                code = site.default_language.clone()
            )),
            find_line(text, |l| l.starts_with("title")),
        ));
    }
    for code in site.title.keys() {
        if !site.languages.iter().any(|l| &l.code == code) {
            diags.push(locate(
                Diagnostic::error(
                    CONFIG_FILE,
                    msg!("config-title-undeclared-language", code = code.clone()),
                )
                .hint(t!("config-title-undeclared-language-hint")),
                key_line(text, code),
            ));
        }
    }
    for code in &site.check.complete {
        if !site.languages.iter().any(|l| &l.code == code) {
            diags.push(locate(
                Diagnostic::error(
                    CONFIG_FILE,
                    msg!("config-check-complete-undeclared", code = code.clone()),
                )
                .hint(t!("config-check-complete-undeclared-hint")),
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
            Diagnostic::error(CONFIG_FILE, msg!("config-bad-emergency", number = number))
                .hint(t!("config-bad-emergency-hint")),
            key_line(text, "emergency"),
        ));
    }
    if let Some(url) = site.quick_exit_url.as_deref().filter(|u| !u.is_empty())
        && !url.starts_with("https://")
    {
        diags.push(locate(
            Diagnostic::error(CONFIG_FILE, msg!("config-bad-quick-exit", url = url))
                .hint(t!("config-bad-quick-exit-hint")),
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
                    msg!("config-bad-limit", key = key, mb = mb.to_string()),
                )
                .hint(t!("config-bad-limit-hint")),
                key_line(text, key),
            ));
        }
    }
    if let Some(base) = &site.base_url
        && !(base.starts_with("https://") || base.starts_with("http://"))
    {
        diags.push(locate(
            Diagnostic::error(CONFIG_FILE, msg!("config-base-url", url = base.clone()))
                .hint(t!("config-base-url-hint")),
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
                msg!("config-bad-phone", key = key, number = number.clone()),
            )
            .hint(t!("config-bad-phone-hint")),
            key_line(text, key),
        ));
    }
}
