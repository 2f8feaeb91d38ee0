//! A page as it was at an older version, from git history: the Spanish a translation was made
//! from, to tell a translator which paragraphs changed since.

use std::path::Path;

use crate::diagnostics::Diagnostics;
use crate::load::content::{SourcePage, parse_page};

/// `page` as it was when its version was `version`, or why it cannot be found.
pub fn page_at(root: &Path, page: &SourcePage, version: &str) -> Result<SourcePage, String> {
    let file = page.file.to_string_lossy().replace('\\', "/");
    for commit in crate::git::commits_of(root, &file)? {
        let Ok(text) = crate::git::file_at(root, &commit, &file) else {
            continue;
        };
        let mut ignored = Diagnostics::new();
        let old = parse_page(&text, &page.lang, &page.id, page.file.clone(), &mut ignored);
        if let Some(old) = old.filter(|old| old.version == version) {
            return Ok(old);
        }
    }
    Err(format!(
        "no commit of {file} has version {version}, the version the translation says it was made from"
    ))
}
