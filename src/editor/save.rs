//! A save from the editor: the pages as Decap wrote them, made into pages as faro reads them
//! (empty fields left out, `sources: none`, the translation fields filled in by faro), checked
//! by the build's own pipeline on a copy of the site with the change made, and only then
//! written, each file whole. A save the build would refuse writes nothing and answers with
//! the build's own messages, which the editor shows.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use serde_yaml::{Mapping, Value};

use super::paths::SOURCES_NONE;
use crate::build::Pipeline;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::content::{CONTENT_DIR, SourcePage, parse_page};

/// One file the save changes: its path in the site's folder, and its new bytes (`None`:
/// the file is deleted).
#[derive(Debug, Clone)]
pub struct Change {
    pub path: PathBuf,
    pub bytes: Option<Vec<u8>>,
}

/// A page's text split at its front matter: the YAML and the Markdown after it.
pub fn split(text: &str) -> Option<(&str, &str)> {
    let rest = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))?;
    if let Some(body) = rest.strip_prefix("---\n") {
        return Some(("", body));
    }
    let end = rest.find("\n---\n").map(|i| (i, i + 5)).or_else(|| {
        rest.strip_suffix("\n---")
            .map(|yaml| (yaml.len(), rest.len()))
    })?;
    Some((&rest[..=end.0], &rest[end.1..]))
}

/// A page as the editor is given it: `sources: {none: …}` becomes the editor's own
/// `sources_none` field, since Decap's list of sources cannot hold it. Anything else is the
/// file as written.
pub fn for_editor(text: &str) -> String {
    let Some((yaml, body)) = split(text) else {
        return text.to_string();
    };
    let Ok(Value::Mapping(mut front)) = serde_yaml::from_str::<Value>(yaml) else {
        return text.to_string();
    };
    let none = match front.get("sources") {
        Some(Value::Mapping(m)) => m.get("none").cloned(),
        _ => None,
    };
    let Some(none) = none else {
        return text.to_string();
    };
    let mut out = Mapping::new();
    for (k, v) in front.iter_mut() {
        if k.as_str() == Some("sources") {
            out.insert(Value::from(SOURCES_NONE), none.clone());
        } else {
            out.insert(k.clone(), v.clone());
        }
    }
    join(&out, body)
}

/// The page the editor sent (`raw`, Decap's YAML front matter and Markdown) as faro writes it:
/// empty fields and defaults left out (Decap writes every field of its form, and faro reads
/// `sources: []` or `updated: ''` as mistakes), `sources_none` back as `sources: {none: …}`,
/// and `translation:` as `translation` says. When the page is already `written`, its front
/// matter keeps the writer's own lines (comments, quoting, order) for every field the save did
/// not change. Errors name the file.
pub fn from_editor(
    raw: &str,
    shown: &Path,
    translation: Option<&Value>,
    written: Option<&str>,
) -> Result<String, String> {
    let raw = raw.replace("\r\n", "\n");
    let (yaml, body) = split(&raw).ok_or_else(|| {
        format!(
            "{}: the editor sent a page without front matter",
            shown.display()
        )
    })?;
    let front = match serde_yaml::from_str::<Value>(yaml) {
        Ok(Value::Mapping(m)) => m,
        Ok(Value::Null) => Mapping::new(),
        Ok(_) | Err(_) => {
            return Err(format!(
                "{}: the editor sent front matter that is not a list of fields",
                shown.display()
            ));
        }
    };
    let mut front = front_for_faro(front, shown)?;
    if let Some(translation) = translation {
        front.insert(Value::from("translation"), translation.clone());
    }
    if let Some(text) =
        written.and_then(|written| keeping_written_lines(written, &front, body, shown))
    {
        return Ok(text);
    }
    Ok(join(&front, body))
}

/// The page with `front` and `body`, written over `written` so that what the writer wrote and
/// the save did not change stays as they wrote it: each top-level field whose value is the
/// same keeps its lines and the comments above it; a changed field is written anew in its
/// place; a removed one goes; a new one comes last. An unchanged body keeps its own spacing.
/// `None` when `written` has no front matter faro can split into fields, or the result would
/// not read back as `front` (YAML this line-by-line view does not cover): the caller then
/// writes the front matter whole.
fn keeping_written_lines(
    written: &str,
    front: &Mapping,
    body: &str,
    shown: &Path,
) -> Option<String> {
    let written = written.replace("\r\n", "\n");
    let (yaml, written_body) = split(&written)?;
    let before: Mapping = match serde_yaml::from_str::<Value>(yaml).ok()? {
        Value::Mapping(m) => m,
        Value::Null => Mapping::new(),
        _ => return None,
    };
    let read_before = front_for_faro(before.clone(), shown).ok()?;
    let mut out = String::new();
    let mut pending = String::new(); // comments and blank lines, kept with the field below them
    let mut kept: HashSet<String> = HashSet::new();
    let mut fields = field_blocks(yaml)?;
    let trailing = fields.pop().map(|(_, lines)| lines).unwrap_or_default();
    for (key, lines) in fields {
        let Some(key) = key else {
            pending.push_str(&lines);
            continue;
        };
        let value = front.get(key.as_str());
        // An empty field or a default the writer typed (`draft: false`) reads as if absent.
        let unchanged = value == before.get(key.as_str())
            || (value.is_none() && key != "translation" && !read_before.contains_key(key.as_str()));
        if unchanged {
            out.push_str(&pending);
            out.push_str(&lines);
        } else if let Some(value) = value {
            out.push_str(&pending);
            out.push_str(&one_field(&key, value)?);
        }
        pending.clear();
        kept.insert(key);
    }
    out.push_str(&pending);
    out.push_str(&trailing);
    for (key, value) in front {
        let name = key.as_str()?;
        if !kept.contains(name) {
            out.push_str(&one_field(name, value)?);
        }
    }
    let read_back = match serde_yaml::from_str::<Value>(&out).ok()? {
        Value::Mapping(m) => m,
        Value::Null => Mapping::new(),
        _ => return None,
    };
    let reads_as_front = read_back.get("translation") == front.get("translation")
        && front_for_faro(read_back, shown).ok()? == front_for_faro(front.clone(), shown).ok()?;
    if !reads_as_front {
        return None;
    }
    let body = if written_body.trim() == body.trim() {
        written_body.to_string()
    } else {
        format!("\n{}", body.trim_start_matches('\n'))
    };
    let mut text = format!("---\n{out}---\n{body}");
    if !text.ends_with('\n') {
        text.push('\n');
    }
    Some(text)
}

/// The YAML of a front matter cut into its top-level fields, in order: `(Some(key), lines)` for
/// a field (its key line and the indented lines under it), `(None, lines)` for comments and
/// blank lines between fields; the last item is whatever follows the last field's lines, with
/// no key. `None` when a line at the left margin is not a plain `key:`.
fn field_blocks(yaml: &str) -> Option<Vec<(Option<String>, String)>> {
    let mut blocks: Vec<(Option<String>, String)> = Vec::new();
    let mut trivia = String::new();
    for line in yaml.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let indented = trimmed.len() < line.len();
        if trimmed.trim().is_empty() || trimmed.starts_with('#') {
            trivia.push_str(line);
            continue;
        }
        if indented || trimmed.starts_with('-') {
            // A field's own lines: any comment or blank line seen since belongs to it too.
            let (_, lines) = blocks.last_mut()?;
            lines.push_str(&trivia);
            trivia.clear();
            lines.push_str(line);
            continue;
        }
        let (key, _) = line.split_once(':')?;
        let key = key.trim().trim_matches(['"', '\'']);
        if key.is_empty() || key.contains(['{', '[', '&', '*', '!', '?']) {
            return None;
        }
        if !trivia.is_empty() {
            blocks.push((None, std::mem::take(&mut trivia)));
        }
        blocks.push((Some(key.to_string()), line.to_string()));
    }
    blocks.push((None, trivia));
    Some(blocks)
}

/// One field as faro writes it: `key: value`, ending in a new line.
fn one_field(key: &str, value: &Value) -> Option<String> {
    let mut field = Mapping::new();
    field.insert(Value::from(key), value.clone());
    serde_yaml::to_string(&field).ok()
}

/// The front matter without what faro fills in itself, empty fields and defaults, for
/// comparing a page the editor sent with the file on disk.
fn front_for_faro(front: Mapping, shown: &Path) -> Result<Mapping, String> {
    let mut out = Mapping::new();
    let mut none = None;
    for (key, value) in front {
        let Some(name) = key.as_str().map(str::to_string) else {
            continue;
        };
        let Some(value) = without_empty(value) else {
            continue;
        };
        match (name.as_str(), &value) {
            // Decap's checkboxes write their default; faro's pages leave it out.
            ("draft", Value::Bool(false)) | ("booklet", Value::Bool(true)) => continue,
            ("translation", _) => continue,
            (SOURCES_NONE, _) => {
                none = Some(value);
                continue;
            }
            _ => {}
        }
        out.insert(Value::from(name), value);
    }
    if let Some(reason) = none {
        if out.contains_key("sources") {
            return Err(crate::t!(
                "edit-sources-and-none",
                file = shown.display().to_string()
            ));
        }
        let mut map = Mapping::new();
        map.insert(Value::from("none"), reason);
        out.insert(Value::from("sources"), Value::Mapping(map));
    }
    Ok(out)
}

/// `value` without its empty parts (null, blank text, empty lists and maps), or `None` when
/// nothing is left.
fn without_empty(value: Value) -> Option<Value> {
    match value {
        Value::Null => None,
        Value::String(s) if s.trim().is_empty() => None,
        Value::Sequence(items) => {
            let items: Vec<Value> = items.into_iter().filter_map(without_empty).collect();
            (!items.is_empty()).then_some(Value::Sequence(items))
        }
        Value::Mapping(map) => {
            let map: Mapping = map
                .into_iter()
                .filter_map(|(k, v)| without_empty(v).map(|v| (k, v)))
                .collect();
            (!map.is_empty()).then_some(Value::Mapping(map))
        }
        other => Some(other),
    }
}

fn join(front: &Mapping, body: &str) -> String {
    let yaml = if front.is_empty() {
        String::new()
    } else {
        serde_yaml::to_string(front).unwrap_or_default()
    };
    let body = body.trim_start_matches('\n');
    let mut text = format!("---\n{yaml}---\n\n{body}");
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

/// Whether a page the editor sent has neither a title nor any text.
pub fn is_unwritten(raw: &str) -> bool {
    let raw = raw.replace("\r\n", "\n");
    let Some((yaml, body)) = split(&raw) else {
        return false;
    };
    let title = match serde_yaml::from_str::<Value>(yaml) {
        Ok(Value::Mapping(m)) => m.get("title").cloned().and_then(without_empty),
        Ok(Value::Null) => None,
        _ => return false,
    };
    title.is_none() && body.trim().is_empty()
}

/// Whether two pages say the same, apart from how their YAML is written and what faro fills
/// in: a translation the editor sends back untouched (Decap saves every language of an entry
/// at once) is then not written again, and keeps its `translation:` as it was.
pub fn same_page(a: &str, b: &str, shown: &Path) -> bool {
    let parts = |text: &str| {
        let (yaml, body) = split(text)?;
        let front = match serde_yaml::from_str::<Value>(yaml).ok()? {
            Value::Mapping(m) => m,
            Value::Null => Mapping::new(),
            _ => return None,
        };
        Some((front_for_faro(front, shown).ok()?, body.trim().to_string()))
    };
    match (parts(a), parts(b)) {
        (Some(a), Some(b)) => a == b,
        _ => false,
    }
}

/// A page's text parsed as faro reads it, for its version (what a translation records).
pub fn page(text: &str, lang: &str, id: &str, shown: &Path) -> Option<SourcePage> {
    parse_page(text, lang, id, shown.to_path_buf(), &mut Diagnostics::new())
}

/// The errors the build finds in the site with `changes` made that it does not find in the
/// site as it is: what the save would break. Both run the build's pipeline (load, resolve,
/// render and finish every page, drafts included, in memory); the changed site is a copy in
/// `.faro-cache/`, so the site itself is never touched by a save that is refused.
pub fn new_errors(root: &Path, changes: &[Change]) -> Result<Vec<Diagnostic>, String> {
    let copy = Copy::of(root).map_err(|e| {
        crate::t!(
            "edit-cannot-copy-site",
            error = crate::messages::io_error(&e)
        )
    })?;
    for change in changes {
        let path = copy.0.join(&change.path);
        match &change.bytes {
            Some(bytes) => std::fs::create_dir_all(path.parent().unwrap_or(&copy.0))
                .and_then(|()| std::fs::write(&path, bytes)),
            None => std::fs::remove_file(&path).or_else(|e| {
                if e.kind() == std::io::ErrorKind::NotFound {
                    Ok(())
                } else {
                    Err(e)
                }
            }),
        }
        .map_err(|e| {
            crate::t!(
                "edit-cannot-check-save",
                file = change.path.display().to_string(),
                error = crate::messages::io_error(&e)
            )
        })?;
    }
    let before = errors(root);
    let seen: HashSet<(PathBuf, String)> = before
        .iter()
        .map(|d| (d.file.clone(), d.message.clone()))
        .collect();
    let copy_root = copy.0.display().to_string();
    let root_shown = root.display().to_string();
    Ok(errors(&copy.0)
        .into_iter()
        .map(|mut d| {
            // A message that names a file by its whole path names the copy's.
            d.message = d.message.replace(&copy_root, &root_shown);
            d
        })
        .filter(|d| !seen.contains(&(d.file.clone(), d.message.clone())))
        .collect())
}

fn errors(root: &Path) -> Vec<Diagnostic> {
    let mut diags = Diagnostics::new();
    if let Some(pipeline) = Pipeline::open(root, true, &mut diags) {
        pipeline.check(&mut diags);
    }
    diags
        .into_sorted()
        .into_iter()
        .filter(Diagnostic::is_error)
        .collect()
}

/// The files a build reads, copied into a folder of `.faro-cache/editor/` that is removed
/// when the check is done.
struct Copy(PathBuf);

impl Copy {
    fn of(root: &Path) -> std::io::Result<Copy> {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let dir = root.join(".faro-cache/editor").join(format!(
            "check-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        let copy = Copy(dir);
        std::fs::create_dir_all(&copy.0)?;
        for name in [
            crate::load::config::CONFIG_FILE,
            crate::load::addresses::LOCK_FILE,
            CONTENT_DIR,
            crate::load::strings::TRANSLATIONS_DIR,
            crate::load::theme::THEMES_DIR,
        ] {
            let from = root.join(name);
            if from.is_dir() {
                for entry in walkdir::WalkDir::new(&from) {
                    let entry = entry.map_err(std::io::Error::other)?;
                    let rel = entry.path().strip_prefix(root).unwrap_or(entry.path());
                    let to = copy.0.join(rel);
                    if entry.file_type().is_dir() {
                        std::fs::create_dir_all(&to)?;
                    } else if entry.file_type().is_file() {
                        std::fs::copy(entry.path(), &to)?;
                    }
                }
            } else if from.is_file() {
                std::fs::copy(&from, copy.0.join(name))?;
            }
        }
        Ok(copy)
    }
}

impl Drop for Copy {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decaps_empty_fields_and_defaults_are_left_out() {
        let raw = "---\ntitle: Hola\ndescription: ''\nsummary: []\ndraft: false\nbooklet: true\nsources:\n  - title: Ley\n    url: ''\n    law: artículo 1\n    checked: 2026-12-01\nlegal_review:\n  by: ''\n  date: ''\n---\nTexto\n";
        let text = from_editor(raw, Path::new("x.md"), None, None).unwrap();
        assert_eq!(
            text,
            "---\ntitle: Hola\nsources:\n- title: Ley\n  law: artículo 1\n  checked: 2026-12-01\n---\n\nTexto\n"
        );
    }

    #[test]
    fn a_language_nobody_wrote_in_is_unwritten() {
        assert!(is_unwritten(
            "---\ndate: 2026-12-01\norder: 3\ntitle: ''\n---\n\n"
        ));
        assert!(!is_unwritten("---\ndate: 2026-12-01\n---\nA text.\n"));
        assert!(!is_unwritten("---\ntitle: Hola\n---\n"));
    }

    #[test]
    fn sources_none_goes_to_the_editor_and_back() {
        let file = "---\ntitle: A\nsources:\n  none: Solo lleva a otras páginas.\n---\n\nTexto\n";
        let edited = for_editor(file);
        assert!(
            edited.contains("sources_none: Solo lleva a otras páginas."),
            "{edited}"
        );
        let back = from_editor(&edited, Path::new("x.md"), None, None).unwrap();
        assert!(same_page(&back, file, Path::new("x.md")), "{back}");
        assert!(back.contains("sources:\n  none: Solo lleva"), "{back}");
    }

    #[test]
    fn a_saved_page_keeps_the_writers_own_lines_for_what_did_not_change() {
        let written = "---\n# Revisado con el equipo legal.\ntitle: \"Asilo\"\ndraft: false\nsources:\n  # La ley primero.\n  - title: Ley\n    url: https://example.org/ley\norder: 2\n---\nTexto.\n\nOtro párrafo.\n";
        // The editor sends the same fields its own way, a new summary and a changed order.
        let raw = "---\ntitle: Asilo\ndraft: false\nbooklet: true\norder: 3\nsummary: Lo que es el asilo.\nsources:\n  - title: Ley\n    url: https://example.org/ley\n---\nTexto.\n\nOtro párrafo.\n";
        let text = from_editor(raw, Path::new("x.md"), None, Some(written)).unwrap();
        assert_eq!(
            text,
            "---\n# Revisado con el equipo legal.\ntitle: \"Asilo\"\ndraft: false\nsources:\n  # La ley primero.\n  - title: Ley\n    url: https://example.org/ley\norder: 3\nsummary: Lo que es el asilo.\n---\nTexto.\n\nOtro párrafo.\n"
        );
        // A changed paragraph leaves the front matter as it was, byte for byte.
        let raw = raw.replace("Otro párrafo.", "Un párrafo nuevo.");
        let text = from_editor(&raw, Path::new("x.md"), None, Some(written)).unwrap();
        assert!(
            text.starts_with("---\n# Revisado con el equipo legal.\ntitle: \"Asilo\"\n"),
            "{text}"
        );
        assert!(
            text.ends_with("---\n\nTexto.\n\nUn párrafo nuevo.\n"),
            "{text}"
        );
        // A field the writer cleared goes, with the comment that was about it.
        let raw = "---\ntitle: Asilo\norder: 2\n---\nTexto.\n\nOtro párrafo.\n";
        let text = from_editor(raw, Path::new("x.md"), None, Some(written)).unwrap();
        assert!(
            !text.contains("sources") && !text.contains("La ley"),
            "{text}"
        );
        assert!(text.contains("# Revisado con el equipo legal."), "{text}");
    }

    #[test]
    fn the_editors_translation_fields_are_replaced_by_faros() {
        let raw =
            "---\ntitle: Hi\ntranslation:\n  source_version: typed\n  reviewed: true\n---\nText\n";
        let ours: Value = serde_yaml::from_str("source_version: abc\nreviewed: false").unwrap();
        let text = from_editor(raw, Path::new("x.md"), Some(&ours), None).unwrap();
        assert!(text.contains("source_version: abc"), "{text}");
        assert!(!text.contains("typed"), "{text}");
    }
}
