//! themes/<name>/: Tera templates and the CSS every page inlines.

use std::path::{Path, PathBuf};

use super::config::Limits;
use super::files::{self, Kind};
use crate::diagnostics::{Diagnostic, Diagnostics, display_path, line_col};
use crate::load::config::CONFIG_FILE;

pub const THEMES_DIR: &str = "themes";
/// Inside a theme: its Tera templates, and the files it inlines or copies.
pub const TEMPLATES_DIR: &str = "templates";
const STATIC_DIR: &str = "static";

pub struct Theme {
    /// Template name (path under templates/, `/`-separated) and its source.
    pub templates: Vec<(String, String)>,
    /// Where templates live, for messages: `themes/default/templates`.
    pub templates_dir: PathBuf,
    /// Every .css file under static/, in name order, minified once here rather than per page.
    pub css: String,
    /// Scripts under static/ (`quick_exit.js` as `quick_exit`), minified, inlined by the
    /// templates that use them: an inline script costs no extra request on a slow network.
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
        let line = files::read_text(root, &root.join(CONFIG_FILE), Kind::Settings, limits)
            .ok()
            .and_then(|text| text.lines().position(|l| l.starts_with("theme:")))
            .map(|i| i + 1);
        let diag = Diagnostic::error(
            CONFIG_FILE,
            crate::msg!(
                "theme-missing",
                name = name.to_string(),
                folder = THEMES_DIR
            ),
        )
        .hint(crate::t!("theme-missing-hint", folder = THEMES_DIR));
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
    let templates_dir = theme_dir.join(TEMPLATES_DIR);
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
    for (id, path) in files_under(root, &theme_dir.join(STATIC_DIR), diags) {
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
                    let code = minify_script(&text).unwrap_or_else(|(message, offset)| {
                        let (line, column) = line_col(&text, offset);
                        diags.push(
                            Diagnostic::warning(
                                display_path(root, &path),
                                crate::msg!("theme-script-unparsable", error = message),
                            )
                            .at(line, column)
                            .hint(crate::t!("theme-script-unparsable-hint")),
                        );
                        text.trim().to_string()
                    });
                    scripts.insert(name.replace('-', "_"), code);
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

/// A script minified once here rather than in every page that inlines it, with oxc: the
/// minifier minify-html runs inside `<script>`, which there keeps statement comments and
/// parses every script as a module. Local names are shortened; global ones, which other
/// scripts and the service worker's header share, are kept. `Err`: why the script does not
/// parse, and the byte offset where.
fn minify_script(code: &str) -> Result<String, (String, usize)> {
    use oxc_codegen::{Codegen, CodegenOptions};
    use oxc_minifier::{CompressOptions, MangleOptions, Minifier, MinifierOptions};

    let allocator = oxc_allocator::Allocator::default();
    let parsed = oxc_parser::Parser::new(&allocator, code, oxc_span::SourceType::cjs()).parse();
    if let Some(error) = parsed.errors.first() {
        let offset = error
            .labels
            .as_ref()
            .and_then(|labels| labels.first())
            .map_or(0, |label| label.offset());
        return Err((error.message.to_string(), offset));
    }
    let mut program = parsed.program;
    let minified = Minifier::new(MinifierOptions {
        mangle: Some(MangleOptions::default()),
        compress: Some(CompressOptions::safest()),
    })
    .minify(&allocator, &mut program);
    let code = Codegen::new()
        .with_options(CodegenOptions::minify())
        .with_scoping(minified.scoping)
        .build(&program)
        .code;
    Ok(code.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A theme with one script, `file` holding `code`, loaded.
    fn theme_with_script(file: &str, code: &str) -> (Theme, Diagnostics) {
        let dir = tempfile::TempDir::new().unwrap();
        let static_dir = dir.path().join(THEMES_DIR).join("t").join(STATIC_DIR);
        std::fs::create_dir_all(&static_dir).unwrap();
        std::fs::write(static_dir.join(file), code).unwrap();
        let mut diags = Diagnostics::new();
        let theme = load(dir.path(), "t", &Limits::default(), &mut diags).unwrap();
        (theme, diags)
    }

    #[test]
    fn scripts_are_minified_as_javascript() {
        let (theme, _) = theme_with_script(
            "say-it.js",
            "/* Says it.\n   // Over two lines. */\n\
             var text = `first\n// part of the text\nlast`; // why\n\
             console.log( text );\n",
        );
        let js = &theme.scripts["say_it"];
        assert!(!js.contains("Says it") && !js.contains("why"), "{js}");
        assert!(js.contains("// part of the text"), "{js}");
        assert!(!js.contains("( text )"), "{js}");
    }

    #[test]
    fn a_script_that_does_not_parse_is_reported_at_its_line_and_kept() {
        let (theme, diags) = theme_with_script("broken.js", "var a = 1;\nvar = ;\n");
        assert_eq!(theme.scripts["broken"], "var a = 1;\nvar = ;");
        let found: Vec<String> = diags.iter().map(|d| d.location()).collect();
        assert_eq!(found.len(), 1);
        assert!(found[0].ends_with("broken.js:2:5"), "{found:?}");
        assert!(!diags.has_errors());
    }
}
