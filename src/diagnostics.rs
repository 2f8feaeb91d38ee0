//! One type for every problem faro reports: where it is (file, line, column), what is wrong in
//! plain words, and what to do about it.
//!
//! Every stage pushes into a [`Diagnostics`] list instead of stopping at the first problem, so a
//! writer sees everything that needs fixing in one run.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::messages::Message;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    /// Worth knowing, nothing to fix now (a page not translated yet).
    Note,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// What kind of problem this is, stable across languages and releases (kebab-case, e.g.
    /// `front-matter-unknown-field`): the id of the message in src/messages/, for programs that
    /// read `faro check --format json`. Every diagnostic has one: a [`Message`] is made only
    /// by [`crate::msg!`].
    pub code: &'static str,
    /// Path shown to the writer, relative to the site root where possible.
    pub file: PathBuf,
    /// 1-based line, when the problem has one.
    pub line: Option<usize>,
    /// 1-based column (in characters), when known.
    pub column: Option<usize>,
    /// In the writer's language (src/messages/).
    pub message: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    /// An error with a message made by [`crate::msg!`], e.g.
    /// `Diagnostic::error(&file, msg!("page-title-empty"))`.
    pub fn error(file: impl Into<PathBuf>, message: impl Into<Message>) -> Self {
        Self::new(Severity::Error, file.into(), message.into())
    }

    pub fn warning(file: impl Into<PathBuf>, message: impl Into<Message>) -> Self {
        Self::new(Severity::Warning, file.into(), message.into())
    }

    pub fn note(file: impl Into<PathBuf>, message: impl Into<Message>) -> Self {
        Self::new(Severity::Note, file.into(), message.into())
    }

    fn new(severity: Severity, file: PathBuf, message: Message) -> Self {
        Self {
            severity,
            code: message.code,
            file,
            line: None,
            column: None,
            message: message.text,
            hint: None,
        }
    }

    pub fn at(mut self, line: usize, column: usize) -> Self {
        self.line = Some(line.max(1));
        self.column = Some(column.max(1));
        self
    }

    pub fn at_line(mut self, line: usize) -> Self {
        self.line = Some(line.max(1));
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `file:line:column`, as editors and terminals understand it.
    pub fn location(&self) -> String {
        let file = self.file.display();
        match (self.line, self.column) {
            (Some(l), Some(c)) => format!("{file}:{l}:{c}"),
            (Some(l), None) => format!("{file}:{l}"),
            _ => format!("{file}"),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => crate::t!("label-error"),
            Severity::Warning => crate::t!("label-warning"),
            Severity::Note => crate::t!("label-note"),
        };
        write!(f, "{label}: {}: {}", self.location(), self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  {}: {hint}", crate::t!("label-hint"))?;
        }
        Ok(())
    }
}

/// Every problem a run found, errors and warnings together.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    pub fn warning_count(&self) -> usize {
        self.items
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Sorted by file and line, duplicates removed: a template error that every page hits is
    /// reported once, not three thousand times.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by(|a, b| {
            (&a.file, a.line, a.column, a.severity, &a.message)
                .cmp(&(&b.file, b.line, b.column, b.severity, &b.message))
        });
        self.items.dedup();
        self.items
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

/// A file a person writes (a page, a template, interface strings) as UTF-8 text. An error names
/// the file (`shown`) and the line and column of the first byte that is not UTF-8. Files are
/// read by `load::files`, which holds every read to the site's folder and to a size limit.
pub fn utf8_text(bytes: Vec<u8>, shown: &Path) -> Result<String, Diagnostic> {
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let valid = String::from_utf8_lossy(&e.as_bytes()[..offset]);
        let (line, col) = line_col(&valid, offset);
        Diagnostic::error(shown, crate::msg!("file-not-utf8"))
            .at(line, col)
            .hint(crate::t!("file-not-utf8-hint"))
    })
}

/// 1-based line and column (in characters) of a byte offset in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Shows `path` relative to `root` when it lies inside it, so messages stay short.
pub fn display_path(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.to_path_buf())
}
