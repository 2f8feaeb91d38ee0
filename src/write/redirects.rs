//! The old addresses for nginx: a `map` of each to where it leads, written into the output
//! beside the pages (so it is swapped in with them, always matching the redirect pages), and
//! included by `deploy/nginx.conf`, which answers each with a permanent redirect.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use crate::resolve::{Addresses, Destination, Site};

/// The file, at the output's root. Its name starts with a dot: nginx.conf sends no such file
/// to readers.
pub const NGINX_MAP: &str = ".faro-redirects.map";

/// What a `Location` header may hold as it is; the rest (letters of other scripts in a slug)
/// is percent-encoded, as a header is bytes of ASCII.
const LOCATION: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'/')
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The entries of the `map $uri …` block of nginx.conf: each old address, asked for as a
/// folder, as its index.html or without its last `/`, to where it leads now.
pub fn nginx_map(site: &Site, addresses: &Addresses) -> String {
    let mut text = String::from(
        "# Written by `faro build` from addresses.lock: each address a page has left, to where it\n\
         # leads now. Included by deploy/nginx.conf's `map $uri $faro_moved`.\n",
    );
    for redirect in &addresses.redirects {
        let target = Addresses::target(site, redirect);
        let (path, fragment) = target.split_once('#').unwrap_or((&target, ""));
        let mut location = utf8_percent_encode(path, LOCATION).to_string();
        if !fragment.is_empty() {
            location = format!("{location}#{fragment}");
        }
        let from = &redirect.from;
        let bare = from.trim_end_matches('/');
        // The lock file refuses addresses with quotes, `;`, `$`, braces or spaces: each stays
        // one string to nginx.
        for asked in [from.clone(), format!("{from}index.html"), bare.to_string()] {
            text.push_str(&format!("\"{asked}\" \"{location}\";\n"));
        }
        // Feed readers subscribed at the updates section's old address follow a permanent
        // redirect to the feed at its new one; a page cannot send them there.
        if let Destination::Page(node) = redirect.to {
            if site.node(node).id == super::discovery::UPDATES_SECTION {
                let feed = super::discovery::FEED_FILE;
                text.push_str(&format!("\"{from}{feed}\" \"{location}{feed}\";\n"));
            }
        }
    }
    text
}
