//! Images: their size written in, their file checked, and in a booklet embedded.

use pulldown_cmark::{CowStr, LinkType};

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::files;
use crate::load::images::{self, Format};
use crate::markup::escape;
use crate::resolve::LinkTarget;

use super::links::rewrite;
use super::{Target, Text};

/// An image with its size written in (so the page does not jump as it loads) and loaded only
/// when the reader scrolls to it.
pub(super) fn img_tag((src, size): &ImageSource, alt: &str, title: &str) -> String {
    let mut tag = format!("<img src=\"{}\" alt=\"{}\"", escape(src), escape(alt));
    if let Some((width, height)) = size {
        tag.push_str(&format!(" width=\"{width}\" height=\"{height}\""));
    }
    if !title.is_empty() {
        tag.push_str(&format!(" title=\"{}\"", escape(title)));
    }
    tag.push_str(" loading=\"lazy\" decoding=\"async\">");
    tag
}

/// The `src` of an image: relative on a page, embedded as a data: URL in a booklet.
pub(super) fn image_source(
    text: &Text,
    link_type: LinkType,
    dest: CowStr,
    diags: &mut Diagnostics,
    locate: impl Fn() -> (usize, usize),
) -> ImageSource {
    let Text {
        site,
        source,
        target,
        ..
    } = *text;
    // A file's address is the same in every language.
    let as_file = Text {
        reader: site.default_lang(),
        ..*text
    };
    let rewritten = rewrite(&as_file, link_type, dest.clone(), diags, &locate).to_string();
    let Ok(LinkTarget::Asset { file, .. }) = site.resolve_link(source, &dest) else {
        return (rewritten, None);
    };
    let Some(format) = Format::from_extension(&files::extension(&file.real)) else {
        let (line, col) = locate();
        diags.push(
            Diagnostic::error(
                &source.file,
                crate::msg!("image-format-not-published", dest = dest.to_string()),
            )
            .at(line, col)
            .hint(crate::t!(
                "image-format-not-published-hint",
                formats = images::PUBLISHED,
                dest = dest.to_string(),
            )),
        );
        return (rewritten, None);
    };
    let size = file.len;
    if size > IMAGE_WARNING_BYTES {
        let (line, col) = locate();
        diags.push(
            Diagnostic::warning(
                &source.file,
                crate::msg!(
                    "image-heavy",
                    dest = dest.to_string(),
                    kb = size.div_ceil(1024),
                ),
            )
            .at(line, col)
            .hint(crate::t!("image-heavy-hint")),
        );
    }
    let dims = file.dimensions;
    let with_size = |src: String| (src, dims);
    match target {
        Target::Page { .. } => with_size(rewritten),
        Target::Booklet { .. } => {
            // The booklet is held to its budget before compression at twenty times it (HTML
            // never shrinks more): an image larger than that cannot fit, and is not read.
            let most = (20.0 * site.config.site.budgets.booklet_kb * 1024.0) as u64;
            if size.div_ceil(3) * 4 > most {
                let (line, col) = locate();
                diags.push(
                    Diagnostic::error(
                        &source.file,
                        crate::msg!(
                            "image-over-booklet-budget",
                            dest = dest.to_string(),
                            kb = size.div_ceil(1024),
                            budget = site.config.site.budgets.booklet_kb.to_string(),
                        ),
                    )
                    .at(line, col)
                    .hint(crate::t!("image-over-booklet-budget-hint")),
                );
                return (rewritten, dims);
            }
            let checked = files::Checked {
                real: file.real.clone(),
                len: file.len,
            };
            match files::read_checked(&checked, file.len).map(|bytes| data_url(format, &bytes)) {
                Ok(Some(url)) => with_size(url),
                _ => (rewritten, dims),
            }
        }
    }
}

/// An image as a `data:` URL; `None` when there is no memory for it.
fn data_url(format: Format, bytes: &[u8]) -> Option<String> {
    use base64::Engine;
    let prefix = format!("data:{};base64,", format.mime());
    let mut url = String::new();
    url.try_reserve_exact(prefix.len() + bytes.len().div_ceil(3) * 4)
        .ok()?;
    url.push_str(&prefix);
    base64::engine::general_purpose::STANDARD.encode_string(bytes, &mut url);
    Some(url)
}

/// An image's `src` and, when known, its width and height in pixels.
pub(super) type ImageSource = (String, Option<(usize, usize)>);

/// Images larger than this get a warning.
const IMAGE_WARNING_BYTES: u64 = 50 * 1024;
