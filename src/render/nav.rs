//! The site menu of a page: its language's sections and pages, the current one marked, with
//! links relative to the page.

use super::Renderer;
use super::context::NavItem;
use crate::resolve::{LangId, NodeId, Site};
use crate::urls;

/// The menu the pages of one section share, and how many of them have yet to take it. It is
/// dropped once the last has: every menu lists every section, so the menus of all sections in
/// all languages would grow with the square of the site's size (5 MB for 7 languages of 600
/// pages), where those of the sections being rendered take a few kilobytes each.
pub(super) struct SharedMenu {
    menu: tera::Value,
    left: usize,
}

impl Renderer<'_> {
    /// The site menu for `node` in `lang`, and the address the current page has in it.
    pub(super) fn nav(&self, lang: LangId, node: NodeId, path: &str) -> (tera::Value, String) {
        let site = self.site;
        let home = site.home().expect("a resolved site has a home page");
        let parent = site
            .node(node)
            .parent
            .filter(|_| !site.node(node).is_section);
        let Some(parent) = parent else {
            let items = self.nav_items(lang, home, path, node, true);
            return (
                tera::Value::from_serializable(&items),
                "index.html".to_string(),
            );
        };
        let slug = path.trim_end_matches('/').rsplit('/').next().unwrap_or("");
        let current = format!("../{slug}/index.html");
        if let Some(nav) = self.shared_menu(lang, parent) {
            return (nav, current);
        }
        let mut items = self.nav_items(lang, home, site.path(lang, parent), parent, true);
        fn step_up(items: &mut [NavItem]) {
            for item in items {
                item.url.insert_str(0, "../");
                step_up(&mut item.children);
            }
        }
        step_up(&mut items);
        let nav = tera::Value::from_serializable(&items);
        // The pages of the section other than this one; a page that renders twice, or two
        // that build the menu at once, only keep it until the end of the run.
        let left = site
            .node(parent)
            .children
            .iter()
            .filter(|&&child| !site.node(child).is_section)
            .count()
            .saturating_sub(1);
        if left > 0 {
            self.nav_cache.lock().expect("nav cache").insert(
                (lang, parent),
                SharedMenu {
                    menu: nav.clone(),
                    left,
                },
            );
        }
        (nav, current)
    }

    /// The menu of `section`'s pages in `lang`, when one of them built it; dropped when the
    /// last of them takes it.
    fn shared_menu(&self, lang: LangId, section: NodeId) -> Option<tera::Value> {
        let mut cache = self.nav_cache.lock().expect("nav cache");
        let shared = cache.get_mut(&(lang, section))?;
        shared.left -= 1;
        if shared.left == 0 {
            return cache.remove(&(lang, section)).map(|shared| shared.menu);
        }
        Some(shared.menu.clone())
    }

    /// The menu under `parent`: its children in order; with `expand`, the sections on the way
    /// to the current page show their own children, so the menu stays short on big sites.
    pub(super) fn nav_items(
        &self,
        lang: LangId,
        parent: NodeId,
        page_dir: &str,
        current: NodeId,
        expand: bool,
    ) -> Vec<NavItem<'_>> {
        let site = self.site;
        site.sorted_children(lang, parent)
            .into_iter()
            .map(|child| {
                let source = site.text_source(lang, child);
                let on_path = is_ancestor_or_self(site, child, current);
                NavItem {
                    title: &source.front.title,
                    url: urls::relative(page_dir, site.path(lang, child)),
                    lang: site
                        .config
                        .language(&source.lang)
                        .map_or(source.lang.as_str(), |l| l.tag.as_str()),
                    children: if expand && on_path && site.node(child).is_section {
                        self.nav_items(lang, child, page_dir, current, expand)
                    } else {
                        Vec::new()
                    },
                }
            })
            .collect()
    }
}

fn is_ancestor_or_self(site: &Site, ancestor: NodeId, mut node: NodeId) -> bool {
    loop {
        if node == ancestor {
            return true;
        }
        match site.node(node).parent {
            Some(p) => node = p,
            None => return false,
        }
    }
}
