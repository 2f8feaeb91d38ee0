//! translations/<lang>.ftl: the interface strings ("Call us", "Reviewed on …"), in Project
//! Fluent, with plural rules, falling back along each language's chain.

use std::collections::HashMap;
use std::path::Path;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;

use super::config::Config;
use crate::diagnostics::{Diagnostic, Diagnostics, line_col};

pub const TRANSLATIONS_DIR: &str = "translations";

/// One Fluent bundle per language that has a .ftl file, shared by the render threads.
pub struct Strings {
    /// The messages each language's file defines, with their lines, for `faro check`.
    pub keys: HashMap<String, Vec<(String, usize)>>,
    /// Some .ftl file could not be read or parsed: rendering would only add follow-on errors
    /// about the messages it lost.
    pub broken: bool,
    default_language: String,
    bundles: HashMap<String, FluentBundle<FluentResource>>,
    chains: HashMap<String, Vec<String>>,
}

impl Strings {
    pub fn load(root: &Path, config: &Config, diags: &mut Diagnostics) -> Strings {
        let errors_before = diags.error_count();
        let mut bundles = HashMap::new();
        let mut keys = HashMap::new();
        let dir = root.join(TRANSLATIONS_DIR);
        if !dir.is_dir() {
            diags.push(
                Diagnostic::error(
                    TRANSLATIONS_DIR,
                    "there is no translations/ folder, so the pages have no interface strings",
                )
                .hint(format!(
                    "create translations/{}.ftl with the strings the theme uses",
                    config.default_language()
                )),
            );
        }
        let entries = match super::files::inside(root, &dir) {
            Ok(_) => std::fs::read_dir(&dir).ok(),
            Err(diag) => {
                diags.push(diag);
                None
            }
        };
        if let Some(entries) = entries {
            let mut names: Vec<_> = entries
                .filter_map(Result::ok)
                .map(|e| e.file_name())
                .collect();
            names.sort();
            for name in names {
                let name = name.to_string_lossy().into_owned();
                let Some(code) = name.strip_suffix(".ftl") else {
                    continue;
                };
                let file = format!("{TRANSLATIONS_DIR}/{name}");
                if config.language(code).is_none() {
                    diags.push(
                        Diagnostic::warning(&file, format!("`{code}` is not a language declared in site.yaml; this file is not used"))
                            .hint("declare the language in site.yaml or rename the file to <code>.ftl"),
                    );
                    continue;
                }
                let source = match super::files::read_text(
                    root,
                    &dir.join(&name),
                    super::files::Kind::Translations,
                    &config.site.limits,
                ) {
                    Ok(source) => source,
                    Err(diag) => {
                        diags.push(diag);
                        continue;
                    }
                };
                keys.insert(code.to_string(), message_keys(&source));
                if let Some(bundle) = parse_bundle(code, &file, source, diags) {
                    bundles.insert(code.to_string(), bundle);
                }
            }
        }
        let chains = config
            .languages
            .iter()
            .map(|l| (l.code.clone(), l.chain.clone()))
            .collect();
        Strings {
            keys,
            broken: diags.error_count() > errors_before,
            default_language: config.default_language().to_string(),
            bundles,
            chains,
        }
    }

    /// The message `key` for a reader of `lang`, from the first language in its chain that has
    /// it, or `None` when no language has it.
    pub fn format(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        for code in self.chain(lang) {
            let Some(bundle) = self.bundles.get(code) else {
                continue;
            };
            let Some(message) = bundle.get_message(key) else {
                continue;
            };
            let Some(pattern) = message.value() else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            return Some(text.into_owned());
        }
        None
    }

    pub fn default_language(&self) -> &str {
        &self.default_language
    }

    /// The first language in `lang`'s chain that has interface strings at all.
    pub fn ui_language<'a>(&'a self, lang: &'a str) -> Option<&'a str> {
        self.chain(lang)
            .find(|code| self.bundles.contains_key(*code))
    }

    /// Which language in `lang`'s chain provides `key`.
    pub fn provider<'a>(&'a self, lang: &'a str, key: &str) -> Option<&'a str> {
        self.chain(lang)
            .find(|code| self.bundles.get(*code).is_some_and(|b| b.has_message(key)))
    }

    fn chain<'a>(&'a self, lang: &'a str) -> impl Iterator<Item = &'a str> {
        let chain = self.chains.get(lang);
        let fallback = std::iter::once(lang).filter(move |_| chain.is_none());
        chain
            .into_iter()
            .flatten()
            .map(String::as_str)
            .chain(fallback)
    }
}

/// The messages a Fluent file defines (not terms, which start with `-`), with their lines.
pub(crate) fn message_keys(source: &str) -> Vec<(String, usize)> {
    source
        .lines()
        .enumerate()
        .filter(|(_, line)| line.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|(i, line)| {
            line.split_once('=')
                .map(|(key, _)| (key.trim().to_string(), i + 1))
        })
        .collect()
}

/// Where a `\\u` or `\\U` escape has hex digits that stop at a letter outside ASCII: byte
/// offsets of the backslashes. fluent-syntax 0.12 cuts that letter in two while writing its
/// error message and panics (found by fuzzing). Which backslashes the parser reads as escapes
/// depends on how it recovers from other errors, so every one that is not itself escaped is
/// taken, in quoted text or not; in plain text such a backslash is a typing slip anyway.
/// Written by hand because the only Fluent parser is the one that panics.
fn broken_unicode_escapes(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        let wanted = match bytes.get(i + 1) {
            Some(b'u') => 4,
            Some(b'U') => 6,
            // `\\` and any other escape: the next byte is taken with it.
            _ => {
                i += 2;
                continue;
            }
        };
        let digits = bytes[i + 2..]
            .iter()
            .take(wanted)
            .take_while(|b| b.is_ascii_hexdigit())
            .count();
        if digits < wanted && bytes.get(i + 2 + digits).is_some_and(|b| !b.is_ascii()) {
            found.push(i);
        }
        i += 2 + digits;
    }
    found
}

/// Legal Fluent that faro refuses because the Fluent crates fail on it (each found by
/// fuzzing). The first two: once a message has used up its 100 placeables, fluent-bundle 0.16
/// writes the expression that was cut short as an error, and panics (`unreachable!`) for an
/// expression that has no name to write. Neither does anything useful, so faro refuses them
/// whatever the count.
#[derive(Debug, PartialEq)]
enum FormatterTrap {
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
const MAX_NESTING: usize = 10;

impl FormatterTrap {
    fn diagnostic(&self, file: &str) -> Diagnostic {
        match self {
            FormatterTrap::FixedSelector => Diagnostic::error(
                file,
                "this choice is made on fixed text or a number, so it always gives the same variant",
            )
            .hint("choose on a variable, as in `{ $count -> … }`, or keep only the text of the variant you want"),
            FormatterTrap::PlaceableInPlaceable => Diagnostic::error(
                file,
                "a placeable is written inside another one, as in `{ { $count } }`",
            )
            .hint("remove the inner braces: `{ $count }`"),
            FormatterTrap::TooDeep => Diagnostic::error(
                file,
                format!("choices, placeables and function calls are nested more than {MAX_NESTING} deep here"),
            )
            .hint("write the choices one after another, or move part of the text into its own message and use it as `{ other-message }`"),
        }
    }
}

/// Formatter traps as they are found: the text each starts at or after, and for a placeable
/// how many `{` stand between its start and that text.
type Found<'s> = Vec<(&'s str, usize, FormatterTrap)>;

/// Every formatter trap in `resource`, with the byte offset in its source where it starts.
/// The syntax tree has no positions, but its text slices point into the source.
fn formatter_traps(resource: &FluentResource) -> Vec<(Option<usize>, FormatterTrap)> {
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

/// Where `offset` in the parsed copy, with a backslash added at each of `added` (offsets in
/// the file, in order), is in the file.
fn offset_in_file(added: &[usize], offset: usize) -> usize {
    let before = added
        .iter()
        .enumerate()
        .take_while(|&(k, &at)| at + k < offset)
        .count();
    offset - before
}

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
                format!(
                    "`{}` must be followed by {digits} hex digits (0-9, A-F)",
                    &text[at..at + 2]
                ),
            )
            .at(line, col)
            .hint("write the letter itself instead of its code; for a backslash in quoted text, write `\\\\`"),
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
            Diagnostic::error(file, "the file has too many `{` and `(` to be read").hint(
                "interface strings need a few hundred at most; look for text pasted in by mistake",
            ),
        );
        return None;
    };
    for error in parsed.errors {
        let (line, col) = line_col(&text, offset_in_file(&broken, error.pos.start));
        diags.push(
            Diagnostic::error(file, format!("Fluent syntax error: {}", error.kind))
                .at(line, col)
                .hint("a message is `key = text`; continuation lines are indented; see https://projectfluent.org/fluent/guide/"),
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
            let diag = Diagnostic::error(file, format!("the message `{key}` is defined twice"))
                .hint("each message key may appear once in a file; remove or rename one of them");
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

    /// Each diagnostic as faro prints it, in order.
    fn messages(diags: Diagnostics) -> Vec<String> {
        diags.into_sorted().iter().map(|d| d.to_string()).collect()
    }

    #[test]
    fn unicode_escapes_cut_by_a_letter_are_found() {
        let found = |text: &str| broken_unicode_escapes(text);
        assert_eq!(found(r#"a = { "\uñ" }"#), [7]);
        assert_eq!(found("a = { \"x\" } { \"\\U12ñ\" }"), [15]);
        // Anywhere, since the parser's reading after an earlier error cannot be foreseen:
        // a brace left open above, or plain text.
        assert_eq!(found("a = {\"x\nb = -\"y\" {\"\\U44ñ\"}"), [19]);
        assert_eq!(found(r"a = C:\uñ"), [6]);
        // Whole escapes, escapes ended by ASCII (Fluent reports those itself) and an escaped
        // backslash are left alone.
        assert!(found(r#"a = { "\u00e9\U01F600" }"#).is_empty());
        assert!(found(r#"a = { "\u12x" }"#).is_empty());
        assert!(found(r#"a = { "\\uñ" }"#).is_empty());
        assert_eq!(found(r#"a = { "\\\uñ" }"#), [9]);
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
