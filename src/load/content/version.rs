//! The hashes that tell when a page's text changed.

use sha2::{Digest, Sha256};

use super::FrontMatter;

/// A short hash of what a reader reads. Front matter that does not change the meaning
/// (slug, order, reviewed date) is left out, so editing it does not make translations stale.
pub fn source_version(front: &FrontMatter, body: &str) -> String {
    let mut hash = Sha256::new();
    for part in [
        front.title.as_str(),
        front.description.as_deref().unwrap_or(""),
    ] {
        hash.update(part.trim().as_bytes());
        hash.update([0]);
    }
    for line in &front.summary {
        hash.update(line.trim().as_bytes());
        hash.update([0]);
    }
    for term in &front.terms {
        hash.update(term.term.as_bytes());
        hash.update(term.definition.as_bytes());
        hash.update([0]);
    }
    hash.update(body.trim().as_bytes());
    hex12(&hash.finalize())
}

/// A short, stable SHA-256 hash of some bytes, as 12 hex digits.
pub fn short_hash(bytes: &[u8]) -> String {
    hex12(&Sha256::digest(bytes))
}

fn hex12(digest: &[u8]) -> String {
    crate::digest::hex(&digest[..6])
}
