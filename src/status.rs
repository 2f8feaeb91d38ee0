//! `faro status`: the translation matrix. For every page and language, whether the reader gets
//! a current translation, a stale one (the Spanish changed since), a draft (no person has
//! reviewed it), or the text of another language through the fallback chain; and for every page
//! of the default language, whether a person has reviewed its legal content.

use std::fmt::Write as _;
use std::path::Path;

use std::collections::BTreeMap;

use crate::diagnostics::Diagnostics;
use crate::load::Strings;
use crate::load::strings::TRANSLATIONS_DIR;
use crate::markup::escape;
use crate::resolve::Site;

pub use crate::resolve::TextState as Cell;

pub struct Matrix {
    pub languages: Vec<String>,
    /// Per language but the default, the state of its interface strings (translations/).
    pub strings: Vec<StringsState>,
    /// Page id and its state in each language, in `languages` order.
    pub rows: Vec<(String, Vec<Cell>)>,
    /// Per row, the default language's page's legal review.
    pub reviews: Vec<Review>,
}

/// Whether a page's legal content was reviewed by a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Review {
    /// By whom and on which day.
    Done { by: String, date: String },
    /// The page states facts, and no review is recorded.
    Missing,
    /// The page says it states no facts (`sources: none`).
    NotNeeded,
}

impl Review {
    fn label(&self) -> String {
        match self {
            Review::Done { by, date } => format!("{date} {by}"),
            Review::Missing => crate::t!("status-review-none"),
            Review::NotNeeded => "-".to_string(),
        }
    }
}

/// Loads the site and works out the matrix; `None` (with diagnostics) when it cannot be read.
pub fn matrix(root: &Path, diags: &mut Diagnostics) -> Option<Matrix> {
    let pipeline = crate::build::Pipeline::open(root, true, diags)?;
    let mut matrix = of_site(pipeline.site());
    matrix.strings = strings_state(root, pipeline.site(), pipeline.strings());
    Some(matrix)
}

/// One language's interface strings against the default language's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StringsState {
    pub lang: String,
    /// Whether translations/<lang>.ftl exists; without it every string comes from the chain.
    pub has_file: bool,
    /// Messages of the default language the file lacks (readers get them along the chain).
    pub missing: Vec<String>,
    /// Messages whose default-language text changed since the file was last changed, by git
    /// history; `None` when history cannot tell (no git, or the file was never committed).
    pub stale: Option<Vec<String>>,
}

fn strings_state(root: &Path, site: &Site, strings: &Strings) -> Vec<StringsState> {
    let default = site.language(site.default_lang()).code.clone();
    let file_of = |code: &str| format!("{TRANSLATIONS_DIR}/{code}.ftl");
    let messages = |text: &str| -> BTreeMap<String, String> {
        let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(partial, _)| partial);
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some((
                    m.id.name.to_string(),
                    format!("{:?}{:?}", m.value, m.attributes),
                )),
                _ => None,
            })
            .collect()
    };
    let now = std::fs::read_to_string(root.join(file_of(&default)))
        .map(|text| messages(&text))
        .unwrap_or_default();
    let keys = |code: &str| -> Vec<String> {
        strings
            .keys
            .get(code)
            .map(|k| k.iter().map(|(key, _)| key.clone()).collect())
            .unwrap_or_default()
    };
    site.languages()
        .iter()
        .filter(|l| l.code != default)
        .map(|language| {
            let own = keys(&language.code);
            let missing = now
                .keys()
                .filter(|key| !own.contains(key))
                .cloned()
                .collect();
            let stale = crate::git::commits_of(root, &file_of(&language.code))
                .ok()
                .and_then(|commits| commits.into_iter().next())
                .and_then(|last| crate::git::file_at(root, &last, &file_of(&default)).ok())
                .map(|then| {
                    let then = messages(&then);
                    own.iter()
                        .filter(|key| {
                            now.get(*key)
                                .is_some_and(|text| then.get(*key) != Some(text))
                        })
                        .cloned()
                        .collect()
                });
            StringsState {
                lang: language.code.clone(),
                has_file: !own.is_empty(),
                missing,
                stale,
            }
        })
        .collect()
}

impl StringsState {
    /// "2 missing, 1 stale" for one language, or what it has instead of a file.
    pub fn summary(&self) -> String {
        if !self.has_file {
            return crate::t!("status-strings-no-file");
        }
        let stale = match &self.stale {
            Some(stale) if stale.is_empty() => crate::t!("status-strings-none-stale"),
            Some(stale) => crate::t!(
                "status-strings-stale",
                count = stale.len(),
                keys = stale.join(", ")
            ),
            None => crate::t!("status-strings-stale-unknown"),
        };
        let missing = if self.missing.is_empty() {
            crate::t!("status-strings-none-missing")
        } else {
            crate::t!(
                "status-strings-missing",
                count = self.missing.len(),
                keys = self.missing.join(", ")
            )
        };
        format!("{missing}, {stale}")
    }
}

pub fn of_site(site: &Site) -> Matrix {
    let default = site.default_lang();
    let reviews = site
        .node_ids()
        .map(|node| {
            let front = &site.text_source(default, node).front;
            match (&front.legal_review, &front.sources) {
                (Some(r), _) => Review::Done {
                    by: r.by.trim().to_string(),
                    date: r.date.iso(),
                },
                (None, Some(crate::load::content::SourceList::NoneNeeded { .. })) => {
                    Review::NotNeeded
                }
                (None, _) => Review::Missing,
            }
        })
        .collect();
    let rows = site
        .node_ids()
        .map(|node| {
            let cells = site
                .lang_ids()
                .map(|lang| site.text_state(lang, node))
                .collect();
            (site.node(node).id.clone(), cells)
        })
        .collect();
    Matrix {
        languages: site.languages().iter().map(|l| l.code.clone()).collect(),
        strings: Vec::new(),
        rows,
        reviews,
    }
}

impl Matrix {
    /// Per language: how many pages are in each state.
    pub fn counts(&self, lang: usize) -> [(Cell, usize); 5] {
        let count = |c: Cell| {
            self.rows
                .iter()
                .filter(|(_, cells)| cells[lang] == c)
                .count()
        };
        [
            Cell::Source,
            Cell::Current,
            Cell::Stale,
            Cell::Draft,
            Cell::Fallback,
        ]
        .map(|c| (c, count(c)))
    }

    /// "12 current (80%), 3 fallback (20%)" for one language.
    pub fn summary(&self, lang: usize) -> String {
        let total = self.rows.len().max(1);
        let parts: Vec<String> = self
            .counts(lang)
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(c, n)| format!("{} ({}%)", state_count(*c, *n), n * 100 / total))
            .collect();
        parts.join(", ")
    }

    /// "Legal review: 2 of 15 pages (13 have none)".
    pub fn review_summary(&self) -> String {
        let needed = self
            .reviews
            .iter()
            .filter(|r| **r != Review::NotNeeded)
            .count();
        let done = self
            .reviews
            .iter()
            .filter(|r| matches!(r, Review::Done { .. }))
            .count();
        crate::t!(
            "status-review-summary",
            done = done,
            needed = needed,
            none = needed - done
        )
    }

    /// A plain-text table for the terminal.
    pub fn table(&self) -> String {
        let (page_heading, review_heading) =
            (crate::t!("status-page"), crate::t!("status-legal-review"));
        // 8 in English; as wide as the longest state's name in another language.
        let cell_width = CELLS
            .iter()
            .map(|c| state_name(*c).chars().count())
            .max()
            .unwrap_or(0)
            .max(8);
        let width = self
            .rows
            .iter()
            .map(|(id, _)| id.len())
            .max()
            .unwrap_or(4)
            .max(page_heading.chars().count());
        let review_width = self
            .reviews
            .iter()
            .map(|r| r.label().chars().count())
            .max()
            .unwrap_or(0)
            .max(review_heading.chars().count());
        let mut out = format!("{page_heading:width$}  {review_heading:review_width$}");
        for lang in &self.languages {
            let _ = write!(out, "  {lang:<cell_width$}");
        }
        out.push('\n');
        for ((id, cells), review) in self.rows.iter().zip(&self.reviews) {
            let _ = write!(out, "{id:width$}  {:review_width$}", review.label());
            for cell in cells {
                let _ = write!(out, "  {:<cell_width$}", state_name(*cell));
            }
            out.push('\n');
        }
        out.push('\n');
        for (l, lang) in self.languages.iter().enumerate() {
            let _ = writeln!(out, "{lang}: {}", self.summary(l));
        }
        let _ = writeln!(out, "{}", self.review_summary());
        if !self.strings.is_empty() {
            let heading = crate::t!("status-interface-strings", folder = TRANSLATIONS_DIR);
            let _ = writeln!(out, "\n{heading}");
            for state in &self.strings {
                let _ = writeln!(out, "{}: {}", state.lang, state.summary());
            }
        }
        out
    }

    /// A one-page coloured report, for people who would rather look than read.
    pub fn html(&self) -> String {
        let title = escape(&crate::t!("status-html-title"));
        let mut out = format!(
            "<!doctype html><html lang={}><meta charset=utf-8><meta name=viewport content=\"width=device-width,initial-scale=1\">\
             <title>{title}</title><style>body{{font-family:system-ui,sans-serif;margin:1rem}}\
             table{{border-collapse:collapse}}th,td{{border:1px solid #999;padding:.3rem .5rem;text-align:left}}\
             .source{{background:#e8e8e8}}.current{{background:#b7e4c7}}.draft{{background:#ffe8a3}}\
             .stale{{background:#ffc4a3}}.fallback{{background:#f4b6b6}}</style>\
             <h1>{title}</h1><p>{}</p>\
             <table><tr><th>{}<th>{}",
            crate::messages::lang().code(),
            escape(&crate::t!("status-html-legend")),
            escape(&crate::t!("status-page")),
            escape(&crate::t!("status-legal-review")),
        );
        for lang in &self.languages {
            let _ = write!(out, "<th>{}", escape(lang));
        }
        for ((id, cells), review) in self.rows.iter().zip(&self.reviews) {
            let class = if *review == Review::Missing {
                " class=stale"
            } else {
                ""
            };
            let _ = write!(
                out,
                "<tr><td>{}<td{class}>{}",
                escape(id),
                escape(&review.label())
            );
            for cell in cells {
                let _ = write!(
                    out,
                    "<td class={}>{}",
                    cell.label(),
                    escape(&state_name(*cell))
                );
            }
        }
        let _ = write!(
            out,
            "</table><h2>{}</h2><ul>",
            escape(&crate::t!("status-html-by-language"))
        );
        for (l, lang) in self.languages.iter().enumerate() {
            let _ = write!(
                out,
                "<li><b>{}</b>: {}",
                escape(lang),
                escape(&self.summary(l))
            );
        }
        let _ = write!(out, "<li>{}", escape(&self.review_summary()));
        out.push_str("</ul>");
        if !self.strings.is_empty() {
            let _ = write!(
                out,
                "<h2>{}</h2><ul>",
                escape(&crate::t!("status-html-interface-strings"))
            );
            for state in &self.strings {
                let _ = write!(
                    out,
                    "<li><b>{}</b>: {}",
                    escape(&state.lang),
                    escape(&state.summary())
                );
            }
            out.push_str("</ul>");
        }
        out.push_str("</html>\n");
        out
    }
}

const CELLS: [Cell; 5] = [
    Cell::Source,
    Cell::Current,
    Cell::Stale,
    Cell::Draft,
    Cell::Fallback,
];

/// A page's state in the writer's language (`Cell::label` stays the English name, used as the
/// HTML report's class).
fn state_name(cell: Cell) -> String {
    match cell {
        Cell::Source => crate::t!("status-state-source"),
        Cell::Current => crate::t!("status-state-current"),
        Cell::Stale => crate::t!("status-state-stale"),
        Cell::Draft => crate::t!("status-state-draft"),
        Cell::Fallback => crate::t!("status-state-fallback"),
    }
}

/// "3 draft" (English), "3 borradores" (Spanish).
fn state_count(cell: Cell, count: usize) -> String {
    match cell {
        Cell::Source => crate::t!("status-count-source", count = count),
        Cell::Current => crate::t!("status-count-current", count = count),
        Cell::Stale => crate::t!("status-count-stale", count = count),
        Cell::Draft => crate::t!("status-count-draft", count = count),
        Cell::Fallback => crate::t!("status-count-fallback", count = count),
    }
}
