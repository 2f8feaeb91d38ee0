//! The site menu of a page: its language's sections and pages, the current one marked, with
//! links relative to the page.

use super::Renderer;
use super::context::NavItem;
use crate::resolve::{LangId, NodeId, Site};
use crate::urls;

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
        if let Some(nav) = self
            .nav_cache
            .lock()
            .expect("nav cache")
            .get(&(lang, parent))
        {
            return (nav.clone(), current);
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
        self.nav_cache
            .lock()
            .expect("nav cache")
            .insert((lang, parent), nav.clone());
        (nav, current)
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
                    lang: &source.lang,
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
