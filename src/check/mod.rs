//! Stage 5, check: `faro check` builds the site in memory (writing nothing) and adds what a
//! writer needs to see before publishing: hard-to-read pages and long sentences, pages whose
//! legal content has not been reviewed for a long time, and the state of each translation.

pub mod privacy;
pub mod readability;

use std::path::Path;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::content::Date;
use crate::resolve::{Site, TextState};

/// Every problem and note for the site at `root`, as of `today`.
pub fn check(root: &Path, today: Date) -> Diagnostics {
    let mut diags = crate::build::problems_in_memory(root, false);
    let mut scratch = Diagnostics::new();
    // Loaded again for the measures below; its problems are already in `diags`.
    let Some(sources) = crate::load::load(root, false, &mut scratch) else {
        return diags;
    };
    let Some(site) = Site::build(sources.config, sources.content, &mut scratch) else {
        return diags;
    };
    plain_language(&site, &mut diags);
    freshness(&site, today, &mut diags);
    translations(&site, &mut diags);
    diags
}

fn plain_language(site: &Site, diags: &mut Diagnostics) {
    let settings = &site.config.site.check;
    for page in &site.sources {
        let measured = readability::measure(page, settings.max_sentence_words);
        if let (Some(score), Some(formula)) = (measured.score, measured.formula) {
            let floor = settings
                .min_readability
                .get(&page.lang)
                .copied()
                .unwrap_or(70.0);
            if score < floor {
                diags.push(
                    Diagnostic::warning(&page.file, format!("the page is hard to read: {} {score:.0}, below {floor:.0}", formula.name()))
                        .at_line(page.field_line("title"))
                        .hint("use shorter sentences and everyday words; docs/plain-language.md explains the measure"),
                );
            }
        }
        for sentence in measured.long_sentences {
            let short: String = sentence.text.chars().take(60).collect();
            diags.push(
                Diagnostic::warning(
                    &page.file,
                    format!(
                        "a sentence of {} words (at most {}): \"{short}…\"",
                        sentence.words, settings.max_sentence_words
                    ),
                )
                .at_line(sentence.line.max(1))
                .hint("split it into two sentences"),
            );
        }
    }
}

fn freshness(site: &Site, today: Date, diags: &mut Diagnostics) {
    let months = site.config.site.check.reviewed_within_months;
    for page in &site.sources {
        match page.front.reviewed {
            None => diags.push(
                Diagnostic::warning(&page.file, "the page has no reviewed date")
                    .at_line(1)
                    .hint("add `reviewed: YYYY-MM-DD`, the day a person last checked its legal content"),
            ),
            Some(reviewed) if months_between(reviewed, today) > months => diags.push(
                Diagnostic::warning(&page.file, format!("the legal content was last reviewed on {}, more than {months} months ago", reviewed.iso()))
                    .at_line(page.field_line("reviewed"))
                    .hint("have someone check the page against current rules, then update `reviewed:`"),
            ),
            Some(_) => {}
        }
    }
}

fn months_between(from: Date, to: Date) -> u32 {
    let months = (i64::from(to.year) * 12 + i64::from(to.month))
        - (i64::from(from.year) * 12 + i64::from(from.month));
    let months = if to.day < from.day {
        months - 1
    } else {
        months
    };
    months.max(0) as u32
}

fn translations(site: &Site, diags: &mut Diagnostics) {
    let default = site.config.default_language().to_string();
    for (l, language) in site.languages().iter().enumerate() {
        for node in 0..site.nodes.len() {
            let shown = site.text_source(l, node);
            let id = &site.nodes[node].id;
            match site.text_state(l, node) {
                TextState::Stale => diags.push(
                    Diagnostic::warning(&shown.file, format!("the {default} page changed since this translation was made"))
                        .at_line(shown.field_line("translation"))
                        .hint(format!("update the translation from content/{default}/{id}, then set `source_version` to its new version (faro new writes it; faro status shows it)")),
                ),
                TextState::Draft => diags.push(
                    Diagnostic::note(&shown.file, "a draft translation: no person has reviewed it yet")
                        .at_line(shown.field_line("translation"))
                        .hint("once a person who reads both languages has checked it, set `reviewed: true` under `translation:`"),
                ),
                TextState::Fallback => diags.push(
                    Diagnostic::note(
                        format!("content/{}/{id}", language.code),
                        format!(
                            "not translated into {}; readers get the text in {}",
                            language.name,
                            site.config.language(&shown.lang).map_or(shown.lang.as_str(), |l| l.name.as_str())
                        ),
                    )
                        .hint(format!("start it with `faro new {} {id}`", language.code)),
                ),
                TextState::Source | TextState::Current => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_counted_by_the_calendar() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(months_between(d("2025-11-28"), d("2026-11-28")), 12);
        assert_eq!(months_between(d("2025-11-29"), d("2026-11-28")), 11);
        assert_eq!(months_between(d("2026-11-28"), d("2025-11-28")), 0);
    }
}
