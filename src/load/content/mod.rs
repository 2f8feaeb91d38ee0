//! content/<lang>/**/*.md: pages with YAML front matter, and the files that sit beside them.

mod body;
mod date;
mod front_matter;
mod limits;
mod page;
mod slug;
mod sources;
mod trust;
mod version;
mod walk;

use std::borrow::Cow;
use std::path::PathBuf;

use body::Body;
use slug::default_slug;

use crate::diagnostics::Diagnostic;

pub use date::Date;
pub use front_matter::{FrontMatter, Term};
pub use page::parse_page;
pub use page::reread;
pub use slug::check_slug;
pub use sources::{Source, SourceList};
pub use version::short_hash;
pub use walk::load;

pub const CONTENT_DIR: &str = "content";
pub const SECTION_FILE: &str = "_index.md";

/// One Markdown file as written by a person.
#[derive(Debug, Clone)]
pub struct SourcePage {
    pub lang: String,
    /// Path inside the language folder with `/` separators (`rights/asylum.md`, `_index.md`);
    /// the same id in two languages means two translations of one page.
    pub id: String,
    /// Path shown in messages: `content/es/rights/asylum.md`.
    pub file: PathBuf,
    pub front: FrontMatter,
    /// The Markdown after the front matter (see `body()`).
    body: Body,
    /// 1-based line in the file where the body starts.
    pub body_line: usize,
    /// The line of each top-level front matter key, for messages about its value.
    pub field_lines: Vec<(String, usize)>,
    /// Hash of what a reader reads (title, description, summary, body): a translation records
    /// the version of its source it was made from, and is stale when this changes.
    pub version: String,
}

/// A file beside the pages (an image, a PDF, a recording), copied to the output.
#[derive(Debug, Clone)]
pub struct Asset {
    pub lang: String,
    /// Path inside the language folder, `/`-separated.
    pub id: String,
    pub path: PathBuf,
    /// The file as it will be published, or why it cannot be (its error is reported already):
    /// a link out of the site, over its size limit, an image whose bytes are not what its name
    /// says (`load::files`).
    pub checked: Result<AssetFile, String>,
}

/// A file beside the pages that passed every check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssetFile {
    /// Where it really is, links followed: inside the site's folder.
    pub real: PathBuf,
    /// Its length in bytes when it was checked.
    pub len: u64,
    /// An image's width and height in pixels, when its format says them.
    pub dimensions: Option<(usize, usize)>,
}

/// Everything under content/.
#[derive(Debug, Default, Clone)]
pub struct Content {
    pub pages: Vec<SourcePage>,
    pub assets: Vec<Asset>,
    /// Pages that exist but could not be read (their errors are already reported), by id:
    /// links to them are not reported again as links to a missing page.
    pub unreadable: Vec<String>,
}

impl SourcePage {
    /// The Markdown after the front matter. A page read from a file does not keep it: it is
    /// read again, and is an error naming the file when the file changed since it was loaded.
    pub fn body(&self) -> Result<Cow<'_, str>, Diagnostic> {
        self.body.read(&self.file)
    }

    /// The SHA-256 of the Markdown after the front matter, known without reading it again.
    pub fn body_digest(&self) -> [u8; 32] {
        self.body.digest()
    }

    /// The line of a front matter key, or the first line of the file.
    pub fn field_line(&self, key: &str) -> usize {
        self.field_lines
            .iter()
            .find(|(k, _)| k == key)
            .map_or(1, |(_, line)| *line)
    }

    pub fn slug(&self) -> String {
        self.front
            .slug
            .clone()
            .unwrap_or_else(|| default_slug(&self.id))
    }

    pub fn is_section(&self) -> bool {
        self.id == SECTION_FILE || self.id.ends_with(&format!("/{SECTION_FILE}"))
    }
}
