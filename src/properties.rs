//! Properties that must hold for every input, not only the examples in the unit tests:
//! slugs are single safe URL segments, and a relative link from any page to any page leads to
//! that page.

use crate::load::content::check_slug;
use crate::render::markdown::slugify;
use crate::urls::{dir_of, relative, resolve};
use proptest::prelude::*;

/// A site path: a folder (`/es/derechos/`) or a file in one (`/es/guia.html`).
fn site_path() -> impl Strategy<Value = String> {
    let segment = "[a-z0-9ñéü][a-z0-9ñéü-]{0,7}";
    (
        prop::collection::vec(segment, 0..5),
        prop::option::of("[a-z0-9-]{1,8}\\.(html|svg|js|png)"),
    )
        .prop_map(|(dirs, file)| {
            let mut path = String::from("/");
            for dir in dirs {
                path.push_str(&dir);
                path.push('/');
            }
            if let Some(file) = file {
                path.push_str(&file);
            }
            path
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4096, ..ProptestConfig::default() })]

    #[test]
    fn a_relative_link_from_any_page_to_any_page_resolves_to_it(from in site_path(), to in site_path()) {
        let url = relative(dir_of(&from), &to);
        prop_assert!(!url.starts_with('/'), "relative: {url}");
        prop_assert_eq!(resolve(dir_of(&from), &url), Some(to.clone()), "from {} to {} by {}", from, to, url);
    }

    #[test]
    fn any_heading_or_title_makes_a_slug_faro_accepts(text in "\\PC{0,40}") {
        let slug = slugify(&text);
        prop_assert!(!slug.is_empty());
        prop_assert!(check_slug(&slug).is_ok(), "{:?} gave {:?}: {:?}", text, slug, check_slug(&slug));
    }

    #[test]
    fn an_accepted_slug_is_one_safe_segment(slug in "\\PC{1,24}") {
        if check_slug(&slug).is_ok() {
            prop_assert!(!slug.contains(['/', '\\', '?', '#', '%', '.', ' ']));
            prop_assert!(slug != "." && slug != "..");
            // The page's folder is exactly one level below its parent's.
            let page = format!("/es/{slug}/");
            prop_assert_eq!(resolve("/es/", &format!("{slug}/index.html")), Some(page));
        }
    }
}
