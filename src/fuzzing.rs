//! Entry points for the fuzz targets in fuzz/ (cargo-fuzz). Each runs one stage of the
//! pipeline on arbitrary bytes, as a writer's file would reach it, around the repository's
//! own site; none may panic, whatever the bytes. Not part of faro's interface.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use crate::diagnostics::Diagnostics;
use crate::load::{self, Config, Content, Strings, Theme};
use crate::render::markdown::{self, Target};
use crate::render::{PageExtras, Renderer};
use crate::resolve::Site;

struct Base {
    config: Config,
    content: Content,
    strings: Arc<Strings>,
    theme: Theme,
    site: Site,
}

/// The repository's site, loaded once.
fn base() -> &'static Base {
    static BASE: OnceLock<Base> = OnceLock::new();
    BASE.get_or_init(|| {
        let mut diags = Diagnostics::new();
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let sources = load::load(root, false, &mut diags).expect("the repository's site loads");
        let site = Site::build(sources.config.clone(), sources.content.clone(), &mut diags)
            .expect("the repository's site resolves");
        Base {
            config: sources.config,
            content: sources.content,
            strings: Arc::new(sources.strings),
            theme: sources.theme,
            site,
        }
    })
}

/// A whole page file: front matter, body, limits.
pub fn page_file(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let _ = load::content::parse_page(
        &text,
        "es",
        "asilo.md",
        "content/es/asilo.md".into(),
        &mut Diagnostics::new(),
    );
}

/// A page's body through Markdown with link rewriting and glossary links, for a page and for
/// the booklet, in Spanish and in a language that reads it through a fallback.
pub fn markdown(data: &[u8]) {
    let base = base();
    let body = String::from_utf8_lossy(data);
    let text = format!("---\ntitle: Prueba\n---\n{body}");
    let Some(source) = load::content::parse_page(
        &text,
        "es",
        "asilo.md",
        "content/es/asilo.md".into(),
        &mut Diagnostics::new(),
    ) else {
        return;
    };
    let site = &base.site;
    for reader in [0, site.languages().len() - 1] {
        let mut problems = Vec::new();
        let _ = markdown::render(
            site,
            &source,
            reader,
            &Target::Page { dir: "/es/asilo/" },
            &mut problems,
        );
        let _ = markdown::render(
            site,
            &source,
            reader,
            &Target::Booklet {
                chapter: "asilo",
                chapters: &Default::default(),
                dir: "/es/",
            },
            &mut problems,
        );
    }
}

/// An interface-strings file: Fluent parsing, then every message formatted.
pub fn fluent(data: &[u8]) {
    let text = String::from_utf8_lossy(data).into_owned();
    let keys = load::strings::message_keys(&text);
    let mut diags = Diagnostics::new();
    if let Some(bundle) = load::strings::parse_bundle("es", "translations/es.ftl", text, &mut diags)
    {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("count", 3);
        args.set("language", "Español");
        for (key, _) in keys {
            if let Some(pattern) = bundle.get_message(&key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let _ = bundle.format_pattern(pattern, Some(&args), &mut errors);
            }
        }
    }
}

/// One page rendered through the default theme and finished (minified, inspected), with the
/// bytes as its body: the site resolved again around it.
pub fn page(data: &[u8]) {
    let base = base();
    let body = String::from_utf8_lossy(data);
    let mut diags = Diagnostics::new();
    let Some(source) = load::content::parse_page(
        &format!("---\ntitle: Prueba\n---\n{body}"),
        "es",
        "asilo.md",
        "content/es/asilo.md".into(),
        &mut diags,
    ) else {
        return;
    };
    let mut content = base.content.clone();
    if let Some(slot) = content
        .pages
        .iter_mut()
        .find(|p| p.lang == "es" && p.id == "asilo.md")
    {
        *slot = source;
    }
    let Some(site) = Site::build(base.config.clone(), content, &mut diags) else {
        return;
    };
    let Some(renderer) = Renderer::new(&site, base.strings.clone(), &base.theme, &mut diags) else {
        return;
    };
    let Some(node) = site.node_index("asilo.md") else {
        return;
    };
    for lang in [0, site.languages().len() - 1] {
        if let Ok(page) = renderer.page(lang, node, &PageExtras::default()) {
            let html = crate::write::minify(&page.html);
            let _ = crate::check::privacy::inspect(&html, None);
        }
    }
}
