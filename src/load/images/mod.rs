//! Images are taken by what their bytes are, not by their names. A bitmap's first bytes must
//! be the format its extension names (imagesize reads the format from them); an SVG must be
//! well-formed XML whose root is `<svg>`, and must not be able to run or load anything.
//!
//! SVG is refused, never rewritten, when it holds a script, an event handler, a reference to
//! anything outside the drawing, a foreign object, animation, or an element from HTML or
//! MathML: docs/architecture.md says why. Opened at its own address, an SVG is a document on
//! the site's origin, and the page's Content-Security-Policy, in the page's HTML, does not
//! cover it.

mod bitmap;
mod describe;
mod svg;

pub use bitmap::check_bitmap;
pub use svg::check_svg;

/// The image formats the site publishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Png,
    Jpeg,
    Gif,
    Webp,
    Svg,
}

impl Format {
    /// The format an extension (in lower case) names.
    pub fn from_extension(ext: &str) -> Option<Format> {
        Some(match ext {
            "png" => Format::Png,
            "jpg" | "jpeg" => Format::Jpeg,
            "gif" => Format::Gif,
            "webp" => Format::Webp,
            "svg" => Format::Svg,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Format::Png => "PNG",
            Format::Jpeg => "JPEG",
            Format::Gif => "GIF",
            Format::Webp => "WebP",
            Format::Svg => "SVG",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Png => "image/png",
            Format::Jpeg => "image/jpeg",
            Format::Gif => "image/gif",
            Format::Webp => "image/webp",
            Format::Svg => "image/svg+xml",
        }
    }

    fn matches(self, found: &imagesize::ImageType) -> bool {
        use imagesize::ImageType as T;
        matches!(
            (self, found),
            (Format::Png, T::Png)
                | (Format::Jpeg, T::Jpeg)
                | (Format::Gif, T::Gif)
                | (Format::Webp, T::Webp)
        )
    }
}

/// The extensions of the images the site publishes, for messages.
pub const PUBLISHED: &str = "png, jpg, gif, webp and svg";

/// What is wrong with an image: what to say (with its code), where in the file (for an SVG),
/// what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub message: crate::messages::Message,
    pub at: Option<(usize, usize)>,
    pub hint: String,
}

impl Problem {
    fn new(message: crate::messages::Message, at: Option<(usize, usize)>, hint: String) -> Self {
        Problem { message, at, hint }
    }
}

/// How many bytes at the start of a bitmap are read to tell its format.
pub const HEADER_BYTES: usize = 512;

/// The part of a whole file that tells its format.
fn header(bytes: &[u8]) -> &[u8] {
    &bytes[..bytes.len().min(HEADER_BYTES)]
}

/// Both checks on the bytes of a whole file named as `format`, as `files::check_file` makes
/// them on a file read from disk, for the fuzz target.
#[cfg(feature = "fuzzing")]
pub fn check(format: Format, bytes: &[u8]) -> Result<Option<(usize, usize)>, Problem> {
    match format {
        Format::Svg => check_svg(bytes),
        _ => {
            check_bitmap(format, header(bytes))?;
            Ok(imagesize::blob_size(bytes)
                .ok()
                .map(|size| (size.width, size.height)))
        }
    }
}
