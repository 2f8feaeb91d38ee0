//! The paths the editor uses and the files they stand for.
//!
//! Decap CMS keeps one folder per language *inside* a collection's folder
//! (`updates/en/x.md`, its `multiple_folders` layout); faro keeps the language folder first
//! (`content/en/updates/x.md`). faro's backend is the only one that reads and writes for the
//! editor, so it translates between the two here, and the editor can name nothing else: a
//! path that is not `<collection>/<language>/<file>` with a plain file name is refused.

use std::path::{Path, PathBuf};

use crate::load::content::CONTENT_DIR;
use crate::write::discovery::UPDATES_DIR;

/// The editor's name for `sources: {none: …}`, which Decap's list field cannot hold: faro
/// turns one into the other as it reads and saves a page (`editor::save`).
pub const SOURCES_NONE: &str = "sources_none";

/// The kinds of content the editor shows, each a collection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Collection {
    /// The pages at the top of each language's folder, the home page (`_index.md`) included.
    Pages,
    /// The updates section (`content/<lang>/updates/`), whose pages make up the Atom feeds.
    Updates,
}

impl Collection {
    pub const ALL: [Collection; 2] = [Collection::Pages, Collection::Updates];

    /// The collection's folder as the editor names it.
    pub fn name(self) -> &'static str {
        match self {
            Collection::Pages => "pages",
            Collection::Updates => UPDATES_DIR,
        }
    }

    /// The folder inside a language's folder that holds the collection's files.
    pub(super) fn subfolder(self) -> &'static str {
        match self {
            Collection::Pages => "",
            Collection::Updates => UPDATES_DIR,
        }
    }

    /// Whether a page of the folder belongs to the collection: the updates section's own page
    /// (`updates/_index.md`) is not an update.
    pub fn holds(self, file_name: &str) -> bool {
        match self {
            Collection::Pages => true,
            Collection::Updates => file_name != crate::load::content::SECTION_FILE,
        }
    }
}

/// A file the editor may read or write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub collection: Collection,
    pub lang: String,
    /// The file's name (no folders: every collection is one folder deep).
    pub name: String,
    /// Named by the editor without its language (`updates/foto.png`): an upload.
    pub upload: bool,
}

impl Target {
    /// `path` as the editor writes it, `<collection>/<lang>/<name>`, for one of `languages`
    /// (the site's default language first). An image or recording, which Decap keeps in the
    /// collection's folder itself (`<collection>/<name>`), goes beside the default language's
    /// pages, where every translation finds it through its fallback chain.
    pub fn parse(path: &str, languages: &[String]) -> Result<Target, String> {
        let mut parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
        // An upload has a name with an extension (`foto.png`); `pages/es` is a folder.
        let upload = matches!((&parts[..], languages.first()),
            ([_, name], Some(_)) if name.contains('.') && !name.ends_with(".md"));
        if let (true, Some(default)) = (upload, languages.first()) {
            parts.insert(1, default);
        }
        let [folder, lang, name] = parts[..] else {
            return Err(format!(
                "`{path}` is not a page or file of a collection (`<collection>/<language>/<file>`)"
            ));
        };
        let collection = Collection::ALL
            .into_iter()
            .find(|c| c.name() == folder)
            .ok_or_else(|| format!("`{folder}` in `{path}` is not a collection of the editor"))?;
        if !languages.iter().any(|l| l == lang) {
            return Err(format!(
                "`{lang}` in `{path}` is not a language of site.yaml"
            ));
        }
        if !plain_name(name) {
            return Err(crate::t!(
                "edit-file-name-not-plain",
                name = name.to_string(),
                path = path.to_string()
            ));
        }
        Ok(Target {
            collection,
            lang: lang.to_string(),
            name: name.to_string(),
            upload,
        })
    }

    /// The folder of a collection in a language, as the editor names it (`updates/en`).
    pub fn folder(collection: Collection, lang: &str) -> String {
        format!("{}/{lang}", collection.name())
    }

    /// The path the editor knows the file by.
    pub fn editor_path(&self) -> String {
        format!(
            "{}/{}",
            Target::folder(self.collection, &self.lang),
            self.name
        )
    }

    /// The file in the site, relative to its folder: `content/en/updates/x.md`.
    pub fn site_path(&self) -> PathBuf {
        real_folder(self.collection, &self.lang).join(&self.name)
    }

    pub fn is_page(&self) -> bool {
        self.name.ends_with(".md")
    }
}

/// A collection's folder in one language, relative to the site's folder.
pub fn real_folder(collection: Collection, lang: &str) -> PathBuf {
    Path::new(CONTENT_DIR)
        .join(lang)
        .join(collection.subfolder())
}

/// A name with nothing that could leave the folder or hide: no separators, no leading dot
/// (`..`, `.git`, the build's temporary files), no spaces or other characters a URL would
/// need escaped. Slugs and the names Decap gives uploads fit.
fn plain_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && name.len() <= 200
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn languages() -> Vec<String> {
        vec!["es".into(), "en".into()]
    }

    #[test]
    fn the_editors_paths_become_faros_and_back() {
        let t = Target::parse("updates/en/2026-12-nuevo.md", &languages()).unwrap();
        assert_eq!(
            t.site_path(),
            Path::new("content/en/updates/2026-12-nuevo.md")
        );
        assert_eq!(t.editor_path(), "updates/en/2026-12-nuevo.md");
        let p = Target::parse("pages/es/asilo.md", &languages()).unwrap();
        assert_eq!(p.site_path(), Path::new("content/es/asilo.md"));
        let image = Target::parse("updates/foto.png", &languages()).unwrap();
        assert_eq!(image.site_path(), Path::new("content/es/updates/foto.png"));
    }

    #[test]
    fn anything_else_is_refused() {
        for path in [
            "updates/en/../../site.yaml",
            "updates/de/x.md",
            "other/es/x.md",
            "pages/es/.hidden.md",
            "pages/es/a/b.md",
            "pages/es",
            "pages/es/a b.md",
            "pages/es/..",
            "pages/x.md",
            "pages/..",
        ] {
            assert!(Target::parse(path, &languages()).is_err(), "{path}");
        }
    }
}
