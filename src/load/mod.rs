//! Stage 1, load: site.yaml, content/, translations/ and the theme, read from disk and checked
//! one file at a time. Nothing here knows how pages relate to each other; that is `resolve`.

pub mod addresses;
pub mod config;
pub mod content;
pub(crate) mod files;
pub(crate) mod images;
pub mod strings;
pub mod theme;

use std::path::Path;

use crate::diagnostics::Diagnostics;

pub use config::Config;
pub use content::Content;
pub use strings::Strings;
pub use theme::Theme;

/// The Markdown faro reads, the same wherever a text is parsed (loading its headings,
/// rendering it, measuring its sentences).
pub fn markdown_options() -> pulldown_cmark::Options {
    use pulldown_cmark::Options;
    Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// serde's default for a yes/no key that is on unless written `false`.
fn yes() -> bool {
    true
}

/// Everything a site is made of, as written.
pub struct Sources {
    pub config: Config,
    pub content: Content,
    pub strings: Strings,
    pub theme: Theme,
    /// Every address published before (what could be read of it: a line that could not is an
    /// error in `diags`).
    pub lock: addresses::Lock,
}

/// Reads the whole site. Problems in any file go into `diags`; `None` when a missing piece
/// (site.yaml, the theme) makes the rest meaningless.
pub fn load(root: &Path, include_drafts: bool, diags: &mut Diagnostics) -> Option<Sources> {
    files::forget_resolved();
    let config = config::load(root, diags)?;
    let content = content::load(root, &config, include_drafts, diags);
    let strings = Strings::load(root, &config, diags);
    let theme = theme::load(root, &config.site.theme, &config.site.limits, diags);
    let lock = addresses::Lock::load(root, &config, diags);
    Some(Sources {
        lock,
        theme: theme?,
        config,
        content,
        strings,
    })
}
