//! Stage 3, render: each page's Markdown to HTML, then through the theme's Tera templates, with
//! interface strings from Fluent.

pub mod booklet;
mod context;
mod inputs;
pub mod markdown;
mod nav;
mod offline;
mod templates;
mod trust;

use context::*;
pub use inputs::Inputs;
pub use templates::Compiled;
use templates::tera_diagnostic;
pub(crate) use templates::{
    BOOKLET_TEMPLATE, CHOOSER_TEMPLATE, HOME_TEMPLATE, NOT_FOUND_TEMPLATE, PAGE_TEMPLATE,
    REDIRECT_TEMPLATE, SECTION_TEMPLATE,
};

use std::collections::HashMap;
use std::sync::Mutex;

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;
use tera::Context;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::content::Date;
use crate::resolve::{Addresses, Destination, LangId, NodeId, Redirect, Site, TextState};
use crate::urls;

pub struct Renderer<'a> {
    site: &'a Site,
    templates: &'a Compiled,
    /// The menu of every page in a section is the same, with links written relative to the
    /// section's folder and a `../` in front; built once per (language, section) and shared.
    nav_cache: Mutex<HashMap<(LangId, NodeId), nav::SharedMenu>>,
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
    /// The site it renders.
    pub fn site(&self) -> &'a Site {
        self.site
    }

    /// A language's service worker: the theme's `service_worker` script, with the language,
    /// the version of its files and their list (relative to the worker) in front. `None` when
    /// the theme has no service worker.
    pub fn service_worker(&self, lang: LangId, version: &str, files: &[String]) -> Option<String> {
        let script = self.templates.scripts.get("service_worker")?;
        let code = &self.site.language(lang).code;
        Some(offline::service_worker(code, version, files, script))
    }

    /// Renders one page in one language.
    pub fn page(
        &self,
        lang: LangId,
        node: NodeId,
        extras: &PageExtras,
    ) -> Result<RenderedPage, Vec<Diagnostic>> {
        let site = self.site;
        let language = &site.language(lang);
        let source = site.text_source(lang, node);
        let path = site.path(lang, node).to_string();
        let text_lang = site
            .config
            .language(&source.lang)
            .expect("sources are in declared languages");

        let mut problems = Diagnostics::new();
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

        let source_lang = site.default_lang();
        let state = site.text_state(lang, node);
        let kind = if Some(node) == site.home() {
            "home"
        } else if site.node(node).is_section {
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
            lang: &text_lang.tag,
            dir: text_lang.dir.as_str(),
            language_name: &text_lang.name,
            kind,
            fallback: state == TextState::Fallback,
            draft_translation: state == TextState::Draft,
            stale: state == TextState::Stale,
            source_url: urls::relative(&path, site.path(source_lang, node)),
            source_lang: &site.language(source_lang).tag,
            address: match site.config.site.base_url.as_deref() {
                Some(base) => urls::absolute(base, &path),
                None => path.clone(),
            },
            source_language_name: &site.language(source_lang).name,
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
        context.insert("translations", &self.translations(node, Some(lang), &path));
        let home = site.home().expect("a resolved site has a home page");
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
            Ok(_) => Err(problems.into_iter().collect()),
            Err(e) => {
                problems.push(tera_diagnostic(&self.templates.templates_dir, &e));
                Err(problems.into_iter().collect())
            }
        }
    }

    /// public/index.html: a static list of the languages, each named in itself.
    pub fn chooser(&self) -> Result<RenderedPage, Vec<Diagnostic>> {
        let default = self.site.default_lang();
        let mut context = self.base_context(default, "/");
        let home = self.site.home().expect("a resolved site has a home page");
        context.insert("translations", &self.translations(home, None, "/"));
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
    pub fn not_found(&self, lang: Option<LangId>) -> Result<RenderedPage, Vec<Diagnostic>> {
        let site = self.site;
        let default = site.default_lang();
        let l = lang.unwrap_or(default);
        let path = match lang {
            Some(l) => format!("/{}/404.html", site.language(l).code),
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
        let home = site.home().expect("a resolved site has a home page");
        context.insert("home_url", &from_root(site.path(l, home)));
        let languages: Vec<TranslationLink> = self
            .translations(home, Some(l), "/")
            .into_iter()
            .zip(site.lang_ids())
            .map(|(t, i)| TranslationLink {
                url: from_root(site.path(i, home)),
                ..t
            })
            .collect();
        context.insert("translations", &languages);
        if !self.has_template(NOT_FOUND_TEMPLATE) {
            return Err(vec![
                Diagnostic::error(
                    &self.templates.templates_dir,
                    crate::msg!("template-no-404", template = NOT_FOUND_TEMPLATE),
                )
                .hint(crate::t!("template-no-404-hint")),
            ]);
        }
        self.render_theme_page(NOT_FOUND_TEMPLATE, &context, path)
    }

    /// The page left at an old address: a refresh to where it leads (the page, or its
    /// language's home page when the page is gone) and a plain link, for browsers that do not
    /// follow the refresh and for servers that send the file as it is.
    pub fn redirect(&self, redirect: &Redirect) -> Result<RenderedPage, Vec<Diagnostic>> {
        let site = self.site;
        let from = redirect.from.as_str();
        let target = Addresses::target(site, redirect);
        let (title, text_lang) = match redirect.to {
            Destination::Page(node) => {
                let source = site.text_source(redirect.lang, node);
                (Some(source.front.title.as_str()), source.lang.as_str())
            }
            Destination::Gone => (None, site.language(redirect.lang).code.as_str()),
        };
        let text_lang = site
            .config
            .language(text_lang)
            .unwrap_or(site.language(redirect.lang));
        let (path, fragment) = target.split_once('#').unwrap_or((&target, ""));
        let mut url = urls::relative(from, path);
        if !fragment.is_empty() {
            url = format!("{url}#{fragment}");
        }
        let mut context = self.base_context(redirect.lang, from);
        context.insert(
            "redirect",
            &RedirectContext {
                url,
                title,
                lang: &text_lang.code,
                dir: text_lang.dir.as_str(),
            },
        );
        let home = site.home().expect("a resolved site has a home page");
        context.insert(
            "home_url",
            &urls::relative(from, site.path(redirect.lang, home)),
        );
        if !self.has_template(REDIRECT_TEMPLATE) {
            return Err(vec![
                Diagnostic::error(
                    &self.templates.templates_dir,
                    crate::msg!("template-no-redirect", template = REDIRECT_TEMPLATE),
                )
                .hint(crate::t!("template-no-redirect-hint")),
            ]);
        }
        self.render_theme_page(REDIRECT_TEMPLATE, &context, from.to_string())
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
        problems: &mut Diagnostics,
    ) -> Option<AudioContext> {
        let line = source.field_line("audio");
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
                        crate::msg!(
                            "audio-refused",
                            audio = audio,
                            file = file.clone(),
                            why = why,
                        ),
                    )
                    .at_line(line)
                    .hint(crate::t!("audio-refused-hint", file = file)),
                );
                None
            }
            Ok(_) => {
                problems.push(
                    Diagnostic::error(&source.file, crate::msg!("audio-is-page", audio = audio))
                        .at_line(line)
                        .hint(crate::t!("audio-is-page-hint")),
                );
                None
            }
            Err(_) => {
                problems.push(
                    Diagnostic::error(&source.file, crate::msg!("audio-missing", audio = audio))
                        .at_line(line)
                        .hint(crate::t!("audio-missing-hint")),
                );
                None
            }
        }
    }

    fn has_template(&self, name: &str) -> bool {
        self.templates.tera.get_template_names().any(|n| n == name)
    }

    fn base_context(&self, lang: LangId, page_dir: &str) -> Context {
        let site = self.site;
        let language = &site.language(lang);
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
        node: NodeId,
        current: Option<LangId>,
        page_dir: &str,
    ) -> Vec<TranslationLink<'_>> {
        let site = self.site;
        site.each_language()
            .map(|(l, language)| TranslationLink {
                code: &language.code,
                tag: &language.tag,
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
                current: Some(l) == current,
                own_text: site.text_source(l, node).lang == language.code,
            })
            .collect()
    }
}

/// "850 KB", "1.2 MB": sizes as people read them.
fn format_size(bytes: u64) -> String {
    if bytes < 1024 * 1024 {
        format!("{} KB", bytes.div_ceil(1024))
    } else {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    }
}
