use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::Read;
use std::path::Path;

use super::*;
use crate::load::config::BEST_BROTLI_QUALITY as BEST_QUALITY;

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
    build_at(root, cache, files, BEST_QUALITY)
}

/// The same, with brotli at `quality`.
fn build_at(
    root: &Path,
    cache: &Path,
    files: &[(&str, Vec<u8>)],
    quality: u32,
) -> BTreeMap<String, Compressed> {
    files
        .iter()
        .map(|(rel, bytes)| {
            write(root, rel, bytes);
            let done = compress_beside(&root.join(rel), bytes, cache, quality).unwrap();
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
    assert_eq!(brotli_len(&page(2), BEST_QUALITY) as u64, on_disk("br"));
}

#[test]
fn another_brotli_quality_compresses_anew_and_keeps_both_in_the_cache() {
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache");
    let files = [("a.html", page(1))];
    let best = build(&tmp.path().join("best"), &cache, &files);
    let faster = build_at(&tmp.path().join("faster"), &cache, &files, 10);
    assert!(
        !faster["a.html"].reused,
        "quality 11's entry is not taken for 10"
    );
    assert_eq!(check_all(&tmp.path().join("faster")), 2);
    let (best, faster) = (best["a.html"].sizes, faster["a.html"].sizes);
    assert!(faster.brotli > best.brotli, "{faster:?} against {best:?}");
    assert_eq!(brotli_len(&page(1), 10) as u64, faster.brotli.unwrap());

    // Each setting finds its own entries again, and pruning keeps both names.
    let again = build_at(&tmp.path().join("again"), &cache, &files, 10);
    assert!(again["a.html"].reused);
    let used: BTreeSet<String> = again.into_values().map(|d| d.hash).collect();
    assert_eq!(prune(&cache, &used).unwrap(), 0);
    let hash = used.iter().next().unwrap();
    for name in [
        format!("{hash}.br"),
        format!("{hash}.br10"),
        format!("{hash}.gz"),
    ] {
        assert!(cache.join(&name).is_file(), "{name}");
    }
    assert!(build(&tmp.path().join("best-again"), &cache, &files)["a.html"].reused);
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
