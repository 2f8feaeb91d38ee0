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

fn install_hint() -> String {
    format!(
        "install openZIM's tools, which bring {TOOL}: `sudo apt-get install zim-tools` on Debian or Ubuntu (elsewhere: https://download.openzim.org/release/zim-tools/); only `faro zim` needs them"
    )
}

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
            format!("faro zim writes ZIM files with {TOOL}, which cannot be run here: {e}"),
        )
        .hint(install_hint())),
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
        Diagnostic::error(TOOL, format!("cannot run {TOOL}: {e}")).hint(install_hint())
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
            format!("{TOOL} failed ({}): {}", output.status, last.join(" / ")),
        )
        .hint(format!(
            "the files it was given are in {}; run faro zim again, and report this problem with its message if it stays",
            dir.display()
        )));
    }
    std::fs::rename(&partial, file).map_err(|e| {
        Diagnostic::error(shown, format!("cannot put the new file in place: {e}"))
            .hint("check that the output folder is writable")
    })
}
