//! The keys a page's front matter may have, as serde reads them. What a shape cannot say is
//! checked in `page` and `trust`.

use serde::{Deserialize, Serialize};

use super::{Date, SourceList};

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    /// This page's URL segment in its language; the file name without `.md` when absent.
    #[serde(default)]
    pub slug: Option<String>,
    #[serde(default)]
    pub order: Option<i64>,
    /// The key points, a few short lines shown at the top of the page.
    #[serde(default)]
    pub summary: Vec<String>,
    /// The day the writer last checked the page against its sources ("Actualizado el …").
    #[serde(default)]
    pub updated: Option<Date>,
    /// Who reviewed the page's legal content, and when; present only when that happened.
    #[serde(default)]
    pub legal_review: Option<LegalReview>,
    /// How many months `updated` stays current; the site's default when absent. Pages about
    /// rules that change often (the United States' border) say 3.
    #[serde(default)]
    pub review_every: Option<u32>,
    /// Where the page's facts come from, or why it states none.
    #[serde(default)]
    pub sources: Option<SourceList>,
    /// A recording of the page, a file beside it.
    #[serde(default)]
    pub audio: Option<String>,
    #[serde(default)]
    pub draft: bool,
    /// Publication date, for updates.
    #[serde(default)]
    pub date: Option<Date>,
    /// Present on a translation: which source version it was made from, whether a person
    /// has reviewed it.
    #[serde(default)]
    pub translation: Option<Translation>,
    /// Glossary entries, on the glossary page.
    #[serde(default)]
    pub terms: Vec<Term>,
    /// On the glossary page: words too hard to use without explaining them. `faro check`
    /// warns when a page uses one that no entry in `terms` covers.
    #[serde(default)]
    pub hard_words: Vec<String>,
    /// Whether the page is a chapter of its language's booklet (the printable, offline guide).
    #[serde(default = "crate::load::yes")]
    pub booklet: bool,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    #[serde(default)]
    pub source_version: Option<String>,
    /// Whether a person who reads both languages checked this translation; only with
    /// `reviewed_by`, so a reader is never told of a review nobody made.
    #[serde(default)]
    pub reviewed: bool,
    #[serde(default)]
    pub reviewed_by: Option<String>,
}

impl Translation {
    /// Reviewed by a named person.
    pub fn is_reviewed(&self) -> bool {
        self.reviewed
            && self
                .reviewed_by
                .as_deref()
                .is_some_and(|b| !b.trim().is_empty())
    }
}

/// `legal_review: {by: …, date: …}`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LegalReview {
    pub by: String,
    pub date: Date,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    pub term: String,
    #[serde(default, rename = "match")]
    pub matches: Vec<String>,
    pub definition: String,
}
