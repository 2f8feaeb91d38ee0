//! Copies of a language's pages compressed against a page its readers already have: the
//! language's home page (Compression Dictionary Transport, RFC 9842, `Content-Encoding: dcb`).
//! Most of a page's bytes are the same on every page of its language (the inline CSS, the
//! header, the help block, the menu), so a page compressed against the home page weighs about a
//! third of its `.br`.
//!
//! A browser that kept the home page as a dictionary names it in each later request to the
//! language's folder (`Available-Dictionary: :<base64 of its SHA-256>:`). The copy made
//! against it is at `<file>.dcb/<that base64>`: a server finds it from the request alone, and a
//! changed home page, whose hash is another, never pairs with a copy made against the old one.
//! Base64 may hold `/`, which makes a folder in the name; that is harmless and keeps the name
//! exactly what the browser sends.
//!
//! The copies are made at brotli quality 10, not 11: they are all made again whenever the home
//! page changes, which on most sites is at every edit, and against a dictionary 10 gives files
//! about 2 % larger in well under half the time. Quality 5 takes a twentieth of 10's time but
//! made the copies 5 % larger, the median Spanish page 1,282 bytes instead of 1,206: over the
//! 1.2 KB a page that comes second may weigh (docs/performance.md). Cache entries are
//! `<page hash>-<first 16 hex digits of the dictionary's hash>.dcb`, taken without being read
//! (see [`place`]).

use std::io;
use std::path::{Path, PathBuf};

use base64::Engine;
use sha2::{Digest, Sha256};

/// brotli's quality for copies made against a dictionary (see the module's comment).
const QUALITY: u32 = 10;

/// The start of every `dcb` body (RFC 9842, section 4): these four bytes, then the SHA-256
/// of the dictionary, then the brotli stream.
const DCB_MAGIC: [u8; 4] = [0xff, 0x44, 0x43, 0x42];

/// The magic bytes and the dictionary's hash.
const HEADER_LEN: usize = DCB_MAGIC.len() + 32;

/// A page readers already have, against which other pages are compressed.
pub struct Dictionary {
    bytes: Vec<u8>,
    sha256: [u8; 32],
    base64: String,
}

impl Dictionary {
    pub fn new(bytes: Vec<u8>) -> Dictionary {
        let sha256: [u8; 32] = Sha256::digest(&bytes).into();
        let base64 = base64::engine::general_purpose::STANDARD.encode(sha256);
        Dictionary {
            bytes,
            sha256,
            base64,
        }
    }

    /// Where the copy of `file` made against this dictionary is.
    pub fn copy_of(&self, file: &Path) -> PathBuf {
        // Added as text: one hash in 64 starts with `/` in base64, and joined as a path it
        // would replace the folder, and put the copy at the file system's root.
        let mut path = copies_of(file).into_os_string();
        path.push("/");
        path.push(&self.base64);
        PathBuf::from(path)
    }

    /// Its SHA-256 in base64: what a browser that kept it sends in `Available-Dictionary`,
    /// between colons.
    pub fn base64(&self) -> &str {
        &self.base64
    }

    /// The part of a cache entry's name that names this dictionary.
    fn short_hex(&self) -> String {
        crate::digest::hex(&self.sha256[..8])
    }
}

/// The folder holding the copies of `file` made against dictionaries.
pub fn copies_of(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_os_string();
    name.push(".dcb");
    PathBuf::from(name)
}

/// What [`place`] did for one page.
pub struct Placed {
    /// It came from the cache.
    pub reused: bool,
    /// The cache key to keep it by (see `cache::prune`).
    pub key: String,
}

/// Writes the copy of `file` (whose content has the SHA-256 `hash`, in hex) made against
/// `dict`, from the cache when it holds it. `file` is in a folder being built, which holds no
/// older copy.
///
/// A cache entry is taken without reading it, as the `.br` of a remembered page is (see
/// `place_known`): entries are only ever written whole and renamed into place, under a name
/// that holds both hashes, so one that is there and longer than its header is the copy. On a
/// rebuild this is one look at the cache and one link per page; reading the page and the entry
/// to decompress it took a fifth more time over the whole build.
pub fn place(file: &Path, hash: &str, dict: &Dictionary, cache: &Path) -> io::Result<Placed> {
    let out = dict.copy_of(file);
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let entry = |hash: &str| {
        let key = format!("{hash}-{}", dict.short_hex());
        (cache.join(format!("{key}.dcb")), key)
    };
    let (cached, key) = entry(hash);
    let whole = std::fs::metadata(&cached).is_ok_and(|m| m.len() > HEADER_LEN as u64);
    // A link where the file system allows it (the cache and the output on one), else a copy.
    if whole && (super::link(&cached, &out).is_ok() || std::fs::copy(&cached, &out).is_ok()) {
        return Ok(Placed { reused: true, key });
    }
    let original = std::fs::read(file)?;
    // The hash came from the build's records; the entry's name must be the content's.
    let (cached, key) = entry(&crate::digest::hex(&Sha256::digest(&original)));
    let compressed = compress(&original, dict);
    if super::cache::store(&cached, &compressed).is_ok() {
        super::place(&cached, &compressed, &out)?;
    } else {
        super::write_new(&out, &compressed)?;
    }
    Ok(Placed { reused: false, key })
}

/// A `dcb` body: the magic bytes, the dictionary's hash, and `bytes` compressed with brotli
/// with the dictionary as the text before it.
pub fn compress(bytes: &[u8], dict: &Dictionary) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() / 4 + 64);
    out.extend_from_slice(&DCB_MAGIC);
    out.extend_from_slice(&dict.sha256);
    // The window holds the dictionary and the page, so the page can refer to all of it.
    let span = dict.bytes.len() + bytes.len();
    let params = super::encoding::brotli_params(QUALITY, span, bytes.len());
    let (mut input_buffer, mut output_buffer) = (vec![0; 4096], vec![0; 4096]);
    let mut no_callback = |_: &mut brotli::enc::interface::PredictionModeContextMap<
        brotli::enc::InputReferenceMut,
    >,
                           _: &mut [brotli::enc::StaticCommand],
                           _: brotli::enc::InputPair,
                           _: &mut brotli::enc::StandardAlloc| ();
    brotli::enc::BrotliCompressCustomIoCustomDict(
        &mut brotli::enc::IoReaderWrapper(&mut &bytes[..]),
        &mut brotli::enc::IoWriterWrapper(&mut out),
        &mut input_buffer,
        &mut output_buffer,
        &params,
        brotli::enc::StandardAlloc::default(),
        &mut no_callback,
        &dict.bytes,
        io::Error::from(io::ErrorKind::UnexpectedEof),
    )
    .expect("brotli from memory into memory cannot fail");
    out
}

/// Whether `body` is a `dcb` body made against `dict` that decompresses to exactly
/// `original`, with nothing after its stream.
#[cfg(test)]
fn decodes_to(body: &[u8], dict: &Dictionary, original: &[u8]) -> bool {
    let Some(stream) = body
        .strip_prefix(&DCB_MAGIC[..])
        .and_then(|rest| rest.strip_prefix(&dict.sha256[..]))
    else {
        return false;
    };
    super::encoding::brotli_decodes_to(stream, original, Some(&dict.bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(title: &str) -> Vec<u8> {
        let head = "<!doctype html><html lang=es><style>body{font:1rem/1.5 sans-serif;margin:0 auto;max-width:40rem}nav a{display:block;padding:.5rem}</style>";
        let nav = "<nav><a href=../asilo/>Asilo</a><a href=../derechos/>Tus derechos</a><a href=../abogado/>Tener abogado</a><a href=../familia/>Tu familia</a></nav>";
        format!("{head}<title>{title}</title>{nav}<main><h1>{title}</h1><p>Tienes derecho a pedir ayuda.</p></main>{nav}").into_bytes()
    }

    #[test]
    fn a_copy_stays_beside_its_page_when_the_hash_starts_with_a_slash() {
        let home = (0..)
            .map(|i| Dictionary::new(format!("home page {i}").into_bytes()))
            .find(|d| d.base64().starts_with('/'))
            .unwrap();
        let file = Path::new("/out/es/asilo/index.html");
        let copy = home.copy_of(file);
        assert!(copy.starts_with("/out/es/asilo/index.html.dcb"), "{copy:?}");
        assert!(copy.to_str().unwrap().ends_with(home.base64()), "{copy:?}");
    }

    #[test]
    fn a_page_compressed_against_its_home_page_is_smaller_and_decodes_back() {
        let tmp = tempfile::tempdir().unwrap();
        let (site, cache) = (tmp.path().join("out"), tmp.path().join("cache"));
        std::fs::create_dir_all(site.join("asilo")).unwrap();
        let home = Dictionary::new(page("Inicio"));
        let file = site.join("asilo/index.html");
        let original = page("Pedir asilo");
        std::fs::write(&file, &original).unwrap();

        let hash = crate::digest::hex(&Sha256::digest(&original));
        let placed = place(&file, &hash, &home, &cache).unwrap();
        assert!(!placed.reused);
        let copy = std::fs::read(home.copy_of(&file)).unwrap();
        assert_eq!(&copy[..4], &DCB_MAGIC);
        assert_eq!(&copy[4..36], Sha256::digest(page("Inicio")).as_slice());
        assert!(decodes_to(&copy, &home, &original));
        let plain = super::super::brotli_len(&original, 11);
        assert!(copy.len() * 2 < plain, "{} against {plain}", copy.len());

        // The name is what the browser sends (`Available-Dictionary: :<base64>:`), without
        // its colons.
        let sent = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(page("Inicio")));
        let name = home.copy_of(&file);
        let name = name.to_str().unwrap();
        assert!(
            name.ends_with(&format!("index.html.dcb/{sent}")),
            "{name} {sent}"
        );

        // Again (into a new folder, as a build does): from the cache. A new home page: a new
        // name.
        std::fs::remove_dir_all(copies_of(&file)).unwrap();
        assert!(place(&file, &hash, &home, &cache).unwrap().reused);
        let new_home = Dictionary::new(page("Inicio: nuevo"));
        let newer = place(&file, &hash, &new_home, &cache).unwrap();
        assert!(!newer.reused);
        assert!(new_home.copy_of(&file).is_file());

        // Pruning keeps the entry in use and drops the one made against the old home page.
        let used = std::collections::BTreeSet::from([newer.key]);
        assert_eq!(super::super::prune(&cache, &used).unwrap(), 1);
        std::fs::remove_dir_all(copies_of(&file)).unwrap();
        assert!(place(&file, &hash, &new_home, &cache).unwrap().reused);
    }

    #[test]
    fn a_copy_made_against_another_dictionary_or_damaged_is_refused() {
        let home = Dictionary::new(page("Inicio"));
        let other = Dictionary::new(page("Otro"));
        let original = page("Pedir asilo");
        let body = compress(&original, &home);
        assert!(decodes_to(&body, &home, &original));
        assert!(!decodes_to(&body, &other, &original));
        assert!(!decodes_to(&body[..body.len() - 1], &home, &original));
        let mut longer = body.clone();
        longer.push(0);
        assert!(!decodes_to(&longer, &home, &original));
        assert!(!decodes_to(&body, &home, &page("Otra página")));
    }
}
