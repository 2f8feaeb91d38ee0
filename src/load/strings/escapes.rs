//! `\u` and `\U` escapes that fluent-syntax cannot report without panicking, found before it
//! parses.

/// Where a `\\u` or `\\U` escape has hex digits that stop at a letter outside ASCII: byte
/// offsets of the backslashes. fluent-syntax 0.12 cuts that letter in two while writing its
/// error message and panics (found by fuzzing). Which backslashes the parser reads as escapes
/// depends on how it recovers from other errors, so every one that is not itself escaped is
/// taken, in quoted text or not; in plain text such a backslash is a typing slip anyway.
/// Written by hand because the only Fluent parser is the one that panics.
pub(super) fn broken_unicode_escapes(text: &str) -> Vec<usize> {
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
/// Where `offset` in the parsed copy, with a backslash added at each of `added` (offsets in
/// the file, in order), is in the file.
pub(super) fn offset_in_file(added: &[usize], offset: usize) -> usize {
    let before = added
        .iter()
        .enumerate()
        .take_while(|&(k, &at)| at + k < offset)
        .count();
    offset - before
}
#[cfg(test)]
mod tests {
    use super::*;

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
}
