//! Every file faro reads from a site's folder passes here, under two rules kept in this one
//! place:
//!
//! - **Inside the site.** A file must resolve, symbolic links followed, to a path inside the
//!   site's folder ([`inside`]). A link that leads out is an error naming the link and where it
//!   leads, and nothing is read through it: a folder link is not listed, a file link not
//!   opened. Links that stay inside behave as any other file or folder. The folders faro walks
//!   (content/, the theme) are walked without following links ([`walk`]); each link met is put
//!   to the rule before it is followed.
//! - **Within its limit.** Each kind of file has a largest size (`limits:` in site.yaml), checked
//!   from the file's length before a byte of it is read ([`check`]); the read itself stops at
//!   the limit, should the file grow meanwhile. So no input sets how much memory a build takes.
//!
//! Files copied as they are (beside the pages, the theme's static files) are also checked by
//! their content when their name says they are images ([`check_file`], `images`).

use std::collections::HashMap;
use std::io::{self, Read};
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use walkdir::WalkDir;

use super::config::{Limits, SETTINGS_MAX_BYTES, megabytes};

/// addresses.lock's limit, fixed like site.yaml's: about 300,000 addresses, a site of
/// thousands of pages in a dozen languages renamed a few times over.
const LOCK_MAX_BYTES: u64 = 16 * 1024 * 1024;
use super::images;
use crate::diagnostics::{Diagnostic, Diagnostics, display_path};
use crate::messages::Message;

/// What a file is to faro, which decides its limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// site.yaml.
    Settings,
    Page,
    Image,
    Audio,
    /// Any other file copied as it is: a PDF beside a page, a font in the theme.
    File,
    /// A template, stylesheet or script of the theme.
    Theme,
    Translations,
    /// addresses.lock.
    Lock,
}

/// Documents a browser runs, with their scripts, on the site's address: web pages, and XML
/// that can style itself into one. A page is written in Markdown, and faro builds it.
const DOCUMENTS: &[&str] = &[
    "htm", "html", "shtml", "svgz", "xht", "xhtml", "xml", "xsl", "xslt",
];

/// Recordings, by extension (compared without regard to case).
const AUDIO_EXTENSIONS: &[&str] = &["mp3", "m4a", "ogg", "oga", "opus", "wav"];

impl Kind {
    /// A file copied as it is, by its name: an image, a recording or another file.
    pub fn of_file(path: &Path) -> Kind {
        let ext = extension(path);
        if images::Format::from_extension(&ext).is_some() {
            Kind::Image
        } else if AUDIO_EXTENSIONS.contains(&ext.as_str()) {
            Kind::Audio
        } else {
            Kind::File
        }
    }

    /// The largest such file faro reads, in bytes.
    pub fn max_bytes(self, limits: &Limits) -> u64 {
        match self {
            Kind::Settings => SETTINGS_MAX_BYTES,
            Kind::Page => megabytes(limits.page_mb),
            Kind::Image => megabytes(limits.image_mb),
            Kind::Audio => megabytes(limits.audio_mb),
            Kind::File => megabytes(limits.file_mb),
            Kind::Theme => megabytes(limits.theme_mb),
            Kind::Translations => megabytes(limits.translations_mb),
            Kind::Lock => LOCK_MAX_BYTES,
        }
    }

    /// "The file is 2 MB; such a file may be at most 1 MB", for this kind of file.
    fn too_big(self, size: String, max: String) -> Message {
        match self {
            Kind::Settings => crate::msg!("config-too-big", size = size, max = max),
            Kind::Page => crate::msg!("page-too-big", size = size, max = max),
            Kind::Image => crate::msg!("image-too-big", size = size, max = max),
            Kind::Audio => crate::msg!("audio-too-big", size = size, max = max),
            Kind::File => crate::msg!("file-too-big", size = size, max = max),
            Kind::Theme => crate::msg!("theme-file-too-big", size = size, max = max),
            Kind::Translations => crate::msg!("ftl-too-big", size = size, max = max),
            Kind::Lock => crate::msg!("lock-too-big", size = size, max = max),
        }
    }

    fn too_big_hint(self) -> String {
        match self {
            Kind::Settings => crate::t!("config-too-big-hint"),
            Kind::Page => crate::t!("page-too-big-hint"),
            Kind::Image => crate::t!("image-too-big-hint"),
            Kind::Audio => crate::t!("audio-too-big-hint"),
            Kind::File => crate::t!("file-too-big-hint"),
            Kind::Theme => crate::t!("theme-file-too-big-hint"),
            Kind::Translations => crate::t!("ftl-too-big-hint"),
            Kind::Lock => crate::t!("lock-too-big-hint"),
        }
    }

    /// "Cannot read the file: <the system's reason>", for this kind of file.
    fn unreadable(self, error: String) -> Message {
        match self {
            Kind::Settings => crate::msg!("config-unreadable", error = error),
            Kind::Page => crate::msg!("page-unreadable", error = error),
            Kind::Image => crate::msg!("image-unreadable", error = error),
            Kind::Audio => crate::msg!("audio-unreadable", error = error),
            Kind::File => crate::msg!("file-unreadable", error = error),
            Kind::Theme => crate::msg!("theme-file-unreadable", error = error),
            Kind::Translations => crate::msg!("ftl-unreadable", error = error),
            Kind::Lock => crate::msg!("lock-unreadable", error = error),
        }
    }

    fn unreadable_hint(self) -> String {
        match self {
            Kind::Settings => crate::t!("config-unreadable-hint"),
            Kind::Page => crate::t!("page-unreadable-hint"),
            Kind::Image => crate::t!("image-unreadable-hint"),
            Kind::Audio => crate::t!("audio-unreadable-hint"),
            Kind::File => crate::t!("file-unreadable-hint"),
            Kind::Theme => crate::t!("theme-file-unreadable-hint"),
            Kind::Translations => crate::t!("ftl-unreadable-hint"),
            Kind::Lock => crate::t!("lock-unreadable-hint"),
        }
    }
}

/// The extension of a file name, in lower case; empty when it has none.
pub fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// The rule for every file and folder faro reads: `path`, a path under `root`, must resolve to
/// a path inside the site's folder, symbolic links followed. Returns the resolved path. A path
/// that does not resolve (a missing file, a link to nothing) is returned as it is: there is
/// nothing to read through it, and its reader reports it as missing.
pub fn inside(root: &Path, path: &Path) -> Result<PathBuf, Diagnostic> {
    let Ok(real) = resolve(path) else {
        return Ok(path.to_path_buf());
    };
    let real_root = resolve(root).unwrap_or_else(|_| root.to_path_buf());
    if real.starts_with(&real_root) {
        return Ok(real);
    }
    // Name the link that leaves: the first part of the path that resolves outside.
    let (link, leads_to) = path
        .strip_prefix(root)
        .ok()
        .and_then(|rel| {
            let mut prefix = root.to_path_buf();
            rel.components().find_map(|part| {
                prefix.push(part);
                let real = prefix.canonicalize().ok()?;
                (!real.starts_with(&real_root)).then(|| (prefix.clone(), real))
            })
        })
        .unwrap_or_else(|| (path.to_path_buf(), real));
    Err(Diagnostic::error(
        display_path(root, &link),
        crate::msg!("symlink-outside", target = leads_to.display().to_string()),
    )
    .hint(crate::t!("symlink-outside-hint")))
}

/// Folders resolved during this load, by the path they were reached by. A site's thousands of
/// pages live in a few dozen folders; resolving each page's whole path again, one link lookup
/// per part, was the most frequent system call of a rebuild (52,000 for 4,300 pages).
static RESOLVED: Mutex<Option<HashMap<PathBuf, PathBuf>>> = Mutex::new(None);

/// Forgets the folders resolved so far: called as a load starts, so that a folder replaced by
/// a link between two builds (`faro serve`) is put to the rule again.
pub(super) fn forget_resolved() {
    *RESOLVED.lock().expect("resolved folders") = None;
}

/// `path` with every symbolic link followed, as `canonicalize` gives it. A file that is not a
/// link is its folder's resolved path and its name: one look at the file, the folder's path
/// resolved once per load.
fn resolve(path: &Path) -> io::Result<PathBuf> {
    let plain = path
        .components()
        .all(|c| matches!(c, Component::Normal(_) | Component::RootDir));
    let (Some(folder), Some(name), true) = (path.parent(), path.file_name(), plain) else {
        return path.canonicalize();
    };
    if folder.as_os_str().is_empty() || std::fs::symlink_metadata(path)?.is_symlink() {
        return path.canonicalize();
    }
    let known = RESOLVED
        .lock()
        .expect("resolved folders")
        .as_ref()
        .and_then(|folders| folders.get(folder).cloned());
    let real_folder = match known {
        Some(real) => real,
        None => {
            let real = folder.canonicalize()?;
            RESOLVED
                .lock()
                .expect("resolved folders")
                .get_or_insert_default()
                .insert(folder.to_path_buf(), real.clone());
            real
        }
    };
    Ok(real_folder.join(name))
}

/// What [`walk`] found under a folder.
#[derive(Debug, Default)]
pub struct Walk {
    /// Every file, as reached (through links that stay inside the site), in name order.
    pub files: Vec<PathBuf>,
    /// Links that lead outside the site, each reported already, with what was said about it;
    /// nothing was read through them.
    pub refused: Vec<(PathBuf, String)>,
}

/// Every file under `dir`, a folder inside the site, in name order. Names starting with `.` are
/// left out, with all they hold. A symbolic link is put to the rule before it is followed: one
/// leading outside is reported and not followed; one leading to a folder that holds it (a
/// loop) is reported too.
pub fn walk(root: &Path, dir: &Path, diags: &mut Diagnostics) -> Walk {
    let mut found = Walk::default();
    match inside(root, dir) {
        Ok(real) => walk_into(root, dir, &mut vec![real], &mut found, diags),
        Err(diag) => diags.push(diag),
    }
    found
}

/// `chain`: the real folders on the way here, each walked folder with the folder that held the
/// link to it, so a link back to any of them is known for a loop.
fn walk_into(
    root: &Path,
    dir: &Path,
    chain: &mut Vec<PathBuf>,
    found: &mut Walk,
    diags: &mut Diagnostics,
) {
    let entries = WalkDir::new(dir)
        .min_depth(1)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| !e.file_name().to_string_lossy().starts_with('.'));
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                diags.push(
                    Diagnostic::error(
                        display_path(root, e.path().unwrap_or(dir)),
                        crate::msg!(
                            "folder-unreadable",
                            error = e
                                .io_error()
                                .map(crate::messages::io_error)
                                .unwrap_or_else(|| e.to_string())
                        ),
                    )
                    .hint(crate::t!("folder-unreadable-hint")),
                );
                continue;
            }
        };
        let path = entry.path();
        if !entry.path_is_symlink() {
            if !entry.file_type().is_dir() {
                found.files.push(path.to_path_buf());
            }
            continue;
        }
        let real = match inside(root, path) {
            Ok(real) => real,
            Err(diag) => {
                found
                    .refused
                    .push((path.to_path_buf(), diag.message.clone()));
                diags.push(diag);
                continue;
            }
        };
        if !real.is_dir() {
            // A file, or a link to nothing that its reader reports.
            found.files.push(path.to_path_buf());
            continue;
        }
        let holder = path
            .parent()
            .and_then(|p| p.canonicalize().ok())
            .unwrap_or_default();
        if chain.iter().chain([&holder]).any(|d| d.starts_with(&real)) {
            let real_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
            diags.push(
                Diagnostic::error(
                    display_path(root, path),
                    crate::msg!(
                        "symlink-loop",
                        folder = display_path(&real_root, &real).display().to_string()
                    ),
                )
                .hint(crate::t!("symlink-loop-hint")),
            );
            continue;
        }
        let depth = chain.len();
        chain.push(holder);
        chain.push(real);
        walk_into(root, path, chain, found, diags);
        chain.truncate(depth);
    }
}

/// An image's width and height in pixels.
pub type Dimensions = (usize, usize);

/// A file that passed both rules: where it really is, and its length when checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    pub real: PathBuf,
    pub len: u64,
}

/// Puts `path` to both rules without reading it: inside the site, a file (not a folder, a
/// device or a pipe, which would never end), within its kind's limit.
pub fn check(root: &Path, path: &Path, kind: Kind, limits: &Limits) -> Result<Checked, Diagnostic> {
    let real = inside(root, path)?;
    let shown = display_path(root, path);
    let meta = std::fs::metadata(&real).map_err(|e| cannot_read(&shown, kind, e))?;
    if !meta.is_file() {
        return Err(Diagnostic::error(shown, crate::msg!("file-not-regular"))
            .hint(crate::t!("file-not-regular-hint")));
    }
    let max = kind.max_bytes(limits);
    if meta.len() > max {
        return Err(
            Diagnostic::error(shown, kind.too_big(size(meta.len()), size(max)))
                .hint(kind.too_big_hint()),
        );
    }
    Ok(Checked {
        real,
        len: meta.len(),
    })
}

/// Reads a whole text file a person writes (a page, a template, interface strings) under both
/// rules. An error names the file and, for text in another encoding, the line and column of
/// the first byte that is not UTF-8.
pub fn read_text(
    root: &Path,
    path: &Path,
    kind: Kind,
    limits: &Limits,
) -> Result<String, Diagnostic> {
    read_text_checked(root, path, kind, limits).map(|(_, text)| text)
}

/// [`read_text`], with where the file really is and the length of what was read: what reading
/// it again later takes (see `content::Body`).
pub fn read_text_checked(
    root: &Path,
    path: &Path,
    kind: Kind,
    limits: &Limits,
) -> Result<(Checked, String), Diagnostic> {
    let shown = display_path(root, path);
    let checked = check(root, path, kind, limits)?;
    let bytes =
        read_checked(&checked, kind.max_bytes(limits)).map_err(|e| cannot_read(&shown, kind, e))?;
    // The file may have changed length between the check and the read.
    let checked = Checked {
        len: bytes.len() as u64,
        ..checked
    };
    let text = crate::diagnostics::utf8_text(bytes, &shown)?;
    Ok((checked, text))
}

/// The bytes of a file that passed [`check`], from where it really is, at most `max`: a file
/// that grew past its limit since it was checked is an error too. The buffer is reserved
/// first, so a machine out of memory gives an error rather than an abort.
pub fn read_checked(checked: &Checked, max: u64) -> io::Result<Vec<u8>> {
    let file = std::fs::File::open(&checked.real)?;
    let mut bytes = Vec::new();
    let expected = usize::try_from(checked.len.min(max)).unwrap_or(usize::MAX);
    bytes
        .try_reserve_exact(expected.saturating_add(1))
        .map_err(|e| io::Error::new(io::ErrorKind::OutOfMemory, e))?;
    file.take(max.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(io::Error::other(crate::t!(
            "file-grew-past-limit",
            max = size(max)
        )));
    }
    Ok(bytes)
}

/// A file copied as it is (beside the pages, or among the theme's static files), checked
/// before anything is published: both rules; not a web page or other document a browser runs;
/// for an image, its bytes against its name.
/// For an image, also its width and height in pixels, when its format says them.
pub fn check_file(
    root: &Path,
    path: &Path,
    limits: &Limits,
) -> Result<(Checked, Option<Dimensions>), Diagnostic> {
    let kind = Kind::of_file(path);
    let checked = check(root, path, kind, limits)?;
    let ext = extension(path);
    if DOCUMENTS.contains(&ext.as_str()) {
        return Err(Diagnostic::error(
            display_path(root, path),
            crate::msg!("file-document", ext = ext.clone()),
        )
        .hint(crate::t!("file-document-hint")));
    }
    let Some(format) = images::Format::from_extension(&extension(path)) else {
        return Ok((checked, None));
    };
    let shown = display_path(root, path);
    let looked = match format {
        images::Format::Svg => read_checked(&checked, kind.max_bytes(limits))
            .map_err(|e| cannot_read(&shown, kind, e))
            .map(|bytes| images::check_svg(&bytes)),
        _ => bitmap(&checked)
            .map_err(|e| cannot_read(&shown, kind, e))
            .map(|(header, dimensions)| images::check_bitmap(format, &header).map(|()| dimensions)),
    };
    match looked? {
        Ok(dimensions) => Ok((checked, dimensions)),
        Err(problem) => {
            let diag = Diagnostic::error(shown, problem.message).hint(problem.hint);
            Err(match problem.at {
                Some((line, column)) => diag.at(line, column),
                None => diag,
            })
        }
    }
}

/// A bitmap's first bytes, and its width and height when its header says them: imagesize
/// reads only the few bytes that hold them.
fn bitmap(checked: &Checked) -> io::Result<(Vec<u8>, Option<Dimensions>)> {
    use std::io::{Seek, SeekFrom};
    let mut file = io::BufReader::new(std::fs::File::open(&checked.real)?);
    let mut header = Vec::with_capacity(images::HEADER_BYTES);
    (&mut file)
        .take(images::HEADER_BYTES as u64)
        .read_to_end(&mut header)?;
    file.seek(SeekFrom::Start(0))?;
    let dimensions = imagesize::reader_size(file)
        .ok()
        .map(|size| (size.width, size.height));
    Ok((header, dimensions))
}

fn cannot_read(shown: &Path, kind: Kind, e: io::Error) -> Diagnostic {
    Diagnostic::error(shown, kind.unreadable(crate::messages::io_error(&e)))
        .hint(kind.unreadable_hint())
}

/// A size for people: `600.0 MB`, `5 MB`, `20 KB`.
fn size(bytes: u64) -> String {
    const MB: f64 = 1024.0 * 1024.0;
    let mb = bytes as f64 / MB;
    if mb >= 1.0 {
        if mb.fract() == 0.0 {
            format!("{mb} MB")
        } else {
            format!("{mb:.1} MB")
        }
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(size(5 * 1024 * 1024), "5 MB");
        assert_eq!(size(600 * 1024 * 1024 + 1), "600.0 MB");
        assert_eq!(size(20 * 1024), "20 KB");
        assert_eq!(size(1), "1 KB");
    }

    #[test]
    fn files_are_sorted_by_what_they_hold() {
        assert_eq!(Kind::of_file(Path::new("mapa.PNG")), Kind::Image);
        assert_eq!(Kind::of_file(Path::new("a/voz.mp3")), Kind::Audio);
        assert_eq!(Kind::of_file(Path::new("guia.pdf")), Kind::File);
        assert_eq!(Kind::of_file(Path::new("sin-extension")), Kind::File);
    }
}
