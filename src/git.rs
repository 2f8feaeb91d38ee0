//! Older versions of the site's files, from git history: the Spanish a translation was made
//! from (`faro po export`), the Spanish interface strings when a language's strings were last
//! changed (`faro status`). faro runs the `git` program rather than linking a git library: it
//! needs two read-only commands, and a site is a git checkout wherever translators work.

use std::path::Path;
use std::process::Command;

/// The commits that changed `file` (relative to `root`), newest first.
pub fn commits_of(root: &Path, file: &str) -> Result<Vec<String>, String> {
    Ok(run(root, &["log", "--format=%H", "--", file])?
        .lines()
        .map(str::to_string)
        .collect())
}

/// `file` (relative to `root`) as it was at `commit`.
pub fn file_at(root: &Path, commit: &str, file: &str) -> Result<String, String> {
    run(root, &["show", &format!("{commit}:./{file}")])
}

fn run(root: &Path, args: &[&str]) -> Result<String, String> {
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
