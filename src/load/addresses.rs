//! `addresses.lock`: every address the site has published, per page and language. Read here,
//! with the rest of the site, so that a broken file stops the build before anything is
//! written; written again (with `Lock::to_text`) by `faro build` once the new site is in place.
//!
//! One address per line, `<page> <language> <address>`, and `old` after an address that is
//! no longer its page's: a line stands alone, so a diff shows exactly which address a change
//! added, a merge conflict is two lines, and forgetting an address on purpose is deleting
//! its line.

use std::collections::BTreeMap;
use std::path::Path;

use super::config::Config;
use super::files::{self, Kind};
use crate::diagnostics::{Diagnostic, Diagnostics};

/// The file, in the site's folder beside site.yaml.
pub const LOCK_FILE: &str = "addresses.lock";

/// The mark of an address its page has left (or a page that is gone).
const OLD: &str = "old";

const HEADER: &str = "\
# Every address this site has published: the page (its file in its language folder), the
# language, the address. Written by `faro build`: commit it with the pages. faro keeps every
# address listed here working: an address a page has left (marked `old`) leads to where the
# page is now, or, when the page is gone, to its language's home page.
# Do not edit it by hand, except to delete a line on purpose: that address then stops working
# (and can be given to another page).
";

/// One address of one page in one language.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Key {
    /// The page's id: its file in its language folder, `derechos/asilo.md`.
    pub page: String,
    pub lang: String,
    /// A site path, `/fr/asilo/`.
    pub address: String,
}

/// What the lock file says of an address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct State {
    /// No longer its page's address as of the build that wrote the file.
    pub old: bool,
    /// Its line in the file as read (0 for an address added since).
    pub line: usize,
}

/// The lock file as read, or as a build leaves it.
#[derive(Debug, Clone, Default)]
pub struct Lock {
    /// Whether the site has the file; a build creates it when not.
    pub exists: bool,
    pub entries: BTreeMap<Key, State>,
}

impl Lock {
    /// Reads `addresses.lock` at `root`; an empty lock when the site has none. A file that
    /// cannot be read, or a line that cannot be understood, is an error in `diags` (each such
    /// line), which keeps the build from publishing; the lines that could be read are kept.
    pub fn load(root: &Path, config: &Config, diags: &mut Diagnostics) -> Lock {
        let path = root.join(LOCK_FILE);
        if std::fs::symlink_metadata(&path).is_err() {
            return Lock::default();
        }
        match files::read_text(root, &path, Kind::Lock, &config.site.limits) {
            Ok(text) => Lock::parse(&text, diags),
            Err(e) => {
                diags.push(e);
                Lock {
                    exists: true,
                    entries: BTreeMap::new(),
                }
            }
        }
    }

    /// The lock written in `text`; each line that cannot be read is an error in `diags`.
    pub fn parse(text: &str, diags: &mut Diagnostics) -> Lock {
        let mut entries = BTreeMap::new();
        for (i, line) in text.lines().enumerate() {
            let line_no = i + 1;
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            match parse_line(line) {
                Ok((key, old)) => {
                    entries
                        .entry(key)
                        .and_modify(|s: &mut State| s.old &= old)
                        .or_insert(State { old, line: line_no });
                }
                Err(why) => diags.push(
                    Diagnostic::error(LOCK_FILE, crate::msg!("lock-bad-line", why = why))
                        .at_line(line_no)
                        .hint(crate::t!("lock-bad-line-hint")),
                ),
            }
        }
        Lock {
            exists: true,
            entries,
        }
    }

    /// The file's text: the header, then one line per address, sorted.
    pub fn to_text(&self) -> String {
        let mut text = String::from(HEADER);
        text.push('\n');
        for (key, state) in &self.entries {
            text.push_str(&format!("{} {} {}", key.page, key.lang, key.address));
            if state.old {
                text.push(' ');
                text.push_str(OLD);
            }
            text.push('\n');
        }
        text
    }
}

fn parse_line(line: &str) -> Result<(Key, bool), String> {
    let fields: Vec<&str> = line.split_whitespace().collect();
    let (page, lang, address, old) = match fields.as_slice() {
        [page, lang, address] => (*page, *lang, *address, false),
        [page, lang, address, OLD] => (*page, *lang, *address, true),
        [_, _, _, other] => {
            return Err(crate::t!(
                "lock-line-extra",
                extra = other.to_string(),
                old = OLD
            ));
        }
        _ => {
            return Err(crate::t!("lock-line-parts", count = fields.len()));
        }
    };
    let segment_ok = |s: &str| !s.is_empty() && s != "." && s != "..";
    if !page.ends_with(".md") || page.starts_with('/') || !page.split('/').all(segment_ok) {
        return Err(crate::t!("lock-line-not-page", page = page.to_string()));
    }
    if lang.is_empty() || !lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(crate::t!("lock-line-bad-language", lang = lang.to_string()));
    }
    let prefix = format!("/{lang}/");
    let inner = address
        .strip_prefix(&prefix)
        .filter(|_| address.ends_with('/'))
        .ok_or_else(|| {
            crate::t!(
                "lock-line-address-ends",
                address = address.to_string(),
                prefix = prefix.clone()
            )
        })?;
    let inner = inner.trim_end_matches('/');
    // The address becomes a folder of the output and a line of the nginx configuration: no
    // climbing out, and nothing nginx or a shell would read as syntax.
    if !inner.is_empty() && !inner.split('/').all(segment_ok) {
        return Err(crate::t!(
            "lock-line-empty-part",
            address = address.to_string()
        ));
    }
    if let Some(c) = address
        .chars()
        .find(|&c| c.is_control() || "\"'`\\;{}$#?%<>".contains(c))
    {
        return Err(crate::t!(
            "lock-line-bad-character",
            address = address.to_string(),
            character = c.to_string()
        ));
    }
    Ok((
        Key {
            page: page.to_string(),
            lang: lang.to_string(),
            address: address.to_string(),
        },
        old,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lock_reads_back_as_written() {
        let mut diags = Diagnostics::new();
        let text = "# a comment\n\nasilo.md fr /fr/asilo/ old\nasilo.md fr /fr/asile/\n_index.md es /es/\n";
        let lock = Lock::parse(text, &mut diags);
        assert!(diags.is_empty());
        assert_eq!(lock.entries.len(), 3);
        let again = Lock::parse(&lock.to_text(), &mut diags);
        assert!(diags.is_empty());
        assert_eq!(
            again.entries.keys().collect::<Vec<_>>(),
            lock.entries.keys().collect::<Vec<_>>()
        );
        let old: Vec<bool> = again.entries.values().map(|s| s.old).collect();
        assert_eq!(old, [false, false, true]);
        // Sorted: the home page first, then asilo.md's addresses in order.
        assert!(
            lock.to_text().ends_with(
                "_index.md es /es/\nasilo.md fr /fr/asile/\nasilo.md fr /fr/asilo/ old\n"
            )
        );
    }

    #[test]
    fn lines_that_would_leave_the_output_or_break_nginx_are_refused_with_their_line() {
        for bad in [
            "asilo.md fr /fr/../../etc/",
            "asilo.md fr /es/asilo/",
            "asilo.md fr /fr/asilo",
            "asilo.md fr /fr/a;b/",
            "asilo.md fr /fr/a{b/",
            "asilo.md fr /fr/asilo/ gone",
            "../asilo.md fr /fr/asilo/",
            "asilo.md /fr/asilo/",
            "asilo.md f/r /f/r/asilo/",
        ] {
            let mut diags = Diagnostics::new();
            Lock::parse(&format!("# header\n{bad}\n"), &mut diags);
            let found: Vec<_> = diags.iter().collect();
            assert_eq!(found.len(), 1, "{bad}");
            assert!(found[0].is_error(), "{bad}");
            assert_eq!(found[0].location(), format!("{LOCK_FILE}:2"), "{bad}");
        }
    }
}
