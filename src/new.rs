//! `faro new <lang> <path>`: a new page with its front matter filled in. For a translation, the
//! version of the source it starts from (so faro can tell when it goes stale) and the source's
//! headings as a scaffold. It never overwrites a file. A new page is a draft (left out of the
//! site) until the writer removes `draft: true`, so a half-written page is never published.

use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::content::{CONTENT_DIR, Date, SourcePage};

/// Writes the page and returns its path, or `None` with the reasons in `diags`.
pub fn new_page(
    root: &Path,
    lang: &str,
    rel: &str,
    today: Date,
    diags: &mut Diagnostics,
) -> Option<PathBuf> {
    let sources = crate::load::load(root, true, diags)?;
    let config = &sources.config;
    if config.language(lang).is_none() {
        let declared: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
        diags.push(
            Diagnostic::error(
                "site.yaml",
                format!("`{lang}` is not a language of this site"),
            )
            .hint(format!("use one of: {}", declared.join(", "))),
        );
        return None;
    }
    let rel = rel.trim_start_matches("./").replace('\\', "/");
    let rel = if rel.ends_with(".md") {
        rel
    } else {
        format!("{rel}.md")
    };
    if rel.split('/').any(|part| part == ".." || part.is_empty()) {
        diags.push(
            Diagnostic::error(&rel, "the page's path must stay inside the language folder")
                .hint("give a path such as `asilo.md` or `derechos/asilo.md`"),
        );
        return None;
    }
    let path = root.join(CONTENT_DIR).join(lang).join(&rel);
    let shown = format!("{CONTENT_DIR}/{lang}/{rel}");
    if path.exists() {
        diags.push(
            Diagnostic::error(
                &shown,
                "this page already exists; faro new never overwrites a file",
            )
            .hint("edit the page, or choose another name"),
        );
        return None;
    }
    let default = config.default_language();
    let source = sources
        .content
        .pages
        .iter()
        .find(|p| p.lang == default && p.id == rel);
    let text = match source.filter(|_| lang != default) {
        Some(source) => translation(source, today),
        None => fresh(&rel, today),
    };
    let written = path
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| {
            // create_new: a file that appeared since the check above is not overwritten either.
            use std::io::Write;
            std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)?
                .write_all(text.as_bytes())
        });
    match written {
        Ok(()) => Some(PathBuf::from(shown)),
        Err(e) => {
            diags.push(
                Diagnostic::error(&shown, format!("cannot write the page: {e}"))
                    .hint("check that the folder is writable"),
            );
            None
        }
    }
}

fn fresh(rel: &str, today: Date) -> String {
    let name = rel
        .rsplit('/')
        .next()
        .unwrap_or(rel)
        .trim_end_matches(".md");
    let mut title: String = name.replace(['-', '_'], " ");
    if let Some(first) = title.get(..1) {
        title = first.to_uppercase() + &title[1..];
    }
    format!(
        "---\ntitle: {title}\ndraft: true\nupdated: {}\n---\n",
        today.iso()
    )
}

fn translation(source: &SourcePage, today: Date) -> String {
    let f = &source.front;
    let mut text = format!("---\ntitle: {}\n", yaml_text(&f.title));
    if let Some(description) = &f.description {
        text.push_str(&format!("description: {}\n", yaml_text(description)));
    }
    if let Some(order) = f.order {
        text.push_str(&format!("order: {order}\n"));
    }
    if !f.summary.is_empty() {
        text.push_str("summary:\n");
        for line in &f.summary {
            text.push_str(&format!("  - {}\n", yaml_text(line)));
        }
    }
    text.push_str(&format!(
        "draft: true\nupdated: {}\ntranslation:\n  source_version: \"{}\"\n  reviewed: false\n---\n",
        today.iso(),
        source.version
    ));
    // The source's headings, in order, to translate and write under.
    for line in source.body.lines().filter(|l| l.starts_with('#')) {
        text.push('\n');
        text.push_str(line);
        text.push('\n');
    }
    text
}

/// Text as a YAML value: quoted when YAML would otherwise read it as something else.
fn yaml_text(text: &str) -> String {
    let risky = text.contains(": ")
        || text.contains(" #")
        || text.starts_with([
            '-', '?', ':', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@',
            '`',
        ])
        || text.trim() != text;
    if risky {
        format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
    } else {
        text.to_string()
    }
}

/// Today's date in UTC, from the system clock.
pub fn today() -> Date {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400) as i64;
    civil_from_days(days)
}

/// The calendar date of a day count since 1970-01-01 (Howard Hinnant's algorithm): faro needs
/// only today's date, which does not justify a date-time crate.
fn civil_from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
    Date { year, month, day }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_to_dates() {
        assert_eq!(civil_from_days(0).iso(), "1970-01-01");
        assert_eq!(civil_from_days(20_420).iso(), "2025-11-28");
        assert_eq!(civil_from_days(20_785).iso(), "2026-11-28");
        assert_eq!(civil_from_days(11_016).iso(), "2000-02-29");
    }

    #[test]
    fn yaml_values_are_quoted_when_needed() {
        assert_eq!(yaml_text("Tu abogado"), "Tu abogado");
        assert_eq!(yaml_text("Nota: importante"), "\"Nota: importante\"");
        assert_eq!(yaml_text("- uno"), "\"- uno\"");
    }
}
