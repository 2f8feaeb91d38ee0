//! Links as readers meet them: every page is rendered through the theme, and every link and
//! file it points to, whether written in Markdown or by a template, must lead to a file of the
//! built site (and to an id in it, when it names one). Then, following those links from each
//! language's home page, every page must be reachable: a page no link leads to is one nobody
//! finds.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::path::Path;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::resolve::{Site, TextState};
use crate::urls;
use crate::write::publish::Manifest;

/// Where a link that climbs above the site's root is taken to lead.
const ABOVE_ROOT: &str = "/../";

/// Every link and embedded file of every page the build makes (`manifest`) must lead to a
/// file it makes, and to the id it names; every page must be reachable from a home page.
pub fn check(site: &Site, manifest: &Manifest, templates_dir: &Path, diags: &mut Diagnostics) {
    let pages = &manifest.pages;
    let files = &manifest.files;

    // A template's mistake repeats on every page that uses it: one message per link, with the
    // first page it was found on and how many have it.
    let mut broken: BTreeMap<String, (String, Broken, usize)> = BTreeMap::new();
    let mut leads_to: HashMap<&str, Vec<String>> = HashMap::new();
    for (path, page) in pages {
        // The Markdown the page's text comes from, read at its first broken link.
        let mut markdown = None;
        for link in &page.links {
            let Some((target, fragment)) = internal(path, link) else {
                continue;
            };
            let exists = files.contains(&target);
            let id_missing = fragment.as_ref().is_some_and(|id| {
                pages
                    .get(&target)
                    .is_some_and(|t| !t.ids.contains(id.as_str()))
            });
            if exists && !id_missing {
                leads_to.entry(path).or_default().push(target);
                continue;
            }
            // A link the page's own Markdown holds is already reported, with its line, by
            // the build; the rest come from the theme.
            let from_markdown = !link.starts_with('#')
                && markdown
                    .get_or_insert_with(|| {
                        let source = site.sources.iter().find(|s| s.file == page.source);
                        source.and_then(|s| s.body().ok())
                    })
                    .as_deref()
                    .is_some_and(|body| body.contains(link.split('#').next().unwrap_or("")));
            if from_markdown {
                continue;
            }
            let what = if target == ABOVE_ROOT {
                Broken::AboveRoot
            } else if exists {
                Broken::NoId(target, fragment.unwrap_or_default())
            } else {
                Broken::Missing(target)
            };
            broken
                .entry(link.clone())
                .or_insert_with(|| (path.clone(), what, 0))
                .2 += 1;
        }
    }
    for (link, (first, what, count)) in broken {
        let (kind, target, fragment) = match what {
            Broken::AboveRoot => ("above", String::new(), String::new()),
            Broken::NoId(target, fragment) => ("id", target, fragment),
            Broken::Missing(target) => ("missing", target, String::new()),
        };
        diags.push(
            Diagnostic::error(
                templates_dir.display().to_string(),
                crate::msg!(
                    "check-template-link-broken",
                    link = link,
                    kind = kind,
                    target = target,
                    fragment = fragment,
                    count = count,
                    first = first
                ),
            )
            .hint(crate::t!("check-template-link-broken-hint")),
        );
    }

    // Following links from each home page (and the language chooser).
    let mut reached: BTreeSet<String> = BTreeSet::new();
    let mut queue: VecDeque<String> = std::iter::once("/".to_string())
        .chain(
            site.home()
                .into_iter()
                .flat_map(|home| site.lang_ids().map(move |l| site.path(l, home).to_string())),
        )
        .collect();
    while let Some(path) = queue.pop_front() {
        if !reached.insert(path.clone()) {
            continue;
        }
        for next in leads_to.get(path.as_str()).into_iter().flatten() {
            if !reached.contains(next) {
                queue.push_back(next.clone());
            }
        }
    }
    for (lang, language) in site.each_language() {
        for node in site.node_ids() {
            let own_text = !matches!(site.text_state(lang, node), TextState::Fallback);
            let path = site.path(lang, node);
            if own_text && !reached.contains(path) {
                let source = site.text_source(lang, node);
                diags.push(
                    Diagnostic::warning(
                        &source.file,
                        crate::msg!(
                            "check-page-unreachable",
                            path = path.to_string(),
                            language = language.name.clone()
                        ),
                    )
                    .at_line(source.field_line("title"))
                    .hint(crate::t!("check-page-unreachable-hint")),
                );
            }
        }
    }
}

/// Where a broken link of a template leads.
enum Broken {
    /// Above the site's root, out of the site.
    AboveRoot,
    /// To a page (its path) without the id (the fragment) the link names.
    NoId(String, String),
    /// To a path the site does not have.
    Missing(String),
}

/// Where a link inside the site leads, from the page at `from`: the site path and the
/// fragment. `None` for links elsewhere (another site, a phone number, e-mail, data).
fn internal(from: &str, link: &str) -> Option<(String, Option<String>)> {
    let link = link.trim();
    let has_scheme = link.split_once(':').is_some_and(|(scheme, _)| {
        !scheme.is_empty() && !scheme.contains('/') && !scheme.contains('#')
    });
    if has_scheme || link.starts_with("//") || link.is_empty() {
        return None;
    }
    let (rest, fragment) = match link.split_once('#') {
        Some((rest, fragment)) => (rest, Some(fragment.to_string())),
        None => (link, None),
    };
    let rest = rest.split('?').next().unwrap_or("");
    let decoded = percent_encoding::percent_decode_str(rest).decode_utf8_lossy();
    let target = if decoded.is_empty() {
        from.to_string()
    } else {
        // A link that climbs above the site's root leads nowhere either.
        urls::resolve(urls::dir_of(from), &decoded).unwrap_or_else(|| ABOVE_ROOT.to_string())
    };
    Some((target, fragment.filter(|f| !f.is_empty())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_inside_the_site_are_resolved_and_others_left_alone() {
        assert_eq!(
            internal("/es/a/", "../b/index.html#x"),
            Some(("/es/b/".to_string(), Some("x".to_string())))
        );
        assert_eq!(
            internal("/es/a/", "#main"),
            Some(("/es/a/".to_string(), Some("main".to_string())))
        );
        assert_eq!(
            internal("/es/guia.html", "#cap-1"),
            Some(("/es/guia.html".to_string(), Some("cap-1".to_string())))
        );
        assert_eq!(
            internal("/es/a/", "mapa%20grande.svg"),
            Some(("/es/a/mapa grande.svg".to_string(), None))
        );
        for elsewhere in [
            "tel:+525571001542",
            "https://wa.me/525571001542",
            "mailto:a@b.c",
            "//cdn.example/x.js",
            "data:image/png;base64,AA",
        ] {
            assert_eq!(internal("/es/", elsewhere), None, "{elsewhere}");
        }
    }
}
