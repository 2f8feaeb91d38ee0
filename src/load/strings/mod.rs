//! translations/<lang>.ftl: the interface strings ("Call us", "Reviewed on …"), in Project
//! Fluent, with plural rules, falling back along each language's chain.

mod bundle;
mod escapes;
mod traps;

use std::collections::HashMap;
use std::path::Path;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use sha2::Digest;

use super::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics};

pub(crate) use bundle::parse_bundle;

pub const TRANSLATIONS_DIR: &str = "translations";

/// One Fluent bundle per language that has a .ftl file, shared by the render threads.
pub struct Strings {
    /// The messages each language's file defines, with their lines, for `faro check`.
    pub keys: HashMap<String, Vec<(String, usize)>>,
    /// Some .ftl file could not be read or parsed: rendering would only add follow-on errors
    /// about the messages it lost.
    pub broken: bool,
    default_language: String,
    /// SHA-256 of every file read, with its name: what a page's key covers of the strings.
    digest: [u8; 32],
    bundles: HashMap<String, FluentBundle<FluentResource>>,
    chains: HashMap<String, Vec<String>>,
}

impl Strings {
    pub fn load(root: &Path, config: &Config, diags: &mut Diagnostics) -> Strings {
        let errors_before = diags.error_count();
        let mut bundles = HashMap::new();
        let mut keys = HashMap::new();
        let mut digest = sha2::Sha256::new();
        let dir = root.join(TRANSLATIONS_DIR);
        if !dir.is_dir() {
            diags.push(
                Diagnostic::error(TRANSLATIONS_DIR, crate::msg!("ftl-no-folder")).hint(crate::t!(
                    "ftl-no-folder-hint",
                    lang = config.default_language()
                )),
            );
        }
        let entries = match super::files::inside(root, &dir) {
            Ok(_) => std::fs::read_dir(&dir).ok(),
            Err(diag) => {
                diags.push(diag);
                None
            }
        };
        if let Some(entries) = entries {
            let mut names: Vec<_> = entries
                .filter_map(Result::ok)
                .map(|e| e.file_name())
                .collect();
            names.sort();
            for name in names {
                let name = name.to_string_lossy().into_owned();
                let Some(code) = name.strip_suffix(".ftl") else {
                    continue;
                };
                let file = format!("{TRANSLATIONS_DIR}/{name}");
                if config.language(code).is_none() {
                    diags.push(
                        Diagnostic::warning(
                            &file,
                            crate::msg!("ftl-undeclared-language", code = code.to_string()),
                        )
                        .hint(crate::t!("ftl-undeclared-language-hint")),
                    );
                    continue;
                }
                let source = match super::files::read_text(
                    root,
                    &dir.join(&name),
                    super::files::Kind::Translations,
                    &config.site.limits,
                ) {
                    Ok(source) => source,
                    Err(diag) => {
                        diags.push(diag);
                        continue;
                    }
                };
                for part in [name.as_bytes(), source.as_bytes()] {
                    digest.update((part.len() as u64).to_le_bytes());
                    digest.update(part);
                }
                keys.insert(code.to_string(), message_keys(&source));
                if let Some(bundle) = parse_bundle(code, &file, source, diags) {
                    bundles.insert(code.to_string(), bundle);
                }
            }
        }
        let chains = config
            .languages
            .iter()
            .map(|l| (l.code.clone(), l.chain.clone()))
            .collect();
        Strings {
            keys,
            broken: diags.error_count() > errors_before,
            default_language: config.default_language().to_string(),
            digest: digest.finalize().into(),
            bundles,
            chains,
        }
    }

    /// The message `key` for a reader of `lang`, from the first language in its chain that has
    /// it, or `None` when no language has it.
    pub fn format(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        for code in self.chain(lang) {
            let Some(bundle) = self.bundles.get(code) else {
                continue;
            };
            let Some(message) = bundle.get_message(key) else {
                continue;
            };
            let Some(pattern) = message.value() else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            return Some(text.into_owned());
        }
        None
    }

    /// SHA-256 of the files the strings were read from.
    pub fn digest(&self) -> [u8; 32] {
        self.digest
    }

    pub fn default_language(&self) -> &str {
        &self.default_language
    }

    /// The first language in `lang`'s chain that has interface strings at all.
    pub fn ui_language<'a>(&'a self, lang: &'a str) -> Option<&'a str> {
        self.chain(lang)
            .find(|code| self.bundles.contains_key(*code))
    }

    /// Which language in `lang`'s chain provides `key`.
    pub fn provider<'a>(&'a self, lang: &'a str, key: &str) -> Option<&'a str> {
        self.chain(lang)
            .find(|code| self.bundles.get(*code).is_some_and(|b| b.has_message(key)))
    }

    fn chain<'a>(&'a self, lang: &'a str) -> impl Iterator<Item = &'a str> {
        let chain = self.chains.get(lang);
        let fallback = std::iter::once(lang).filter(move |_| chain.is_none());
        chain
            .into_iter()
            .flatten()
            .map(String::as_str)
            .chain(fallback)
    }
}

/// The messages a Fluent file defines (not terms, which start with `-`), with their lines.
pub(crate) fn message_keys(source: &str) -> Vec<(String, usize)> {
    source
        .lines()
        .enumerate()
        .filter(|(_, line)| line.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|(i, line)| {
            line.split_once('=')
                .map(|(key, _)| (key.trim().to_string(), i + 1))
        })
        .collect()
}
