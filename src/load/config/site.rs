//! The keys site.yaml may have, as serde reads them, with their defaults. What a shape cannot
//! say is checked in `check`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Contacts, Limits};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    /// The site's name in each language; languages without one use the default language's.
    pub title: BTreeMap<String, String>,
    /// Where the site is published, e.g. `https://example.org/ninez/`. Optional: every link faro
    /// writes is relative, so this is only needed for absolute addresses (hreflang, QR codes).
    #[serde(default)]
    pub base_url: Option<String>,
    /// The source language: every translation is judged against it.
    pub default_language: String,
    #[serde(default = "default_theme")]
    pub theme: String,
    pub languages: Vec<LanguageConfig>,
    #[serde(default)]
    pub contacts: Contacts,
    #[serde(default)]
    pub budgets: Budgets,
    /// The largest file of each kind faro reads; a larger one is an error, found before it is
    /// read.
    #[serde(default)]
    pub limits: Limits,
    /// Where the quick-exit link on every page goes: a neutral site, so a child who must hide
    /// the page can leave it in one tap.
    #[serde(default)]
    pub quick_exit_url: Option<String>,
    #[serde(default)]
    pub booklet: BookletConfig,
    #[serde(default)]
    pub check: CheckConfig,
    /// What happens to HTML written inside a page's Markdown.
    #[serde(default)]
    pub raw_html: RawHtml,
    #[serde(default)]
    pub compression: CompressionConfig,
    /// What the offline library files for Kiwix say about themselves (`faro zim`).
    #[serde(default)]
    pub zim: ZimConfig,
    /// Where the published site's editor saves (`faro edit --export`).
    #[serde(default)]
    pub editor: EditorConfig,
}

/// The git host the published site's editor signs in to and saves to. Every key is optional
/// here so that `faro edit --export` can name every missing one in one run; the other
/// commands never read them.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EditorConfig {
    /// `github` or `gitlab`.
    #[serde(default)]
    pub backend: Option<String>,
    /// The site's repository on the host, `owner/name`.
    #[serde(default)]
    pub repo: Option<String>,
    /// The branch the site is published from; `main` when absent.
    #[serde(default)]
    pub branch: Option<String>,
    /// GitHub: the address of the sign-in service (an OAuth client for GitHub, run by the
    /// organisation or its host), Decap's `base_url`.
    #[serde(default)]
    pub auth_url: Option<String>,
    /// GitLab: the id of the organisation's OAuth application (sign-in with PKCE, no server).
    #[serde(default)]
    pub app_id: Option<String>,
    /// A self-hosted GitLab's address, e.g. `https://gitlab.example.org`; gitlab.com when absent.
    #[serde(default)]
    pub host: Option<String>,
}

/// The metadata of the ZIM files `faro zim` writes, one per language, as Kiwix's catalogue
/// shows them. Every key is optional here so that `faro zim` can name every missing one in
/// one run (`zim::metadata`); the other commands never read them.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ZimConfig {
    /// The start of each file's name and of its `Name` in the catalogue, e.g. `kind-mexico`:
    /// the files are `kind-mexico_es_all_2026-12.zim` and so on.
    #[serde(default)]
    pub name: Option<String>,
    /// Who wrote the content.
    #[serde(default)]
    pub creator: Option<String>,
    /// Who made the ZIM files.
    #[serde(default)]
    pub publisher: Option<String>,
    /// A sentence of at most 80 characters per language, for the catalogue; languages without
    /// one use their fallbacks'.
    #[serde(default)]
    pub description: BTreeMap<String, String>,
    /// Kiwix's tags, e.g. `_category:other`.
    #[serde(default)]
    pub tags: Vec<String>,
    /// A 48×48 PNG in the theme's folder, shown beside the title in the catalogue.
    #[serde(default)]
    pub illustration: Option<String>,
}

/// How the compressed copies of each text file are made.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompressionConfig {
    /// brotli's quality: 11, the default, makes the smallest files readers download; 10 makes
    /// them about 3 % larger in about half the time, and 5 about 9 % larger in a third of the time, for a
    /// site whose deploys start without `.faro-cache/` (docs/performance.md has the figures).
    /// Lower qualities are refused (see [`LOWEST_BROTLI_QUALITY`]).
    #[serde(default = "best_brotli_quality")]
    pub brotli_quality: u32,
}

/// brotli's highest quality: the smallest files, and the slowest to make.
pub const BEST_BROTLI_QUALITY: u32 = 11;

/// The lowest quality site.yaml may ask for. Quality 5 compresses a page in well under a
/// millisecond, files about 9 % larger than at 11; below it files grow fast (quality 4: 12 %
/// larger for little time saved). 6 to 9 make files about as large as 5, 9 as slowly as 10.
pub const LOWEST_BROTLI_QUALITY: u32 = 5;

fn best_brotli_quality() -> u32 {
    BEST_BROTLI_QUALITY
}

impl Default for CompressionConfig {
    fn default() -> Self {
        Self {
            brotli_quality: best_brotli_quality(),
        }
    }
}

/// HTML written inside Markdown: `sanitize` (the default) keeps what a page may show (text
/// formatting, tables, images from the site) and drops the rest (scripts, event handlers,
/// frames, forms, styles); `allow` keeps it all; `deny` makes it an error.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RawHtml {
    #[default]
    Sanitize,
    Allow,
    Deny,
}

/// What `faro check` holds the writing to.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckConfig {
    /// The lowest readability score a page may have, per language (languages with a formula:
    /// es, en, fr, pt). Languages not listed use 70.
    #[serde(default)]
    pub min_readability: BTreeMap<String, f64>,
    /// The longest sentence, in words.
    #[serde(default = "default_sentence_words")]
    pub max_sentence_words: usize,
    /// A page whose `updated` date is older than this many months is flagged, unless the page
    /// sets its own `review_every`.
    #[serde(default = "default_fresh_months")]
    pub review_every_months: u32,
    /// Front matter fields every page must fill in, beyond `title`, `updated` and `sources`,
    /// which `faro check` asks of every page already.
    #[serde(default)]
    pub required: Vec<RequiredField>,
    /// Languages that must have every page of the site, and every word of its glossary, in
    /// their own words rather than through a fallback.
    #[serde(default)]
    pub complete: Vec<String>,
}

/// A front matter field `check: required` may ask of every page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RequiredField {
    /// One sentence for search results and link previews.
    Description,
    /// The key points at the top of the page.
    Summary,
    /// The page's place in the menu; the home page is in no menu, and an update is placed by
    /// its `date`.
    Order,
}

impl RequiredField {
    /// The field's key in the front matter.
    pub fn key(self) -> &'static str {
        match self {
            RequiredField::Description => "description",
            RequiredField::Summary => "summary",
            RequiredField::Order => "order",
        }
    }
}

fn default_sentence_words() -> usize {
    25
}
fn default_fresh_months() -> u32 {
    12
}

impl Default for CheckConfig {
    fn default() -> Self {
        Self {
            min_readability: BTreeMap::new(),
            max_sentence_words: default_sentence_words(),
            review_every_months: default_fresh_months(),
            required: Vec::new(),
            complete: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BookletConfig {
    /// A QR code per chapter pointing at the page online; needs base_url.
    #[serde(default = "crate::load::yes")]
    pub qr_codes: bool,
}

impl Default for BookletConfig {
    fn default() -> Self {
        Self { qr_codes: true }
    }
}

fn default_theme() -> String {
    "default".to_string()
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageConfig {
    /// BCP 47 code: es, en, quc, mam, ar…
    pub code: String,
    /// The language's name in itself: Español, English, K'iche'.
    pub name: String,
    /// The BCP 47 tag that says more than the code, for `lang` and `hreflang` (`pt-BR` for
    /// Brazilian Portuguese); the code when absent. Addresses and folders keep the code.
    #[serde(default)]
    pub tag: Option<String>,
    #[serde(default)]
    pub direction: Direction,
    /// Languages to take a page or an interface string from when this one lacks it, in order.
    #[serde(default)]
    pub fallback: Vec<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    #[default]
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// Size limits, in kilobytes of brotli-compressed output.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Budgets {
    #[serde(default = "default_page_kb")]
    pub page_kb: f64,
    #[serde(default = "default_booklet_kb")]
    pub booklet_kb: f64,
}

fn default_page_kb() -> f64 {
    14.0
}
fn default_booklet_kb() -> f64 {
    60.0
}

impl Default for Budgets {
    fn default() -> Self {
        Self {
            page_kb: default_page_kb(),
            booklet_kb: default_booklet_kb(),
        }
    }
}
