//! What a page's HTML is made from, as a key. Two renders of a page with the same key give the
//! same HTML, so a build can take the page an earlier build finished from the same inputs
//! instead of rendering it again (`write::memo`): on a large site, rendering is most of a
//! rebuild in which few pages changed.
//!
//! The key must change whenever anything `Renderer::page` reads does. It is made in two parts:
//!
//! - the site's digest, once per build: this faro (its version and its executable), the
//!   templates, CSS, scripts and interface strings, site.yaml, and every page's front matter,
//!   file and address, with every file beside the pages as it was checked. A page shows the
//!   titles, addresses and summaries of others (its menu, its section, its translations), so
//!   a change to any of these renders every page again;
//! - the page's own part: its language and place, the text it shows (which file, the hash of
//!   its body, its version) and the state of its translations, and the booklet and offline
//!   copy it links to with their sizes.
//!
//! The bodies of other pages are left out: a page's HTML does not depend on them. What it
//! shows of other pages comes from their front matter. A render that fails is never
//! remembered, so its problems are found again by the next build.

use sha2::{Digest, Sha256};

use super::{Compiled, PageExtras};
use crate::resolve::{LangId, NodeId, Site};

/// The keys of a site's pages, with the part that is the same for all of them.
pub struct Inputs<'a> {
    site: &'a Site,
    digest: [u8; 32],
}

impl<'a> Inputs<'a> {
    pub fn new(site: &'a Site, templates: &Compiled) -> Inputs<'a> {
        let mut hash = Sha256::new();
        let mut field = |bytes: &[u8]| add_field(&mut hash, bytes);
        field(b"faro-inputs-1");
        field(env!("CARGO_PKG_VERSION").as_bytes());
        field(this_executable().as_bytes());
        field(&templates.digest());
        field(format!("{:?}", site.config).as_bytes());
        for source in &site.sources {
            field(source.lang.as_bytes());
            field(source.id.as_bytes());
            field(source.file.as_os_str().as_encoded_bytes());
            field(format!("{:?}", source.front).as_bytes());
        }
        for asset in &site.assets {
            field(format!("{asset:?}").as_bytes());
        }
        for lang in site.lang_ids() {
            for node in site.node_ids() {
                field(site.path(lang, node).as_bytes());
                field(
                    site.text_source(lang, node)
                        .file
                        .as_os_str()
                        .as_encoded_bytes(),
                );
            }
        }
        Inputs {
            site,
            digest: hash.finalize().into(),
        }
    }

    /// The key of `lang`'s page `node` shown with `extras`.
    pub fn page(&self, lang: LangId, node: NodeId, extras: &PageExtras) -> String {
        let site = self.site;
        let mut hash = Sha256::new();
        let mut field = |bytes: &[u8]| add_field(&mut hash, bytes);
        field(&self.digest);
        field(&(lang.index() as u64).to_le_bytes());
        field(&(node.index() as u64).to_le_bytes());
        let source = site.text_source(lang, node);
        field(source.file.as_os_str().as_encoded_bytes());
        field(&source.body_digest());
        field(source.version.as_bytes());
        for other in site.lang_ids() {
            field(site.text_state(other, node).label().as_bytes());
        }
        match extras.booklet {
            Some(booklet) => field(format!("{}\n{}", booklet.path, booklet.kilobytes).as_bytes()),
            None => field(b"-"),
        }
        match extras.offline {
            Some(offline) => field(format!("{}\n{}", offline.sw, offline.kilobytes).as_bytes()),
            None => field(b"-"),
        }
        crate::digest::hex(&hash.finalize())
    }
}

/// Adds one field to a key, with its length, so that two fields never read as one.
fn add_field(hash: &mut Sha256, bytes: &[u8]) {
    hash.update((bytes.len() as u64).to_le_bytes());
    hash.update(bytes);
}

/// The running executable's length and time of change: a faro built from other code renders
/// otherwise even at the same version number.
fn this_executable() -> String {
    std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|meta| {
            let changed = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            format!("{} {changed}", meta.len())
        })
        // Unknown: a key no other build shares, so nothing is taken from the cache.
        .unwrap_or_else(|_| format!("unknown {}", std::process::id()))
}
