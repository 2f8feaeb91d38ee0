//! site.yaml: the languages, their fallback chains, the contacts and the budgets.

mod chains;
mod check;
mod contacts;
mod limits;
mod site;
mod yaml;

use std::path::Path;

use serde::Serialize;

use crate::diagnostics::Diagnostics;
use check::check;

pub use contacts::{Contacts, short_tel_href, tel_href, whatsapp_href};
pub use limits::{Limits, SETTINGS_MAX_BYTES, megabytes};
pub use site::{
    BEST_BROTLI_QUALITY, Direction, LOWEST_BROTLI_QUALITY, RawHtml, RequiredField, SiteConfig,
};
pub use yaml::yaml_error;

pub const CONFIG_FILE: &str = "site.yaml";

/// A language with everything resolved: its full chain of languages to read from.
#[derive(Debug, Clone, Serialize)]
pub struct Language {
    pub code: String,
    pub name: String,
    /// What `lang` and `hreflang` say: site.yaml's `tag`, or the code.
    pub tag: String,
    pub dir: Direction,
    /// This language first, then its fallbacks (followed transitively), then the default
    /// language, then every other language in site order, so that every page exists in every
    /// language and a reader never meets a dead link.
    pub chain: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub site: SiteConfig,
    pub languages: Vec<Language>,
}

impl Config {
    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    pub fn default_language(&self) -> &str {
        &self.site.default_language
    }

    pub fn title(&self, lang: &str) -> &str {
        self.site
            .title
            .get(lang)
            .or_else(|| self.site.title.get(&self.site.default_language))
            .map(String::as_str)
            .unwrap_or("")
    }
}

/// Reads and checks site.yaml. Returns `None` when it cannot be used at all; problems go into
/// `diags` either way.
pub fn load(root: &Path, diags: &mut Diagnostics) -> Option<Config> {
    let path = root.join(CONFIG_FILE);
    let read = super::files::read_text(
        root,
        &path,
        super::files::Kind::Settings,
        &Limits::default(),
    );
    let text = match read {
        Ok(text) => text,
        // A site.yaml that cannot be read says, as its hint, that faro needs one at the root.
        Err(diag) => {
            diags.push(diag);
            return None;
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let site: SiteConfig = match serde_yaml::from_str(text) {
        Ok(site) => site,
        Err(e) => {
            diags.push(yaml_error(CONFIG_FILE, text, 0, &e));
            return None;
        }
    };
    check(site, text, diags)
}
