//! One .ftl file parsed into a Fluent bundle, on a stack it cannot overflow, with every error
//! at its line.

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;

use super::escapes::{broken_unicode_escapes, offset_in_file};
use super::traps::{FormatterTrap, formatter_traps};
use crate::diagnostics::{Diagnostic, Diagnostics, line_col};

/// What parsing a file gave: its syntax errors, its formatter traps, and the resource, unless
/// it has a trap.
struct Parsed {
    resource: Option<FluentResource>,
    errors: Vec<fluent_syntax::parser::ParserError>,
    traps: Vec<(Option<usize>, FormatterTrap)>,
}

/// Stack for parsing: fluent-syntax parses nested `{` and `(` by recursion, about 1 KB of
/// stack for each level (measured, debug and release), so a file of `{{{{…` overflows any
/// fixed stack and kills the process (found by fuzzing). Four times that per `{` or `(` in the
/// file can hold the deepest nesting the file could have.
const PARSE_STACK_BASE: usize = 256 * 1024;
const PARSE_STACK_PER_OPENER: usize = 4 * 1024;

/// Parses `source` and looks for traps on a thread with a stack that fits the file's deepest
/// possible nesting. A resource with traps, which may be nested too deep to drop on an
/// ordinary stack, is dropped there too. `None` if no such thread can be started.
fn parse_on_own_stack(source: String) -> Option<Parsed> {
    let openers = source.bytes().filter(|b| matches!(b, b'{' | b'(')).count();
    let stack = openers
        .checked_mul(PARSE_STACK_PER_OPENER)?
        .checked_add(PARSE_STACK_BASE)?;
    let parser = std::thread::Builder::new()
        .name("fluent-parser".into())
        .stack_size(stack)
        .spawn(move || {
            let (resource, errors) = match FluentResource::try_new(source) {
                Ok(resource) => (resource, Vec::new()),
                Err((resource, errors)) => (resource, errors),
            };
            let traps = formatter_traps(&resource);
            let resource = traps.is_empty().then_some(resource);
            Parsed {
                resource,
                errors,
                traps,
            }
        })
        .ok()?;
    match parser.join() {
        Ok(parsed) => Some(parsed),
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

pub(crate) fn parse_bundle(
    code: &str,
    file: &str,
    source: String,
    diags: &mut Diagnostics,
) -> Option<FluentBundle<FluentResource>> {
    let text = source.clone();
    let broken = broken_unicode_escapes(&text);
    for &at in &broken {
        let (line, col) = line_col(&text, at);
        let digits = if text[at..].starts_with("\\U") { 6 } else { 4 };
        diags.push(
            Diagnostic::error(
                file,
                crate::msg!(
                    "ftl-unicode-escape",
                    escape = text[at..at + 2].to_string(),
                    digits = digits
                ),
            )
            .at(line, col)
            .hint(crate::t!("ftl-unicode-escape-hint")),
        );
    }
    // The parser still reads the rest of the file, for its other errors, with those
    // backslashes escaped (lines stay where they are).
    let source = if broken.is_empty() {
        source
    } else {
        let mut patched = source;
        for &at in broken.iter().rev() {
            patched.insert(at, '\\');
        }
        patched
    };
    let Some(parsed) = parse_on_own_stack(source) else {
        diags.push(
            Diagnostic::error(file, crate::msg!("ftl-too-many-braces"))
                .hint(crate::t!("ftl-too-many-braces-hint")),
        );
        return None;
    };
    for error in parsed.errors {
        let (line, col) = line_col(&text, offset_in_file(&broken, error.pos.start));
        diags.push(
            Diagnostic::error(
                file,
                crate::msg!("ftl-syntax-error", error = error.kind.to_string()),
            )
            .at(line, col)
            .hint(crate::t!("ftl-syntax-error-hint")),
        );
    }
    for (offset, trap) in &parsed.traps {
        let diag = trap.diagnostic(file);
        diags.push(match offset {
            Some(offset) => {
                let (line, col) = line_col(&text, offset_in_file(&broken, *offset));
                diag.at(line, col)
            }
            None => diag,
        });
    }
    // With a trap, formatting any message of this bundle could reach it; nothing may use it.
    let resource = parsed.resource?;
    let locale = code.parse().ok()?;
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    // Unicode isolation marks around placeables would end up inside attributes and URLs;
    // the page's own `dir` handles direction.
    bundle.set_use_isolating(false);
    if let Err(errors) = bundle.add_resource(resource) {
        for error in errors {
            let key = match &error {
                fluent_bundle::FluentError::Overriding { id, .. } => id.clone(),
                other => other.to_string(),
            };
            // The second definition is the one to remove.
            let line = text
                .lines()
                .enumerate()
                .filter(|(_, l)| l.split('=').next().is_some_and(|k| k.trim() == key))
                .map(|(i, _)| i + 1)
                .nth(1);
            let diag = Diagnostic::error(file, crate::msg!("ftl-duplicate-key", key = key.clone()))
                .hint(crate::t!("ftl-duplicate-key-hint"));
            diags.push(match line {
                Some(line) => diag.at(line, 1),
                None => diag,
            });
        }
    }
    Some(bundle)
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::strings::traps::MAX_NESTING;

    /// Each diagnostic as faro prints it, in order.
    fn messages(diags: Diagnostics) -> Vec<String> {
        diags.into_sorted().iter().map(|d| d.to_string()).collect()
    }

    #[test]
    fn a_cut_unicode_escape_is_an_error_at_its_line_not_a_panic() {
        // The input the `fluent` fuzz target found, as the target reads it.
        let bytes: &[u8] =
            b"skip-to-content = ead it i\x94 {\"$ik\x04read-suroce=  \\U\xff\xff\xffhelp-wVa\n";
        let mut diags = Diagnostics::new();
        let text = String::from_utf8_lossy(bytes).into_owned();
        parse_bundle("es", "translations/es.ftl", text, &mut diags).expect("a bundle");
        let messages = messages(diags);
        assert!(
            messages.iter().any(|m| m.contains("translations/es.ftl:1:")
                && m.contains("`\\U` must be followed by 6 hex digits")),
            "{messages:#?}"
        );
    }

    #[test]
    fn a_formatter_trap_is_an_error_at_its_line_and_the_bundle_is_not_used() {
        // More than 100 placeables reached through a choice on fixed text: fluent-bundle 0.16
        // panics formatting `a`.
        let text = format!(
            "b = {}\na = {{ \"x\" ->\n   *[o] {{ b }}\n}}\n",
            "{ $count }".repeat(101)
        );
        let mut diags = Diagnostics::new();
        let bundle = parse_bundle("es", "translations/es.ftl", text, &mut diags);
        assert!(bundle.is_none(), "a bundle that would panic when formatted");
        let messages = messages(diags);
        assert!(
            messages
                .iter()
                .any(|m| m.contains("translations/es.ftl:2:7:") && m.contains("fixed text")),
            "{messages:#?}"
        );
    }

    #[test]
    fn positions_after_a_patched_escape_are_counted_in_the_file() {
        // `\uñ` is parsed with a backslash added before it, which moves what follows by one.
        let mut diags = Diagnostics::new();
        let text = "a = { \"\\uñ\" } { { $c } }\n".to_string();
        assert!(parse_bundle("es", "es.ftl", text, &mut diags).is_none());
        let messages = messages(diags);
        assert!(
            messages
                .iter()
                .any(|m| m.contains("es.ftl:1:17:") && m.contains("inside another")),
            "{messages:#?}"
        );
    }

    #[test]
    fn nesting_deeper_than_any_stack_is_an_error_not_a_crash() {
        // Each of these overflowed the stack and killed the process while parsing.
        let deep = 50_000;
        let inputs = [
            format!("a = {}$x{}\n", "{".repeat(deep), "}".repeat(deep)),
            format!("a = {{ {}1{} }}\n", "F(".repeat(deep), ")".repeat(deep)),
            format!(
                "a = {}x{}\n",
                "{ $x ->\n *[a] ".repeat(deep),
                "\n}".repeat(deep)
            ),
        ];
        for text in inputs {
            let mut diags = Diagnostics::new();
            assert!(parse_bundle("es", "es.ftl", text, &mut diags).is_none());
            let messages = messages(diags);
            assert!(
                messages
                    .iter()
                    .any(|m| m.contains("es.ftl:") && m.contains("nested more than 10 deep")),
                "{messages:#?}"
            );
        }
    }

    #[test]
    fn ten_choices_deep_are_accepted_and_eleven_are_not() {
        let nested = |levels: usize| {
            format!(
                "a = {}x{}\n",
                "{ $x ->\n *[a] ".repeat(levels),
                "\n}".repeat(levels)
            )
        };
        let mut diags = Diagnostics::new();
        let bundle = parse_bundle("es", "es.ftl", nested(MAX_NESTING), &mut diags);
        assert!(bundle.is_some() && diags.error_count() == 0);
        let mut diags = Diagnostics::new();
        assert!(parse_bundle("es", "es.ftl", nested(MAX_NESTING + 1), &mut diags).is_none());
        let messages = messages(diags);
        assert!(
            messages
                .iter()
                .any(|m| m.contains("es.ftl:11:10:") && m.contains("nested more than 10")),
            "{messages:#?}"
        );
    }
}
