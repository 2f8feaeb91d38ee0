//! Stage 4, write: minify each page, put the whole site into a staging folder beside the
//! output (`output`), and swap it in at once.

pub(crate) mod atomic;
pub mod compress;
mod csp;
pub mod discovery;
pub mod memo;
pub mod output;
pub mod publish;
pub mod redirects;

pub use output::Output;

/// minify-html with its standard-compliant settings only. The CSS is already minified once per
/// build (see `load::theme`), so it is not minified again for every page.
pub fn minify(html: &str) -> Vec<u8> {
    let cfg = minify_html::Cfg::default();
    minify_html::minify(html.as_bytes(), &cfg)
}

/// `html` with the Content-Security-Policy that allows exactly what `inspection` found in it.
pub fn add_policy(html: &[u8], inspection: &crate::markup::resources::Inspection) -> Vec<u8> {
    csp::add_policy(html, &csp::policy(inspection))
}
