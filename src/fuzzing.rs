//! Entry points for the fuzz targets in fuzz/ (cargo-fuzz). Each runs one stage of the
//! pipeline on arbitrary bytes, as a writer's file would reach it, around the repository's
//! own site; none may panic, whatever the bytes. Not part of faro's interface.

use std::path::Path;
use std::sync::{Mutex, OnceLock};

use crate::build::Pipeline;
use crate::diagnostics::Diagnostics;
use crate::load::{self, content::SourcePage};
use crate::render::markdown::{self, Target};
use crate::render::{Compiled, PageExtras};
use crate::resolve::{LangId, NodeId, Site};

/// The repository's site, through the pipeline every command starts from.
fn open() -> Pipeline {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    Pipeline::open(root, false, &mut Diagnostics::new()).expect("the repository's site loads")
}

/// The repository's site, loaded once.
fn base() -> &'static Pipeline {
    static BASE: OnceLock<Pipeline> = OnceLock::new();
    BASE.get_or_init(open)
}

/// A whole page file: front matter, body, limits.
pub fn page_file(data: &[u8]) {
    let _ = fuzzed_page(data);
}

/// A page's body through Markdown with link rewriting and glossary links, for a page or for
/// the booklet, in Spanish or in a language that reads it through a fallback. Which of the four
/// follows from the input's length, so each input is rendered once and always the same way.
pub fn markdown(data: &[u8]) {
    let base = base();
    let Some(source) = fuzzed_body(data) else {
        return;
    };
    let site = base.site();
    let reader = first_or_last_language(site, data);
    let chapters = Default::default();
    let target = if data.len() % 4 < 2 {
        Target::Page { dir: "/es/asilo/" }
    } else {
        Target::Booklet {
            chapter: "asilo",
            chapters: &chapters,
            dir: "/es/",
        }
    };
    let _ = markdown::render(site, &source, reader, &target, &mut Diagnostics::new());
}

/// A file named as an image, checked by its bytes: as each format the site publishes, so the
/// SVG checks (XML parsing, scripts, references) and the bitmap checks (format, size in
/// pixels) all see every input.
pub fn image(data: &[u8]) {
    use crate::load::images::{Format, check};
    for format in [
        Format::Svg,
        Format::Png,
        Format::Jpeg,
        Format::Gif,
        Format::Webp,
    ] {
        let _ = check(format, data);
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

/// The site a `page` input is rendered in: the repository's, with `asilo.md` in Spanish
/// replaced by a page whose front matter is the one every input gets, resolved once. Each input
/// swaps in only its text, as `faro serve` does for an edit that leaves the front matter alone.
struct PageState {
    site: Site,
    index: usize,
    node: NodeId,
    compiled: Compiled,
}

const PAGE_FRONT: &str = "---\ntitle: Prueba\n---\n";

fn page_state() -> &'static Mutex<PageState> {
    static STATE: OnceLock<Mutex<PageState>> = OnceLock::new();
    STATE.get_or_init(|| {
        let mut diags = Diagnostics::new();
        let (site, compiled) = open().into_parts();
        let compiled = compiled.expect("the default theme compiles");
        let (config, mut content) = site.into_sources();
        let slot = content
            .pages
            .iter_mut()
            .find(|p| p.lang == "es" && p.id == "asilo.md")
            .expect("the repository's site has asilo.md in Spanish");
        *slot = fuzzed_page(format!("{PAGE_FRONT}Texto.").as_bytes()).expect("a plain page parses");
        let site = Site::build(config, content, &mut diags)
            .expect("the repository's site resolves with the test page");
        let index = site
            .sources
            .iter()
            .position(|p| p.lang == "es" && p.id == "asilo.md")
            .expect("swapped in above");
        let node = site.node_index("asilo.md").expect("resolved above");
        Mutex::new(PageState {
            site,
            index,
            node,
            compiled,
        })
    })
}

/// `data` as the body of a page with the front matter every input gets.
fn fuzzed_body(data: &[u8]) -> Option<SourcePage> {
    fuzzed_page(&[PAGE_FRONT.as_bytes(), data].concat())
}

fn fuzzed_page(text: &[u8]) -> Option<SourcePage> {
    load::content::parse_page(
        &String::from_utf8_lossy(text),
        "es",
        "asilo.md",
        "content/es/asilo.md".into(),
        &mut Diagnostics::new(),
    )
}

/// One page rendered through the default theme and finished (minified, inspected), with the
/// bytes as its body, in Spanish or (inputs of odd length) in a language that reads it through
/// a fallback.
pub fn page(data: &[u8]) {
    let Some(source) = fuzzed_body(data) else {
        return;
    };
    let mut state = page_state().lock().unwrap_or_else(|e| e.into_inner());
    let PageState {
        site,
        index,
        node,
        compiled,
    } = &mut *state;
    let kept = std::mem::replace(&mut site.sources[*index], source);
    let lang = first_or_last_language(site, data);
    let rendered = compiled
        .bind(site)
        .page(lang, *node, &PageExtras::default());
    if let Ok(page) = rendered {
        let html = crate::write::minify(&page.html);
        let _ = crate::markup::resources::inspect(&html, None);
    }
    site.sources[*index] = kept;
}

/// The site's first language (the source, for the repository's site) for inputs of even
/// length, its last (which reads the source through a fallback) for the others.
fn first_or_last_language(site: &Site, data: &[u8]) -> LangId {
    let mut languages = site.lang_ids();
    let first = languages.next().expect("a site has a language");
    match data.len() % 2 {
        0 => first,
        _ => languages.last().unwrap_or(first),
    }
}
