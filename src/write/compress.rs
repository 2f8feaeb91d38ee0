//! Precompressed copies of the built site: beside every text file, `<file>.br` (brotli) and
//! `<file>.gz` (gzip), each only when it is smaller than the file. Readers pay per megabyte on
//! slow mobile networks; with these files nginx's `brotli_static`/`gzip_static`, or any static
//! host that looks for them, sends the small one without compressing on every request.
//!
//! Brotli at quality 11 (the default; site.yaml's `compression: brotli_quality` can lower it)
//! is slow, so results are kept in a cache folder keyed by the SHA-256 of
//! the file's content, and a file that did not change since the last build is not compressed
//! again. The cache folder holds:
//!
//! - `<hash>.br`, `<hash>.gz`: the compressed bytes (`<hash>.br10` and so on for brotli at a
//!   quality below 11);
//! - `<hash>.br.none`, `<hash>.gz.none`: empty markers meaning "this encoding is not smaller",
//!   so a file that does not shrink is not tried again either;
//! - `.<name>.<pid>-<n>.tmp`: an entry being written. Entries are written under a temporary name
//!   and renamed into place, so two builds at once or a killed build never leave a half-written
//!   entry under a real name.
//!
//! A cache entry is used only after it has been decompressed and found equal to the file, with
//! no bytes left over: an entry that is truncated, damaged or written by other settings is a
//! miss and is written again. So the cache can only ever cost time, never correctness.
//!
//! Output files are hard links to the cache entries where the file system allows it (no second
//! copy on disk), else copies. That is safe because faro never writes into an existing output
//! file, and this module never writes into an existing file either: it removes a file before
//! putting a new one at its name.

mod cache;
pub mod dictionary;
mod encoding;
#[cfg(test)]
mod tests;

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use encoding::Encoding;

pub use cache::prune;

/// Extensions of the files worth compressing (compared without regard to case). Images, audio
/// and fonts are compressed formats already.
const TEXT_EXTENSIONS: &[&str] = &[
    "html",
    "css",
    "xml",
    "svg",
    "js",
    "txt",
    "json",
    "webmanifest",
    "atom",
];

/// Sizes of one file: original, brotli and gzip (None when that encoding was not smaller and so
/// not written).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sizes {
    pub original: u64,
    pub brotli: Option<u64>,
    pub gzip: Option<u64>,
}

/// Brotli size of some bytes at the same settings as the written `.br` files, for budgets of
/// things not written yet.
pub fn brotli_len(bytes: &[u8], quality: u32) -> usize {
    Encoding::Brotli(quality).compress(bytes).len()
}

/// What [`compress_beside`] did for one file.
#[derive(Debug, Clone)]
pub struct Compressed {
    pub sizes: Sizes,
    /// The cache key of the content; collect them for [`prune`].
    pub hash: String,
    /// Both encodings came from the cache.
    pub reused: bool,
}

/// Writes `<path>.br` and `<path>.gz` for `original` (the bytes just written at `path`), each
/// where it is smaller, using the cache. The build calls this as it writes each text file, so
/// a page's compressed size is known at once (for its budget) and nothing is read back.
///
/// A `<path>.br` or `<path>.gz` already there is replaced, or removed when that encoding is not
/// smaller, so a server never sends one that does not match the file. Errors writing beside
/// `path` are returned (the output would be incomplete); a cache entry that cannot be written
/// is not an error, only a miss next time.
pub fn compress_beside(
    path: &Path,
    original: &[u8],
    cache: &Path,
    brotli_quality: u32,
) -> io::Result<Compressed> {
    let hash = crate::digest::hex(&Sha256::digest(original));
    let brotli_at = Encoding::Brotli(brotli_quality);
    let (brotli, br_reused) = encode(brotli_at, cache, &hash, original, path)?;
    let (gzip, gz_reused) = encode(Encoding::Gzip, cache, &hash, original, path)?;
    Ok(Compressed {
        sizes: Sizes {
            original: original.len() as u64,
            brotli,
            gzip,
        },
        hash,
        reused: br_reused && gz_reused,
    })
}

/// Whether a file is text that servers send compressed (by its extension).
pub fn is_text(path: &Path) -> bool {
    path.extension()
        .and_then(|ext| ext.to_str())
        .is_some_and(|ext| TEXT_EXTENSIONS.iter().any(|t| t.eq_ignore_ascii_case(ext)))
}

/// Writes (or removes) `<file>.<ext>` for one encoding. Returns its size, if written, and
/// whether the cache answered.
fn encode(
    encoding: Encoding,
    cache: &Path,
    hash: &str,
    original: &[u8],
    file: &Path,
) -> io::Result<(Option<u64>, bool)> {
    let out = with_suffix(file, encoding.ext());
    let entry = cache::entry(cache, hash, encoding);
    let marker = cache::marker(cache, hash, encoding);

    // A valid entry wins over a marker: both can exist if settings changed between builds.
    if let Ok(cached) = std::fs::read(&entry) {
        if cached.len() < original.len() && encoding.decodes_to(&cached, original) {
            place(&entry, &cached, &out)?;
            return Ok((Some(cached.len() as u64), true));
        }
    }
    if std::fs::metadata(&marker).is_ok() {
        remove_if_present(&out)?;
        return Ok((None, true));
    }

    let compressed = encoding.compress(original);
    if compressed.len() < original.len() {
        if cache::store(&entry, &compressed).is_ok() {
            place(&entry, &compressed, &out)?;
        } else {
            write_new(&out, &compressed)?;
        }
        Ok((Some(compressed.len() as u64), false))
    } else {
        // Not remembering it only means trying again next time.
        let _ = cache::store(&marker, &[]);
        remove_if_present(&out)?;
        Ok((None, false))
    }
}

/// Puts `bytes`, which are also stored at `entry` in the cache, at `out`: a hard link when the
/// file system allows it, else a copy from memory.
fn place(entry: &Path, bytes: &[u8], out: &Path) -> io::Result<()> {
    if link(entry, out).is_ok() {
        return Ok(());
    }
    write_new(out, bytes)
}

/// Hard-links `entry` at `out`, in place of any file already there (an output folder written
/// in place holds older copies). Linking first spares a staging folder, which holds none, a
/// removal per file.
fn link(entry: &Path, out: &Path) -> io::Result<()> {
    match std::fs::hard_link(entry, out) {
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            remove_if_present(out)?;
            std::fs::hard_link(entry, out)
        }
        Err(e) => {
            // The copy that follows must not write into an older file.
            remove_if_present(out)?;
            Err(e)
        }
        done => done,
    }
}

/// Writes a new file, failing rather than writing into an existing one: an existing output file
/// may be a hard link to a cache entry, which must not change.
fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?
        .write_all(bytes)
}

fn remove_if_present(path: &Path) -> io::Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// Places the compressed copies of content already compressed in an earlier build, given its
/// hash and the sizes recorded then, without reading or decompressing them: each entry must
/// still have its recorded length. `Ok(false)` when one is missing or differs; compress anew.
pub fn place_known(
    path: &Path,
    hash: &str,
    sizes: &Sizes,
    cache: &Path,
    brotli_quality: u32,
) -> io::Result<bool> {
    let encodings = [
        (Encoding::Brotli(brotli_quality), sizes.brotli),
        (Encoding::Gzip, sizes.gzip),
    ];
    for (encoding, size) in encodings {
        let Some(size) = size else { continue };
        let entry = cache::entry(cache, hash, encoding);
        if std::fs::metadata(&entry).map(|m| m.len()).ok() != Some(size) {
            return Ok(false);
        }
    }
    for (encoding, size) in encodings {
        let out = with_suffix(path, encoding.ext());
        if size.is_none() {
            // An output folder written in place may hold an older copy.
            remove_if_present(&out)?;
            continue;
        }
        let entry = cache::entry(cache, hash, encoding);
        if link(&entry, &out).is_err() {
            std::fs::copy(&entry, &out)?;
        }
    }
    Ok(true)
}

/// `file` with `.ext` added to its name (`a.html` → `a.html.br`).
fn with_suffix(file: &Path, ext: &str) -> PathBuf {
    let mut name = file.as_os_str().to_os_string();
    name.push(".");
    name.push(ext);
    PathBuf::from(name)
}
