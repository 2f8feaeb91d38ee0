//! Legal Fluent that the Fluent crates cannot format, found in the syntax tree.

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use crate::diagnostics::Diagnostic;

/// Legal Fluent that faro refuses because the Fluent crates fail on it (each found by
/// fuzzing). The first two: once a message has used up its 100 placeables, fluent-bundle 0.16
/// writes the expression that was cut short as an error, and panics (`unreachable!`) for an
/// expression that has no name to write. Neither does anything useful, so faro refuses them
/// whatever the count.
#[derive(Debug, PartialEq)]
pub(super) enum FormatterTrap {
    /// `{ "x" -> … }` or `{ 1 -> … }`: always the same variant.
    FixedSelector,
    /// `{ { $count } }`: the inner braces add nothing.
    PlaceableInPlaceable,
    /// Expressions nested deeper than [`MAX_NESTING`]: the syntax tree is dropped, checked and
    /// formatted by recursion, on whatever stack the caller has.
    TooDeep,
}

/// How deep faro lets choices, placeables and function calls nest in each other. Real
/// messages nest two or three levels.
pub(super) const MAX_NESTING: usize = 10;

impl FormatterTrap {
    pub(super) fn diagnostic(&self, file: &str) -> Diagnostic {
        match self {
            FormatterTrap::FixedSelector => {
                Diagnostic::error(file, crate::msg!("ftl-fixed-selector"))
                    .hint(crate::t!("ftl-fixed-selector-hint"))
            }
            FormatterTrap::PlaceableInPlaceable => {
                Diagnostic::error(file, crate::msg!("ftl-placeable-in-placeable"))
                    .hint(crate::t!("ftl-placeable-in-placeable-hint"))
            }
            FormatterTrap::TooDeep => {
                Diagnostic::error(file, crate::msg!("ftl-nested-too-deep", max = MAX_NESTING))
                    .hint(crate::t!("ftl-nested-too-deep-hint"))
            }
        }
    }
}

/// Formatter traps as they are found: the text each starts at or after, and for a placeable
/// how many `{` stand between its start and that text.
type Found<'s> = Vec<(&'s str, usize, FormatterTrap)>;

/// Every formatter trap in `resource`, with the byte offset in its source where it starts.
/// The syntax tree has no positions, but its text slices point into the source.
pub(super) fn formatter_traps(resource: &FluentResource) -> Vec<(Option<usize>, FormatterTrap)> {
    let source = resource.source();
    let mut found = Vec::new();
    let mut patterns = Vec::new();
    for entry in resource.entries() {
        match entry {
            ast::Entry::Message(message) => {
                patterns.extend(&message.value);
                patterns.extend(message.attributes.iter().map(|a| &a.value));
            }
            ast::Entry::Term(term) => {
                patterns.push(&term.value);
                patterns.extend(term.attributes.iter().map(|a| &a.value));
            }
            _ => {}
        }
    }
    for pattern in patterns {
        pattern_traps(pattern, 1, &mut found);
    }
    found
        .into_iter()
        .map(|(slice, braces, trap)| (trap_start(source, slice, braces, &trap), trap))
        .collect()
}

/// Where a trap starts in `source`, or `None` if `slice` is not part of it (it always is with
/// fluent-syntax 0.12; the trap is still reported, without a position).
fn trap_start(source: &str, slice: &str, braces: usize, trap: &FormatterTrap) -> Option<usize> {
    let offset = (slice.as_ptr() as usize).checked_sub(source.as_ptr() as usize)?;
    let before = source.get(..offset)?;
    match trap {
        // The placeable's `{`: between it and its first word stand only the braces of the
        // placeables it starts with, quotes, sigils and spaces.
        FormatterTrap::PlaceableInPlaceable => {
            let mut start = offset;
            for _ in 0..braces {
                start = source.get(..start)?.rfind('{')?;
            }
            Some(start)
        }
        // A string's opening quote.
        FormatterTrap::FixedSelector if before.ends_with('"') => Some(offset - 1),
        FormatterTrap::FixedSelector | FormatterTrap::TooDeep => Some(offset),
    }
}

/// The traps in `pattern`, whose placeables are `depth` levels deep.
fn pattern_traps<'s>(pattern: &ast::Pattern<&'s str>, depth: usize, found: &mut Found<'s>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_traps(expression, depth, found);
        }
    }
}

fn expression_traps<'s>(
    expression: &ast::Expression<&'s str>,
    depth: usize,
    found: &mut Found<'s>,
) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            if depth > MAX_NESTING {
                found.push((first_word(selector).0, 0, FormatterTrap::TooDeep));
                return;
            }
            if let ast::InlineExpression::StringLiteral { value }
            | ast::InlineExpression::NumberLiteral { value } = selector
            {
                found.push((value, 0, FormatterTrap::FixedSelector));
            }
            inline_traps(selector, depth, found);
            for variant in variants {
                pattern_traps(&variant.value, depth + 1, found);
            }
        }
        ast::Expression::Inline(inline) => inline_traps(inline, depth, found),
    }
}

fn inline_traps<'s>(inline: &ast::InlineExpression<&'s str>, depth: usize, found: &mut Found<'s>) {
    if depth > MAX_NESTING {
        found.push((first_word(inline).0, 0, FormatterTrap::TooDeep));
        return;
    }
    match inline {
        ast::InlineExpression::Placeable { expression } => {
            let (word, braces) = first_word(inline);
            found.push((word, braces, FormatterTrap::PlaceableInPlaceable));
            expression_traps(expression, depth + 1, found);
        }
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in &arguments.positional {
                inline_traps(argument, depth + 1, found);
            }
            for argument in &arguments.named {
                inline_traps(&argument.value, depth + 1, found);
            }
        }
        _ => {}
    }
}

/// The leftmost piece of text an expression was parsed from, and how many placeables it
/// opens before that text.
fn first_word<'s>(inline: &ast::InlineExpression<&'s str>) -> (&'s str, usize) {
    match inline {
        ast::InlineExpression::StringLiteral { value }
        | ast::InlineExpression::NumberLiteral { value } => (value, 0),
        ast::InlineExpression::FunctionReference { id, .. }
        | ast::InlineExpression::MessageReference { id, .. }
        | ast::InlineExpression::TermReference { id, .. }
        | ast::InlineExpression::VariableReference { id } => (id.name, 0),
        ast::InlineExpression::Placeable { expression } => {
            let (word, braces) = match expression.as_ref() {
                ast::Expression::Select { selector, .. } => first_word(selector),
                ast::Expression::Inline(inline) => first_word(inline),
            };
            (word, braces + 1)
        }
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn formatter_traps_are_found_where_they_start() {
        let found = |text: &str| {
            let resource = FluentResource::try_new(text.to_string()).expect("valid Fluent");
            formatter_traps(&resource)
        };
        use FormatterTrap::*;
        type Expected = &'static [(Option<usize>, FormatterTrap)];
        let cases: [(&str, Expected); 8] = [
            (
                "a = { \"x\" ->\n   *[o] b\n}\n",
                &[(Some(6), FixedSelector)],
            ),
            ("a = { 1 ->\n   *[o] b\n}\n", &[(Some(6), FixedSelector)]),
            ("a = x { { $count } }", &[(Some(8), PlaceableInPlaceable)]),
            (
                "a = { { { $c } } }",
                &[
                    (Some(6), PlaceableInPlaceable),
                    (Some(8), PlaceableInPlaceable),
                ],
            ),
            // In a function's argument, a term, an attribute and a variant.
            (
                "a = { NUMBER({ $c }) }",
                &[(Some(13), PlaceableInPlaceable)],
            ),
            ("-t = { { \"\" } }", &[(Some(7), PlaceableInPlaceable)]),
            ("a =\n  .b = { { c } }", &[(Some(13), PlaceableInPlaceable)]),
            (
                "a = { $n ->\n *[o] { { $n } }\n}",
                &[(Some(20), PlaceableInPlaceable)],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(found(text), expected, "{text:?}");
        }
        // What the site's own files write is left alone.
        let fine = "a = { $count ->\n [one] uno\n *[other] { $count }\n}\nb = { \"{\" }\n\
                    c = { -t(x: \"y\") } { NUMBER($n, minimumFractionDigits: 2) }\n-t = T\n";
        assert!(found(fine).is_empty());
        let site = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("translations/es.ftl"),
        )
        .expect("translations/es.ftl");
        assert!(found(&site).is_empty());
    }
}
