//! Decap CMS's `proxy` backend, the protocol of its local server (`decap-server`'s
//! `localFs` middleware: one `POST /api/v1` with an `action` and its `params`), answered by
//! faro over the site's own files. Reads give the editor what it asks for, in its paths
//! (`editor::paths`); every write goes through `save`, which checks it with the build's
//! pipeline first and refuses what would break the build.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use base64::Engine;
use serde::Deserialize;
use serde_json::{Value, json};

use super::paths::{Collection, Target, real_folder};
use super::save::{self, Change};
use crate::digest;
use crate::load::config::Config;
use crate::load::content::CONTENT_DIR;

/// What the backend keeps between requests.
pub struct Backend {
    root: PathBuf,
    /// The SHA-256 of each file as the editor last read or wrote it: a file that changed on
    /// disk since (a writer's text editor, a `git pull`) is not overwritten by a save made
    /// from the older text.
    seen: Mutex<HashMap<PathBuf, String>>,
    /// One save at a time: each is checked against the site as the one before left it.
    saving: Mutex<()>,
}

/// An answer: the HTTP status and the JSON body (`{"error": …}` when refused, which Decap
/// shows in its "could not save" notice).
pub type Answer = (u16, Value);

fn refused(status: u16, message: impl Into<String>) -> Answer {
    (status, json!({ "error": message.into() }))
}

#[derive(Deserialize)]
struct Request {
    action: String,
    #[serde(default)]
    params: Value,
}

#[derive(Deserialize)]
struct DataFile {
    path: String,
    raw: String,
    #[serde(default, rename = "newPath")]
    new_path: Option<String>,
}

#[derive(Deserialize)]
struct Asset {
    path: String,
    content: String,
    encoding: String,
}

#[derive(Deserialize)]
struct PersistEntry {
    #[serde(default)]
    entry: Option<DataFile>,
    #[serde(default, rename = "dataFiles")]
    data_files: Option<Vec<DataFile>>,
    #[serde(default)]
    assets: Vec<Asset>,
}

impl Backend {
    pub fn new(root: PathBuf) -> Backend {
        Backend {
            root,
            seen: Mutex::new(HashMap::new()),
            saving: Mutex::new(()),
        }
    }

    /// Answers one request's body.
    pub fn answer(&self, body: &[u8]) -> Answer {
        let request: Request = match serde_json::from_slice(body) {
            Ok(r) => r,
            Err(e) => return refused(400, format!("the request is not the editor's: {e}")),
        };
        let config = match self.config() {
            Ok(c) => c,
            Err(message) => return refused(500, message),
        };
        // The default language first: `Target::parse` puts uploads beside its pages.
        let default = config.default_language().to_string();
        let languages: Vec<String> = std::iter::once(default.clone())
            .chain(
                config
                    .languages
                    .iter()
                    .map(|l| l.code.clone())
                    .filter(|c| *c != default),
            )
            .collect();
        let result = match request.action.as_str() {
            "info" => Ok(json!({
                "repo": self.root.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
                "publish_modes": ["simple"],
                "type": "local_fs",
            })),
            "entriesByFolder" => self.entries_by_folder(&request.params, &languages),
            "entriesByFiles" => {
                let files = request.params["files"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
                Ok(Value::Array(
                    files
                        .iter()
                        .map(|f| {
                            self.entry(
                                f["path"].as_str().unwrap_or(""),
                                &languages,
                                f["label"].as_str(),
                            )
                        })
                        .collect(),
                ))
            }
            "getEntry" => Ok(self.entry(
                request.params["path"].as_str().unwrap_or(""),
                &languages,
                None,
            )),
            "persistEntry" => return self.persist_entry(request.params, &config, &languages),
            "getMedia" => self.media(&request.params, &languages),
            "getMediaFile" => {
                target(&request.params["path"], &languages).and_then(|t| self.media_file(&t))
            }
            "persistMedia" => {
                return match serde_json::from_value::<Asset>(request.params["asset"].clone()) {
                    Ok(asset) => match self.asset_change(&asset, &languages) {
                        Ok((target, change)) => match self.apply(vec![change], &config) {
                            Ok(()) => match self.media_file(&target) {
                                Ok(file) => (200, file),
                                Err(message) => refused(500, message),
                            },
                            Err(answer) => answer,
                        },
                        Err(message) => refused(400, message),
                    },
                    Err(e) => refused(400, format!("the editor sent no file to save: {e}")),
                };
            }
            "deleteFile" | "deleteFiles" => {
                let paths: Vec<Value> = match &request.params["paths"] {
                    Value::Array(paths) => paths.clone(),
                    _ => vec![request.params["path"].clone()],
                };
                let mut changes = Vec::new();
                for path in &paths {
                    match target(path, &languages) {
                        Ok(t) => changes.push(Change {
                            path: t.site_path(),
                            bytes: None,
                        }),
                        Err(message) => return refused(400, message),
                    }
                }
                return match self.apply(changes, &config) {
                    Ok(()) => (200, json!({ "message": "deleted" })),
                    Err(answer) => answer,
                };
            }
            "getDeployPreview" => Ok(Value::Null),
            other => {
                return refused(
                    422,
                    format!(
                        "faro edit does not do `{other}`: the editor saves straight to the site's files (publish mode `simple`)"
                    ),
                );
            }
        };
        match result {
            Ok(value) => (200, value),
            Err(message) => refused(400, message),
        }
    }

    fn config(&self) -> Result<Config, String> {
        let mut diags = crate::diagnostics::Diagnostics::new();
        crate::load::config::load(&self.root, &mut diags).ok_or_else(|| {
            diags
                .into_sorted()
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        })
    }

    fn entries_by_folder(&self, params: &Value, languages: &[String]) -> Result<Value, String> {
        let folder = params["folder"].as_str().unwrap_or("").trim_matches('/');
        let collection = Collection::ALL
            .into_iter()
            .find(|c| c.name() == folder)
            .ok_or_else(|| format!("`{folder}` is not a collection of the editor"))?;
        let extension = params["extension"].as_str().unwrap_or("md");
        let mut entries = Vec::new();
        for lang in languages {
            let dir = self.root.join(real_folder(collection, lang));
            let mut names: Vec<String> = std::fs::read_dir(&dir)
                .into_iter()
                .flatten()
                .flatten()
                .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(&format!(".{extension}")) && collection.holds(n))
                .collect();
            names.sort();
            for name in names {
                let path = format!("{}/{name}", Target::folder(collection, lang));
                entries.push(self.entry(&path, languages, None));
            }
        }
        Ok(Value::Array(entries))
    }

    /// A page for the editor, as decap-server gives it: its text and its SHA-256 as `id`, or
    /// `data: null` when it cannot be read.
    fn entry(&self, path: &str, languages: &[String], label: Option<&str>) -> Value {
        let read = Target::parse(path, languages).and_then(|t| {
            let real = self.root.join(t.site_path());
            let bytes = std::fs::read(&real).map_err(|e| e.to_string())?;
            self.seen_now(&real, &bytes);
            let text = String::from_utf8(bytes).map_err(|e| e.to_string())?;
            Ok((save::for_editor(&text), digest::hex(&sha(text.as_bytes()))))
        });
        match read {
            Ok((data, id)) => {
                json!({"data": data, "file": {"path": path, "label": label, "id": id}})
            }
            Err(_) => json!({"data": null, "file": {"path": path, "label": label, "id": null}}),
        }
    }

    fn media(&self, params: &Value, languages: &[String]) -> Result<Value, String> {
        let folder = params["mediaFolder"]
            .as_str()
            .unwrap_or("")
            .trim_matches('/');
        // A collection's own folder (`updates`) is its default language's (`Target::parse`).
        let upload = !folder.contains('/');
        let folder = if upload {
            format!("{folder}/{}", languages.first().map_or("", String::as_str))
        } else {
            folder.to_string()
        };
        let (collection, lang) = folder
            .split_once('/')
            .and_then(|(c, l)| {
                Collection::ALL
                    .into_iter()
                    .find(|k| k.name() == c)
                    .zip(languages.iter().find(|x| *x == l))
            })
            .ok_or_else(|| format!("`{folder}` is not a media folder of the editor"))?;
        let mut files = Vec::new();
        let mut names: Vec<String> =
            std::fs::read_dir(self.root.join(real_folder(collection, lang)))
                .into_iter()
                .flatten()
                .flatten()
                .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| !n.ends_with(".md") && !n.starts_with('.'))
                .collect();
        names.sort();
        for name in names {
            let target = Target {
                collection,
                lang: lang.clone(),
                name,
                upload,
            };
            files.push(self.media_file(&target)?);
        }
        Ok(Value::Array(files))
    }

    fn media_file(&self, target: &Target) -> Result<Value, String> {
        let real = self.root.join(target.site_path());
        let bytes = std::fs::read(&real).map_err(|e| {
            crate::t!(
                "edit-cannot-read-file",
                file = target.site_path().display().to_string(),
                error = crate::messages::io_error(&e)
            )
        })?;
        self.seen_now(&real, &bytes);
        Ok(json!({
            "id": digest::hex(&sha(&bytes)),
            "content": base64::engine::general_purpose::STANDARD.encode(&bytes),
            "encoding": "base64",
            "path": target.editor_path(),
            "name": target.name,
        }))
    }

    fn asset_change(
        &self,
        asset: &Asset,
        languages: &[String],
    ) -> Result<(Target, Change), String> {
        let target = Target::parse(&asset.path, languages)?;
        if asset.encoding != "base64" {
            return Err(format!("the file `{}` is not sent as base64", asset.path));
        }
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(asset.content.as_bytes())
            .map_err(|e| format!("the file `{}` is not valid base64: {e}", asset.path))?;
        let path = target.site_path();
        Ok((
            target,
            Change {
                path,
                bytes: Some(bytes),
            },
        ))
    }

    fn persist_entry(&self, params: Value, config: &Config, languages: &[String]) -> Answer {
        let persist: PersistEntry = match serde_json::from_value(params) {
            Ok(p) => p,
            Err(e) => return refused(400, format!("the editor sent no page to save: {e}")),
        };
        let files = match (persist.data_files, persist.entry) {
            (Some(files), _) => files,
            (None, Some(entry)) => vec![entry],
            (None, None) => return refused(400, "the editor sent no page to save"),
        };
        // One save at a time, from the moment the files on disk are compared.
        let _saving = self.saving.lock().unwrap_or_else(|p| p.into_inner());
        let mut targets = Vec::new();
        for file in &files {
            if file.new_path.is_some() {
                return refused(
                    400,
                    crate::t!("edit-no-rename", file = file.path.to_string()),
                );
            }
            match Target::parse(&file.path, languages) {
                Ok(t) if t.is_page() => targets.push(t),
                Ok(t) => return refused(400, format!("`{}` is not a page (.md)", t.editor_path())),
                Err(message) => return refused(400, message),
            }
        }
        let default = config.default_language();
        let mut changes: Vec<Change> = Vec::new();
        // The source (Spanish) page of the save first: a translation saved with it records
        // the version it now has.
        let mut order: Vec<usize> = (0..files.len()).collect();
        order.sort_by_key(|&i| targets[i].lang != default);
        let mut source_versions: HashMap<(Collection, String), String> = HashMap::new();
        for i in order {
            let (file, target) = (&files[i], &targets[i]);
            let shown = target.site_path();
            let real = self.root.join(&shown);
            let on_disk = std::fs::read_to_string(&real).ok();
            let id = page_id(target);
            let translation = if target.lang == default {
                None
            } else {
                self.translation_fields(
                    target,
                    &file.raw,
                    on_disk.as_deref(),
                    &source_versions,
                    default,
                )
            };
            let text = match save::from_editor(
                &file.raw,
                &shown,
                translation.as_ref(),
                on_disk.as_deref(),
            ) {
                Ok(text) => text,
                Err(message) => return refused(422, message),
            };
            // Decap sends a file for every language of the site, with the fields it copies
            // from the Spanish (a date, the menu's order) even where nobody wrote a word: a
            // language with neither a title nor a text is not a translation, and its readers
            // keep the fallback.
            if target.lang != default && on_disk.is_none() && save::is_unwritten(&file.raw) {
                continue;
            }
            if target.lang == default {
                if let Some(page) = save::page(&text, &target.lang, &id, &shown) {
                    source_versions.insert((target.collection, target.name.clone()), page.version);
                }
            }
            if on_disk
                .as_deref()
                .is_some_and(|disk| save::same_page(disk, &text, &shown))
            {
                continue;
            }
            if let Some(disk) = &on_disk {
                let seen = self
                    .seen
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .get(&real)
                    .cloned();
                let now = digest::hex(&sha(disk.as_bytes()));
                match seen {
                    None => {
                        return refused(
                            409,
                            crate::t!("edit-page-exists", file = shown.display().to_string()),
                        );
                    }
                    Some(seen) if seen != now => {
                        return refused(
                            409,
                            crate::t!("edit-changed-on-disk", file = shown.display().to_string()),
                        );
                    }
                    Some(_) => {}
                }
            }
            changes.push(Change {
                path: shown,
                bytes: Some(text.into_bytes()),
            });
        }
        for asset in &persist.assets {
            match self.asset_change(asset, languages) {
                Ok((_, change)) => changes.push(change),
                Err(message) => return refused(400, message),
            }
        }
        match self.apply_locked(changes, config) {
            Ok(()) => (200, json!({ "message": "entry persisted" })),
            Err(answer) => answer,
        }
    }

    /// `translation:` for a translation being saved: what the file says when its text is
    /// unchanged; otherwise the version of the source it was just made from, not reviewed
    /// (the review, if any, was of the text before), as faro fills them in and people never
    /// type them. `None` for a page with no source page.
    fn translation_fields(
        &self,
        target: &Target,
        raw: &str,
        on_disk: Option<&str>,
        saved_now: &HashMap<(Collection, String), String>,
        default: &str,
    ) -> Option<serde_yaml::Value> {
        let source = Target {
            lang: default.to_string(),
            upload: false,
            ..target.clone()
        };
        let source_version = saved_now
            .get(&(target.collection, target.name.clone()))
            .cloned()
            .or_else(|| {
                let text = std::fs::read_to_string(self.root.join(source.site_path())).ok()?;
                save::page(&text, default, &page_id(&source), &source.site_path())
                    .map(|p| p.version)
            })?;
        let id = page_id(target);
        let shown = target.site_path();
        let disk = on_disk.and_then(|text| save::page(text, &target.lang, &id, &shown));
        let sent = save::from_editor(raw, &shown, None, None)
            .ok()
            .and_then(|text| save::page(&text, &target.lang, &id, &shown));
        if let (Some(disk), Some(sent)) = (&disk, &sent)
            && disk.version == sent.version
            && let Some(kept) = &disk.front.translation
        {
            return serde_yaml::to_value(kept).ok();
        }
        let mut fields = serde_yaml::Mapping::new();
        fields.insert("source_version".into(), source_version.into());
        fields.insert("reviewed".into(), false.into());
        Some(serde_yaml::Value::Mapping(fields))
    }

    fn apply(&self, changes: Vec<Change>, config: &Config) -> Result<(), Answer> {
        let _saving = self.saving.lock().unwrap_or_else(|p| p.into_inner());
        self.apply_locked(changes, config)
    }

    /// Checks `changes` with the build's pipeline and writes them, or writes nothing and
    /// answers with the build's messages.
    fn apply_locked(&self, changes: Vec<Change>, _config: &Config) -> Result<(), Answer> {
        if changes.is_empty() {
            return Ok(());
        }
        let problems = save::new_errors(&self.root, &changes).map_err(|m| refused(500, m))?;
        if !problems.is_empty() {
            let text = problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n");
            return Err(refused(
                422,
                format!("{}\n{text}", crate::t!("edit-save-refused")),
            ));
        }
        for change in changes {
            let real = self.root.join(&change.path);
            let done = match &change.bytes {
                Some(bytes) => std::fs::create_dir_all(real.parent().unwrap_or(&self.root))
                    .and_then(|()| crate::write::atomic::write(&real, bytes))
                    .map(|()| self.seen_now(&real, bytes)),
                None => std::fs::remove_file(&real).or_else(|e| {
                    if e.kind() == std::io::ErrorKind::NotFound {
                        Ok(())
                    } else {
                        Err(e)
                    }
                }),
            };
            if let Err(e) = done {
                return Err(refused(
                    500,
                    crate::t!(
                        "edit-cannot-write-file",
                        file = change.path.display().to_string(),
                        error = crate::messages::io_error(&e)
                    ),
                ));
            }
        }
        Ok(())
    }

    fn seen_now(&self, real: &Path, bytes: &[u8]) {
        self.seen
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(real.to_path_buf(), digest::hex(&sha(bytes)));
    }
}

fn target(path: &Value, languages: &[String]) -> Result<Target, String> {
    Target::parse(path.as_str().unwrap_or(""), languages)
}

/// The page's id in its language folder (`updates/x.md`), as faro names pages.
fn page_id(target: &Target) -> String {
    target
        .site_path()
        .strip_prefix(Path::new(CONTENT_DIR).join(&target.lang))
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .unwrap_or_else(|_| target.name.clone())
}

fn sha(bytes: &[u8]) -> Vec<u8> {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).to_vec()
}
