//! Stage 4, write: minify each page, put the whole site into a staging folder beside the
//! output (`output`), and swap it in at once.

mod atomic;
pub mod compress;
pub mod discovery;
pub mod memo;
pub mod output;

pub use output::{MARKER_FILE, Output};

/// minify-html with its standard-compliant settings only. The CSS is already minified once per
/// build (see `load::theme`), so it is not minified again for every page.
pub fn minify(html: &str) -> Vec<u8> {
    let cfg = minify_html::Cfg::default();
    minify_html::minify(html.as_bytes(), &cfg)
}
