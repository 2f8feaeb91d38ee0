//! `limits:`, the largest file of each kind faro reads.

use serde::Deserialize;

/// The largest file of each kind faro reads, in megabytes (of 1,048,576 bytes). A file over its
/// limit is an error, found from its length before a byte of it is read, so no input sets how
/// much memory a build takes. site.yaml itself may be at most [`SETTINGS_MAX_BYTES`].
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limits {
    /// A page's Markdown file. The longest page of the site is under 7 KB.
    #[serde(default = "default_page_mb")]
    pub page_mb: f64,
    /// An image (png, jpg, gif, webp, svg), beside a page or in the theme.
    #[serde(default = "default_image_mb")]
    pub image_mb: f64,
    /// A recording (mp3, m4a, ogg, opus, wav).
    #[serde(default = "default_audio_mb")]
    pub audio_mb: f64,
    /// Any other file beside the pages or in the theme's static/ (a PDF, a font).
    #[serde(default = "default_file_mb")]
    pub file_mb: f64,
    /// A template, stylesheet or script of the theme.
    #[serde(default = "default_theme_mb")]
    pub theme_mb: f64,
    /// A .ftl file of interface strings.
    #[serde(default = "default_translations_mb")]
    pub translations_mb: f64,
}

/// site.yaml's own limit: it cannot set it for itself.
pub const SETTINGS_MAX_BYTES: u64 = 1024 * 1024;

fn default_page_mb() -> f64 {
    1.0
}
fn default_image_mb() -> f64 {
    5.0
}
fn default_audio_mb() -> f64 {
    30.0
}
fn default_file_mb() -> f64 {
    10.0
}
fn default_theme_mb() -> f64 {
    1.0
}
fn default_translations_mb() -> f64 {
    1.0
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            page_mb: default_page_mb(),
            image_mb: default_image_mb(),
            audio_mb: default_audio_mb(),
            file_mb: default_file_mb(),
            theme_mb: default_theme_mb(),
            translations_mb: default_translations_mb(),
        }
    }
}

impl Limits {
    pub(super) fn each(&self) -> [(&'static str, f64); 6] {
        [
            ("page_mb", self.page_mb),
            ("image_mb", self.image_mb),
            ("audio_mb", self.audio_mb),
            ("file_mb", self.file_mb),
            ("theme_mb", self.theme_mb),
            ("translations_mb", self.translations_mb),
        ]
    }
}

/// Megabytes as written in site.yaml, in bytes.
pub fn megabytes(mb: f64) -> u64 {
    (mb * 1024.0 * 1024.0) as u64
}
