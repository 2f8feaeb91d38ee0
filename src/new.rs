//! `faro new <lang> <path>`: a new page with its front matter filled in. For a translation, the
//! version of the source it starts from (so faro can tell when it goes stale) and the source's
//! headings as a scaffold. It never overwrites a file. A new page is a draft (left out of the
//! site) until the writer removes `draft: true`, so a half-written page is never published.

use std::path::{Path, PathBuf};

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::config::CONFIG_FILE;
use crate::load::content::{CONTENT_DIR, Date, SourcePage};

/// Writes the page and returns its path, or `None` with the reasons in `diags`.
pub fn new_page(
    root: &Path,
    lang: &str,
    rel: &str,
    today: Date,
    diags: &mut Diagnostics,
) -> Option<PathBuf> {
    let pipeline = crate::build::Pipeline::open(root, true, diags)?;
    let site = pipeline.site();
    let config = &site.config;
    if config.language(lang).is_none() {
        let declared: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
        diags.push(
            Diagnostic::error(
                CONFIG_FILE,
                crate::msg!("new-unknown-language", lang = lang),
            )
            .hint(crate::t!(
                "new-unknown-language-hint",
                languages = declared.join(", ")
            )),
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
            Diagnostic::error(&rel, crate::msg!("new-path-outside"))
                .hint(crate::t!("new-path-outside-hint")),
        );
        return None;
    }
    let path = root.join(CONTENT_DIR).join(lang).join(&rel);
    let shown = format!("{CONTENT_DIR}/{lang}/{rel}");
    if path.exists() {
        diags.push(
            Diagnostic::error(&shown, crate::msg!("new-page-exists"))
                .hint(crate::t!("new-page-exists-hint")),
        );
        return None;
    }
    let default = config.default_language();
    let source = site
        .sources
        .iter()
        .find(|p| p.lang == default && p.id == rel);
    let text = match source.filter(|_| lang != default) {
        Some(source) => match source.body() {
            Ok(body) => translation(source, &body, today),
            Err(problem) => {
                diags.push(problem);
                return None;
            }
        },
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
                Diagnostic::error(
                    &shown,
                    crate::msg!("new-cannot-write", error = crate::messages::io_error(&e)),
                )
                .hint(crate::t!("new-cannot-write-hint")),
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

/// A translation of `source` (whose Markdown is `body`) to start from.
fn translation(source: &SourcePage, body: &str, today: Date) -> String {
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
    for line in body.lines().filter(|l| l.starts_with('#')) {
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

/// Today's date where the writer is: in the time zone `TZ` names, else the system's. A page
/// started in Mexico in the evening is dated that evening, not the next day as in UTC.
pub fn today() -> Date {
    date_of(&jiff::Zoned::now())
}

fn date_of(now: &jiff::Zoned) -> Date {
    let date = now.date();
    Date {
        // jiff's years run from -9999; a clock set before year 0 is not one faro can meet.
        year: u16::try_from(date.year()).unwrap_or(0),
        month: date.month().unsigned_abs(),
        day: date.day().unsigned_abs(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_date_is_the_one_in_the_writers_time_zone() {
        use jiff::tz::{TimeZone, offset};
        // 19:30 on 27 November in Mexico City (UTC-6) is already the 28th in UTC.
        let instant: jiff::Timestamp = "2025-11-28T01:30:00Z".parse().unwrap();
        let date_in = |hours| date_of(&instant.to_zoned(TimeZone::fixed(offset(hours)))).iso();
        assert_eq!(date_in(-6), "2025-11-27");
        assert_eq!(date_in(0), "2025-11-28");
        assert_eq!(date_in(9), "2025-11-28");
        let leap: jiff::Timestamp = "2000-02-29T12:00:00Z".parse().unwrap();
        assert_eq!(date_of(&leap.to_zoned(TimeZone::UTC)).iso(), "2000-02-29");
    }

    #[test]
    fn yaml_values_are_quoted_when_needed() {
        assert_eq!(yaml_text("Tu abogado"), "Tu abogado");
        assert_eq!(yaml_text("Nota: importante"), "\"Nota: importante\"");
        assert_eq!(yaml_text("- uno"), "\"- uno\"");
    }
}
