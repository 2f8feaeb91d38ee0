//! The booklet: per language, one self-contained HTML file with every core page, in menu order,
//! the glossary last. It is what a shelter prints and what a person sends over WhatsApp to read
//! offline: Android cannot follow links between local files, so everything is in one file, with
//! links between chapters inside it, the CSS inline and images embedded.

use std::collections::HashMap;

use qrcode::{EcLevel, QrCode};
use serde::Serialize;

use super::markdown::{self, Target};
use super::{BOOKLET_TEMPLATE, RenderedPage, Renderer};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::content::{CONTENT_DIR, Term};
use crate::resolve::{LangId, NodeId};
use crate::urls;

/// Where a language's booklet is and how big it is, for the link on every page.
#[derive(Debug, Clone, Serialize)]
pub struct BookletLink {
    /// Site path, e.g. `/es/guia.html`.
    pub path: String,
    /// Size of the file in kilobytes, rounded up: what a reader saves and sends.
    pub kilobytes: u64,
}

#[derive(Serialize)]
struct Chapter<'a> {
    anchor: String,
    title: &'a str,
    lang: &'a str,
    dir: &'a str,
    summary: &'a [String],
    trust: super::trust::Trust<'a>,
    content: String,
    terms: Vec<TermContext<'a>>,
    /// The page's address online and its QR code (an inline SVG), when base_url is set.
    address: Option<String>,
    qr: Option<String>,
}

#[derive(Serialize)]
struct TermContext<'a> {
    anchor: String,
    term: &'a str,
    definition: &'a str,
}

impl Renderer<'_> {
    /// The site path of `lang`'s booklet: its file name comes from the interface string
    /// `booklet-file-name`, so a person who receives it sees a name in their language.
    pub fn booklet_path(&self, lang: LangId) -> String {
        let code = &self.site.language(lang).code;
        let name = self
            .templates
            .strings
            .format(code, "booklet-file-name", None)
            .map(|n| markdown::slugify(&n))
            .filter(|n| n != "section")
            .unwrap_or_else(|| "booklet".to_string());
        format!("/{code}/{name}.html")
    }

    /// The pages of the booklet in order: home, then the menu depth first, the glossary last.
    fn chapters(&self, lang: LangId) -> Vec<NodeId> {
        let site = self.site;
        let mut order = Vec::new();
        let mut stack: Vec<NodeId> = site.home().into_iter().collect();
        while let Some(node) = stack.pop() {
            order.push(node);
            let mut children = site.sorted_children(lang, node);
            children.reverse();
            stack.extend(children);
        }
        let glossary = site.glossary_node();
        // `booklet: false` on the source page keeps the page out of every language's booklet,
        // whatever its translations say: the organisations' page, with what a referral asks
        // about a child, must never reach a printed handout.
        let source_lang = site.default_lang();
        let in_booklet = |n: NodeId| {
            site.text_source(lang, n).front.booklet
                && site.text_source(source_lang, n).front.booklet
        };
        order.retain(|&n| in_booklet(n) && Some(n) != glossary);
        order.extend(glossary.filter(|&g| in_booklet(g)));
        order
    }

    /// Renders `lang`'s booklet.
    pub fn booklet(&self, lang: LangId) -> Result<RenderedPage, Vec<Diagnostic>> {
        let site = self.site;
        let language = &site.language(lang);
        let path = self.booklet_path(lang);
        let nodes = self.chapters(lang);
        let anchors: HashMap<NodeId, String> = nodes
            .iter()
            .enumerate()
            .map(|(i, &n)| (n, format!("c{}", i + 1)))
            .collect();
        let base_url = site.config.site.base_url.as_deref();
        let mut problems = Diagnostics::new();
        let chapters: Vec<Chapter> = nodes
            .iter()
            .map(|&node| {
                let source = site.text_source(lang, node);
                let text_lang = site
                    .config
                    .language(&source.lang)
                    .expect("sources are in declared languages");
                let anchor = anchors[&node].clone();
                let target = Target::Booklet {
                    chapter: &anchor,
                    chapters: &anchors,
                    dir: urls::dir_of(&path),
                };
                let body = markdown::render(site, source, lang, &target, &mut problems);
                let address = base_url.map(|b| urls::absolute(b, site.path(lang, node)));
                Chapter {
                    title: &source.front.title,
                    lang: &text_lang.tag,
                    dir: text_lang.dir.as_str(),
                    summary: &source.front.summary,
                    trust: self.trust(lang, node, &language.code),
                    content: body.html,
                    terms: source
                        .front
                        .terms
                        .iter()
                        .map(|t: &Term| TermContext {
                            anchor: format!("g-{}", t.id),
                            term: &t.term,
                            definition: &t.definition,
                        })
                        .collect(),
                    qr: address
                        .as_deref()
                        .filter(|_| site.config.site.booklet.qr_codes)
                        .and_then(qr_svg),
                    address,
                    anchor,
                }
            })
            .collect();
        if !problems.is_empty() {
            return Err(problems.into_iter().collect());
        }
        let mut context = self.base_context(lang, urls::dir_of(&path));
        context.insert("chapters", &chapters);
        context.insert(
            "any_sources",
            &chapters.iter().any(|c| c.trust.has_sources()),
        );
        context.insert(
            "home_url",
            &urls::relative(
                urls::dir_of(&path),
                site.path(lang, site.home().expect("a resolved site has a home page")),
            ),
        );
        if !self.has_template(BOOKLET_TEMPLATE) {
            return Err(vec![
                Diagnostic::error(
                    &self.templates.templates_dir,
                    crate::msg!("template-no-booklet", template = BOOKLET_TEMPLATE),
                )
                .hint(crate::t!("template-no-booklet-hint")),
            ]);
        }
        let mut page = self.render_theme_page(BOOKLET_TEMPLATE, &context, path)?;
        // Problems with a booklet's size or content come from the pages of its language.
        page.source = std::path::PathBuf::from(format!("{CONTENT_DIR}/{}/", language.code));
        Ok(page)
    }
}

/// A QR code for `url` as inline SVG: error correction Q (readable with a quarter of it
/// smudged or folded), the standard 4-module quiet zone, drawn in module units so CSS sets its
/// printed size.
pub fn qr_svg(url: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::Q).ok()?;
    let svg = code
        .render::<qrcode::render::svg::Color>()
        .quiet_zone(true)
        .module_dimensions(1, 1)
        .build();
    // An inline SVG needs no XML declaration, and its size comes from the stylesheet.
    let start = svg.find("<svg")?;
    let svg = &svg[start..];
    let open_end = svg.find('>')?;
    let open = &svg[..open_end];
    let open: String = open
        .split(' ')
        .filter(|attr| {
            !attr.starts_with("width=")
                && !attr.starts_with("height=")
                && !attr.starts_with("version=")
        })
        .collect::<Vec<_>>()
        .join(" ");
    Some(format!(
        "{open} class=\"qr\" role=\"img\" aria-hidden=\"true\"{}",
        &svg[open_end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qr_svg_is_inline_and_sized_by_css() {
        let svg = qr_svg("https://example.org/es/ayuda/").unwrap();
        assert!(
            svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""),
            "{svg}"
        );
        assert!(!svg.contains("<?xml"));
        let open = &svg[..svg.find('>').unwrap()];
        assert!(!open.contains(" width=\""), "{open}");
        assert!(svg.contains("viewBox=\"0 0 "));
        assert!(svg.contains("class=\"qr\""));
    }
}
