//! Stage 3, render: each page's Markdown to HTML, then through the theme's Tera templates, with
//! interface strings from Fluent.

pub mod booklet;
pub mod markdown;
mod offline;
mod trust;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;
use tera::{Context, Kwargs, State, Tera};

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::content::Date;
use crate::load::{Strings, Theme, config};
use crate::resolve::{Site, TextState};
use crate::urls;

/// The templates faro renders pages with. A theme without `section.html`, `home.html` or
/// `chooser.html` has those pages rendered with `page.html`; the others it must have.
pub(crate) const PAGE_TEMPLATE: &str = "page.html";
pub(crate) const SECTION_TEMPLATE: &str = "section.html";
pub(crate) const HOME_TEMPLATE: &str = "home.html";
pub(crate) const CHOOSER_TEMPLATE: &str = "chooser.html";
pub(crate) const NOT_FOUND_TEMPLATE: &str = "404.html";
pub(crate) const BOOKLET_TEMPLATE: &str = "booklet.html";

pub struct Renderer<'a> {
    site: &'a Site,
    templates: &'a Compiled,
    /// The menu of every page in a section is the same, with links written relative to the
    /// section's folder and a `../` in front; built once per (language, section) and shared.
    nav_cache: Mutex<HashMap<(usize, usize), tera::Value>>,
}

/// A theme's templates compiled with the interface strings, apart from any site: kept between
/// the renders of a site whose pages change (`faro serve`, the fuzz targets).
pub struct Compiled {
    strings: Arc<Strings>,
    tera: Tera,
    templates_dir: String,
    css: String,
    /// The theme's scripts, by name, to inline where a template asks for them.
    scripts: std::collections::BTreeMap<String, String>,
}

impl Compiled {
    /// Compiles the theme's templates; `None` when one of them (or the strings) cannot be
    /// used, with every template's syntax errors in `diags`, not only the first.
    pub fn new(strings: Arc<Strings>, theme: &Theme, diags: &mut Diagnostics) -> Option<Self> {
        if theme.broken || strings.broken {
            return None;
        }
        let templates_dir = theme.templates_dir.display().to_string();
        let before = diags.error_count();
        let functions = template_functions(&strings);
        for (name, text) in &theme.templates {
            let mut alone = Tera::new();
            alone.register_from(&functions);
            if let Err(e) = alone.add_raw_template(name, text)
                && let tera::ErrorKind::SyntaxError(_) = e.kind()
            {
                diags.extend(tera_diagnostics(&templates_dir, &e));
            }
        }
        if !theme
            .templates
            .iter()
            .any(|(name, _)| name == PAGE_TEMPLATE)
        {
            diags.push(
                Diagnostic::error(&templates_dir, format!("the theme has no {PAGE_TEMPLATE}"))
                    .hint("every theme needs templates/page.html; copy it from themes/default"),
            );
        }
        if diags.error_count() > before {
            return None;
        }
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html", ".xml"]);
        tera.register_from(&functions);
        if let Err(e) = tera.add_raw_templates(
            theme
                .templates
                .iter()
                .map(|(n, t)| (n.as_str(), t.as_str())),
        ) {
            diags.extend(tera_diagnostics(&templates_dir, &e));
            return None;
        }
        Some(Compiled {
            strings,
            tera,
            templates_dir,
            css: theme.css.clone(),
            scripts: theme.scripts.clone(),
        })
    }

    /// A renderer of `site` with these templates (compiled templates do not depend on the
    /// site, so any site the strings and theme belong to will do).
    pub fn bind<'a>(&'a self, site: &'a Site) -> Renderer<'a> {
        Renderer {
            site,
            templates: self,
            nav_cache: Mutex::new(HashMap::new()),
        }
    }

    /// The interface strings the templates were compiled with.
    pub fn strings(&self) -> &Strings {
        &self.strings
    }
}

/// What a page shows that is only known once other files are written.
#[derive(Default)]
pub struct PageExtras<'a> {
    /// The language's booklet and its size.
    pub booklet: Option<&'a booklet::BookletLink>,
    /// On a language's home page: the offline copy's service worker and how much it downloads.
    pub offline: Option<&'a Offline>,
}

/// Saving a language for offline reading.
#[derive(Debug, Clone, Serialize)]
pub struct Offline {
    /// Site path of the language's service worker (`/es/sw.js`).
    pub sw: String,
    /// What saving downloads, compressed, in kilobytes rounded up.
    pub kilobytes: u64,
}

/// One rendered page, ready to be minified and written.
pub struct RenderedPage {
    /// Site path, e.g. `/es/derechos/`.
    pub path: String,
    pub html: String,
    /// The file the page's text comes from, for messages about the page.
    pub source: std::path::PathBuf,
}

impl<'a> Renderer<'a> {
    /// A language's service worker: the theme's `service_worker` script, with the language,
    /// the version of its files and their list (relative to the worker) in front. `None` when
    /// the theme has no service worker.
    pub fn service_worker(&self, lang: usize, version: &str, files: &[String]) -> Option<String> {
        let script = self.templates.scripts.get("service_worker")?;
        let code = &self.site.languages()[lang].code;
        Some(offline::service_worker(code, version, files, script))
    }

    /// Renders one page in one language.
    pub fn page(
        &self,
        lang: usize,
        node: usize,
        extras: &PageExtras,
    ) -> Result<RenderedPage, Vec<Diagnostic>> {
        let site = self.site;
        let language = &site.languages()[lang];
        let source = site.text_source(lang, node);
        let path = site.path(lang, node).to_string();
        let text_lang = site
            .config
            .language(&source.lang)
            .expect("sources are in declared languages");

        let mut problems = Vec::new();
        let audio = source
            .front
            .audio
            .as_deref()
            .and_then(|audio| self.audio(source, audio, &path, &language.code, &mut problems));
        let body = markdown::render(
            site,
            source,
            lang,
            &markdown::Target::Page { dir: &path },
            &mut problems,
        );

        let source_lang = site
            .lang_index(site.config.default_language())
            .expect("checked in config");
        let state = site.text_state(lang, node);
        let kind = if Some(node) == site.home() {
            "home"
        } else if site.nodes[node].is_section {
            "section"
        } else {
            "page"
        };
        let page = PageContext {
            title: &source.front.title,
            description: source.front.description.as_deref().unwrap_or(""),
            summary: &source.front.summary,
            trust: self.trust(lang, node, &language.code),
            date: source.front.date.map(|d| self.date(&language.code, d)),
            content: body.html,
            headings: body.headings,
            lang: &text_lang.code,
            dir: text_lang.dir.as_str(),
            language_name: &text_lang.name,
            kind,
            fallback: state == TextState::Fallback,
            draft_translation: state == TextState::Draft,
            stale: state == TextState::Stale,
            source_url: urls::relative(&path, site.path(source_lang, node)),
            source_lang: &site.languages()[source_lang].code,
            address: match site.config.site.base_url.as_deref() {
                Some(base) => urls::absolute(base, &path),
                None => path.clone(),
            },
            source_language_name: &site.languages()[source_lang].name,
            children: if kind == "page" {
                Vec::new()
            } else {
                self.nav_items(lang, node, &path, node, false)
            },
            audio,
            terms: &source.front.terms,
        };

        let mut context = self.base_context(lang, &path);
        context.insert("page", &page);
        context.insert("translations", &self.translations(node, lang, &path));
        let home = site.home().unwrap_or(0);
        let (nav, nav_current) = self.nav(lang, node, &path);
        context.insert_value("nav", nav);
        context.insert("nav_current", &nav_current);
        context.insert("home_url", &urls::relative(&path, site.path(lang, home)));
        if let Some(booklet) = extras.booklet {
            context.insert(
                "booklet",
                &booklet::BookletLink {
                    path: urls::relative(&path, &booklet.path),
                    kilobytes: booklet.kilobytes,
                },
            );
        }
        if let Some(offline) = extras.offline.filter(|_| kind == "home") {
            context.insert(
                "offline",
                &Offline {
                    sw: urls::relative(&path, &offline.sw),
                    kilobytes: offline.kilobytes,
                },
            );
        }

        let template = match kind {
            "home" if self.has_template(HOME_TEMPLATE) => HOME_TEMPLATE,
            "section" if self.has_template(SECTION_TEMPLATE) => SECTION_TEMPLATE,
            _ => PAGE_TEMPLATE,
        };
        match self.templates.tera.render(template, &context) {
            Ok(html) if problems.is_empty() => Ok(RenderedPage {
                path,
                html,
                source: source.file.clone(),
            }),
            Ok(_) => Err(problems),
            Err(e) => {
                problems.push(tera_diagnostic(&self.templates.templates_dir, &e));
                Err(problems)
            }
        }
    }

    /// public/index.html: a static list of the languages, each named in itself.
    pub fn chooser(&self) -> Result<RenderedPage, Vec<Diagnostic>> {
        let default = self
            .site
            .lang_index(self.site.config.default_language())
            .unwrap_or(0);
        let mut context = self.base_context(default, "/");
        let home = self.site.home().unwrap_or(0);
        context.insert("translations", &self.translations(home, usize::MAX, "/"));
        let template = if self.has_template(CHOOSER_TEMPLATE) {
            CHOOSER_TEMPLATE
        } else {
            PAGE_TEMPLATE
        };
        self.render_theme_page(template, &context, "/".to_string())
    }

    /// The "page not found" page for a language (`/<lang>/404.html`), or for the whole site
    /// (`/404.html`, in the default language) when `lang` is `None`.
    ///
    /// A server shows this page at whatever address was asked for, so relative links would
    /// point to the wrong place: its links start from the site's root (absolute under base_url
    /// when it is set, `/…` otherwise).
    pub fn not_found(&self, lang: Option<usize>) -> Result<RenderedPage, Vec<Diagnostic>> {
        let site = self.site;
        let default = site.lang_index(site.config.default_language()).unwrap_or(0);
        let l = lang.unwrap_or(default);
        let path = match lang {
            Some(l) => format!("/{}/404.html", site.languages()[l].code),
            None => "/404.html".to_string(),
        };
        let mut context = self.base_context(l, "/");
        let link_base = site
            .config
            .site
            .base_url
            .as_deref()
            .map_or("/".to_string(), |b| format!("{}/", b.trim_end_matches('/')));
        context.insert("link_base", &link_base);
        let from_root = |target: &str| {
            let mut url = format!("{link_base}{}", target.trim_start_matches('/'));
            if url.ends_with('/') {
                url.push_str("index.html");
            }
            url
        };
        let home = site.home().unwrap_or(0);
        context.insert("home_url", &from_root(site.path(l, home)));
        let languages: Vec<TranslationLink> = self
            .translations(home, l, "/")
            .into_iter()
            .enumerate()
            .map(|(i, t)| TranslationLink {
                url: from_root(site.path(i, home)),
                ..t
            })
            .collect();
        context.insert("translations", &languages);
        if !self.has_template(NOT_FOUND_TEMPLATE) {
            return Err(vec![
                Diagnostic::error(&self.templates.templates_dir, format!("the theme has no {NOT_FOUND_TEMPLATE}"))
                    .hint("add templates/404.html, the page a reader sees at an address that does not exist; copy it from themes/default"),
            ]);
        }
        self.render_theme_page(NOT_FOUND_TEMPLATE, &context, path)
    }

    /// Renders a page made by the theme alone (chooser, 404, booklet): its problems are the
    /// templates'.
    fn render_theme_page(
        &self,
        template: &str,
        context: &Context,
        path: String,
    ) -> Result<RenderedPage, Vec<Diagnostic>> {
        self.templates
            .tera
            .render(template, context)
            .map(|html| RenderedPage {
                path,
                html,
                source: self.templates.templates_dir.clone().into(),
            })
            .map_err(|e| vec![tera_diagnostic(&self.templates.templates_dir, &e)])
    }

    /// The recording named by a page's `audio:`, a file beside the page.
    fn audio(
        &self,
        source: &crate::load::content::SourcePage,
        audio: &str,
        page_dir: &str,
        lang: &str,
        problems: &mut Vec<Diagnostic>,
    ) -> Option<AudioContext> {
        let line = source.field_line("audio");
        let missing = |why: String| {
            Diagnostic::error(&source.file, why)
                .at_line(line)
                .hint("put the recording beside the page and write its file name after `audio:`, or remove the line")
        };
        match self.site.resolve_link(source, audio) {
            Ok(crate::resolve::LinkTarget::Asset { path, file }) => {
                let bytes = file.len;
                let mut args = FluentArgs::new();
                args.set("size", FluentValue::from(format_size(bytes)));
                Some(AudioContext {
                    url: urls::relative(page_dir, &path),
                    label: self
                        .templates
                        .strings
                        .format(lang, "audio-listen", Some(&args))
                        .unwrap_or_else(|| format_size(bytes)),
                })
            }
            Ok(crate::resolve::LinkTarget::Refused { file, why }) => {
                problems.push(
                    Diagnostic::error(
                        &source.file,
                        format!("`audio: {audio}` names {file}, which cannot be published: {why}"),
                    )
                    .at_line(line)
                    .hint(format!(
                        "fix {file} as its own error says, or remove the line"
                    )),
                );
                None
            }
            Ok(_) => {
                problems.push(missing(format!(
                    "`audio: {audio}` names a page, not a recording"
                )));
                None
            }
            Err(_) => {
                problems.push(missing(format!(
                    "the recording `{audio}` does not exist beside this page"
                )));
                None
            }
        }
    }

    fn has_template(&self, name: &str) -> bool {
        self.templates.tera.get_template_names().any(|n| n == name)
    }

    fn base_context(&self, lang: usize, page_dir: &str) -> Context {
        let site = self.site;
        let language = &site.languages()[lang];
        let mut context = Context::new();
        context.insert("lang", language);
        context.insert("reader_lang", &language.code);
        // The language the interface strings are in: the reader's own when it has a .ftl file,
        // otherwise the first language in its chain that has one. `<html lang>` names it, so a
        // screen reader reads a Spanish-only K'iche' page with a Spanish voice.
        let ui = self
            .templates
            .strings
            .ui_language(&language.code)
            .and_then(|code| site.config.language(code))
            .unwrap_or(language);
        context.insert("ui_lang", ui);
        context.insert("page_dir", page_dir);
        context.insert("css", &self.templates.css);
        context.insert("scripts", &self.templates.scripts);
        context.insert(
            "site",
            &SiteContext {
                title: site.config.title(&language.code),
                base_url: site.config.site.base_url.as_deref(),
                chooser_url: urls::relative(page_dir, "/"),
                quick_exit_url: site
                    .config
                    .site
                    .quick_exit_url
                    .as_deref()
                    .filter(|u| !u.is_empty()),
            },
        );
        context.insert(
            "contacts",
            &ContactsContext::new(&site.config.site.contacts),
        );
        context
    }

    fn date(&self, lang: &str, date: Date) -> DateContext {
        let mut args = FluentArgs::new();
        args.set("day", FluentValue::from(date.day));
        args.set("month", FluentValue::from(date.month));
        args.set("year", FluentValue::from(date.year));
        DateContext {
            iso: date.iso(),
            long: self
                .templates
                .strings
                .format(lang, "date-long", Some(&args))
                .unwrap_or_else(|| date.iso()),
        }
    }

    /// The same page in every language, for the switcher and hreflang alternates.
    fn translations(
        &self,
        node: usize,
        current: usize,
        page_dir: &str,
    ) -> Vec<TranslationLink<'_>> {
        let site = self.site;
        site.languages()
            .iter()
            .enumerate()
            .map(|(l, language)| TranslationLink {
                code: &language.code,
                name: &language.name,
                site_title: site
                    .config
                    .site
                    .title
                    .get(&language.code)
                    .map(String::as_str),
                dir: language.dir.as_str(),
                url: urls::relative(page_dir, site.path(l, node)),
                absolute: site
                    .config
                    .site
                    .base_url
                    .as_deref()
                    .map(|b| urls::absolute(b, site.path(l, node))),
                current: l == current,
                own_text: site.text_source(l, node).lang == language.code,
            })
            .collect()
    }

    /// The site menu for `node` in `lang`, and the address the current page has in it.
    fn nav(&self, lang: usize, node: usize, path: &str) -> (tera::Value, String) {
        let site = self.site;
        let home = site.home().unwrap_or(0);
        let parent = site.nodes[node]
            .parent
            .filter(|_| !site.nodes[node].is_section);
        let Some(parent) = parent else {
            let items = self.nav_items(lang, home, path, node, true);
            return (
                tera::Value::from_serializable(&items),
                "index.html".to_string(),
            );
        };
        let slug = path.trim_end_matches('/').rsplit('/').next().unwrap_or("");
        let current = format!("../{slug}/index.html");
        if let Some(nav) = self
            .nav_cache
            .lock()
            .expect("nav cache")
            .get(&(lang, parent))
        {
            return (nav.clone(), current);
        }
        let mut items = self.nav_items(lang, home, site.path(lang, parent), parent, true);
        fn step_up(items: &mut [NavItem]) {
            for item in items {
                item.url.insert_str(0, "../");
                step_up(&mut item.children);
            }
        }
        step_up(&mut items);
        let nav = tera::Value::from_serializable(&items);
        self.nav_cache
            .lock()
            .expect("nav cache")
            .insert((lang, parent), nav.clone());
        (nav, current)
    }

    /// The menu under `parent`: its children in order; with `expand`, the sections on the way
    /// to the current page show their own children, so the menu stays short on big sites.
    fn nav_items(
        &self,
        lang: usize,
        parent: usize,
        page_dir: &str,
        current: usize,
        expand: bool,
    ) -> Vec<NavItem<'_>> {
        let site = self.site;
        site.sorted_children(lang, parent)
            .into_iter()
            .map(|child| {
                let source = site.text_source(lang, child);
                let on_path = is_ancestor_or_self(site, child, current);
                NavItem {
                    title: &source.front.title,
                    url: urls::relative(page_dir, site.path(lang, child)),
                    lang: &source.lang,
                    children: if expand && on_path && site.nodes[child].is_section {
                        self.nav_items(lang, child, page_dir, current, expand)
                    } else {
                        Vec::new()
                    },
                }
            })
            .collect()
    }
}

/// A Tera instance holding only faro's template functions: `t` for interface strings and `url`
/// for a relative link to a site path.
fn template_functions(strings: &Arc<Strings>) -> Tera {
    let mut tera = Tera::new();
    let for_t = Arc::clone(strings);
    tera.register_function("t", move |kwargs: Kwargs, state: &State| {
        translate(&for_t, kwargs, state)
    });
    tera.register_function(
        "url",
        |kwargs: Kwargs, state: &State| -> tera::TeraResult<String> {
            let path: String = kwargs.must_get("path")?;
            let from: String = state.get("page_dir")?.unwrap_or_else(|| "/".to_string());
            Ok(urls::relative(&from, &path))
        },
    );
    tera
}

/// "850 KB", "1.2 MB": sizes as people read them.
fn format_size(bytes: u64) -> String {
    if bytes < 1024 * 1024 {
        format!("{} KB", bytes.div_ceil(1024))
    } else {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    }
}

fn is_ancestor_or_self(site: &Site, ancestor: usize, mut node: usize) -> bool {
    loop {
        if node == ancestor {
            return true;
        }
        match site.nodes[node].parent {
            Some(p) => node = p,
            None => return false,
        }
    }
}

/// The `t(key=…, count=…)` template function: a Fluent message in the reader's language,
/// falling back along its chain. Other arguments become Fluent variables.
fn translate(strings: &Strings, kwargs: Kwargs, state: &State) -> tera::TeraResult<String> {
    let key: String = kwargs.must_get("key")?;
    let lang: String = state.get("reader_lang")?.unwrap_or_default();
    let mut args = FluentArgs::new();
    for (name, value) in kwargs.iter() {
        let Some(name) = name.as_str() else { continue };
        if name == "key" {
            continue;
        }
        if let Some(n) = value.as_number() {
            args.set(name.to_string(), FluentValue::from(n.as_float()));
        } else if let Some(s) = value.as_str() {
            args.set(name.to_string(), FluentValue::from(s.to_string()));
        } else {
            args.set(name.to_string(), FluentValue::from(value.to_string()));
        }
    }
    strings.format(&lang, &key, Some(&args)).ok_or_else(|| {
        tera::Error::message(format!(
            "the interface string `{key}` is missing in every language; add it to translations/{}.ftl",
            strings.default_language()
        ))
    })
}

fn tera_diagnostic(templates_dir: &str, e: &tera::Error) -> Diagnostic {
    tera_diagnostics(templates_dir, e).swap_remove(0)
}

/// Every problem in a Tera error, each located at its template, line and column.
fn tera_diagnostics(templates_dir: &str, e: &tera::Error) -> Vec<Diagnostic> {
    use std::error::Error as _;
    match e.kind() {
        tera::ErrorKind::SyntaxError(report) | tera::ErrorKind::RenderingError(report) => {
            let file = format!("{templates_dir}/{}", report.filename());
            let span = report.span();
            return vec![
                Diagnostic::error(file, format!("template: {}", report.message()))
                    .at(span.start_line, span.start_col + 1)
                    .hint(template_hint(report.message())),
            ];
        }
        tera::ErrorKind::MissingParent { current, parent } => {
            return vec![
                Diagnostic::error(format!("{templates_dir}/{current}"), format!("template: extends \"{parent}\", which does not exist"))
                    .hint("check the name in {% extends %}; templates are named by their path under templates/"),
            ];
        }
        _ => {}
    }
    let mut message = e.kind().to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        message.push_str(&format!(": {cause}"));
        source = cause.source();
    }
    let located = parse_reports(templates_dir, &message);
    if !located.is_empty() {
        return located;
    }
    vec![
        Diagnostic::error(templates_dir, format!("template: {message}"))
            .hint(template_hint(&message)),
    ]
}

/// Tera reports some problems (unknown filters, functions, includes) found across templates
/// only as text: blocks of `error: message` followed by `--> name:line:col`. This reads those
/// blocks back so each gets its own located diagnostic; Tera exposes no structured form of them.
fn parse_reports(templates_dir: &str, text: &str) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let mut message: Option<&str> = None;
    for line in text.lines() {
        if let Some(m) = line.strip_prefix("error: ") {
            message = Some(m.trim());
        } else if let (Some(m), Some(location)) = (message, line.trim_start().strip_prefix("--> "))
        {
            let mut parts = location.trim().rsplitn(3, ':');
            let (col, row, name) = (parts.next(), parts.next(), parts.next());
            if let (Some(name), Some(row), Some(col)) = (
                name,
                row.and_then(|r| r.parse().ok()),
                col.and_then(|c| c.parse().ok()),
            ) {
                found.push(
                    Diagnostic::error(format!("{templates_dir}/{name}"), format!("template: {m}"))
                        .at(row, col)
                        .hint(template_hint(m)),
                );
            }
            message = None;
        }
    }
    found
}

fn template_hint(message: &str) -> &'static str {
    if message.contains("interface string") {
        "add the message to the default language's translations/<lang>.ftl as `key = text`"
    } else if message.contains("Unknown filter") {
        "check the filter's name; Tera's filters include safe, length, lower, upper, default, join"
    } else if message.contains("Unknown function") {
        "faro's templates have the functions t(key=…) for interface strings and url(path=…) for links"
    } else if message.contains("not found")
        || message.contains("not defined")
        || message.contains("ndefined")
    {
        "check the spelling; page.title, page.content, lang.code, site.title, contacts.phone, nav and translations are available, and included templates must exist under templates/"
    } else {
        "see the Tera documentation for the template syntax: {{ value }}, {% if %}…{% endif %}, {% for %}…{% endfor %}"
    }
}

#[derive(Serialize)]
struct PageContext<'a> {
    title: &'a str,
    description: &'a str,
    summary: &'a [String],
    /// Updated and reviewed dates, and the sources.
    trust: trust::Trust<'a>,
    date: Option<DateContext>,
    content: String,
    headings: Vec<markdown::Heading>,
    /// The language of the text (differs from the reader's on a fallback page).
    lang: &'a str,
    dir: &'a str,
    language_name: &'a str,
    kind: &'a str,
    fallback: bool,
    draft_translation: bool,
    stale: bool,
    /// The same page in the source language, for draft and stale notices.
    source_url: String,
    source_lang: &'a str,
    /// Where the page lives online (absolute when base_url is set), printed on paper.
    address: String,
    source_language_name: &'a str,
    children: Vec<NavItem<'a>>,
    audio: Option<AudioContext>,
    terms: &'a [crate::load::content::Term],
}

#[derive(Serialize)]
struct AudioContext {
    url: String,
    /// The words "Listen to this page (1.2 MB)" in the reader's language.
    label: String,
}

#[derive(Serialize)]
pub(crate) struct DateContext {
    iso: String,
    long: String,
}

#[derive(Serialize)]
struct SiteContext<'a> {
    title: &'a str,
    base_url: Option<&'a str>,
    chooser_url: String,
    quick_exit_url: Option<&'a str>,
}

#[derive(Serialize)]
struct ContactsContext {
    emergency: Option<String>,
    emergency_href: Option<String>,
    phone: Option<String>,
    phone_href: Option<String>,
    whatsapp: Option<String>,
    whatsapp_href: Option<String>,
    email: Option<String>,
}

impl ContactsContext {
    fn new(contacts: &config::Contacts) -> Self {
        let present = |v: &Option<String>| {
            v.as_ref()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
        };
        let phone = present(&contacts.phone);
        let whatsapp = present(&contacts.whatsapp);
        let emergency = present(&contacts.emergency);
        ContactsContext {
            emergency_href: emergency.as_deref().map(config::short_tel_href),
            emergency,
            phone_href: phone.as_deref().map(config::tel_href),
            whatsapp_href: whatsapp.as_deref().map(config::whatsapp_href),
            phone,
            whatsapp,
            email: present(&contacts.email),
        }
    }
}

#[derive(Serialize)]
struct TranslationLink<'a> {
    code: &'a str,
    name: &'a str,
    /// The site's name in that language, when site.yaml gives one.
    site_title: Option<&'a str>,
    dir: &'a str,
    url: String,
    absolute: Option<String>,
    current: bool,
    /// Whether the page is written in this language (rather than shown through a fallback).
    own_text: bool,
}

#[derive(Serialize)]
struct NavItem<'a> {
    title: &'a str,
    /// Relative to the page; the current page's own entry is `nav_current` in the context.
    url: String,
    lang: &'a str,
    children: Vec<NavItem<'a>>,
}
