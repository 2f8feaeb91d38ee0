//! Everything of a page a translator translates, one piece each: the front matter's text (title,
//! description, address, key points, glossary entries) and the body's blocks; and the
//! translated page written back from its pieces.

use super::blocks::{self, Block};
use crate::load::content::SourcePage;

/// One thing to translate.
#[derive(Debug, Clone)]
pub struct Piece {
    /// What it is in the page (`title`, `key point 2`, `paragraph 3`), the second half of the
    /// entry's context.
    pub name: String,
    pub text: String,
    /// 1-based line in the page's file.
    pub line: usize,
    /// Where it goes back: a front matter field or the body's block at an index.
    pub place: Place,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Title,
    Description,
    Slug,
    Summary(usize),
    /// A glossary entry's term, words and definition, by the entry's id.
    Term(String),
    TermWords(String),
    TermDefinition(String),
    HardWords,
    Body(usize),
}

impl Piece {
    /// Whether a translation must be the same kind of Markdown, links and code kept.
    pub fn is_markdown(&self) -> bool {
        matches!(self.place, Place::Body(_))
    }
}

/// A page cut into pieces, with its body's blocks to put translated text back into.
pub struct Cut {
    pub pieces: Vec<Piece>,
    pub body: String,
    pub blocks: Vec<Block>,
}

/// `page` (whose body is `body`) cut into its pieces, front matter first.
pub fn cut(page: &SourcePage, body: String) -> Cut {
    let front = &page.front;
    let line = |key: &str| page.field_line(key);
    let mut pieces = Vec::new();
    let mut push = |name: String, text: &str, line: usize, place: Place| {
        pieces.push(Piece {
            name,
            text: text.to_string(),
            line,
            place,
        })
    };
    push("title".into(), &front.title, line("title"), Place::Title);
    if let Some(description) = &front.description {
        push(
            "description".into(),
            description,
            line("description"),
            Place::Description,
        );
    }
    // The home page has no address of its own to translate.
    let slug = page.slug();
    if !slug.is_empty() {
        push("address".into(), &slug, line("slug"), Place::Slug);
    }
    for (i, point) in front.summary.iter().enumerate() {
        let name = format!("key point {}", i + 1);
        push(name, point, line("summary") + 1 + i, Place::Summary(i));
    }
    for term in &front.terms {
        let at = line("terms");
        let id = || term.id.clone();
        push(
            format!("term {}", term.id),
            &term.term,
            at,
            Place::Term(id()),
        );
        if !term.matches.is_empty() {
            let words = term.matches.join(", ");
            push(
                format!("term {} words", term.id),
                &words,
                at,
                Place::TermWords(id()),
            );
        }
        push(
            format!("term {} definition", term.id),
            &term.definition,
            at,
            Place::TermDefinition(id()),
        );
    }
    if !front.hard_words.is_empty() {
        let words = front.hard_words.join(", ");
        push(
            "hard words".into(),
            &words,
            line("hard_words"),
            Place::HardWords,
        );
    }
    let blocks = blocks::blocks(&body);
    for (i, block) in blocks.iter().enumerate() {
        push(
            block.name.clone(),
            &block.text(&body),
            page.body_line + block.line - 1,
            Place::Body(i),
        );
    }
    Cut {
        pieces,
        body,
        blocks,
    }
}

/// What a translated page keeps of its own that is not translated text.
pub struct Kept<'a> {
    pub audio: Option<&'a str>,
    /// Who reviewed this very text, when a named person did.
    pub reviewed_by: Option<&'a str>,
}

/// The translated page's file: the source's front matter with the translated pieces, the
/// version of the source it was made from, and the source's body with the translated blocks.
/// `texts` holds one text per piece of `cut` (the source cut into pieces), in order.
///
/// The front matter is written by hand, in the order and style writers use (key points
/// indented, lists of words on one line), so a page written by hand and the same page written
/// here differ as little as they can; each value is quoted by serde_yaml when YAML needs it.
pub fn write_page(source: &SourcePage, cut: &Cut, texts: &[String], kept: &Kept) -> String {
    let front = &source.front;
    let text = |place: Place| -> Option<&str> {
        cut.pieces
            .iter()
            .position(|p| p.place == place)
            .map(|i| texts[i].as_str())
    };
    let mut yaml = String::new();
    field(
        &mut yaml,
        "title",
        text(Place::Title).unwrap_or_default(),
        true,
    );
    if let Some(description) = text(Place::Description) {
        field(&mut yaml, "description", description, true);
    }
    if let Some(slug) = text(Place::Slug).filter(|s| !s.is_empty()) {
        field(&mut yaml, "slug", slug, true);
    }
    if let Some(order) = front.order {
        field(&mut yaml, "order", &order.to_string(), false);
    }
    if let Some(months) = front.review_every {
        field(&mut yaml, "review_every", &months.to_string(), false);
    }
    if let Some(date) = front.date {
        field(&mut yaml, "date", &date.iso(), false);
    }
    if !front.booklet {
        field(&mut yaml, "booklet", "false", false);
    }
    if front.draft {
        field(&mut yaml, "draft", "true", false);
    }
    if let Some(audio) = kept.audio {
        field(&mut yaml, "audio", audio, true);
    }
    if !front.summary.is_empty() {
        yaml.push_str("summary:\n");
        for i in 0..front.summary.len() {
            let point = text(Place::Summary(i)).unwrap_or_default();
            yaml.push_str(&format!("  - {}\n", scalar(point)));
        }
    }
    if let Some(updated) = front.updated {
        field(&mut yaml, "updated", &updated.iso(), false);
    }
    yaml.push_str(&format!(
        "translation:\n  source_version: \"{}\"\n",
        source.version
    ));
    match kept.reviewed_by {
        Some(by) => yaml.push_str(&format!(
            "  reviewed: true\n  reviewed_by: {}\n",
            scalar(by)
        )),
        None => yaml.push_str("  reviewed: false\n"),
    }
    if let Some(words) = text(Place::HardWords) {
        yaml.push_str(&format!("hard_words: {}\n", flow_list(words)));
    }
    if !front.terms.is_empty() {
        let mut terms: Vec<(&str, &str, Option<&str>, &str)> = front
            .terms
            .iter()
            .map(|term| {
                let id = || term.id.clone();
                (
                    term.id.as_str(),
                    text(Place::Term(id())).unwrap_or_default(),
                    text(Place::TermWords(id())),
                    text(Place::TermDefinition(id())).unwrap_or_default(),
                )
            })
            .collect();
        // A glossary is read in alphabetical order, the language's own.
        terms.sort_by_cached_key(|(_, term, _, _)| sort_key(term));
        yaml.push_str("terms:\n");
        for (id, term, words, definition) in terms {
            yaml.push_str(&format!("  - id: {}\n", scalar(id)));
            yaml.push_str(&format!("    term: {}\n", scalar(term)));
            if let Some(words) = words {
                yaml.push_str(&format!("    match: {}\n", flow_list(words)));
            }
            yaml.push_str(&format!("    definition: {}\n", scalar(definition)));
        }
    }
    let bodies: Vec<String> = cut
        .pieces
        .iter()
        .zip(texts)
        .filter(|(p, _)| p.is_markdown())
        .map(|(_, t)| t.clone())
        .collect();
    format!(
        "---\n{yaml}---\n{}",
        blocks::replace(&cut.body, &cut.blocks, &bodies)
    )
}

/// `key: value`, the value quoted where YAML needs it when `quote` (text), as it is when not
/// (numbers, dates, yes/no).
fn field(yaml: &mut String, key: &str, value: &str, quote: bool) {
    let value = if quote {
        scalar(value)
    } else {
        value.to_string()
    };
    yaml.push_str(&format!("{key}: {value}\n"));
}

/// A YAML scalar: as it is when YAML reads it back the same, quoted when not.
fn scalar(value: &str) -> String {
    serde_yaml::to_string(value)
        .map(|s| s.trim_end_matches('\n').to_string())
        .unwrap_or_else(|_| json_quoted(value))
}

/// Words separated by commas as a YAML list on one line, `[a, b]`; a word YAML would misread
/// inside brackets is quoted.
fn flow_list(words: &str) -> String {
    let items: Vec<String> = words
        .split(',')
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .map(|w| {
            let plain = scalar(w);
            if plain.contains([',', '[', ']', '{', '}']) || plain.starts_with(['\'', '"']) {
                json_quoted(w)
            } else {
                plain
            }
        })
        .collect();
    format!("[{}]", items.join(", "))
}

/// A double-quoted YAML scalar (JSON's string syntax is YAML's).
fn json_quoted(value: &str) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// Alphabetical order as a reader expects it: letters without their accents, case ignored.
fn sort_key(term: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    term.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}
