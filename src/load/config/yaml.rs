//! serde_yaml's errors as diagnostics, for site.yaml and for front matter.

use crate::diagnostics::{Diagnostic, line_col};
use crate::{msg, t};

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
    let diag = Diagnostic {
        file: file.into(),
        ..translated(&message)
    };
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

/// serde_yaml's message as a diagnostic with a code per kind of problem. In English it is
/// serde_yaml's own text (`serde`); in Spanish a sentence of faro's made from its parts: the
/// path of the value (`at`, e.g. `sources[0]: `), the field or value named, and what is allowed.
fn translated(message: &str) -> Diagnostic {
    const KINDS: [&str; 5] = [
        "unknown field ",
        "missing field ",
        "duplicate ",
        "unknown variant ",
        "invalid type: ",
    ];
    let start = KINDS
        .iter()
        .filter_map(|kind| message.find(kind))
        .min()
        .unwrap_or(0);
    let at = message[..start].to_string();
    let serde = message.to_string();
    // The first `quoted` or "quoted" word, and the list after "expected".
    let named = message[start..]
        .split('`')
        .nth(1)
        .or_else(|| message[start..].split('"').nth(1))
        .unwrap_or_default()
        .to_string();
    let allowed = message
        .split_once(", expected ")
        .map(|(_, list)| list.trim_start_matches("one of ").replace(" or ", ", "))
        .unwrap_or_default();
    let error = |message| Diagnostic::error("", message);
    let rest = &message[start..];
    if message.contains("is not a date") {
        error(msg!("yaml-not-a-date", serde = serde, value = named))
            .hint(t!("yaml-not-a-date-hint"))
    } else if rest.starts_with("duplicate") {
        error(msg!(
            "yaml-duplicate-key",
            serde = serde,
            at = at,
            key = named
        ))
        .hint(t!("yaml-duplicate-key-hint"))
    } else if rest.starts_with("unknown variant") && message.starts_with("check.required") {
        error(msg!(
            "yaml-unknown-value",
            serde = serde,
            at = at,
            value = named,
            allowed = allowed
        ))
        .hint(t!("yaml-unknown-required-field-hint"))
    } else if rest.starts_with("unknown variant") {
        error(msg!(
            "yaml-unknown-value",
            serde = serde,
            at = at,
            value = named,
            allowed = allowed
        ))
        .hint(t!("yaml-unknown-value-hint"))
    } else if message.contains("cannot start any token") {
        error(msg!("yaml-tab", serde = serde)).hint(t!("yaml-tab-hint"))
    } else if rest.starts_with("unknown field") {
        error(msg!(
            "yaml-unknown-field",
            serde = serde,
            at = at,
            field = named,
            allowed = allowed
        ))
        .hint(t!("yaml-unknown-field-hint"))
    } else if rest.starts_with("invalid type") {
        error(msg!(
            "yaml-wrong-type",
            serde = serde,
            at = at,
            detail = rest
        ))
        .hint(t!("yaml-wrong-type-hint"))
    } else if rest.starts_with("missing field") {
        error(msg!(
            "yaml-missing-field",
            serde = serde,
            at = at,
            field = named
        ))
        .hint(t!("yaml-missing-field-hint"))
    } else {
        error(msg!("yaml-syntax", serde = serde)).hint(t!("yaml-syntax-hint"))
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
