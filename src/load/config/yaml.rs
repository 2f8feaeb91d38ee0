//! serde_yaml's errors as diagnostics, for site.yaml and for front matter.

use crate::diagnostics::{Diagnostic, line_col};
use crate::messages::FluentArgs;
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
    let rest = &message[start..];
    let mut args = FluentArgs::new();
    args.set("serde", message);
    args.set("at", at);
    for name in ["value", "key", "field"] {
        args.set(name, named.clone());
    }
    args.set("allowed", allowed);
    args.set("detail", rest);
    // Each kind's message and hint; every message is given every part, and uses the ones it
    // names.
    let (text, hint) = if message.contains("is not a date") {
        (msg!("yaml-not-a-date"; &args), t!("yaml-not-a-date-hint"))
    } else if rest.starts_with("duplicate") {
        (
            msg!("yaml-duplicate-key"; &args),
            t!("yaml-duplicate-key-hint"),
        )
    } else if rest.starts_with("unknown variant") && message.starts_with("check.required") {
        (
            msg!("yaml-unknown-value"; &args),
            t!("yaml-unknown-required-field-hint"),
        )
    } else if rest.starts_with("unknown variant") {
        (
            msg!("yaml-unknown-value"; &args),
            t!("yaml-unknown-value-hint"),
        )
    } else if message.contains("cannot start any token") {
        (msg!("yaml-tab"; &args), t!("yaml-tab-hint"))
    } else if rest.starts_with("unknown field") {
        (
            msg!("yaml-unknown-field"; &args),
            t!("yaml-unknown-field-hint"),
        )
    } else if rest.starts_with("invalid type") {
        (msg!("yaml-wrong-type"; &args), t!("yaml-wrong-type-hint"))
    } else if rest.starts_with("missing field") {
        (
            msg!("yaml-missing-field"; &args),
            t!("yaml-missing-field-hint"),
        )
    } else {
        (msg!("yaml-syntax"; &args), t!("yaml-syntax-hint"))
    };
    Diagnostic::error("", text).hint(hint)
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
