//! The glossary: which words of a text link to the definition of a term.

use std::collections::{HashMap, HashSet};

use super::{NodeId, Site};

/// The glossary: the page whose front matter lists `terms`, and per language the word forms
/// that link to each term's definition.
pub(super) struct Glossary {
    pub(super) node: NodeId,
    pub(super) forms: HashMap<String, TermForms>,
}

impl Glossary {
    pub(super) fn build(site: &Site) -> Option<Glossary> {
        let first = site.sources.iter().find(|s| !s.front.terms.is_empty())?;
        let node = site.node_index(&first.id)?;
        let mut lists: HashMap<String, Vec<(String, String)>> = HashMap::new();
        for source in site.sources.iter().filter(|s| s.id == first.id) {
            let list = lists.entry(source.lang.clone()).or_default();
            for term in &source.front.terms {
                for form in term.matches.iter().chain(std::iter::once(&term.term)) {
                    let form = form.trim().to_lowercase();
                    if !form.is_empty() && !list.iter().any(|(f, _)| *f == form) {
                        list.push((form, term.id.clone()));
                    }
                }
            }
        }
        let forms = lists
            .into_iter()
            .filter_map(|(lang, list)| Some((lang, TermForms::new(list)?)))
            .collect();
        Some(Glossary { node, forms })
    }
}

/// One language's glossary words (lowercase) and the term each stands for, searched all at
/// once: a page's text is read once however long the glossary grows.
#[derive(Debug)]
pub struct TermForms {
    ids: Vec<String>,
    lengths: Vec<usize>,
    matcher: aho_corasick::AhoCorasick,
}

impl TermForms {
    pub(super) fn new(list: Vec<(String, String)>) -> Option<TermForms> {
        let matcher = aho_corasick::AhoCorasick::new(list.iter().map(|(form, _)| form)).ok()?;
        Some(TermForms {
            lengths: list.iter().map(|(form, _)| form.len()).collect(),
            ids: list.into_iter().map(|(_, id)| id).collect(),
            matcher,
        })
    }

    /// The places in `lower` (a lowercase text) to link: each term's first use as a whole word
    /// whose term is not in `linked` yet, never overlapping, the longest form where two start
    /// together (so "interés superior" wins over "interés"). Each term found joins `linked`.
    pub fn first_uses<'a>(
        &'a self,
        lower: &str,
        linked: &mut HashSet<&'a str>,
    ) -> Vec<(std::ops::Range<usize>, &'a str)> {
        let mut found: Vec<_> = self
            .matcher
            .find_overlapping_iter(lower)
            .map(|m| (m.start(), m.pattern().as_usize()))
            .collect();
        found.sort_by_key(|&(start, pattern)| (start, std::cmp::Reverse(self.lengths[pattern])));
        let mut uses = Vec::new();
        let mut rest = 0;
        for (start, pattern) in found {
            let end = start + self.lengths[pattern];
            let id = self.ids[pattern].as_str();
            let whole_word = !lower[..start]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
                && !lower[end..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
            if start >= rest && whole_word && linked.insert(id) {
                uses.push((start..end, id));
                rest = end;
            }
        }
        uses
    }
}
