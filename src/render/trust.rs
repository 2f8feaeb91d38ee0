//! What a page tells its reader about how far to trust it: when the writer last checked it
//! against its sources, who reviewed it (only when someone did), and where its facts come from.

use serde::Serialize;

use super::{DateContext, Renderer};
use crate::load::content::{Source, SourcePage};
use crate::resolve::{LangId, NodeId};

#[derive(Serialize)]
pub(crate) struct Trust<'a> {
    updated: Option<DateContext>,
    legal_review: Option<Review<'a>>,
    sources: Vec<SourceContext<'a>>,
}

#[derive(Serialize)]
struct Review<'a> {
    by: &'a str,
    date: DateContext,
}

#[derive(Serialize)]
struct SourceContext<'a> {
    title: &'a str,
    url: Option<&'a str>,
    law: Option<&'a str>,
    checked: DateContext,
}

impl Trust<'_> {
    pub(crate) fn has_sources(&self) -> bool {
        !self.sources.is_empty()
    }
}

impl<'s> Renderer<'s> {
    /// The trust notes of the text shown in `lang` at `node`, dated in `ui_code`'s words.
    ///
    /// A translation that lists no sources of its own states the facts of the page it was
    /// translated from, so it shows that page's sources. The dates and the review stay the
    /// text's own: a review of the Spanish is not a review of the French.
    pub(crate) fn trust(&self, lang: LangId, node: NodeId, ui_code: &str) -> Trust<'s> {
        let site = self.site;
        let text: &'s SourcePage = site.text_source(lang, node);
        let cited: &'s [Source] = match &text.front.sources {
            Some(list) => list.cited(),
            None => site
                .text_source(site.default_lang(), node)
                .front
                .sources
                .as_ref()
                .map_or(&[], |list| list.cited()),
        };
        Trust {
            updated: text.front.updated.map(|d| self.date(ui_code, d)),
            legal_review: text.front.legal_review.as_ref().map(|r| Review {
                by: r.by.trim(),
                date: self.date(ui_code, r.date),
            }),
            sources: cited
                .iter()
                .map(|s| SourceContext {
                    title: s.title.trim(),
                    url: s.url.as_deref().map(str::trim).filter(|u| !u.is_empty()),
                    law: s.law.as_deref().map(str::trim).filter(|l| !l.is_empty()),
                    checked: self.date(ui_code, s.checked),
                })
                .collect(),
        }
    }
}
