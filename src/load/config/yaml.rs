//! serde_yaml's errors as diagnostics, for site.yaml and for front matter.

use crate::diagnostics::{Diagnostic, line_col};

/// Turns a serde_yaml error into a diagnostic; `line_offset` is added to the error's line for
/// YAML that starts partway into a file (front matter).
pub fn yaml_error(
    file: impl Into<std::path::PathBuf>,
    text: &str,
    line_offset: usize,
    e: &serde_yaml::Error,
) -> Diagnostic {
    let message = e.to_string();
    // serde_yaml appends " at line N column M" to its message; the location goes in our own
    // fields instead.
    let message = message
        .split(" at line ")
        .next()
        .unwrap_or(&message)
        .to_string();
    let hint = if message.contains("is not a date") {
        "write dates as YYYY-MM-DD, for example 2026-11-28"
    } else if message.contains("duplicate") {
        "each key may appear once; remove one of them"
    } else if message.contains("unknown variant") && message.starts_with("check.required") {
        "list only fields the message names; `title`, `updated` and `sources` are checked without being listed"
    } else if message.contains("unknown variant") {
        "use one of the values the message lists"
    } else if message.contains("cannot start any token") {
        "YAML does not allow tab characters; indent with spaces"
    } else if message.contains("unknown field") {
        "check the spelling of the key; the message lists the keys that are allowed"
    } else if message.contains("invalid type") {
        "check the value's type: text, a number, a list (lines starting with '- ') or true/false"
    } else if message.contains("missing field") {
        "add the missing key"
    } else {
        "check the YAML syntax: `key: value`, two-space indents, quotes around text with ':' or '#'"
    };
    let diag = Diagnostic::error(file, message.clone()).hint(hint);
    // Errors raised while reading a value (a bad date, a repeated key) come located at the start
    // of the document; the value or key named in the message finds the real line.
    let located = e.location().map(|loc| line_col(text, loc.index()));
    let named = named_line(text, &message);
    match (located, named) {
        (Some((1, 1)) | None, Some(line)) => diag.at_line(line + line_offset),
        (Some((line, col)), _) => diag.at(line + line_offset, col),
        (None, None) => diag,
    }
}

/// The line that holds the first `quoted` or "quoted" word of a message; for a repeated key,
/// its second appearance.
fn named_line(text: &str, message: &str) -> Option<usize> {
    let quoted = message
        .split('`')
        .nth(1)
        .or_else(|| message.split('"').nth(1))
        .filter(|q| !q.is_empty())?;
    let lines = text.lines().enumerate();
    if message.starts_with("duplicate") {
        let key = format!("{quoted}:");
        return lines
            .filter(|(_, l)| l.trim_start().starts_with(&key))
            .map(|(i, _)| i + 1)
            .nth(1);
    }
    text.lines()
        .position(|l| l.split_once(':').is_some_and(|(_, v)| v.contains(quoted)))
        .map(|i| i + 1)
}
