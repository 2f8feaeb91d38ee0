//! The theme's templates compiled with faro's template functions (`t` for interface strings,
//! `url` for relative links), and Tera's errors turned into diagnostics at the template's line.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use fluent_bundle::{FluentArgs, FluentValue};
use sha2::{Digest, Sha256};
use tera::{Kwargs, State, Tera};

use super::Renderer;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::{Strings, Theme};
use crate::resolve::Site;
use crate::urls;

/// The templates faro renders pages with. A theme without `section.html`, `home.html` or
/// `chooser.html` has those pages rendered with `page.html`; the others it must have.
pub(crate) const PAGE_TEMPLATE: &str = "page.html";
pub(crate) const SECTION_TEMPLATE: &str = "section.html";
pub(crate) const HOME_TEMPLATE: &str = "home.html";
pub(crate) const CHOOSER_TEMPLATE: &str = "chooser.html";
pub(crate) const NOT_FOUND_TEMPLATE: &str = "404.html";
pub(crate) const BOOKLET_TEMPLATE: &str = "booklet.html";
/// Needed only by a site with old addresses (see `resolve::addresses`).
pub(crate) const REDIRECT_TEMPLATE: &str = "redirect.html";

/// A theme's templates compiled with the interface strings, apart from any site: kept between
/// the renders of a site whose pages change (`faro serve`, the fuzz targets).
pub struct Compiled {
    pub(super) strings: Arc<Strings>,
    pub(super) tera: Tera,
    pub(super) templates_dir: String,
    pub(super) css: String,
    /// The theme's scripts, by name, to inline where a template asks for them.
    pub(super) scripts: std::collections::BTreeMap<String, String>,
    /// SHA-256 of the strings, templates, CSS and scripts (see `inputs`).
    digest: [u8; 32],
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
                Diagnostic::error(
                    &templates_dir,
                    crate::msg!("template-no-page", template = PAGE_TEMPLATE),
                )
                .hint(crate::t!("template-no-page-hint")),
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
        let mut digest = Sha256::new();
        digest.update(strings.digest());
        let parts = theme.templates.iter().flat_map(|(n, t)| [n, t]);
        let parts = parts.chain(theme.scripts.iter().flat_map(|(n, s)| [n, s]));
        for part in parts.chain([&templates_dir, &theme.css]) {
            digest.update((part.len() as u64).to_le_bytes());
            digest.update(part.as_bytes());
        }
        Some(Compiled {
            digest: digest.finalize().into(),
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

    /// What the templates render with besides the site: see `inputs`.
    pub(super) fn digest(&self) -> [u8; 32] {
        self.digest
    }

    /// The interface strings the templates were compiled with.
    pub fn strings(&self) -> &Strings {
        &self.strings
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
        tera::Error::message(crate::t!(
            "template-string-missing-detail",
            key = key.clone(),
            lang = strings.default_language().to_string(),
        ))
    })
}

pub(super) fn tera_diagnostic(templates_dir: &str, e: &tera::Error) -> Diagnostic {
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
                tera_error(file, report.message()).at(span.start_line, span.start_col + 1),
            ];
        }
        tera::ErrorKind::MissingParent { current, parent } => {
            return vec![
                Diagnostic::error(
                    format!("{templates_dir}/{current}"),
                    crate::msg!("template-missing-parent", parent = parent.clone()),
                )
                .hint(crate::t!("template-missing-parent-hint")),
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
    vec![tera_error(templates_dir.to_string(), &message)]
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
                found.push(tera_error(format!("{templates_dir}/{name}"), m).at(row, col));
            }
            message = None;
        }
    }
    found
}

/// The error for Tera's `message` (its own words, in English) in `file`, with the hint that
/// fits it.
fn tera_error(file: String, message: &str) -> Diagnostic {
    let detail = message.to_string();
    // faro's own words for an interface string no language has (see `translate`), up to the
    // key, in the language they were given in.
    let missing_string = crate::t!("template-string-missing-detail", key = "", lang = "");
    let missing_string = missing_string.split('`').next().unwrap_or_default();
    let (message, hint) = if !missing_string.is_empty() && message.contains(missing_string) {
        (
            crate::msg!("template-string-missing", detail = detail),
            crate::t!("template-string-missing-hint"),
        )
    } else if message.contains("Unknown filter") {
        (
            crate::msg!("template-unknown-filter", detail = detail),
            crate::t!("template-unknown-filter-hint"),
        )
    } else if message.contains("Unknown function") {
        (
            crate::msg!("template-unknown-function", detail = detail),
            crate::t!("template-unknown-function-hint"),
        )
    } else if message.contains("not found")
        || message.contains("not defined")
        || message.contains("ndefined")
    {
        (
            crate::msg!("template-undefined", detail = detail),
            crate::t!("template-undefined-hint"),
        )
    } else {
        (
            crate::msg!("template-error", detail = detail),
            crate::t!("template-error-hint"),
        )
    };
    Diagnostic::error(file, message).hint(hint)
}
