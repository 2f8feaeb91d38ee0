//! A file that is not the image its name says: what it is instead, in words a writer knows,
//! and what to do.

pub(super) fn not_this_format_hint() -> String {
    crate::t!("image-wrong-format-hint")
}

/// What a file's first bytes turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Found {
    Empty,
    PhoneVideo,
    WebmVideo,
    AviVideo,
    Pdf,
    Zip,
    Mp3,
    Ogg,
    Program,
    Html,
    Svg,
    Xml,
    Text,
    Png,
    Jpeg,
    Gif,
    Webp,
    Bmp,
    Tiff,
    Psd,
    Unknown,
}

impl Found {
    /// What the file is, for "…, but its bytes are <this>".
    pub(super) fn text(self) -> String {
        match self {
            Found::Empty => crate::t!("image-found-empty"),
            Found::PhoneVideo => crate::t!("image-found-phone-video"),
            Found::WebmVideo => crate::t!("image-found-webm-video"),
            Found::AviVideo => crate::t!("image-found-avi-video"),
            Found::Pdf => crate::t!("image-found-pdf"),
            Found::Zip => crate::t!("image-found-zip"),
            Found::Mp3 => crate::t!("image-found-mp3"),
            Found::Ogg => crate::t!("image-found-ogg"),
            Found::Program => crate::t!("image-found-program"),
            Found::Html => crate::t!("image-found-html"),
            Found::Svg => crate::t!("image-found-svg"),
            Found::Xml => crate::t!("image-found-xml"),
            Found::Text => crate::t!("image-found-text"),
            Found::Png => crate::t!("image-found-png"),
            Found::Jpeg => crate::t!("image-found-jpeg"),
            Found::Gif => crate::t!("image-found-gif"),
            Found::Webp => crate::t!("image-found-webp"),
            Found::Bmp => crate::t!("image-found-bmp"),
            Found::Tiff => crate::t!("image-found-tiff"),
            Found::Psd => crate::t!("image-found-psd"),
            Found::Unknown => crate::t!("image-found-unknown"),
        }
    }
}

/// What a file's first bytes look like, for a message: another image format, text, a video…
pub(super) fn describe(header: &[u8], found: Option<&imagesize::ImageType>) -> Found {
    let starts = |magic: &[u8]| header.starts_with(magic);
    let at = |offset: usize, magic: &[u8]| header.get(offset..offset + magic.len()) == Some(magic);
    if header.is_empty() {
        return Found::Empty;
    }
    let known = if at(4, b"ftyp") {
        Some(Found::PhoneVideo)
    } else if starts(b"\x1a\x45\xdf\xa3") {
        Some(Found::WebmVideo)
    } else if starts(b"RIFF") && at(8, b"AVI ") {
        Some(Found::AviVideo)
    } else if starts(b"%PDF") {
        Some(Found::Pdf)
    } else if starts(b"PK\x03\x04") {
        Some(Found::Zip)
    } else if starts(b"ID3") || starts(b"\xff\xfb") || starts(b"\xff\xf3") {
        Some(Found::Mp3)
    } else if starts(b"OggS") {
        Some(Found::Ogg)
    } else if starts(b"\x7fELF") || starts(b"MZ") {
        Some(Found::Program)
    } else {
        None
    };
    if let Some(known) = known {
        return known;
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
            Found::Html
        } else if lower.starts_with("<svg") || lower.contains("<svg") {
            Found::Svg
        } else if lower.starts_with('<') {
            Found::Xml
        } else {
            Found::Text
        };
    }
    match found {
        Some(imagesize::ImageType::Png) => Found::Png,
        Some(imagesize::ImageType::Jpeg) => Found::Jpeg,
        Some(imagesize::ImageType::Gif) => Found::Gif,
        Some(imagesize::ImageType::Webp) => Found::Webp,
        Some(imagesize::ImageType::Bmp) => Found::Bmp,
        Some(imagesize::ImageType::Tiff) => Found::Tiff,
        Some(imagesize::ImageType::Psd) => Found::Psd,
        _ => Found::Unknown,
    }
}
