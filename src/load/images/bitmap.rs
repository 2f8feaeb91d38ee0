//! Bitmaps (PNG, JPEG, GIF, WebP), told by their first bytes.

use super::describe::{describe, not_this_format_hint};
use super::{Format, Problem};

/// The first bytes of a file named as a bitmap (`format` is not SVG) must be that format.
pub fn check_bitmap(format: Format, header: &[u8]) -> Result<(), Problem> {
    let found = imagesize::image_type(header).ok();
    if found.as_ref().is_some_and(|t| format.matches(t)) {
        return Ok(());
    }
    Err(Problem::new(
        crate::msg!(
            "image-wrong-format",
            format = format.name(),
            found = describe(header, found.as_ref()).text()
        ),
        None,
        not_this_format_hint(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::images::check;

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x14\0\0\0\x0a\x08\x06\0\0\0";
    const JPEG: &[u8] = b"\xff\xd8\xff\xe0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0";

    #[test]
    fn a_bitmap_must_be_what_its_name_says() {
        assert_eq!(check(Format::Png, PNG), Ok(Some((20, 10))));
        assert!(check_bitmap(Format::Jpeg, JPEG).is_ok());
        assert!(check_bitmap(Format::Gif, b"GIF89a\x01\0\x01\0\0\0\0\0").is_ok());
        assert!(check_bitmap(Format::Webp, b"RIFF\x1a\0\0\0WEBPVP8L").is_ok());

        let said = |format, bytes: &[u8]| check_bitmap(format, bytes).unwrap_err().message.text;
        assert_eq!(
            said(Format::Png, JPEG),
            "the file is named as a PNG image, but its bytes are a JPEG image"
        );
        assert!(
            said(Format::Png, b"<!DOCTYPE html>\n<html><script>x</script>")
                .ends_with("HTML, a web page")
        );
        assert!(said(Format::Jpeg, b"Hola, esto es texto.\n").ends_with("are text"));
        assert!(
            said(Format::Png, b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .ends_with("an SVG drawing")
        );
        assert!(said(Format::Webp, b"\0\0\0\x18ftypmp42\0\0\0\0").contains("a video"));
        assert!(said(Format::Gif, b"").ends_with("empty: the file has nothing in it"));
        assert!(said(Format::Png, &[0u8; 64]).ends_with("of no image format faro knows"));
    }
}
