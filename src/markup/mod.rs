//! Text written into HTML and XML that faro makes by hand (feeds, sitemaps, the links and
//! images it adds to Markdown, the status report), outside Tera's own escaping; and what a finished
//! document loads (`resources`).

pub(crate) mod resources;

/// Escapes text for element content and quoted attribute values alike, in HTML and XML.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            // XML 1.0 cannot carry these at all, not even as references; one stray control
            // character pasted into a title would make the whole file unreadable.
            c if u32::from(c) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn markup_characters_are_escaped_and_control_characters_dropped() {
        assert_eq!(
            super::escape("a & <b> \"c\" 'd'\u{1}\n"),
            "a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;\n"
        );
    }
}
