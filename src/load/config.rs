//! site.yaml: the languages, their fallback chains, the contacts and the budgets.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::diagnostics::{Diagnostic, Diagnostics, line_col};

pub const CONFIG_FILE: &str = "site.yaml";

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
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BookletConfig {
    /// A QR code per chapter pointing at the page online; needs base_url.
    #[serde(default = "yes")]
    pub qr_codes: bool,
}

impl Default for BookletConfig {
    fn default() -> Self {
        Self { qr_codes: true }
    }
}

fn yes() -> bool {
    true
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

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contacts {
    /// The country's emergency number, free from any phone (Mexico: 911), shown first in the
    /// help block: a child in danger now needs it before anything else.
    #[serde(default)]
    pub emergency: Option<String>,
    /// A phone number in international form, e.g. "+52 55 7100 1542".
    #[serde(default)]
    pub phone: Option<String>,
    /// A WhatsApp number in international form, e.g. "+1 202 918 9431".
    #[serde(default)]
    pub whatsapp: Option<String>,
    /// Left empty until the organisation gives one; nothing is shown while it is empty.
    #[serde(default)]
    pub email: Option<String>,
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

/// The largest file of each kind faro reads, in megabytes (of 1,048,576 bytes). A file over its
/// limit is an error, found from its length before a byte of it is read, so no input sets how
/// much memory a build takes. site.yaml itself may be at most [`SETTINGS_MAX_BYTES`].
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limits {
    /// A page's Markdown file. The longest page of the site is under 7 KB.
    #[serde(default = "default_page_mb")]
    pub page_mb: f64,
    /// An image (png, jpg, gif, webp, svg), beside a page or in the theme.
    #[serde(default = "default_image_mb")]
    pub image_mb: f64,
    /// A recording (mp3, m4a, ogg, opus, wav).
    #[serde(default = "default_audio_mb")]
    pub audio_mb: f64,
    /// Any other file beside the pages or in the theme's static/ (a PDF, a font).
    #[serde(default = "default_file_mb")]
    pub file_mb: f64,
    /// A template, stylesheet or script of the theme.
    #[serde(default = "default_theme_mb")]
    pub theme_mb: f64,
    /// A .ftl file of interface strings.
    #[serde(default = "default_translations_mb")]
    pub translations_mb: f64,
}

/// site.yaml's own limit: it cannot set it for itself.
pub const SETTINGS_MAX_BYTES: u64 = 1024 * 1024;

fn default_page_mb() -> f64 {
    1.0
}
fn default_image_mb() -> f64 {
    5.0
}
fn default_audio_mb() -> f64 {
    30.0
}
fn default_file_mb() -> f64 {
    10.0
}
fn default_theme_mb() -> f64 {
    1.0
}
fn default_translations_mb() -> f64 {
    1.0
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            page_mb: default_page_mb(),
            image_mb: default_image_mb(),
            audio_mb: default_audio_mb(),
            file_mb: default_file_mb(),
            theme_mb: default_theme_mb(),
            translations_mb: default_translations_mb(),
        }
    }
}

impl Limits {
    fn each(&self) -> [(&'static str, f64); 6] {
        [
            ("page_mb", self.page_mb),
            ("image_mb", self.image_mb),
            ("audio_mb", self.audio_mb),
            ("file_mb", self.file_mb),
            ("theme_mb", self.theme_mb),
            ("translations_mb", self.translations_mb),
        ]
    }
}

/// Megabytes as written in site.yaml, in bytes.
pub fn megabytes(mb: f64) -> u64 {
    (mb * 1024.0 * 1024.0) as u64
}

/// A language with everything resolved: its full chain of languages to read from.
#[derive(Debug, Clone, Serialize)]
pub struct Language {
    pub code: String,
    pub name: String,
    pub dir: Direction,
    /// This language first, then its fallbacks (followed transitively), then the default
    /// language, then every other language in site order, so that every page exists in every
    /// language and a reader never meets a dead link.
    pub chain: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub site: SiteConfig,
    pub languages: Vec<Language>,
}

impl Config {
    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    pub fn default_language(&self) -> &str {
        &self.site.default_language
    }

    pub fn title(&self, lang: &str) -> &str {
        self.site
            .title
            .get(lang)
            .or_else(|| self.site.title.get(&self.site.default_language))
            .map(String::as_str)
            .unwrap_or("")
    }
}

/// Reads and checks site.yaml. Returns `None` when it cannot be used at all; problems go into
/// `diags` either way.
pub fn load(root: &Path, diags: &mut Diagnostics) -> Option<Config> {
    let path = root.join(CONFIG_FILE);
    let read = super::files::read_text(
        root,
        &path,
        super::files::Kind::Settings,
        &Limits::default(),
    );
    let text = match read {
        Ok(text) => text,
        Err(diag) if diag.message.starts_with("cannot read") => {
            diags.push(diag.hint(
                "faro needs a site.yaml at the site's root; use --root to point at the site",
            ));
            return None;
        }
        Err(diag) => {
            diags.push(diag);
            return None;
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let site: SiteConfig = match serde_yaml::from_str(text) {
        Ok(site) => site,
        Err(e) => {
            diags.push(yaml_error(CONFIG_FILE, text, 0, &e));
            return None;
        }
    };
    check(site, text, diags)
}

/// Turns a serde_yaml error into a diagnostic; `line_offset` is added to the error's line for
/// YAML that starts partway into a file (front matter).
pub fn yaml_error(
    file: impl Into<std::path::PathBuf>,
    text: &str,
    line_offset: usize,
    e: &serde_yaml::Error,
) -> Diagnostic {
    let message = e.to_string();
    // serde_yaml appends " at line N column M" to its message; the location goes in our own
    // fields instead.
    let message = message
        .split(" at line ")
        .next()
        .unwrap_or(&message)
        .to_string();
    let hint = if message.contains("is not a date") {
        "write dates as YYYY-MM-DD, for example 2026-11-28"
    } else if message.contains("duplicate") {
        "each key may appear once; remove one of them"
    } else if message.contains("unknown variant") {
        "use one of the values the message lists"
    } else if message.contains("cannot start any token") {
        "YAML does not allow tab characters; indent with spaces"
    } else if message.contains("unknown field") {
        "check the spelling of the key; the message lists the keys that are allowed"
    } else if message.contains("invalid type") {
        "check the value's type: text, a number, a list (lines starting with '- ') or true/false"
    } else if message.contains("missing field") {
        "add the missing key"
    } else {
        "check the YAML syntax: `key: value`, two-space indents, quotes around text with ':' or '#'"
    };
    let diag = Diagnostic::error(file, message.clone()).hint(hint);
    // Errors raised while reading a value (a bad date, a repeated key) come located at the start
    // of the document; the value or key named in the message finds the real line.
    let located = e.location().map(|loc| line_col(text, loc.index()));
    let named = named_line(text, &message);
    match (located, named) {
        (Some((1, 1)) | None, Some(line)) => diag.at_line(line + line_offset),
        (Some((line, col)), _) => diag.at(line + line_offset, col),
        (None, None) => diag,
    }
}

/// The line that holds the first `quoted` or "quoted" word of a message; for a repeated key,
/// its second appearance.
fn named_line(text: &str, message: &str) -> Option<usize> {
    let quoted = message
        .split('`')
        .nth(1)
        .or_else(|| message.split('"').nth(1))
        .filter(|q| !q.is_empty())?;
    let lines = text.lines().enumerate();
    if message.starts_with("duplicate") {
        let key = format!("{quoted}:");
        return lines
            .filter(|(_, l)| l.trim_start().starts_with(&key))
            .map(|(i, _)| i + 1)
            .nth(1);
    }
    text.lines()
        .position(|l| l.split_once(':').is_some_and(|(_, v)| v.contains(quoted)))
        .map(|i| i + 1)
}

/// Line of the first line matching `pred`, for errors about values serde has already accepted.
fn find_line(text: &str, pred: impl Fn(&str) -> bool) -> Option<usize> {
    text.lines().position(pred).map(|i| i + 1)
}

fn code_line(text: &str, code: &str) -> Option<usize> {
    find_line(text, |l| {
        let l = l.trim_start().trim_start_matches('-').trim();
        l.strip_prefix("code:")
            .map(|v| v.trim().trim_matches(['"', '\'']) == code)
            .unwrap_or(false)
    })
}

fn locate(diag: Diagnostic, line: Option<usize>) -> Diagnostic {
    match line {
        Some(l) => diag.at_line(l),
        None => diag,
    }
}

fn check(site: SiteConfig, text: &str, diags: &mut Diagnostics) -> Option<Config> {
    let before = diags.error_count();
    let mut seen: HashMap<&str, ()> = HashMap::new();
    for lang in &site.languages {
        let line = code_line(text, &lang.code);
        if lang
            .code
            .parse::<unic_langid::LanguageIdentifier>()
            .is_err()
            || lang.code.contains('_')
        {
            diags.push(locate(
                Diagnostic::error(
                    CONFIG_FILE,
                    format!("`{}` is not a BCP 47 language code", lang.code),
                )
                .hint("use a code such as es, en, pt-BR, quc or mam"),
                line,
            ));
        }
        if seen.insert(&lang.code, ()).is_some() {
            diags.push(locate(
                Diagnostic::error(
                    CONFIG_FILE,
                    format!("language `{}` is declared twice", lang.code),
                )
                .hint("keep one entry per language"),
                line,
            ));
        }
        if lang.name.trim().is_empty() {
            diags.push(locate(
                Diagnostic::error(CONFIG_FILE, format!("language `{}` has no name", lang.code))
                    .hint("give the language's name in itself, e.g. `name: Español`"),
                line,
            ));
        }
        for fallback in &lang.fallback {
            if !site.languages.iter().any(|l| &l.code == fallback) {
                let line = find_line(text, |l| {
                    l.contains("fallback") && l.contains(fallback.as_str())
                })
                .or(line);
                diags.push(locate(
                    Diagnostic::error(
                        CONFIG_FILE,
                        format!("language `{}` falls back to `{fallback}`, which is not declared", lang.code),
                    )
                    .hint("declare that language under `languages:` or remove it from the fallback list"),
                    line,
                ));
            }
        }
    }
    let default_declared = site
        .languages
        .iter()
        .any(|l| l.code == site.default_language);
    if site.languages.is_empty() {
        diags.push(locate(
            Diagnostic::error(CONFIG_FILE, "no languages are declared")
                .hint("add a `languages:` list with at least the default language"),
            find_line(text, |l| l.starts_with("languages")),
        ));
        return None;
    }
    if !default_declared {
        diags.push(locate(
            Diagnostic::error(
                CONFIG_FILE,
                format!(
                    "the default language `{}` is not declared",
                    site.default_language
                ),
            )
            .hint("add it under `languages:`"),
            find_line(text, |l| l.starts_with("default_language")),
        ));
    }
    if default_declared && !site.title.contains_key(&site.default_language) {
        diags.push(locate(
            Diagnostic::error(CONFIG_FILE, "the site has no title in the default language")
                .hint(format!("add `{}: …` under `title:`", site.default_language)),
            find_line(text, |l| l.starts_with("title")),
        ));
    }
    for code in site.title.keys() {
        if !site.languages.iter().any(|l| &l.code == code) {
            diags.push(locate(
                Diagnostic::error(
                    CONFIG_FILE,
                    format!("a title is given for `{code}`, which is not a declared language"),
                )
                .hint("declare the language or remove its title"),
                find_line(text, |l| l.trim_start().starts_with(&format!("{code}:"))),
            ));
        }
    }
    check_contact(&site.contacts.phone, "phone", text, diags);
    check_contact(&site.contacts.whatsapp, "whatsapp", text, diags);
    if let Some(number) = site.contacts.emergency.as_deref()
        && !number.trim().is_empty()
        && !(number.trim().len() <= 6 && number.trim().chars().all(|c| c.is_ascii_digit()))
    {
        diags.push(locate(
            Diagnostic::error(
                CONFIG_FILE,
                format!("the emergency number `{number}` is not a short number of digits"),
            )
            .hint("write the number a person dials for emergencies, e.g. \"911\""),
            find_line(text, |l| l.trim_start().starts_with("emergency:")),
        ));
    }
    if let Some(url) = site.quick_exit_url.as_deref().filter(|u| !u.is_empty())
        && !url.starts_with("https://")
    {
        diags.push(locate(
            Diagnostic::error(CONFIG_FILE, format!("quick_exit_url `{url}` is not an https address"))
                .hint("give the full address of a neutral site, e.g. https://www.google.com/search?q=clima"),
            find_line(text, |l| l.starts_with("quick_exit_url")),
        ));
    }
    for (key, mb) in site.limits.each() {
        // A limit over 1 TB is no limit on any machine faro runs on, and past it the
        // conversion to bytes stops being exact.
        if !(mb > 0.0 && mb <= 1_048_576.0) {
            diags.push(locate(
                Diagnostic::error(
                    CONFIG_FILE,
                    format!("`limits: {key}` is {mb}; a limit is a number of megabytes above 0"),
                )
                .hint("give the largest file of that kind you mean to publish, e.g. `image_mb: 5`, or remove the line to use the default"),
                find_line(text, |l| l.trim_start().starts_with(&format!("{key}:"))),
            ));
        }
    }
    if let Some(base) = &site.base_url
        && !(base.starts_with("https://") || base.starts_with("http://"))
    {
        diags.push(locate(
            Diagnostic::error(
                CONFIG_FILE,
                format!("base_url `{base}` is not an http(s) address"),
            )
            .hint("write the full address, e.g. https://example.org/, or remove the line"),
            find_line(text, |l| l.starts_with("base_url")),
        ));
    }
    if diags.error_count() > before {
        return None;
    }

    let mut languages = Vec::new();
    let mut cycles: Vec<Vec<String>> = Vec::new();
    for lang in &site.languages {
        match fallback_chain(&site, &lang.code) {
            Ok(chain) => languages.push(Language {
                code: lang.code.clone(),
                name: lang.name.clone(),
                dir: lang.direction,
                chain,
            }),
            Err(cycle) => {
                // One loop is reported once, whichever of its languages found it.
                let mut members = cycle[cycle
                    .iter()
                    .position(|c| c == cycle.last().unwrap())
                    .unwrap_or(0)..cycle.len() - 1]
                    .to_vec();
                members.sort();
                if cycles.contains(&members) {
                    continue;
                }
                cycles.push(members);
                diags.push(locate(
                    Diagnostic::error(
                        CONFIG_FILE,
                        format!("the fallback chain loops: {}", cycle.join(" -> ")),
                    )
                    .hint("a language cannot fall back, directly or through others, to itself"),
                    code_line(text, &lang.code),
                ));
            }
        }
    }
    if !cycles.is_empty() {
        return None;
    }
    Some(Config { site, languages })
}

fn check_contact(value: &Option<String>, key: &str, text: &str, diags: &mut Diagnostics) {
    let Some(number) = value else { return };
    let ok = number.trim_start().starts_with('+')
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c))
        && number.chars().filter(char::is_ascii_digit).count() >= 6;
    if !number.is_empty() && !ok {
        diags.push(locate(
            Diagnostic::error(
                CONFIG_FILE,
                format!("the {key} number `{number}` is not a phone number in international form"),
            )
            .hint("write it with the country code, e.g. \"+52 55 7100 1542\""),
            find_line(text, |l| l.trim_start().starts_with(&format!("{key}:"))),
        ));
    }
}

/// The declared fallbacks followed depth-first; an error names the loop.
fn fallback_chain(site: &SiteConfig, code: &str) -> Result<Vec<String>, Vec<String>> {
    fn visit(
        site: &SiteConfig,
        code: &str,
        path: &mut Vec<String>,
        out: &mut Vec<String>,
    ) -> Result<(), Vec<String>> {
        if path.iter().any(|c| c == code) {
            let mut cycle = path.clone();
            cycle.push(code.to_string());
            return Err(cycle);
        }
        if !out.iter().any(|c| c == code) {
            out.push(code.to_string());
        }
        path.push(code.to_string());
        if let Some(lang) = site.languages.iter().find(|l| l.code == code) {
            for next in &lang.fallback {
                visit(site, next, path, out)?;
            }
        }
        path.pop();
        Ok(())
    }
    let mut chain = Vec::new();
    visit(site, code, &mut Vec::new(), &mut chain)?;
    for extra in
        std::iter::once(&site.default_language).chain(site.languages.iter().map(|l| &l.code))
    {
        if !chain.contains(extra) {
            chain.push(extra.clone());
        }
    }
    Ok(chain)
}

/// `tel:` address for a phone number written for people.
pub fn tel_href(number: &str) -> String {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    format!("tel:+{digits}")
}

/// `tel:` address for a short national number such as 911, dialled as it is (no country code).
pub fn short_tel_href(number: &str) -> String {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    format!("tel:{digits}")
}

/// wa.me address for a WhatsApp number written for people.
pub fn whatsapp_href(number: &str) -> String {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    format!("https://wa.me/{digits}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hrefs_keep_only_digits() {
        assert_eq!(tel_href("+52 55 7100 1542"), "tel:+525571001542");
        assert_eq!(
            whatsapp_href("+1 202 918 9431"),
            "https://wa.me/12029189431"
        );
    }
}
