//! Where a page's Markdown body is between its uses. The bodies are most of what a site's
//! sources weigh (20 MB for 7 languages of 600 pages), and each is needed only while its page
//! is rendered or checked, so a page read from a file keeps only where its body is and a hash
//! of it, and reads it again each time. A file changed in between is an error, never a page
//! made of its old front matter and its new text.

use std::borrow::Cow;
use std::io::{self, Read};
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::diagnostics::Diagnostic;
use crate::load::files::Checked;

#[derive(Debug, Clone)]
pub(super) enum Body {
    /// In the page's file: where it really is and its length as read, where the body starts
    /// in its text (as `normalize_text` leaves it), and the SHA-256 of the body.
    File {
        file: Checked,
        start: usize,
        digest: [u8; 32],
    },
    /// Kept in memory: a page made from text rather than read from a file (`parse_page`).
    Text(String),
}

impl Body {
    /// The body `text[start..]` of the page file `file` (`text` as `normalize_text` leaves it).
    pub(super) fn in_file(file: Checked, text: &str, start: usize) -> Body {
        Body::File {
            file,
            start,
            digest: Sha256::digest(&text.as_bytes()[start..]).into(),
        }
    }

    /// The SHA-256 of the body's text, without reading it.
    pub(super) fn digest(&self) -> [u8; 32] {
        match self {
            Body::File { digest, .. } => *digest,
            Body::Text(text) => Sha256::digest(text.as_bytes()).into(),
        }
    }

    /// The body's text; `shown` is the page's path in messages.
    pub(super) fn read(&self, shown: &Path) -> Result<Cow<'_, str>, Diagnostic> {
        let (file, start, digest) = match self {
            Body::Text(text) => return Ok(Cow::Borrowed(text)),
            Body::File {
                file,
                start,
                digest,
            } => (file, *start, digest),
        };
        let changed = || {
            Diagnostic::error(shown, crate::msg!("page-changed-during-build"))
                .hint(crate::t!("page-changed-during-build-hint"))
        };
        let bytes = read_up_to(file).map_err(|e| {
            Diagnostic::error(
                shown,
                crate::msg!(
                    "page-unreadable-again",
                    error = crate::messages::io_error(&e)
                ),
            )
            .hint(crate::t!("page-unreadable-again-hint"))
        })?;
        if bytes.len() as u64 != file.len {
            return Err(changed());
        }
        let mut text = normalize_text(String::from_utf8(bytes).map_err(|_| changed())?);
        if !text.is_char_boundary(start) {
            return Err(changed());
        }
        text.drain(..start);
        if Sha256::digest(text.as_bytes()).as_slice() != digest {
            return Err(changed());
        }
        Ok(Cow::Owned(text))
    }
}

/// The file's bytes, one more than it had when first read if it grew since: no more is needed
/// to tell that it changed.
fn read_up_to(file: &Checked) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::fs::File::open(&file.real)?
        .take(file.len.saturating_add(1))
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Strips a byte-order mark and turns CRLF (and lone CR) line ends into LF.
pub(super) fn normalize_text(mut text: String) -> String {
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    if text.contains('\r') {
        text = text.replace("\r\n", "\n").replace('\r', "\n");
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_and_bom_are_normalized() {
        assert_eq!(normalize_text("\u{feff}a\r\nb\r\n".into()), "a\nb\n");
        assert_eq!(normalize_text("a\rb".into()), "a\nb");
    }

    #[test]
    fn a_body_is_read_again_and_a_change_is_an_error() {
        let dir = tempfile::TempDir::new().unwrap();
        let path = dir.path().join("page.md");
        let original = "\u{feff}---\r\ntitle: A\r\n---\r\nText é.\r\n";
        std::fs::write(&path, original).unwrap();
        let text = normalize_text(original.into());
        let start = text.find("Text").unwrap();
        let file = Checked {
            real: path.clone(),
            len: original.len() as u64,
        };
        let body = Body::in_file(file, &text, start);
        let shown = Path::new("content/es/page.md");
        assert_eq!(body.read(shown).unwrap(), "Text é.\n");

        // The same length, another text; then longer; then gone.
        for changed in [
            "\u{feff}---\r\ntitle: A\r\n---\r\nText e!.\r\n",
            "\u{feff}---\r\ntitle: A\r\n---\r\nText é. More.\r\n",
        ] {
            std::fs::write(&path, changed).unwrap();
            let error = body.read(shown).unwrap_err();
            assert_eq!(error.file, shown);
            assert!(error.message.contains("changed while"), "{}", error.message);
        }
        std::fs::remove_file(&path).unwrap();
        let error = body.read(shown).unwrap_err();
        assert!(
            error.message.contains("cannot read the page again"),
            "{}",
            error.message
        );
    }
}
