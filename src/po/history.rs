//! A page as it was at an older version, from git history: the Spanish a translation was made
//! from, to tell a translator which paragraphs changed since. faro runs the `git` program
//! rather than linking a git library: it needs two read-only commands, and a site is a git
//! checkout wherever translators work.

use std::path::Path;
use std::process::Command;

use crate::diagnostics::Diagnostics;
use crate::load::content::{SourcePage, parse_page};

/// The page at `file` (relative to `root`) as it was when its version was `version`, or why
/// it cannot be found.
pub fn page_at(root: &Path, page: &SourcePage, version: &str) -> Result<SourcePage, String> {
    let file = page.file.to_string_lossy().replace('\\', "/");
    let log = git(root, &["log", "--format=%H", "--", &file])?;
    for commit in log.lines() {
        let Ok(text) = git(root, &["show", &format!("{commit}:./{file}")]) else {
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

fn git(root: &Path, args: &[&str]) -> Result<String, String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .output()
        .map_err(|e| format!("git could not be run ({e})"))?;
    if !output.status.success() {
        let said = String::from_utf8_lossy(&output.stderr);
        return Err(format!("git {}: {}", args[0], said.trim()));
    }
    String::from_utf8(output.stdout).map_err(|_| "git printed text that is not UTF-8".to_string())
}
