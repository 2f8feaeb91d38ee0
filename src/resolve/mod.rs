//! Stage 2, resolve: which text each language shows for each page (its own or a fallback's),
//! where every page lives in every language, how links between pages resolve, and the menus.

use std::collections::{HashMap, HashSet};

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::Config;
use crate::load::content::{Asset, CONTENT_DIR, SECTION_FILE, SourcePage};

mod addresses;
mod glossary;
mod ids;
mod links;

pub use addresses::{Addresses, Destination, Redirect};
use glossary::Glossary;
pub use glossary::TermForms;
pub use ids::{LangId, NodeId};
pub use links::LinkTarget;

/// One page of the site, across its languages.
#[derive(Debug)]
pub struct Node {
    /// `_index.md`, `rights/_index.md`, `rights/asylum.md`.
    pub id: String,
    pub is_section: bool,
    /// The section this page belongs to; `None` only for the home page.
    pub parent: Option<NodeId>,
    /// Pages and sections inside a section, in menu order per language is decided later.
    pub children: Vec<NodeId>,
}

/// The pages of a site, resolved for every language.
pub struct Site {
    pub config: Config,
    pub sources: Vec<SourcePage>,
    nodes: Vec<Node>,
    pub assets: Vec<Asset>,
    by_id: HashMap<String, usize>,
    /// `text[lang][node]`: index into `sources` of the text a reader of `lang` sees.
    text: Vec<Vec<usize>>,
    /// `paths[lang][node]`: site path such as `/es/derechos/asilo/`.
    paths: Vec<Vec<String>>,
    unreadable: HashSet<String>,
    glossary: Option<Glossary>,
    /// `assets` by (language, id).
    asset_index: HashMap<(String, String), usize>,
}

/// What a reader of one language gets for one page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TextState {
    /// The source language's own page.
    Source,
    /// A translation of the current source, reviewed by a person.
    Current,
    /// A translation of an older version of the source.
    Stale,
    /// A translation of the current source that no person has reviewed yet.
    Draft,
    /// No translation: the text of another language in the chain.
    Fallback,
}

impl TextState {
    pub fn label(self) -> &'static str {
        match self {
            TextState::Source => "source",
            TextState::Current => "current",
            TextState::Stale => "stale",
            TextState::Draft => "draft",
            TextState::Fallback => "fallback",
        }
    }
}

pub const HOME_ID: &str = SECTION_FILE;

impl Site {
    pub fn build(
        config: Config,
        content: crate::load::Content,
        diags: &mut Diagnostics,
    ) -> Option<Site> {
        let crate::load::Content {
            pages: sources,
            assets,
            unreadable,
        } = content;
        let structural_errors_before = diags.error_count();
        let mut ids: Vec<&str> = sources.iter().map(|s| s.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        let mut nodes: Vec<Node> = ids
            .iter()
            .map(|id| Node {
                id: id.to_string(),
                is_section: *id == SECTION_FILE || id.ends_with(&format!("/{SECTION_FILE}")),
                parent: None,
                children: Vec::new(),
            })
            .collect();
        let by_id: HashMap<String, usize> = nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.clone(), i))
            .collect();

        if sources.is_empty() {
            return None; // content::load has said why
        }
        if !by_id.contains_key(HOME_ID) {
            diags.push(
                Diagnostic::error(
                    format!("{CONTENT_DIR}/{}/{HOME_ID}", config.default_language()),
                    crate::msg!("no-home-page"),
                )
                .hint(crate::t!("no-home-page-hint")),
            );
        }
        for i in 0..nodes.len() {
            if nodes[i].id == HOME_ID {
                continue;
            }
            let parent_id = section_of(&nodes[i].id);
            match by_id.get(&parent_id) {
                Some(&p) => {
                    nodes[i].parent = Some(NodeId(p));
                    nodes[p].children.push(NodeId(i));
                }
                None if parent_id == HOME_ID => {} // reported above as a missing home page
                None => {
                    let folder = parent_id.trim_end_matches(SECTION_FILE);
                    let first = sources
                        .iter()
                        .find(|s| s.id == nodes[i].id)
                        .expect("every node has a source");
                    diags.push(
                        Diagnostic::error(
                            &first.file,
                            crate::msg!(
                                "section-without-index",
                                folder = folder.to_string(),
                                file = SECTION_FILE
                            ),
                        )
                        .hint(crate::t!(
                            "section-without-index-hint",
                            lang = config.default_language(),
                            folder = folder.to_string(),
                            file = SECTION_FILE
                        )),
                    );
                }
            }
        }

        let lang_count = config.languages.len();
        let mut versions = vec![vec![None; nodes.len()]; lang_count];
        for (s, source) in sources.iter().enumerate() {
            let l = config
                .languages
                .iter()
                .position(|l| l.code == source.lang)
                .expect("content::load only keeps declared languages");
            versions[l][by_id[&source.id]] = Some(s);
        }
        let lang_index: HashMap<&str, usize> = config
            .languages
            .iter()
            .enumerate()
            .map(|(i, l)| (l.code.as_str(), i))
            .collect();
        let text: Vec<Vec<usize>> = config
            .languages
            .iter()
            .map(|lang| {
                (0..nodes.len())
                    .map(|n| {
                        lang.chain
                            .iter()
                            .find_map(|code| versions[lang_index[code.as_str()]][n])
                            .expect("every node has a source in some language, and every chain ends with all languages")
                    })
                    .collect()
            })
            .collect();

        let mut site = Site {
            glossary: None,
            asset_index: assets
                .iter()
                .enumerate()
                .map(|(i, a)| ((a.lang.clone(), a.id.clone()), i))
                .collect(),
            unreadable: unreadable.into_iter().collect(),
            config,
            sources,
            nodes,
            assets,
            by_id,
            text,
            paths: Vec::new(),
        };
        // Problems in single pages (already reported) do not stop the rest of the site from
        // being resolved and rendered, so one run reports every problem; a broken structure does.
        if diags.error_count() > structural_errors_before || site.home().is_none() {
            return None;
        }
        site.paths = (0..lang_count).map(|l| site.compute_paths(l)).collect();
        site.glossary = Glossary::build(&site);
        site.check_unique_paths(diags);
        Some(site)
    }

    fn compute_paths(&self, lang: usize) -> Vec<String> {
        let code = &self.config.languages[lang].code;
        let mut paths = vec![String::new(); self.nodes.len()];
        // Parents before children: shorter ids first is enough, a parent's id is shorter.
        let mut order: Vec<usize> = (0..self.nodes.len()).collect();
        order.sort_by_key(|&n| {
            self.nodes[n].id.matches('/').count() * 2 + usize::from(!self.nodes[n].is_section)
        });
        for n in order {
            let node = &self.nodes[n];
            let base = match node.parent {
                Some(p) => paths[p].clone(),
                None => format!("/{code}/"),
            };
            paths[n] = if node.id == HOME_ID {
                base
            } else {
                format!("{base}{}/", self.sources[self.text[lang][n]].slug())
            };
        }
        paths
    }

    fn check_unique_paths(&self, diags: &mut Diagnostics) {
        // A clash between two Spanish pages shows in every language that falls back to them;
        // it is reported once.
        let mut reported: HashSet<(&std::path::Path, &std::path::Path)> = HashSet::new();
        for (l, lang) in self.config.languages.iter().enumerate() {
            let mut seen: HashMap<&str, usize> = HashMap::new();
            for n in 0..self.nodes.len() {
                if let Some(&other) = seen.get(self.paths[l][n].as_str()) {
                    let (l, other, n) = (LangId(l), NodeId(other), NodeId(n));
                    let (a, b) = (self.text_source(l, other), self.text_source(l, n));
                    if !reported.insert((a.file.as_path(), b.file.as_path())) {
                        continue;
                    }
                    diags.push(
                        Diagnostic::error(
                            &b.file,
                            crate::msg!(
                                "page-same-address",
                                language = lang.name.clone(),
                                other = a.file.display().to_string(),
                                address = self.paths[l][n].clone(),
                            ),
                        )
                        .hint(crate::t!("page-same-address-hint")),
                    );
                } else {
                    seen.insert(&self.paths[l][n], n);
                }
            }
        }
    }

    /// The configuration and content the site was built from, to build it again after some
    /// of it changed (`faro serve`).
    pub fn into_sources(self) -> (Config, crate::load::Content) {
        let content = crate::load::Content {
            pages: self.sources,
            assets: self.assets,
            unreadable: self.unreadable.into_iter().collect(),
        };
        (self.config, content)
    }

    /// Every language, in site.yaml's order.
    pub fn lang_ids(&self) -> impl Iterator<Item = LangId> + use<> {
        (0..self.config.languages.len()).map(LangId)
    }

    /// Every page.
    pub fn node_ids(&self) -> impl Iterator<Item = NodeId> + use<> {
        (0..self.nodes.len()).map(NodeId)
    }

    /// Every language with its id, in site.yaml's order.
    pub fn each_language(&self) -> impl Iterator<Item = (LangId, &crate::load::config::Language)> {
        self.config
            .languages
            .iter()
            .enumerate()
            .map(|(i, language)| (LangId(i), language))
    }

    pub fn node(&self, node: NodeId) -> &Node {
        &self.nodes[node.0]
    }

    pub fn language(&self, lang: LangId) -> &crate::load::config::Language {
        &self.config.languages[lang.0]
    }

    pub fn languages(&self) -> &[crate::load::config::Language] {
        &self.config.languages
    }

    /// The source page a reader of language `lang` (an index) sees for `node`.
    pub fn text_source(&self, lang: LangId, node: NodeId) -> &SourcePage {
        &self.sources[self.text[lang][node]]
    }

    /// What a reader of `lang` gets for `node`: the source, a current, stale or draft
    /// translation, or another language's text.
    pub fn text_state(&self, lang: LangId, node: NodeId) -> TextState {
        let shown = self.text_source(lang, node);
        if shown.lang != self.config.languages[lang].code {
            return TextState::Fallback;
        }
        let default = self.default_lang();
        let original = self.text_source(default, node);
        if shown.lang == original.lang {
            return TextState::Source;
        }
        let translation = shown.front.translation.as_ref();
        match translation.and_then(|t| t.source_version.as_deref()) {
            Some(version) if version != original.version => TextState::Stale,
            _ if translation.is_some_and(|t| t.is_reviewed()) => TextState::Current,
            _ => TextState::Draft,
        }
    }

    /// The site path of `node` in `lang`, e.g. `/es/derechos/asilo/`.
    pub fn path(&self, lang: LangId, node: NodeId) -> &str {
        &self.paths[lang][node]
    }

    /// The glossary page and the word forms to link in a text of `source`'s language, unless
    /// `source` is the glossary itself.
    pub fn glossary_for(&self, source: &SourcePage) -> Option<(NodeId, &TermForms)> {
        let glossary = self.glossary.as_ref()?;
        if self.node(glossary.node).id == source.id {
            return None;
        }
        let forms = glossary.forms.get(&source.lang)?;
        Some((glossary.node, forms))
    }

    /// The glossary page, when the site has one.
    /// The glossary words of a language, when the glossary has any in it.
    pub fn glossary_forms(&self, lang: LangId) -> Option<&TermForms> {
        self.glossary.as_ref()?.forms.get(&self.language(lang).code)
    }

    pub fn glossary_node(&self) -> Option<NodeId> {
        self.glossary.as_ref().map(|g| g.node)
    }

    pub fn node_index(&self, id: &str) -> Option<NodeId> {
        self.by_id.get(id).copied().map(NodeId)
    }

    pub fn home(&self) -> Option<NodeId> {
        self.node_index(HOME_ID)
    }

    /// The language the site is written in first, which every other falls back to.
    pub fn default_lang(&self) -> LangId {
        self.lang_index(self.config.default_language())
            .unwrap_or(LangId(0))
    }

    pub fn lang_index(&self, code: &str) -> Option<LangId> {
        self.config
            .languages
            .iter()
            .position(|l| l.code == code)
            .map(LangId)
    }

    /// Menu order: `order` from the front matter, then title.
    pub fn sorted_children(&self, lang: LangId, node: NodeId) -> Vec<NodeId> {
        let mut children = self.nodes[node].children.clone();
        children.sort_by(|&a, &b| {
            let (sa, sb) = (self.text_source(lang, a), self.text_source(lang, b));
            (sa.front.order.unwrap_or(i64::MAX), &sa.front.title, &sa.id).cmp(&(
                sb.front.order.unwrap_or(i64::MAX),
                &sb.front.title,
                &sb.id,
            ))
        });
        children
    }
}

/// `rights/asylum.md` → `rights/_index.md`; `rights/_index.md` → `_index.md`.
fn section_of(id: &str) -> String {
    let dir = id.trim_end_matches(SECTION_FILE).trim_end_matches('/');
    let dir = if id.ends_with(SECTION_FILE) {
        dir
    } else {
        id.rsplit_once('/').map_or("", |(d, _)| d)
    };
    let parent_dir = if id.ends_with(SECTION_FILE) {
        dir.rsplit_once('/').map_or("", |(d, _)| d)
    } else {
        dir
    };
    if parent_dir.is_empty() {
        SECTION_FILE.to_string()
    } else {
        format!("{parent_dir}/{SECTION_FILE}")
    }
}

#[cfg(test)]
mod tests {
    use super::links::join_relative;
    use super::*;

    fn term_forms(list: &[(&str, &str)]) -> TermForms {
        TermForms::new(
            list.iter()
                .map(|(form, id)| (form.to_string(), id.to_string()))
                .collect(),
        )
        .expect("small pattern sets build")
    }

    fn first_uses<'a>(forms: &'a TermForms, text: &'a str) -> Vec<&'a str> {
        forms
            .first_uses(text, &mut HashSet::new())
            .into_iter()
            .map(|(range, _)| &text[range])
            .collect()
    }

    #[test]
    fn glossary_words_link_once_whole_and_longest() {
        let forms = term_forms(&[
            ("interés", "interes"),
            ("interés superior", "bid"),
            ("asilo", "asilo"),
            ("abogada", "abogado"),
            ("abogado", "abogado"),
        ]);
        // The longer form wins where both start; each term once; "abogada" and "abogado"
        // are one term.
        assert_eq!(
            first_uses(
                &forms,
                "tu interés superior, tu interés, tu asilo, un abogado, una abogada y asilo"
            ),
            ["interés superior", "interés", "asilo", "abogado"]
        );
        // Inside another word is not a use; the whole word further on is.
        assert_eq!(first_uses(&forms, "asilos y asilo"), ["asilo"]);
        assert_eq!(first_uses(&forms, "el preasilo"), Vec::<&str>::new());
        // A term already linked earlier on the page is not linked again.
        let mut linked = HashSet::from(["asilo"]);
        assert!(forms.first_uses("asilo", &mut linked).is_empty());
    }

    #[test]
    fn sections_of_pages() {
        assert_eq!(section_of("a.md"), "_index.md");
        assert_eq!(section_of("rights/a.md"), "rights/_index.md");
        assert_eq!(section_of("rights/_index.md"), "_index.md");
        assert_eq!(section_of("a/b/_index.md"), "a/_index.md");
        assert_eq!(section_of("a/b/c.md"), "a/b/_index.md");
    }

    #[test]
    fn relative_joins_stay_inside() {
        assert_eq!(join_relative("a", "../b.md").as_deref(), Some("b.md"));
        assert_eq!(join_relative("a/b", "./c.md").as_deref(), Some("a/b/c.md"));
        assert_eq!(join_relative("", "../b.md"), None);
        assert_eq!(join_relative("a", "/etc/passwd"), None);
    }
}
