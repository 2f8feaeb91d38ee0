//! Precompressed copies of the built site: beside every text file, `<file>.br` (brotli) and
//! `<file>.gz` (gzip), each only when it is smaller than the file. Readers pay per megabyte on
//! slow mobile networks; with these files nginx's `brotli_static`/`gzip_static`, or any static
//! host that looks for them, sends the small one without compressing on every request.
//!
//! Brotli at quality 11 is slow, so results are kept in a cache folder keyed by the SHA-256 of
//! the file's content, and a file that did not change since the last build is not compressed
//! again. The cache folder holds:
//!
//! - `<hash>.br`, `<hash>.gz`: the compressed bytes;
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

use std::collections::BTreeSet;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

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
pub fn brotli_len(bytes: &[u8]) -> usize {
    Encoding::Brotli.compress(bytes).len()
}

/// Removes from `cache` the entries whose hash is not in `used` (the [`Compressed::hash`]es of
/// a build) and any leftover temporary files, and returns how many files it removed. Call it only after a build
/// that succeeded: a failed build has not used everything the next one will need.
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
pub fn compress_beside(path: &Path, original: &[u8], cache: &Path) -> io::Result<Compressed> {
    let hash = crate::digest::hex(&Sha256::digest(original));
    let (brotli, br_reused) = encode(Encoding::Brotli, cache, &hash, original, path)?;
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
    let ext = encoding.ext();
    let out = with_suffix(file, ext);
    let entry = cache.join(format!("{hash}.{ext}"));
    let marker = cache.join(format!("{hash}.{ext}.none"));

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
        if store(&entry, &compressed).is_ok() {
            place(&entry, &compressed, &out)?;
        } else {
            write_new(&out, &compressed)?;
        }
        Ok((Some(compressed.len() as u64), false))
    } else {
        // Not remembering it only means trying again next time.
        let _ = store(&marker, &[]);
        remove_if_present(&out)?;
        Ok((None, false))
    }
}

#[derive(Clone, Copy)]
enum Encoding {
    Brotli,
    Gzip,
}

impl Encoding {
    fn ext(self) -> &'static str {
        match self {
            Encoding::Brotli => "br",
            Encoding::Gzip => "gz",
        }
    }

    fn compress(self, bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(bytes.len() / 3 + 64);
        match self {
            Encoding::Brotli => {
                // A window no larger than the file: the output is the same size, and the
                // encoder's memory (megabytes at the largest window) stays small.
                let lgwin = (usize::BITS - bytes.len().max(1).leading_zeros()).clamp(10, 22) as i32;
                let params = brotli::enc::BrotliEncoderParams {
                    quality: 11,
                    lgwin,
                    mode: brotli::enc::backward_references::BrotliEncoderMode::BROTLI_MODE_TEXT,
                    size_hint: bytes.len(),
                    ..Default::default()
                };
                brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)
                    .expect("brotli from memory into memory cannot fail");
            }
            Encoding::Gzip => {
                // GzEncoder's default header has no file name and a zero time, so the same
                // bytes always give the same .gz.
                let mut encoder =
                    flate2::write::GzEncoder::new(&mut out, flate2::Compression::best());
                encoder
                    .write_all(bytes)
                    .and_then(|()| encoder.finish().map(|_| ()))
                    .expect("gzip from memory into memory cannot fail");
            }
        }
        out
    }

    /// Whether `compressed` is one complete stream that decompresses to exactly `original`.
    /// Both decoders stop at the end of their stream and ignore bytes after it, so the check
    /// that the whole input was consumed is done here.
    fn decodes_to(self, compressed: &[u8], original: &[u8]) -> bool {
        match self {
            Encoding::Brotli => {
                use brotli::enc::StandardAlloc;
                let mut state = brotli::BrotliState::new(
                    StandardAlloc::default(),
                    StandardAlloc::default(),
                    StandardAlloc::default(),
                );
                // One byte of room more than the original: a stream that decodes to more than
                // it shows up as a length mismatch instead of hiding behind a full buffer.
                let mut decoded = vec![0; original.len() + 1];
                let (mut available_in, mut input_offset) = (compressed.len(), 0);
                let (mut available_out, mut output_offset, mut total_out) = (decoded.len(), 0, 0);
                let result = brotli::BrotliDecompressStream(
                    &mut available_in,
                    &mut input_offset,
                    compressed,
                    &mut available_out,
                    &mut output_offset,
                    &mut decoded,
                    &mut total_out,
                    &mut state,
                );
                matches!(result, brotli::BrotliResult::ResultSuccess)
                    && available_in == 0
                    && decoded[..output_offset] == *original
            }
            Encoding::Gzip => {
                // Limited to one byte more than the original, for the same reason.
                let mut decoder =
                    flate2::bufread::GzDecoder::new(compressed).take(original.len() as u64 + 1);
                let mut decoded = Vec::with_capacity(original.len() + 1);
                decoder.read_to_end(&mut decoded).is_ok()
                    && decoded == original
                    && decoder.into_inner().into_inner().is_empty()
            }
        }
    }
}

/// Puts `bytes`, which are also stored at `entry` in the cache, at `out`: a hard link when the
/// file system allows it, else a copy from memory.
fn place(entry: &Path, bytes: &[u8], out: &Path) -> io::Result<()> {
    remove_if_present(out)?;
    if std::fs::hard_link(entry, out).is_ok() {
        return Ok(());
    }
    write_new(out, bytes)
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

/// Writes a cache entry under a temporary name in the cache folder and renames it into place,
/// so the entry's name never shows a partly written file. The rename replaces an older entry
/// of the same name, which is how a damaged entry gets repaired.
fn store(entry: &Path, bytes: &[u8]) -> io::Result<()> {
    // The cache folder is made on first use, so a build that stops early leaves none behind.
    if let Some(dir) = entry.parent() {
        std::fs::create_dir_all(dir)?;
    }
    super::atomic::write(entry, bytes)
}

/// Places the compressed copies of content already compressed in an earlier build, given its
/// hash and the sizes recorded then, without reading or decompressing them: each entry must
/// still have its recorded length. `Ok(false)` when one is missing or differs; compress anew.
pub fn place_known(path: &Path, hash: &str, sizes: &Sizes, cache: &Path) -> io::Result<bool> {
    for (encoding, size) in [
        (Encoding::Brotli, sizes.brotli),
        (Encoding::Gzip, sizes.gzip),
    ] {
        let Some(size) = size else { continue };
        let entry = cache.join(format!("{hash}.{}", encoding.ext()));
        if std::fs::metadata(&entry).map(|m| m.len()).ok() != Some(size) {
            return Ok(false);
        }
    }
    for (encoding, size) in [
        (Encoding::Brotli, sizes.brotli),
        (Encoding::Gzip, sizes.gzip),
    ] {
        let out = with_suffix(path, encoding.ext());
        // An output folder written in place may hold an older copy.
        remove_if_present(&out)?;
        if size.is_none() {
            continue;
        }
        let entry = cache.join(format!("{hash}.{}", encoding.ext()));
        if std::fs::hard_link(&entry, &out).is_err() {
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

/// A file name this module writes into the cache folder.
enum Name<'a> {
    /// `<hash>.br`, `<hash>.gz`, `<hash>.br.none`, `<hash>.gz.none`.
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
    (is_hash(hash) && matches!(rest, "br" | "gz" | "br.none" | "gz.none"))
        .then_some(Name::Entry(hash))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;
    use std::fs;

    /// Text that compresses well, different for every `seed`.
    fn page(seed: u32) -> Vec<u8> {
        let mut s = format!("<!doctype html><html lang=es><title>Página {seed}</title><main>");
        for i in 0..200 {
            s.push_str(&format!(
                "<p>Tienes derecho a un abogado. Párrafo {i} de la página {seed}.</p>"
            ));
        }
        s.push_str("</main></html>");
        s.into_bytes()
    }

    /// Bytes that no compressor makes smaller.
    fn noise(len: usize, seed: u64) -> Vec<u8> {
        let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        (0..len)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x >> 24) as u8
            })
            .collect()
    }

    fn write(root: &Path, rel: &str, bytes: &[u8]) {
        let path = root.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    }

    fn unbrotli(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        brotli::Decompressor::new(bytes, 4096)
            .read_to_end(&mut out)
            .unwrap();
        out
    }

    fn gunzip(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(bytes)
            .read_to_end(&mut out)
            .unwrap();
        out
    }

    type Decode = fn(&[u8]) -> Vec<u8>;

    /// Every .br and .gz under `dir` that belongs to a file decompresses to that file.
    /// Returns how many there are.
    fn check_all(dir: &Path) -> usize {
        let mut checked = 0;
        for entry in walkdir::WalkDir::new(dir) {
            let path = entry.unwrap().into_path();
            let name = path.to_string_lossy().into_owned();
            let (base, decode) = if let Some(b) = name.strip_suffix(".br") {
                (b, unbrotli as Decode)
            } else if let Some(b) = name.strip_suffix(".gz") {
                (b, gunzip as Decode)
            } else {
                continue;
            };
            if let Ok(original) = fs::read(base) {
                assert_eq!(decode(&fs::read(&path).unwrap()), original, "{name}");
                checked += 1;
            }
        }
        checked
    }

    /// A site's text files (one shown with a capital extension), in two folders.
    fn site() -> Vec<(&'static str, Vec<u8>)> {
        vec![
            ("index.html", page(1)),
            ("es/asilo/index.html", page(2)),
            ("style.CSS", page(3)),
            ("data/pages.json", page(4)),
        ]
    }

    /// Writes each file under `root` and compresses it beside itself, as the build does for
    /// every text file it writes.
    fn build(root: &Path, cache: &Path, files: &[(&str, Vec<u8>)]) -> BTreeMap<String, Compressed> {
        files
            .iter()
            .map(|(rel, bytes)| {
                write(root, rel, bytes);
                let done = compress_beside(&root.join(rel), bytes, cache).unwrap();
                (rel.to_string(), done)
            })
            .collect()
    }

    /// How many files of a build had both encodings from the cache.
    fn reused(done: &BTreeMap<String, Compressed>) -> usize {
        done.values().filter(|d| d.reused).count()
    }

    fn sizes(done: &BTreeMap<String, Compressed>) -> BTreeMap<&str, Sizes> {
        done.iter()
            .map(|(rel, d)| (rel.as_str(), d.sizes))
            .collect()
    }

    #[test]
    fn every_compressed_file_decompresses_to_the_original() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let cache = tmp.path().join(".faro-cache/compressed");
        let done = build(&out, &cache, &site());
        assert!(cache.is_dir(), "the cache folder is made when missing");
        assert_eq!((done.len(), reused(&done)), (4, 0));
        assert_eq!(check_all(&out), 8);
        let asilo = &done["es/asilo/index.html"].sizes;
        let on_disk = |ext: &str| {
            fs::metadata(out.join(format!("es/asilo/index.html.{ext}")))
                .unwrap()
                .len()
        };
        assert_eq!(asilo.original, page(2).len() as u64);
        assert_eq!(asilo.brotli, Some(on_disk("br")));
        assert_eq!(asilo.gzip, Some(on_disk("gz")));
        assert!(asilo.brotli < asilo.gzip && asilo.gzip < Some(asilo.original));
        assert_eq!(brotli_len(&page(2)) as u64, on_disk("br"));
    }

    #[test]
    fn a_file_that_does_not_shrink_gets_no_compressed_copies() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let cache = tmp.path().join("cache");
        // A stale .br from an earlier version of the file must not stay beside it.
        write(&out, "noise.txt.br", b"stale");
        let done = build(
            &out,
            &cache,
            &[("noise.txt", noise(10, 1)), ("empty.js", Vec::new())],
        );
        for rel in ["noise.txt", "empty.js"] {
            assert!(!out.join(format!("{rel}.br")).exists(), "{rel}");
            assert!(!out.join(format!("{rel}.gz")).exists(), "{rel}");
            assert_eq!((done[rel].sizes.brotli, done[rel].sizes.gzip), (None, None));
        }
        // And it is not tried again.
        let again = tmp.path().join("again");
        let done = build(&again, &cache, &[("noise.txt", noise(10, 1))]);
        assert_eq!(reused(&done), 1);
        assert!(!again.join("noise.txt.br").exists());
    }

    #[test]
    fn only_text_files_are_compressed() {
        for text in [
            "index.html",
            "style.CSS",
            "data/pages.json",
            "news/feed.atom",
        ] {
            assert!(is_text(Path::new(text)), "{text}");
        }
        // Compressed copies are never compressed themselves.
        for other in ["mapa.png", "guia.html.br", "archivo.gz", ".faro-output"] {
            assert!(!is_text(Path::new(other)), "{other}");
        }
    }

    #[test]
    fn an_unchanged_file_is_not_compressed_again() {
        let tmp = tempfile::tempdir().unwrap();
        let cache = tmp.path().join("cache");
        let mut files = site();
        files.push(("noise.txt", noise(10, 2)));
        let first = tmp.path().join("first");
        let first_done = build(&first, &cache, &files);
        assert_eq!((first_done.len(), reused(&first_done)), (5, 0));

        // The next build writes the same site into a new folder.
        let second = tmp.path().join("second");
        let second_done = build(&second, &cache, &files);
        assert_eq!((second_done.len(), reused(&second_done)), (5, 5));
        assert_eq!(sizes(&first_done), sizes(&second_done));
        assert_eq!(check_all(&second), 8);

        // One changed file is compressed again; writing into a folder that already holds the
        // compressed files (as `faro serve` does) replaces them.
        files[1].1 = page(9);
        let done = build(&second, &cache, &files);
        assert_eq!((done.len(), reused(&done)), (5, 4));
        assert_eq!(check_all(&second), 8);
        assert_eq!(
            check_all(&first),
            8,
            "the first build's files did not change"
        );
    }

    #[test]
    fn a_damaged_cache_entry_is_not_used() {
        let tmp = tempfile::tempdir().unwrap();
        let cache = tmp.path().join("cache");
        let first = tmp.path().join("first");
        let hash = build(&first, &cache, &[("index.html", page(1))])["index.html"]
            .hash
            .clone();
        let br = cache.join(format!("{hash}.br"));
        let gz = cache.join(format!("{hash}.gz"));
        // Truncated .br; .gz with bytes after the end of the stream, which gzip readers ignore.
        // New files, not written in place: the first build's outputs may be links to them.
        let truncated = fs::read(&br).unwrap()[..10].to_vec();
        fs::remove_file(&br).unwrap();
        fs::write(&br, truncated).unwrap();
        let mut longer = fs::read(&gz).unwrap();
        longer.extend_from_slice(b"junk");
        fs::remove_file(&gz).unwrap();
        fs::write(&gz, longer).unwrap();

        let second = tmp.path().join("second");
        let done = build(&second, &cache, &[("index.html", page(1))]);
        assert_eq!(reused(&done), 0);
        assert_eq!(check_all(&second), 2);
        let gz_len = fs::metadata(second.join("index.html.gz")).unwrap().len();
        assert_eq!(
            gz_len,
            fs::metadata(first.join("index.html.gz")).unwrap().len()
        );
        // The entries were written again, whole.
        assert_eq!(unbrotli(&fs::read(&br).unwrap()), page(1));
        assert_eq!(fs::metadata(&gz).unwrap().len(), gz_len);
    }

    #[test]
    fn two_builds_at_once_share_the_cache() {
        let tmp = tempfile::tempdir().unwrap();
        let cache = tmp.path().join("cache");
        let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
        std::thread::scope(|s| {
            let one = s.spawn(|| build(&a, &cache, &site()));
            let two = s.spawn(|| build(&b, &cache, &site()));
            assert_eq!(sizes(&one.join().unwrap()), sizes(&two.join().unwrap()));
        });
        assert_eq!(check_all(&a), 8);
        assert_eq!(check_all(&b), 8);
        let temporary = fs::read_dir(&cache)
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .ends_with(".tmp")
            })
            .count();
        assert_eq!(temporary, 0);
    }

    #[test]
    fn prune_removes_unused_entries_and_keeps_used_ones() {
        let tmp = tempfile::tempdir().unwrap();
        let cache = tmp.path().join("cache");
        let first = tmp.path().join("first");
        build(
            &first,
            &cache,
            &[
                ("a.html", page(1)),
                ("b.html", page(2)),
                ("n.txt", noise(10, 3)),
            ],
        );
        // A temporary file left by a killed build, and a file that is not the cache's.
        let leftover = format!(".{}.br.1-0.tmp", "0".repeat(64));
        fs::write(cache.join(&leftover), b"partial").unwrap();
        fs::write(cache.join("README"), b"not ours").unwrap();

        let used = |done: BTreeMap<String, Compressed>| -> BTreeSet<String> {
            done.into_values().map(|d| d.hash).collect()
        };
        let second = tmp.path().join("second");
        let done = build(&second, &cache, &[("a.html", page(1))]);
        assert_eq!(reused(&done), 1);
        let used_now = used(done);
        // b's .br and .gz, n's two markers, the leftover.
        assert_eq!(prune(&cache, &used_now).unwrap(), 5);
        let mut left: Vec<_> = fs::read_dir(&cache)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        left.sort();
        let a = used_now.iter().next().unwrap();
        assert_eq!(
            left,
            ["README".to_string(), format!("{a}.br"), format!("{a}.gz")]
        );

        // What was kept is still used.
        let third = tmp.path().join("third");
        let done = build(&third, &cache, &[("a.html", page(1))]);
        assert_eq!(reused(&done), 1);
        let used_now = used(done);
        assert_eq!(prune(&cache, &used_now).unwrap(), 0);
        assert_eq!(prune(&tmp.path().join("missing"), &used_now).unwrap(), 0);
    }
}
