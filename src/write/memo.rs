//! Finished pages remembered between builds. A page whose rendered HTML is the same as in an
//! earlier build finishes the same way, so its minified, checked bytes and the sizes of its
//! compressed copies are kept here, keyed by the hash of the rendered HTML: a rebuild then
//! skips minifying, inspecting and compressing every page that did not change.

use std::collections::{BTreeMap, HashMap};
use std::io;
use std::path::Path;

use sha2::{Digest, Sha256};

use super::compress::Sizes;

/// What a page became: its content hash (the key of its compressed copies), their sizes, and
/// its bytes.
pub struct Memo {
    pub hash: String,
    pub sizes: Sizes,
    pub bytes: Vec<u8>,
}

const MAGIC: &str = "faro-memo-1";

/// The key of a rendered page; `context` holds what else decides how it is finished (the
/// site's own address, which the privacy check treats as first-party, and how this faro
/// finishes pages). faro's version is part of it: another version may minify or write the
/// Content-Security-Policy differently, and must not take the bytes an older one finished.
pub fn key(rendered: &str, context: &str) -> String {
    key_for(env!("CARGO_PKG_VERSION"), rendered, context)
}

fn key_for(version: &str, rendered: &str, context: &str) -> String {
    let mut hash = Sha256::new();
    hash.update(MAGIC.as_bytes());
    hash.update(version.as_bytes());
    hash.update([0]);
    hash.update(context.as_bytes());
    hash.update([0]);
    hash.update(rendered.as_bytes());
    crate::digest::hex(&hash.finalize())
}

pub fn load(dir: &Path, key: &str) -> Option<Memo> {
    let data = std::fs::read(dir.join(key)).ok()?;
    let end = data.iter().position(|&b| b == b'\n')?;
    let header = std::str::from_utf8(&data[..end]).ok()?;
    let mut fields = header.split(' ');
    if fields.next()? != MAGIC {
        return None;
    }
    let hash = fields.next()?.to_string();
    let size = |field: Option<&str>| -> Option<Option<u64>> {
        match field? {
            "-" => Some(None),
            n => n.parse().ok().map(Some),
        }
    };
    let (brotli, gzip) = (size(fields.next())?, size(fields.next())?);
    let length: usize = fields.next()?.parse().ok()?;
    let bytes = data[end + 1..].to_vec();
    // A memo cut short (a full disk, a killed build) is not used.
    (bytes.len() == length).then_some(Memo {
        hash,
        sizes: Sizes {
            original: length as u64,
            brotli,
            gzip,
        },
        bytes,
    })
}

/// Saves a memo, written whole (see `atomic`): a build reading it meanwhile finds all of it or none.
pub fn save(dir: &Path, key: &str, memo: &Memo) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let size = |s: Option<u64>| s.map_or("-".to_string(), |n| n.to_string());
    let mut data = format!(
        "{MAGIC} {} {} {} {}\n",
        memo.hash,
        size(memo.sizes.brotli),
        size(memo.sizes.gzip),
        memo.bytes.len()
    )
    .into_bytes();
    data.extend_from_slice(&memo.bytes);
    super::atomic::write(&dir.join(key), &data)
}

/// The file beside the memos listing, for each page the last whole build rendered, the key of
/// its inputs (`render::Inputs`) and the memo of the page it became: a page whose inputs did
/// not change is taken from its memo without being rendered.
const RENDERED_FILE: &str = "rendered";

/// The list saved by the last whole build; empty when there is none or it cannot be read.
/// A line that is not two keys is left out: that page is rendered again.
pub fn load_rendered(dir: &Path) -> HashMap<String, String> {
    let Ok(text) = std::fs::read_to_string(dir.join(RENDERED_FILE)) else {
        return HashMap::new();
    };
    let is_key = |k: &str| k.len() == 64 && k.bytes().all(|b| b.is_ascii_hexdigit());
    text.lines()
        .filter_map(|line| line.split_once(' '))
        .filter(|(inputs, memo)| is_key(inputs) && is_key(memo))
        .map(|(inputs, memo)| (inputs.to_string(), memo.to_string()))
        .collect()
}

/// Saves the list of a whole build that succeeded, in place of the last one, written whole.
pub fn save_rendered(dir: &Path, rendered: &BTreeMap<String, String>) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut text = String::with_capacity(rendered.len() * 130);
    for (inputs, memo) in rendered {
        text.push_str(inputs);
        text.push(' ');
        text.push_str(memo);
        text.push('\n');
    }
    super::atomic::write(&dir.join(RENDERED_FILE), text.as_bytes())
}

/// Removes the memos not used by the build that just succeeded.
pub fn prune(dir: &Path, used: &std::collections::BTreeSet<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let ours = name.len() == 64 && name.bytes().all(|b| b.is_ascii_hexdigit());
        if (ours && !used.contains(&name)) || (name.starts_with('.') && name.ends_with(".tmp")) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_memo_round_trips_and_a_cut_one_is_ignored() {
        let dir = tempfile::TempDir::new().unwrap();
        let memo = Memo {
            hash: "ab".repeat(32),
            sizes: Sizes {
                original: 5,
                brotli: Some(3),
                gzip: None,
            },
            bytes: b"hello".to_vec(),
        };
        let key = key("<p>hello", "");
        save(dir.path(), &key, &memo).unwrap();
        let back = load(dir.path(), &key).unwrap();
        assert_eq!(
            (back.hash, back.sizes, back.bytes),
            (memo.hash.clone(), memo.sizes, memo.bytes.clone())
        );
        let path = dir.path().join(&key);
        let data = std::fs::read(&path).unwrap();
        std::fs::write(&path, &data[..data.len() - 1]).unwrap();
        assert!(load(dir.path(), &key).is_none());
        assert_ne!(key, super::key("<p>hello", "https://example.org/"));
    }

    #[test]
    fn two_threads_saving_one_memo_at_once_both_succeed() {
        let dir = tempfile::TempDir::new().unwrap();
        let key = key("<p>same page", "");
        let memo = |fill: u8| Memo {
            hash: "cd".repeat(32),
            sizes: Sizes {
                original: 1 << 18,
                brotli: None,
                gzip: None,
            },
            bytes: vec![fill; 1 << 18],
        };
        crate::write::atomic::race(|fill| save(dir.path(), &key, &memo(fill)));
        let back = load(dir.path(), &key).expect("a whole memo");
        assert!(back.bytes == memo(b'a').bytes || back.bytes == memo(b'b').bytes);
    }

    #[test]
    fn another_faro_version_has_other_keys() {
        assert_eq!(
            key("<p>a", ""),
            key_for(env!("CARGO_PKG_VERSION"), "<p>a", "")
        );
        assert_ne!(key_for("0.1.0", "<p>a", ""), key_for("0.2.0", "<p>a", ""));
    }
}
