//! themes/<name>/: Tera templates and the CSS every page inlines.

use std::path::{Path, PathBuf};

use super::config::Limits;
use super::files::{self, Kind};
use crate::diagnostics::{Diagnostic, Diagnostics, display_path};

pub const THEMES_DIR: &str = "themes";

pub struct Theme {
    /// Template name (path under templates/, `/`-separated) and its source.
    pub templates: Vec<(String, String)>,
    /// Where templates live, for messages: `themes/default/templates`.
    pub templates_dir: PathBuf,
    /// Every .css file under static/, in name order, minified once here rather than per page.
    pub css: String,
    /// Scripts under static/ (`quick_exit.js` as `quick_exit`), inlined by the templates that
    /// use them: an inline script costs no extra request on a slow network.
    pub scripts: std::collections::BTreeMap<String, String>,
    /// Other files under static/, copied to the output root as they are: each with where it
    /// really is and its length when checked (`load::files::check_file`).
    pub static_files: Vec<(String, PathBuf, u64)>,
    /// Some theme file could not be read: rendering would only add follow-on errors.
    pub broken: bool,
}

pub fn load(root: &Path, name: &str, limits: &Limits, diags: &mut Diagnostics) -> Option<Theme> {
    let theme_dir = root.join(THEMES_DIR).join(name);
    if !theme_dir.is_dir() || name.contains(['/', '\\']) || name.starts_with('.') {
        let line = files::read_text(root, &root.join("site.yaml"), Kind::Settings, limits)
            .ok()
            .and_then(|text| text.lines().position(|l| l.starts_with("theme:")))
            .map(|i| i + 1);
        let diag = Diagnostic::error(
            "site.yaml",
            format!("the theme `{name}` does not exist: there is no folder {THEMES_DIR}/{name}/"),
        )
        .hint("set `theme:` in site.yaml to a folder under themes/ (usually `default`)");
        diags.push(match line {
            Some(line) => diag.at_line(line),
            None => diag,
        });
        return None;
    }
    if let Err(diag) = files::inside(root, &theme_dir) {
        diags.push(diag);
        return None;
    }
    let errors_before = diags.error_count();
    let templates_dir = theme_dir.join("templates");
    let mut templates = Vec::new();
    for (id, path) in files_under(root, &templates_dir, diags) {
        match files::read_text(root, &path, Kind::Theme, limits) {
            Ok(text) => templates.push((id, text)),
            Err(diag) => diags.push(diag),
        }
    }
    let mut css = String::new();
    let mut static_files = Vec::new();
    let mut scripts = std::collections::BTreeMap::new();
    for (id, path) in files_under(root, &theme_dir.join("static"), diags) {
        if id.ends_with(".css") {
            match files::read_text(root, &path, Kind::Theme, limits) {
                Ok(text) => {
                    css.push_str(&text);
                    css.push('\n');
                }
                Err(diag) => diags.push(diag),
            }
        } else if let Some(name) = id.strip_suffix(".js").filter(|n| !n.contains('/')) {
            match files::read_text(root, &path, Kind::Theme, limits) {
                Ok(text) => {
                    // Whole-line `//` comments explain the source; readers need not download them.
                    let code: Vec<&str> = text
                        .lines()
                        .filter(|l| !l.trim_start().starts_with("//"))
                        .collect();
                    scripts.insert(name.replace('-', "_"), code.join("\n").trim().to_string());
                }
                Err(diag) => diags.push(diag),
            }
        } else {
            match files::check_file(root, &path, limits) {
                Ok((file, _)) => static_files.push((id, file.real, file.len)),
                Err(diag) => diags.push(diag),
            }
        }
    }
    Some(Theme {
        templates,
        templates_dir: display_path(root, &templates_dir),
        css: minify_css(&css),
        static_files,
        scripts,
        broken: diags.error_count() > errors_before,
    })
}

/// The files under `dir` (none when it does not exist), by their `/`-separated path in it.
fn files_under(root: &Path, dir: &Path, diags: &mut Diagnostics) -> Vec<(String, PathBuf)> {
    if dir.symlink_metadata().is_err() {
        return Vec::new();
    }
    files::walk(root, dir, diags)
        .files
        .into_iter()
        .map(|path| {
            let rel = path.strip_prefix(dir).unwrap_or(&path);
            (rel.to_string_lossy().replace('\\', "/"), path)
        })
        .collect()
}

/// minify-html's CSS minifier, run once on the whole stylesheet.
fn minify_css(css: &str) -> String {
    let cfg = minify_html::Cfg {
        minify_css: true,
        ..minify_html::Cfg::default()
    };
    let wrapped = format!("<style>{css}</style>");
    let out = minify_html::minify(wrapped.as_bytes(), &cfg);
    let out = String::from_utf8_lossy(&out);
    out.strip_prefix("<style>")
        .and_then(|s| s.strip_suffix("</style>"))
        .map(str::to_string)
        .unwrap_or_else(|| css.trim().to_string())
}
