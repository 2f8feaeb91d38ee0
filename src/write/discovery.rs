//! The files that let others find the site: sitemap.xml and robots.txt for search engines, and
//! an Atom feed of the updates section in each language, for people who follow the news
//! (shelters, lawyers) without visiting the site every day.
//!
//! Each function returns the file's text; the caller decides where it is written.

mod crawlers;
mod feed;
#[cfg(test)]
mod tests;

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};

use crate::urls;

pub use crawlers::{robots, sitemap};
pub use feed::{FEED_FILE, UPDATES_DIR, UPDATES_SECTION, feeds};

/// Characters that cannot stand bare in a URL path. Slugs keep letters of every script, and
/// sitemaps.org asks for URLs escaped as RFC 3986 says, so non-ASCII letters are
/// percent-encoded too (`utf8_percent_encode` always does that).
const PATH: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b']')
    .add(b'\\')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// The address of the site path `path` on a site published at `base`, percent-encoded.
fn absolute(base: &str, path: &str) -> String {
    urls::absolute(base, &encode(path))
}

fn encode(path: &str) -> String {
    utf8_percent_encode(path, PATH).to_string()
}
