//! The output folder: a staging folder beside it, filled by the build, swapped in at once. A
//! failed or interrupted build leaves the previous output exactly as it was.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::compress;
use super::compress::dictionary::Dictionary;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::content::CONTENT_DIR;
use crate::load::strings::TRANSLATIONS_DIR;
use crate::load::theme::THEMES_DIR;

/// Written into every folder faro makes, so it can tell its own output from a folder a person
/// made (which it never replaces).
pub const MARKER_FILE: &str = ".faro-output";
const MARKER_TEXT: &str = "This folder is made by `faro build` and is replaced on every build.\n";

/// The compression cache, inside the site's folder (and ignored by git).
pub const CACHE_DIR: &str = ".faro-cache/compressed";
/// Finished pages, by the hash of their rendered HTML (see `memo`).
pub const PAGES_DIR: &str = ".faro-cache/pages";

/// The folders faro reads from; the output may not be one of them, inside them, or above them.
const SOURCE_DIRS: &[&str] = &[CONTENT_DIR, THEMES_DIR, TRANSLATIONS_DIR];

pub struct Output {
    target: PathBuf,
    staging: PathBuf,
    /// Where compressed files are kept between builds, keyed by content.
    cache: PathBuf,
    pages: PathBuf,
    compression: Mutex<Log>,
    /// Writing into the live output folder (`faro serve`) rather than a staging folder: each
    /// file is written whole under a temporary name and renamed over the old one, so a reader
    /// never gets half a file.
    in_place: bool,
    /// How hard brotli works on each text file (site.yaml's `compression: brotli_quality`).
    brotli_quality: u32,
    /// The pages the last whole build rendered: the key of each one's inputs
    /// (`render::Inputs`) and of the finished page it became (`memo`). Empty when writing in
    /// place, which renders a part of the site and so would keep only a part of the list.
    rendered_before: HashMap<String, String>,
    /// The same for this build, saved when it is committed.
    rendered_now: Mutex<BTreeMap<String, String>>,
}

/// What the build's compression did: files compressed anew, and files whose compressed copies
/// came from the cache.
#[derive(Debug, Default, Clone, Copy)]
pub struct Compression {
    pub compressed: usize,
    pub reused: usize,
    /// Pages compressed against their language's home page, and those of them from the cache.
    pub against_home: usize,
    pub against_home_reused: usize,
}

/// The compression of a build as it goes: what it did, and the cache entries it used (the
/// rest are pruned after a commit).
#[derive(Default)]
struct Log {
    done: Compression,
    used: BTreeSet<String>,
    /// Finished pages remembered (see `memo`) that this build used.
    used_pages: BTreeSet<String>,
}

impl Output {
    /// Checks that `target` is safe to replace and makes a fresh staging folder beside it.
    pub fn prepare(
        root: &Path,
        target: &Path,
        brotli_quality: u32,
        diags: &mut Diagnostics,
    ) -> Option<Output> {
        let shown = target.display().to_string();
        let refuse = |diags: &mut Diagnostics, why: crate::messages::Message, hint: String| {
            diags.push(Diagnostic::error(&shown, why).hint(hint));
        };
        let root = match root.canonicalize() {
            Ok(root) => root,
            Err(e) => {
                refuse(
                    diags,
                    crate::msg!(
                        "out-site-unreadable",
                        folder = root.display().to_string(),
                        error = crate::messages::io_error(&e),
                    ),
                    crate::t!("out-site-unreadable-hint"),
                );
                return None;
            }
        };
        // `.`, `..` and `/` have no file name of their own: resolve them first, so they meet
        // the same checks as any other path.
        let resolved_input;
        let target = if target.file_name().is_none() {
            resolved_input = target
                .canonicalize()
                .unwrap_or_else(|_| target.to_path_buf());
            resolved_input.as_path()
        } else {
            target
        };
        let Some(name) = target.file_name().map(|n| n.to_string_lossy().into_owned()) else {
            refuse(
                diags,
                crate::msg!("out-is-site"),
                crate::t!("out-is-site-hint"),
            );
            return None;
        };
        let parent = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        if let Err(e) = std::fs::create_dir_all(parent) {
            refuse(
                diags,
                crate::msg!("out-parent-not-made", error = crate::messages::io_error(&e)),
                crate::t!("out-parent-not-made-hint"),
            );
            return None;
        }
        let parent = match parent.canonicalize() {
            Ok(parent) => parent,
            Err(e) => {
                refuse(
                    diags,
                    crate::msg!(
                        "out-parent-unreadable",
                        error = crate::messages::io_error(&e)
                    ),
                    crate::t!("out-parent-unreadable-hint"),
                );
                return None;
            }
        };
        let target = parent.join(&name);
        let resolved = target.canonicalize().unwrap_or_else(|_| target.clone());

        if root.starts_with(&resolved) {
            refuse(
                diags,
                crate::msg!("out-is-site"),
                crate::t!("out-is-site-hint"),
            );
            return None;
        }
        for dir in SOURCE_DIRS {
            let source = root.join(dir);
            let source = source.canonicalize().unwrap_or(source);
            if resolved.starts_with(&source) || source.starts_with(&resolved) {
                refuse(
                    diags,
                    crate::msg!("out-in-sources", folder = dir.to_string()),
                    crate::t!("out-in-sources-hint"),
                );
                return None;
            }
        }
        if resolved.exists() {
            if !resolved.is_dir() {
                refuse(
                    diags,
                    crate::msg!("out-is-file"),
                    crate::t!("out-is-file-hint"),
                );
                return None;
            }
            let empty = std::fs::read_dir(&resolved)
                .map(|mut d| d.next().is_none())
                .unwrap_or(false);
            if !empty && !resolved.join(MARKER_FILE).is_file() {
                refuse(
                    diags,
                    crate::msg!("out-not-made-by-faro"),
                    crate::t!("out-not-made-by-faro-hint"),
                );
                return None;
            }
        }

        remove_leftovers(&parent, &name);
        let staging = parent.join(format!(".{name}.faro-new-{}", std::process::id()));
        let made = std::fs::create_dir(&staging)
            .and_then(|_| std::fs::write(staging.join(MARKER_FILE), MARKER_TEXT));
        if let Err(e) = made {
            refuse(
                diags,
                crate::msg!(
                    "out-staging-not-made",
                    folder = staging.display().to_string(),
                    error = crate::messages::io_error(&e),
                ),
                crate::t!("out-staging-not-made-hint"),
            );
            return None;
        }
        Some(Output {
            target: resolved,
            staging,
            cache: root.join(CACHE_DIR),
            pages: root.join(PAGES_DIR),
            compression: Mutex::new(Log::default()),
            in_place: false,
            brotli_quality,
            rendered_before: super::memo::load_rendered(&root.join(PAGES_DIR)),
            rendered_now: Mutex::new(BTreeMap::new()),
        })
    }

    /// Writes into `target` as it stands, file by file: for `faro serve`, which keeps its own
    /// output folder up to date after each change. `target` must be a folder faro made.
    pub fn in_place(root: &Path, target: &Path, brotli_quality: u32) -> io::Result<Output> {
        if !target.join(MARKER_FILE).is_file() {
            return Err(io::Error::other(format!(
                "{} was not made by faro",
                target.display()
            )));
        }
        Ok(Output {
            target: target.to_path_buf(),
            staging: target.to_path_buf(),
            cache: root.join(CACHE_DIR),
            pages: root.join(PAGES_DIR),
            compression: Mutex::new(Log::default()),
            in_place: true,
            brotli_quality,
            rendered_before: HashMap::new(),
            rendered_now: Mutex::new(BTreeMap::new()),
        })
    }

    /// Puts `bytes` at `rel`, making its folder.
    fn put(&self, rel: &str, bytes: &[u8]) -> io::Result<PathBuf> {
        let path = self.path(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        if self.in_place {
            // Copies made against a dictionary are of the old bytes; the next full build
            // makes them again.
            match std::fs::remove_dir_all(compress::dictionary::copies_of(&path)) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
                _ => {}
            }
            super::atomic::write(&path, bytes)?;
        } else {
            std::fs::write(&path, bytes)?;
        }
        Ok(path)
    }

    /// Whether files are written into the live output folder (`faro serve`).
    pub fn is_in_place(&self) -> bool {
        self.in_place
    }

    /// The file at `rel` as a dictionary other pages are compressed against.
    pub fn dictionary(&self, rel: &str) -> io::Result<Dictionary> {
        std::fs::read(self.path(rel)).map(Dictionary::new)
    }

    /// Writes the copy of the page at `rel` (whose content has the SHA-256 `hash`, in hex)
    /// compressed against `dictionary`, from the cache when it holds it.
    pub fn write_dictionary_copy(
        &self,
        rel: &str,
        hash: &str,
        dictionary: &Dictionary,
    ) -> io::Result<()> {
        let path = self.path(rel);
        let placed = compress::dictionary::place(&path, hash, dictionary, &self.cache)?;
        let mut log = self.compression.lock().expect("compression log");
        log.done.against_home += 1;
        log.done.against_home_reused += usize::from(placed.reused);
        log.used.insert(placed.key);
        Ok(())
    }

    /// Whether the output already holds exactly `bytes` at `rel`.
    pub fn holds(&self, rel: &str, bytes: &[u8]) -> bool {
        std::fs::read(self.path(rel)).is_ok_and(|held| held == bytes)
    }

    /// The length of the file at `rel`, if there is one.
    pub fn length(&self, rel: &str) -> Option<u64> {
        std::fs::metadata(self.path(rel)).ok().map(|m| m.len())
    }

    /// Writes `bytes` to `rel` (a `/`-separated path) inside the staging folder, and a text
    /// file's `.br` and `.gz` beside it where they are smaller. Returns a text file's sizes.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<Option<compress::Compressed>> {
        let path = self.put(rel, bytes)?;
        if !compress::is_text(&path) {
            return Ok(None);
        }
        let done = compress::compress_beside(&path, bytes, &self.cache, self.brotli_quality)?;
        let mut log = self.compression.lock().expect("compression log");
        if done.reused {
            log.done.reused += 1;
        } else {
            log.done.compressed += 1;
        }
        log.used.insert(done.hash.clone());
        Ok(Some(done))
    }

    /// Writes a finished page with its compressed copies and remembers it under `key` (the
    /// hash of its rendered HTML) for the next build. `known`: the hash and sizes of its
    /// compressed copies, when an earlier build made them; they come from the cache if it
    /// still has them.
    pub fn write_page(
        &self,
        rel: &str,
        bytes: &[u8],
        key: &str,
        known: Option<&(String, compress::Sizes)>,
    ) -> io::Result<Option<compress::Compressed>> {
        if let Some((hash, sizes)) = known {
            let path = self.put(rel, bytes)?;
            if compress::place_known(&path, hash, sizes, &self.cache, self.brotli_quality)? {
                let mut log = self.compression.lock().expect("compression log");
                log.done.reused += 1;
                log.used.insert(hash.clone());
                log.used_pages.insert(key.to_string());
                return Ok(Some(compress::Compressed {
                    sizes: *sizes,
                    hash: hash.clone(),
                    reused: true,
                }));
            }
        }
        let done = self.write(rel, bytes)?;
        if let Some(done) = &done {
            self.remember(key, bytes, done);
        }
        Ok(done)
    }

    /// The finished page (its memo key) the last whole build rendered from these inputs.
    pub fn rendered_before(&self, inputs: &str) -> Option<&str> {
        self.rendered_before.get(inputs).map(String::as_str)
    }

    /// Records that the page with these inputs became the finished page `memo`, for the
    /// next whole build.
    pub fn rendered(&self, inputs: String, memo: String) {
        if !self.in_place {
            self.rendered_now
                .lock()
                .expect("pages rendered")
                .insert(inputs, memo);
        }
    }

    /// Remembers how a page was finished, for the next build.
    pub fn remember(&self, key: &str, bytes: &[u8], done: &compress::Compressed) {
        let memo = super::memo::Memo {
            hash: done.hash.clone(),
            sizes: done.sizes,
            bytes: bytes.to_vec(),
        };
        // Not remembering only means finishing the page again next time.
        if super::memo::save(&self.pages, key, &memo).is_ok() {
            self.compression
                .lock()
                .expect("compression log")
                .used_pages
                .insert(key.to_string());
        }
    }

    /// Copies a file into the staging folder (compressing it too when it is text). `from` is
    /// where a file checked by `load::files` really is, and `len` its length then: a file that
    /// has grown since is an error, and is not read past that length.
    pub fn copy(&self, rel: &str, from: &Path, len: u64) -> io::Result<()> {
        if compress::is_text(Path::new(rel)) || self.in_place {
            let checked = crate::load::files::Checked {
                real: from.to_path_buf(),
                len,
            };
            return self
                .write(rel, &crate::load::files::read_checked(&checked, len)?)
                .map(|_| ());
        }
        let path = self.path(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let copied = std::fs::copy(from, &path)?;
        if copied > len {
            let _ = std::fs::remove_file(&path);
            return Err(io::Error::other(crate::t!("out-file-grew")));
        }
        Ok(())
    }

    /// What compression has done so far in this build.
    pub fn compression(&self) -> Compression {
        self.compression.lock().expect("compression log").done
    }

    fn path(&self, rel: &str) -> PathBuf {
        let mut path = self.staging.clone();
        path.extend(
            rel.split('/')
                .filter(|s| !s.is_empty() && *s != ".." && *s != "."),
        );
        path
    }

    /// Puts the staging folder in place of the output in one step, then drops the cache
    /// entries this build did not use.
    pub fn commit(self) -> io::Result<()> {
        let (used, used_pages) = {
            let mut log = self.compression.lock().expect("compression log");
            (
                std::mem::take(&mut log.used),
                std::mem::take(&mut log.used_pages),
            )
        };
        self.swap()?;
        // A cache that cannot be pruned only takes more room; the site is in place.
        let _ = compress::prune(&self.cache, &used);
        super::memo::prune(&self.pages, &used_pages);
        // Nor is a list that cannot be saved more than pages rendered again next time.
        if !self.in_place {
            let rendered = self.rendered_now.into_inner().expect("pages rendered");
            let _ = super::memo::save_rendered(&self.pages, &rendered);
        }
        Ok(())
    }

    /// Puts the staging folder in place of the output, leaving the caches as they are: for a
    /// folder written beside the site (`faro zim`'s pages), whose files are not the site's,
    /// so that pruning to them would drop what the next `faro build` takes from the cache.
    pub fn commit_keeping_caches(self) -> io::Result<()> {
        self.swap()
    }

    fn swap(&self) -> io::Result<()> {
        if !self.target.exists() {
            return std::fs::rename(&self.staging, &self.target);
        }
        // renameat2(RENAME_EXCHANGE) swaps the two folders atomically: at every moment the
        // output path holds either the complete old site or the complete new one.
        let swapped = rustix::fs::renameat_with(
            rustix::fs::CWD,
            &self.staging,
            rustix::fs::CWD,
            &self.target,
            rustix::fs::RenameFlags::EXCHANGE,
        );
        match swapped {
            Ok(()) => {
                // The staging path now holds the old site.
                remove_tree(&self.staging);
                Ok(())
            }
            Err(_) => {
                // File systems without RENAME_EXCHANGE: two renames, with a short moment in
                // which the output path is missing but no moment with a half-built site.
                let old = self.staging.with_file_name(
                    self.staging
                        .file_name()
                        .unwrap_or_default()
                        .to_string_lossy()
                        .replace("faro-new", "faro-old"),
                );
                std::fs::rename(&self.target, &old)?;
                std::fs::rename(&self.staging, &self.target)?;
                remove_tree(&old);
                Ok(())
            }
        }
    }

    /// Drops the staging folder; the output (and the cache) stay as they were.
    pub fn abandon(self) {
        let _ = std::fs::remove_dir_all(&self.staging);
    }
}

/// Deletes a folder faro made, its top-level entries (one per language) in parallel: deleting
/// thousands of small files is a noticeable part of a build.
fn remove_tree(dir: &Path) {
    use rayon::prelude::*;
    if let Ok(entries) = std::fs::read_dir(dir) {
        let paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        paths.par_iter().for_each(|path| {
            let _ = if path.is_dir() {
                std::fs::remove_dir_all(path)
            } else {
                std::fs::remove_file(path)
            };
        });
    }
    let _ = std::fs::remove_dir_all(dir);
}

/// Staging folders left by a build that was killed. Only folders holding faro's marker.
fn remove_leftovers(parent: &Path, name: &str) {
    let prefix = format!(".{name}.faro-");
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        if file_name.starts_with(&prefix) && entry.path().join(MARKER_FILE).is_file() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_threads_writing_one_file_in_place_both_succeed() {
        let root = tempfile::TempDir::new().unwrap();
        let target = root.path().join("public");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join(MARKER_FILE), MARKER_TEXT).unwrap();
        let output = Output::in_place(
            root.path(),
            &target,
            crate::load::config::BEST_BROTLI_QUALITY,
        )
        .unwrap();
        let bytes = |fill: u8| vec![fill; 1 << 18];
        crate::write::atomic::race(|fill| output.write("es/map.png", &bytes(fill)).map(drop));
        let written = std::fs::read(target.join("es/map.png")).unwrap();
        assert!(written == bytes(b'a') || written == bytes(b'b'));
        let names: Vec<_> = std::fs::read_dir(target.join("es")).unwrap().collect();
        assert_eq!(names.len(), 1, "no temporary file is left");
    }
}
