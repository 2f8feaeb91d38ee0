//! Headings as shown: their level in a booklet, and ids that are stable, readable in every
//! script, and unique on the page.

use std::collections::HashSet;

use pulldown_cmark::{CowStr, HeadingLevel};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::Target;

/// The level a heading is shown at. In a booklet the chapter's title is the h2, so the page's
/// own headings step down.
pub(super) fn shown_level(target: &Target, level: HeadingLevel) -> HeadingLevel {
    match target {
        Target::Page { .. } => level,
        Target::Booklet { .. } => deeper(level),
    }
}

/// A heading's id: the one the writer gave (`{#id}`), else one made from its text; unique
/// among `used`, and in a booklet prefixed with the chapter's so it stays unique in the file.
pub(super) fn id(
    explicit: Option<CowStr>,
    text: &str,
    target: &Target,
    used: &mut HashSet<String>,
) -> String {
    let wanted = match explicit {
        Some(explicit) => explicit.to_string(),
        None => slugify(text),
    };
    let unique = unique_id(&wanted, used);
    match target {
        Target::Page { .. } => unique,
        Target::Booklet { chapter, .. } => format!("{chapter}-{unique}"),
    }
}

fn deeper(level: HeadingLevel) -> HeadingLevel {
    use HeadingLevel::*;
    match level {
        H1 => H2,
        H2 => H3,
        H3 => H4,
        H4 => H5,
        H5 | H6 => H6,
    }
}

/// A heading's id from its text: accents dropped, lowercase, words joined by hyphens.
/// Letters of any script are kept, so Arabic or K'iche' headings still get readable ids; the
/// slug crates transliterate everything to ASCII, which turns Arabic into Latin gibberish.
pub fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    // Compatibility decomposition (NFKD) turns letter variants into plain letters ("𝔍" → "J",
    // "ﬁ" → "fi") before accents are dropped; a letter with no lowercase form is left out, as
    // slugs are lowercase.
    for c in text
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
    {
        if c.is_alphanumeric() && !c.is_uppercase() {
            slug.push(c);
        } else if (c.is_whitespace() || c == '-' || c == '_')
            && !slug.ends_with('-')
            && !slug.is_empty()
        {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_string();
    if slug.is_empty() {
        "section".to_string()
    } else {
        slug
    }
}

fn unique_id(wanted: &str, used: &mut HashSet<String>) -> String {
    let mut id = wanted.to_string();
    let mut n = 1;
    while used.contains(&id) {
        id = format!("{wanted}-{n}");
        n += 1;
    }
    used.insert(id.clone());
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_drop_accents_and_punctuation() {
        assert_eq!(slugify("¿Qué es el asilo?"), "que-es-el-asilo");
        assert_eq!(slugify("Your rights, here & now"), "your-rights-here-now");
        assert_eq!(slugify("حقوقك"), "حقوقك");
        assert_eq!(slugify("???"), "section");
    }

    #[test]
    fn ids_are_unique() {
        let mut used = HashSet::new();
        assert_eq!(unique_id("a", &mut used), "a");
        assert_eq!(unique_id("a", &mut used), "a-1");
        assert_eq!(unique_id("a", &mut used), "a-2");
    }
}
