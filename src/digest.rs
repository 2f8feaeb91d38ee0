//! SHA-256 digests written as hex: the names of compressed copies and finished pages in the
//! cache, and the versions of pages and service workers.

use std::fmt::Write as _;

/// Lower-case hex of a digest (or of its first bytes).
pub(crate) fn hex(digest: &[u8]) -> String {
    digest
        .iter()
        .fold(String::with_capacity(digest.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn hex_is_two_lower_case_digits_a_byte() {
        assert_eq!(super::hex(&[0x00, 0x0f, 0xa0, 0xff]), "000fa0ff");
        assert_eq!(super::hex(&[]), "");
    }
}
