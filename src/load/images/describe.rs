//! A file that is not the image its name says: what it is instead, in words a writer knows,
//! and what to do.

pub(super) fn not_this_format_hint() -> &'static str {
    "open it in an image editor and export it in the format its name says, or give it the extension of what it is; the site publishes png, jpg, gif, webp and svg images"
}

/// What a file's first bytes look like, for a message: another image format, text, a video…
pub(super) fn describe(header: &[u8], found: Option<&imagesize::ImageType>) -> String {
    let starts = |magic: &[u8]| header.starts_with(magic);
    let at = |offset: usize, magic: &[u8]| header.get(offset..offset + magic.len()) == Some(magic);
    if header.is_empty() {
        return "empty: the file has nothing in it".into();
    }
    let known = if at(4, b"ftyp") {
        "a video or a phone photo (MP4, MOV, HEIC)"
    } else if starts(b"\x1a\x45\xdf\xa3") {
        "a video (WebM or Matroska)"
    } else if starts(b"RIFF") && at(8, b"AVI ") {
        "a video (AVI)"
    } else if starts(b"%PDF") {
        "a PDF document"
    } else if starts(b"PK\x03\x04") {
        "a ZIP archive (or an Office document)"
    } else if starts(b"ID3") || starts(b"\xff\xfb") || starts(b"\xff\xf3") {
        "a recording (MP3)"
    } else if starts(b"OggS") {
        "a recording (Ogg)"
    } else if starts(b"\x7fELF") || starts(b"MZ") {
        "a program"
    } else {
        ""
    };
    if !known.is_empty() {
        return known.into();
    }
    // Text, unless it has control characters no text has (a partial last character is fine).
    let text = match std::str::from_utf8(header) {
        Ok(text) => Some(text),
        Err(e) if e.error_len().is_none() => std::str::from_utf8(&header[..e.valid_up_to()]).ok(),
        Err(_) => None,
    }
    .filter(|t| !t.chars().any(|c| c.is_control() && !c.is_whitespace()));
    if let Some(text) = text {
        let lower = text
            .trim_start_matches('\u{feff}')
            .trim_start()
            .to_lowercase();
        return if lower.starts_with("<!doctype html") || lower.contains("<html") {
            "HTML, a web page".into()
        } else if lower.starts_with("<svg") || lower.contains("<svg") {
            "an SVG drawing".into()
        } else if lower.starts_with('<') {
            "XML or HTML text".into()
        } else {
            "text".into()
        };
    }
    match found {
        Some(imagesize::ImageType::Png) => "a PNG image".into(),
        Some(imagesize::ImageType::Jpeg) => "a JPEG image".into(),
        Some(imagesize::ImageType::Gif) => "a GIF image".into(),
        Some(imagesize::ImageType::Webp) => "a WebP image".into(),
        Some(imagesize::ImageType::Bmp) => "a BMP image".into(),
        Some(imagesize::ImageType::Tiff) => "a TIFF image".into(),
        Some(imagesize::ImageType::Psd) => "a Photoshop file".into(),
        _ => "of no image format faro knows".into(),
    }
}
