//! Links written in a page's Markdown, resolved to a page of the site or a file beside the
//! pages, or the reason they lead nowhere.

use super::{NodeId, SECTION_FILE, Site};
use crate::load::content::{CONTENT_DIR, SourcePage};
use crate::urls;

/// Where a link written in Markdown points.
#[derive(Debug, PartialEq, Eq)]
pub enum LinkTarget {
    /// A page, with an optional `#fragment`.
    Page {
        node: NodeId,
        fragment: Option<String>,
    },
    /// A file beside the pages: its site path and the file as checked.
    Asset {
        path: String,
        file: crate::load::content::AssetFile,
    },
    /// A file beside the pages that cannot be published, whose own error is reported already:
    /// where it is (`content/es/mapa.png`) and why.
    Refused { file: String, why: String },
    /// A page that exists but could not be read; its own error is reported already.
    Unreadable,
}

impl Site {
    /// Resolves a link written in `from` (relative to its file) to a page or a file.
    pub fn resolve_link(&self, from: &SourcePage, dest: &str) -> Result<LinkTarget, BrokenLink> {
        let (path, fragment) = match dest.split_once('#') {
            Some((p, f)) => (p, Some(f.to_string())),
            None => (dest, None),
        };
        let path = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
        let base = match from.id.rfind('/') {
            Some(i) => &from.id[..i],
            None => "",
        };
        let joined = join_relative(base, &path).ok_or_else(|| BrokenLink::OutsideContent {
            dest: dest.to_string(),
            lang: from.lang.clone(),
        })?;
        if joined.ends_with(".md") {
            return match self.by_id.get(&joined) {
                Some(&node) => Ok(LinkTarget::Page {
                    node: NodeId(node),
                    fragment,
                }),
                None if self.unreadable.contains(&joined) => Ok(LinkTarget::Unreadable),
                None => Err(BrokenLink::NoSuchPage {
                    dest: dest.to_string(),
                    page: joined,
                }),
            };
        }
        let folder_page = if joined.is_empty() {
            SECTION_FILE.to_string()
        } else {
            format!("{}/{SECTION_FILE}", joined.trim_end_matches('/'))
        };
        if let Some(&node) = self.by_id.get(&folder_page) {
            return Ok(LinkTarget::Page {
                node: NodeId(node),
                fragment,
            });
        }
        // A file beside the page, or beside the same page in the languages it falls back to:
        // a translation links to the Spanish page's map as the Spanish page does, without a copy
        // of it in every language's folder.
        let chain = self
            .config
            .language(&from.lang)
            .map(|l| l.chain.clone())
            .unwrap_or_else(|| vec![from.lang.clone()]);
        for lang in chain {
            if let Some(&i) = self.asset_index.get(&(lang.clone(), joined.clone())) {
                return Ok(match &self.assets[i].checked {
                    Ok(file) => LinkTarget::Asset {
                        path: format!("/{lang}/{joined}"),
                        file: file.clone(),
                    },
                    Err(why) => LinkTarget::Refused {
                        file: format!("content/{lang}/{joined}"),
                        why: why.clone(),
                    },
                });
            }
        }
        Err(BrokenLink::NoSuchFile {
            dest: dest.to_string(),
            file: format!("{CONTENT_DIR}/{}/{joined}", from.lang),
        })
    }
}

/// Why a link written in a page leads nowhere; the caller reports it at the link.
#[derive(Debug)]
pub enum BrokenLink {
    /// It climbs out of its language's folder.
    OutsideContent { dest: String, lang: String },
    /// It names a `.md` page that no language has.
    NoSuchPage { dest: String, page: String },
    /// It names a file that is not beside the pages.
    NoSuchFile { dest: String, file: String },
}

impl BrokenLink {
    /// What is wrong, in the writer's language.
    pub fn message(&self) -> crate::messages::Message {
        match self {
            BrokenLink::OutsideContent { dest, lang } => crate::msg!(
                "link-outside-content",
                dest = dest.clone(),
                folder = format!("{CONTENT_DIR}/{lang}"),
            ),
            BrokenLink::NoSuchPage { dest, page } => {
                crate::msg!(
                    "link-no-such-page",
                    dest = dest.clone(),
                    page = page.clone()
                )
            }
            BrokenLink::NoSuchFile { dest, file } => {
                crate::msg!(
                    "link-no-such-file",
                    dest = dest.clone(),
                    file = file.clone()
                )
            }
        }
    }

    /// What to do about it, in the writer's language.
    pub fn hint(&self) -> String {
        crate::t!(match self {
            BrokenLink::OutsideContent { .. } => "link-outside-content-hint",
            BrokenLink::NoSuchPage { .. } => "link-no-such-page-hint",
            BrokenLink::NoSuchFile { .. } => "link-no-such-file-hint",
        })
    }
}

impl std::fmt::Display for BrokenLink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().text)
    }
}

/// Joins a relative path onto `base` (both `/`-separated, inside one language folder),
/// or `None` when it climbs out of it.
pub(super) fn join_relative(base: &str, rel: &str) -> Option<String> {
    if rel.starts_with('/') || rel.contains('\\') {
        return None;
    }
    Some(urls::join(base, rel)?.join("/"))
}
