//! Addresses that must keep working: every address in `addresses.lock` that no page lives at
//! any more gets a redirect, to where its page is now in the same language, or to the
//! language's home page when the page is gone. Also what a build leaves in the lock, and the
//! addresses `faro check` warns are about to move.

use std::collections::{BTreeMap, HashMap};

use super::{LangId, NodeId, Site};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::addresses::{Key, LOCK_FILE, Lock, State};

/// An address no page lives at, and where it leads.
#[derive(Debug, Clone)]
pub struct Redirect {
    /// The old site path, `/fr/asilo/`.
    pub from: String,
    /// The reader's language: the address's own, or the default language's when the site no
    /// longer has that language.
    pub lang: LangId,
    pub to: Destination,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Destination {
    /// The page, at its address in the redirect's language.
    Page(NodeId),
    /// The page is gone: the language's home page, with a notice.
    Gone,
}

/// An address that was its page's own at the last `faro build`, and would not be now.
#[derive(Debug, Clone)]
pub struct Leaving {
    pub key: Key,
    /// Its line in addresses.lock.
    pub line: usize,
    pub lang: LangId,
    pub to: Destination,
}

/// The old addresses of a site and what becomes of them.
#[derive(Debug, Clone, Default)]
pub struct Addresses {
    /// Sorted by address.
    pub redirects: Vec<Redirect>,
    pub leaving: Vec<Leaving>,
    /// The lock as a build leaves it: every address read, with every address published now.
    pub lock: Lock,
    /// Whether the site had its lock file before.
    pub had_lock: bool,
}

impl Addresses {
    /// What becomes of every address in `lock`, for `site` as it is now. Two pages that claim
    /// one address are errors in `diags`, at the lock file's line.
    pub fn plan(site: &Site, lock: &Lock, diags: &mut Diagnostics) -> Addresses {
        let default = site.default_lang();
        let mut live: HashMap<&str, NodeId> = HashMap::new();
        let mut updated = Lock {
            exists: true,
            entries: BTreeMap::new(),
        };
        for (l, language) in site.each_language() {
            for node in site.node_ids() {
                let address = site.path(l, node);
                live.insert(address, node);
                updated.entries.insert(
                    Key {
                        page: site.node(node).id.clone(),
                        lang: language.code.clone(),
                        address: address.to_string(),
                    },
                    State {
                        old: false,
                        line: 0,
                    },
                );
            }
        }
        let lang_of = |key: &Key| site.lang_index(&key.lang).unwrap_or(default);
        let mut old: BTreeMap<&str, Vec<(&Key, &State)>> = BTreeMap::new();
        let mut leaving = Vec::new();
        for (key, state) in lock.entries.iter() {
            let here = live.get(key.address.as_str()).copied();
            let own = here.is_some_and(|n| site.node(n).id == key.page);
            updated.entries.entry(key.clone()).or_insert(State {
                old: true,
                line: state.line,
            });
            if own {
                continue;
            }
            let exists = site.node_index(&key.page);
            if !state.old {
                leaving.push(Leaving {
                    key: key.clone(),
                    line: state.line,
                    lang: lang_of(key),
                    to: exists.map_or(Destination::Gone, Destination::Page),
                });
            }
            match here {
                // A page whose file is gone has nothing to lead to: another page at its
                // address (the same page under a new file name, most often) serves its readers
                // better than the home page would.
                Some(_) if exists.is_none() => {}
                Some(other) => {
                    let l = lang_of(key);
                    let now = site.text_source(l, other);
                    diags.push(
                        Diagnostic::error(
                            LOCK_FILE,
                            crate::msg!(
                                "lock-address-taken",
                                address = key.address.clone(),
                                page = key.page.clone(),
                                language = site.language(l).name.clone(),
                                file = now.file.display().to_string(),
                            ),
                        )
                        .at_line(state.line)
                        .hint(crate::t!(
                            "lock-address-taken-hint",
                            file = now.file.display().to_string(),
                            address = key.address.clone(),
                        )),
                    );
                }
                None => old
                    .entry(key.address.as_str())
                    .or_default()
                    .push((key, state)),
            }
        }
        let mut redirects = Vec::new();
        for (address, claims) in old {
            let mut pages: Vec<(&Key, &State, NodeId)> = claims
                .iter()
                .filter_map(|&(key, state)| Some((key, state, site.node_index(&key.page)?)))
                .collect();
            pages.dedup_by_key(|(_, _, node)| *node);
            let to = match pages.as_slice() {
                [] => Destination::Gone,
                [(_, _, node)] => Destination::Page(*node),
                [(first, _, _), rest @ ..] => {
                    for (key, state, _) in rest {
                        diags.push(
                            Diagnostic::error(
                                LOCK_FILE,
                                crate::msg!(
                                    "lock-address-two-pages",
                                    address = address,
                                    first = first.page.clone(),
                                    other = key.page.clone(),
                                ),
                            )
                            .at_line(state.line)
                            .hint(crate::t!("lock-address-two-pages-hint")),
                        );
                    }
                    continue;
                }
            };
            redirects.push(Redirect {
                from: address.to_string(),
                lang: lang_of(claims[0].0),
                to,
            });
        }
        Addresses {
            redirects,
            leaving,
            lock: updated,
            had_lock: lock.exists,
        }
    }

    /// Where `redirect` leads, as a site path: the page's address, or the home page's with
    /// `#gone`, the id of its notice.
    pub fn target(site: &Site, redirect: &Redirect) -> String {
        match redirect.to {
            Destination::Page(node) => site.path(redirect.lang, node).to_string(),
            Destination::Gone => {
                let home = site.home().expect("a resolved site has a home page");
                format!("{}#{GONE_ID}", site.path(redirect.lang, home))
            }
        }
    }
}

/// The id of the notice on each home page that the page a reader asked for is gone.
const GONE_ID: &str = "gone";
