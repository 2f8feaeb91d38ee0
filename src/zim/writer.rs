//! Writing a ZIM file with openZIM's own `zimwriterfs` (Debian's and Ubuntu's `zim-tools`):
//! it packs a folder, with the title index and the full-text (Xapian) search index that Kiwix
//! searches with. docs/architecture.md says why this writer and not another. Only `faro zim`
//! needs it.

use std::path::Path;
use std::process::{Command, Stdio};

use super::metadata::Metadata;
use crate::diagnostics::Diagnostic;

const TOOL: &str = "zimwriterfs";
/// The name the illustration gets inside the folder packed (zimwriterfs takes it from there).
pub(super) const ILLUSTRATION: &str = "illustration-48.png";

/// An error unless `zimwriterfs` can be run.
pub(super) fn check_installed() -> Result<(), Diagnostic> {
    match Command::new(TOOL)
        .arg("--version")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
    {
        Ok(_) => Ok(()),
        Err(e) => Err(Diagnostic::error(
            TOOL,
            crate::msg!(
                "zim-tool-missing",
                tool = TOOL,
                error = crate::messages::io_error(&e)
            ),
        )
        .hint(crate::t!("zim-tool-missing-hint", tool = TOOL))),
    }
}

/// Packs `dir` (a language's files, its home page `index.html` and the illustration beside
/// it) into the ZIM file `file`, replacing it only once the new one is whole.
pub(super) fn write(dir: &Path, meta: &Metadata, file: &Path) -> Result<(), Diagnostic> {
    let shown = file.display().to_string();
    // Written under another name first, so a failed run leaves the previous file whole.
    let partial = file.with_extension("zim.partial");
    let _ = std::fs::remove_file(&partial);
    let mut command = Command::new(TOOL);
    command
        .arg(format!("--welcome={}", "index.html"))
        .arg(format!("--illustration={ILLUSTRATION}"))
        .arg(format!("--language={}", meta.language))
        .arg(format!("--title={}", meta.title))
        .arg(format!("--description={}", meta.description))
        .arg(format!("--creator={}", meta.creator))
        .arg(format!("--publisher={}", meta.publisher))
        .arg(format!("--name={}", meta.name))
        .arg(format!("--tags={}", meta.tags))
        .arg(format!("--scraper=faro {}", env!("CARGO_PKG_VERSION")))
        // Two threads: the machines that make these files have few cores.
        .arg("--threads=2");
    if let Some(source) = &meta.source {
        command.arg(format!("--source={source}"));
    }
    command.arg(dir).arg(&partial).stdin(Stdio::null());
    let output = command.output().map_err(|e| {
        Diagnostic::error(
            TOOL,
            crate::msg!(
                "zim-tool-cannot-run",
                tool = TOOL,
                error = crate::messages::io_error(&e)
            ),
        )
        .hint(crate::t!("zim-tool-cannot-run-hint", tool = TOOL))
    })?;
    if !output.status.success() {
        let _ = std::fs::remove_file(&partial);
        let said = String::from_utf8_lossy(&output.stderr);
        let said = said.trim();
        let said = if said.is_empty() {
            String::from_utf8_lossy(&output.stdout).trim().to_string()
        } else {
            said.to_string()
        };
        let last: Vec<&str> = said.lines().rev().take(5).collect();
        let last: Vec<&str> = last.into_iter().rev().collect();
        return Err(Diagnostic::error(
            shown,
            crate::msg!(
                "zim-tool-failed",
                tool = TOOL,
                status = output.status.to_string(),
                said = last.join(" / ")
            ),
        )
        .hint(crate::t!(
            "zim-tool-failed-hint",
            folder = dir.display().to_string()
        )));
    }
    std::fs::rename(&partial, file).map_err(|e| {
        Diagnostic::error(
            shown,
            crate::msg!("zim-cannot-replace", error = crate::messages::io_error(&e)),
        )
        .hint(crate::t!("zim-cannot-replace-hint"))
    })
}
