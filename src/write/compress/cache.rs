//! The cache folder: the names of its entries, writing one, and pruning those a build did not
//! use.

use std::collections::BTreeSet;
use std::io;
use std::path::{Path, PathBuf};

use super::encoding::Encoding;

/// The entry holding some content, by its hash, compressed with `encoding`.
pub(super) fn entry(cache: &Path, hash: &str, encoding: Encoding) -> PathBuf {
    cache.join(format!("{hash}.{}", encoding.cache_ext()))
}

/// The marker saying that `encoding` does not make the content with this hash smaller.
pub(super) fn marker(cache: &Path, hash: &str, encoding: Encoding) -> PathBuf {
    cache.join(format!("{hash}.{}.none", encoding.cache_ext()))
}

/// Writes a cache entry under a temporary name in the cache folder and renames it into place,
/// so the entry's name never shows a partly written file. The rename replaces an older entry
/// of the same name, which is how a damaged entry gets repaired.
pub(super) fn store(entry: &Path, bytes: &[u8]) -> io::Result<()> {
    // The cache folder is made on first use, so a build that stops early leaves none behind.
    if let Some(dir) = entry.parent() {
        std::fs::create_dir_all(dir)?;
    }
    crate::write::atomic::write(entry, bytes)
}

/// Removes from `cache` the entries whose hash is not in `used` (the
/// [`Compressed::hash`](super::Compressed::hash)es of a build) and any leftover temporary
/// files, and returns how many files it removed. Call it only after a build that succeeded: a
/// failed build has not used everything the next one will need.
///
/// Only files named the way this module names them are touched, so a cache path given by
/// mistake (say, the site's own folder) loses nothing else. A missing cache folder has nothing
/// to prune. A build running at the same time may lose an entry it is writing; it then writes
/// its output without the cache and compresses that file again next time.
pub fn prune(cache: &Path, used: &BTreeSet<String>) -> io::Result<usize> {
    let entries = match std::fs::read_dir(cache) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(e),
    };
    let mut removed = 0;
    for entry in entries {
        let entry = entry?;
        if !entry.file_type()?.is_file() {
            continue;
        }
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            continue;
        };
        let stale = match cache_key(name) {
            Some(Name::Entry(hash)) => !used.contains(hash),
            Some(Name::Temporary) => true,
            None => false,
        };
        if stale {
            match std::fs::remove_file(entry.path()) {
                Ok(()) => removed += 1,
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(e),
            }
        }
    }
    Ok(removed)
}

/// A file name this module writes into the cache folder.
enum Name<'a> {
    /// `<hash>.br`, `<hash>.gz`, `<hash>.br.none`, `<hash>.gz.none`, and `<hash>.br<q>`,
    /// `<hash>.br<q>.none` for brotli at a quality `q` below 11; `<hash>-<dictionary>.dcb`,
    /// kept by the key `<hash>-<dictionary>`.
    Entry(&'a str),
    /// `.<entry name>.<pid>-<n>.tmp`.
    Temporary,
}

fn cache_key(name: &str) -> Option<Name<'_>> {
    let is_hash =
        |s: &str| s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    if let Some(inner) = name.strip_prefix('.').and_then(|n| n.strip_suffix(".tmp")) {
        return inner
            .get(..64)
            .filter(|h| is_hash(h))
            .map(|_| Name::Temporary);
    }
    let (hash, rest) = name.split_once('.')?;
    let ext = rest.strip_suffix(".none").unwrap_or(rest);
    const QUALITIES: [&str; 12] = ["", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];
    let known = ext == "gz"
        || ext
            .strip_prefix("br")
            .is_some_and(|q| QUALITIES.contains(&q));
    if ext == "dcb" {
        // `<page hash>-<dictionary hash, 16 digits>` (see `dictionary`).
        let pair = hash.split_once('-').filter(|(page, dictionary)| {
            is_hash(page)
                && dictionary.len() == 16
                && dictionary
                    .bytes()
                    .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
        });
        return pair.map(|_| Name::Entry(hash));
    }
    (is_hash(hash) && known).then_some(Name::Entry(hash))
}
