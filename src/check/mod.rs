//! Stage 5, check: `faro check` builds the site in memory (writing nothing) and adds what a
//! writer needs to see before publishing: links (from templates too) that lead nowhere, pages
//! no link reaches, hard-to-read pages, long sentences and unexplained hard words, pages whose
//! legal content has not been reviewed for a long time, the front matter site.yaml's
//! `check: required` asks of every page, the state of each translation, and the pages and
//! glossary words a language of `check: complete` lacks.

mod links;
mod readability;

use std::borrow::Cow;
use std::path::Path;

use crate::build::Pipeline;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::content::{CONTENT_DIR, Date, SourcePage};
use crate::load::{Strings, Theme};
use crate::resolve::{Addresses, Destination, LangId, NodeId, Site, TextState};
use crate::write::publish::Manifest;

/// Every problem and note for the site at `root`, as of `today`. The site is loaded,
/// resolved, rendered and finished once, as `faro build` would, without writing anything; the
/// checks below read that one pipeline and the manifest of what it would write.
pub fn check(root: &Path, today: Date) -> Diagnostics {
    check_with_progress(root, today, crate::build::progress::quiet())
}

/// [`check`], telling `progress` what it is doing (reading the site, rendering its pages).
pub fn check_with_progress(
    root: &Path,
    today: Date,
    progress: crate::build::progress::Shared,
) -> Diagnostics {
    let mut diags = Diagnostics::new();
    progress.start(crate::build::progress::Stage::Loading, None);
    let Some(mut pipeline) = Pipeline::open(root, false, &mut diags) else {
        return diags;
    };
    pipeline.set_progress(progress);
    let manifest = pipeline.check(&mut diags);
    let site = pipeline.site();
    interface_strings(site, pipeline.strings(), pipeline.theme(), &mut diags);
    if let Some(manifest) = &manifest {
        anchors(site, manifest, &mut diags);
        links::check(site, manifest, &pipeline.theme().templates_dir, &mut diags);
    }
    addresses(site, pipeline.addresses(), &mut diags);
    plain_language(site, &mut diags);
    hard_words(site, &mut diags);
    freshness(site, today, &mut diags);
    sourcing(site, &mut diags);
    required_fields(site, &mut diags);
    translations(site, &mut diags);
    complete_glossaries(site, &mut diags);
    diags
}

/// Messages faro itself asks for, outside the templates.
const KEYS_USED_BY_FARO: &[&str] = &["date-long", "booklet-file-name", "audio-listen"];

/// Interface strings: keys the templates use that a language's file lacks (a warning, since
/// the fallback chain covers them; a key no language has is already a build error), and keys
/// no template uses. A language with no file at all gets one note: its readers see the
/// interface of the next language in its chain.
fn interface_strings(site: &Site, strings: &Strings, theme: &Theme, diags: &mut Diagnostics) {
    let templates_dir = theme.templates_dir.display().to_string();
    let mut used: Vec<(String, String, usize)> = Vec::new(); // key, template, line
    for (name, text) in &theme.templates {
        for (i, line) in text.lines().enumerate() {
            for part in line.split("t(key=\"").skip(1) {
                if let Some(key) = part.split('"').next() {
                    used.push((key.to_string(), name.clone(), i + 1));
                }
            }
        }
    }
    let default = site.config.default_language();
    for language in &site.config.languages {
        let file = format!(
            "{}/{}.ftl",
            crate::load::strings::TRANSLATIONS_DIR,
            language.code
        );
        let Some(keys) = strings.keys.get(&language.code) else {
            let has_pages = site.sources.iter().any(|p| p.lang == language.code);
            if has_pages {
                // Its own pages would be framed by menus and buttons in another language.
                let shown = language
                    .chain
                    .iter()
                    .find(|code| strings.keys.contains_key(*code))
                    .and_then(|code| site.config.language(code))
                    .map_or(default, |l| l.name.as_str());
                diags.push(
                    Diagnostic::warning(&file, format!("{} has pages of its own but no interface strings: the menus and buttons around those pages are in {shown}", language.name))
                        .hint(format!("translate translations/{default}.ftl into {file}")),
                );
            } else if language.code != default {
                diags.push(
                    Diagnostic::note(&file, format!("{} has no interface strings; its readers see them in the next language of its chain", language.name))
                        .hint(format!("translate translations/{default}.ftl into {file}")),
                );
            }
            continue;
        };
        let mut reported = std::collections::HashSet::new();
        for (key, template, line) in &used {
            if !keys.iter().any(|(k, _)| k == key) && reported.insert(key) {
                diags.push(
                    Diagnostic::warning(&file, format!("`{key}` is missing (used in {templates_dir}/{template}:{line}); readers see it in another language"))
                        .hint(format!("add `{key} = …` translated from translations/{default}.ftl")),
                );
            }
        }
        for (key, line) in keys {
            if !used.iter().any(|(k, _, _)| k == key) && !KEYS_USED_BY_FARO.contains(&key.as_str())
            {
                diags.push(
                    Diagnostic::warning(&file, format!("`{key}` is not used by any template"))
                        .at_line(*line)
                        .hint("remove it, or check the key's spelling against the templates"),
                );
            }
        }
    }
}

/// Links to a part of a page (`asylum.md#who-decides`) lead to a heading or term that exists
/// in the page each reader gets (`manifest`): a translated heading has another id unless it
/// sets `{#id}`.
fn anchors(site: &Site, manifest: &Manifest, diags: &mut Diagnostics) {
    use pulldown_cmark::{Event, Parser, Tag};
    let has_id = |lang: LangId, node: NodeId, id: &str| {
        manifest
            .pages
            .get(site.path(lang, node))
            .is_none_or(|page| page.ids.contains(id))
    };
    for (l, language) in site.each_language() {
        for node in site.node_ids() {
            let source = site.text_source(l, node);
            let Some(body) = body(source, diags) else {
                continue;
            };
            for (event, range) in
                Parser::new_ext(&body, crate::load::markdown_options()).into_offset_iter()
            {
                let Event::Start(Tag::Link { dest_url, .. }) = event else {
                    continue;
                };
                let Ok(crate::resolve::LinkTarget::Page {
                    node: target,
                    fragment: Some(fragment),
                }) = site.resolve_link(source, &dest_url)
                else {
                    continue;
                };
                let target_text = site.text_source(l, target);
                if !has_id(l, target, &fragment) {
                    let (line, col) = crate::diagnostics::line_col(&body, range.start);
                    diags.push(
                        Diagnostic::error(&source.file, format!("the link `{dest_url}` points to `#{fragment}`, which {} does not have (in {})", target_text.file.display(), language.name))
                            .at(line + source.body_line - 1, col)
                            .hint("link to a heading's id (shown in the page's address when you click it), or give the heading a fixed id: `## Heading {#id}`"),
                    );
                }
            }
        }
    }
}

/// The addresses readers have that this change would move, before it is published: each
/// address that was its page's at the last `faro build` (in addresses.lock) and would now be
/// served by a redirect. Addresses two pages claim are errors of the pipeline already.
fn addresses(site: &Site, addresses: &Addresses, diags: &mut Diagnostics) {
    use crate::load::addresses::LOCK_FILE;
    if !addresses.had_lock {
        diags.push(
            Diagnostic::note(LOCK_FILE, crate::msg!("check-no-addresses-lock"))
                .hint(crate::t!("check-no-addresses-lock-hint")),
        );
    }
    for leaving in &addresses.leaving {
        let key = &leaving.key;
        let language = &site.language(leaving.lang).name;
        match leaving.to {
            Destination::Page(node) => {
                let source = site.text_source(leaving.lang, node);
                let now = site.path(leaving.lang, node);
                diags.push(
                    Diagnostic::warning(&source.file, format!("in {language}, the address of this page would change from {} to {now}: readers who saved the old one will be sent to the new one", key.address))
                        .at_line(source.field_line(if source.front.slug.is_some() { "slug" } else { "title" }))
                        .hint(format!("if that is what you want, run `faro build` and commit addresses.lock with this change; to keep the old address, give the page (in {language}) the slug it had")),
                );
            }
            Destination::Gone => diags.push(
                Diagnostic::warning(LOCK_FILE, format!("the page {} ({language}) would be gone: readers who saved {} will be sent to the home page", key.page, key.address))
                    .at_line(leaving.line)
                    .hint("if the page was removed on purpose, run `faro build` and commit addresses.lock; if it was renamed, its old address leads to the home page unless the new file keeps its slug"),
            ),
        }
    }
}

fn plain_language(site: &Site, diags: &mut Diagnostics) {
    let settings = &site.config.site.check;
    for page in &site.sources {
        let Some(body) = body(page, diags) else {
            continue;
        };
        let measured = readability::measure(page, &body, settings.max_sentence_words);
        if let (Some(score), Some(formula)) = (measured.score(), measured.formula) {
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

/// Words from the glossary's list of hard words that a page uses although no glossary entry
/// explains them (a word an entry covers is linked to its definition when the page is built).
fn hard_words(site: &Site, diags: &mut Diagnostics) {
    use unicode_segmentation::UnicodeSegmentation;
    let Some(glossary) = site.glossary_node() else {
        return;
    };
    let glossary_id = &site.node(glossary).id;
    for list in site.sources.iter().filter(|s| &s.id == glossary_id) {
        let words =
            |text: &str| -> Vec<String> { text.unicode_words().map(str::to_lowercase).collect() };
        let covered: Vec<Vec<String>> = list
            .front
            .terms
            .iter()
            .flat_map(|t| t.matches.iter().chain(std::iter::once(&t.term)))
            .map(|form| words(form))
            .collect();
        let unexplained: Vec<(&String, Vec<String>)> = list
            .front
            .hard_words
            .iter()
            .map(|w| (w, words(w)))
            .filter(|(_, w)| !w.is_empty() && !covered.iter().any(|form| contains(form, w)))
            .collect();
        if unexplained.is_empty() {
            continue;
        }
        for page in site
            .sources
            .iter()
            .filter(|p| p.lang == list.lang && p.id != list.id)
        {
            let Some(body) = body(page, diags) else {
                continue;
            };
            let mut reported = std::collections::HashSet::new();
            for (i, line) in body.lines().enumerate() {
                let line_words = words(line);
                for (word, parts) in &unexplained {
                    if contains(&line_words, parts) && reported.insert(*word) {
                        diags.push(
                            Diagnostic::warning(&page.file, format!("\"{word}\" is on the glossary's list of hard words, and the glossary does not explain it"))
                                .at_line(page.body_line + i)
                                .hint(format!("use an everyday word, or add an entry for \"{word}\" to the `terms` of {}", list.file.display())),
                        );
                    }
                }
            }
        }
    }
}

/// A page's Markdown, or `None` with why it cannot be read (again) in `diags`.
fn body<'a>(page: &'a SourcePage, diags: &mut Diagnostics) -> Option<Cow<'a, str>> {
    page.body().map_err(|problem| diags.push(problem)).ok()
}

/// Whether the words `needle` appear one after the other in `words`.
fn contains(words: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && words.windows(needle.len()).any(|w| w == needle)
}

fn freshness(site: &Site, today: Date, diags: &mut Diagnostics) {
    let site_months = site.config.site.check.review_every_months;
    for page in &site.sources {
        let months = page.front.review_every.unwrap_or(site_months);
        match page.front.updated {
            None => diags.push(
                Diagnostic::warning(&page.file, crate::msg!("check-no-updated"))
                    .at_line(1)
                    .hint(crate::t!("check-no-updated-hint")),
            ),
            Some(updated) if updated > today => diags.push(
                Diagnostic::warning(&page.file, format!("`updated:` is {}, a day that has not come yet", updated.iso()))
                    .at_line(page.field_line("updated"))
                    .hint("write the day you checked the page, today or earlier"),
            ),
            Some(updated) if months_between(updated, today) > months => diags.push(
                Diagnostic::warning(&page.file, format!("the page was last checked against its sources on {}, more than {months} months ago", updated.iso()))
                    .at_line(page.field_line("updated"))
                    .hint(if page.front.review_every.is_some() {
                        "check each fact against its source (rules may have changed), then set `updated:` to today"
                    } else {
                        "check each fact against its source, then set `updated:` to today; `review_every: N` sets another interval in months"
                    }),
            ),
            Some(_) => {}
        }
        if let Some(review) = &page.front.legal_review
            && review.date > today
        {
            diags.push(
                Diagnostic::warning(
                    &page.file,
                    format!(
                        "the legal review is dated {}, a day that has not come yet",
                        review.date.iso()
                    ),
                )
                .at_line(page.field_line("legal_review"))
                .hint("write the day the review was made"),
            );
        }
    }
}

/// Every page says where its facts come from. A translation that lists none shows its source
/// page's; a page that states no facts says `sources: none:` with the reason.
fn sourcing(site: &Site, diags: &mut Diagnostics) {
    let default = site.config.default_language();
    for page in &site.sources {
        let translated_from_default = page.lang != default
            && site
                .sources
                .iter()
                .any(|p| p.lang == default && p.id == page.id);
        if page.front.sources.is_none() && !translated_from_default {
            diags.push(
                Diagnostic::warning(&page.file, crate::msg!("check-no-sources"))
                    .at_line(1)
                    .hint(crate::t!("check-no-sources-hint")),
            );
        }
        let states_facts = !matches!(
            page.front.sources,
            Some(crate::load::content::SourceList::NoneNeeded { .. })
        );
        if page.front.legal_review.is_none() && states_facts && page.lang == default {
            diags.push(
                Diagnostic::note(&page.file, crate::msg!("check-no-legal-review"))
                    .at_line(1)
                    .hint(crate::t!("check-no-legal-review-hint")),
            );
        }
    }
}

/// The front matter site.yaml's `check: required` asks of every page: a warning per field a
/// page lacks or leaves empty, at its line.
fn required_fields(site: &Site, diags: &mut Diagnostics) {
    use crate::load::config::RequiredField;
    for page in &site.sources {
        for &field in &site.config.site.check.required {
            let front = &page.front;
            let filled = match field {
                RequiredField::Description => front
                    .description
                    .as_deref()
                    .is_some_and(|d| !d.trim().is_empty()),
                RequiredField::Summary => front.summary.iter().any(|p| !p.trim().is_empty()),
                // The home page is in no menu; an update is placed by its date.
                RequiredField::Order => {
                    front.order.is_some()
                        || front.date.is_some()
                        || page.id == crate::resolve::HOME_ID
                }
            };
            if filled {
                continue;
            }
            let key = field.key();
            let written = page.field_lines.iter().any(|(k, _)| k == key);
            let message = if written {
                format!(
                    "`{key}:` is empty, and site.yaml's `check: required` asks every page to fill it in"
                )
            } else {
                format!(
                    "the page has no `{key}:`, which site.yaml's `check: required` asks of every page"
                )
            };
            let hint = match field {
                RequiredField::Description => {
                    "between the `---` lines at the top, write `description:` and one sentence that says what the page is for, as search results and link previews show it, e.g. `description: Cómo pedir refugio en México, paso a paso.`"
                }
                RequiredField::Summary => {
                    "between the `---` lines at the top, write `summary:` and under it the page's key points, two to four short sentences, each on a line of its own starting with `  - `, e.g. `  - Puedes pedir refugio. Es gratis.`"
                }
                RequiredField::Order => {
                    "between the `---` lines at the top, write `order:` and the page's place in the menu, e.g. `order: 3`; pages with smaller numbers come first"
                }
            };
            diags.push(
                Diagnostic::warning(&page.file, message)
                    .at_line(page.field_line(key))
                    .hint(hint),
            );
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
    let complete = &site.config.site.check.complete;
    let name_of = |code: &str| {
        site.config
            .language(code)
            .map_or(code, |l| l.name.as_str())
            .to_string()
    };
    for (l, language) in site.each_language() {
        for node in site.node_ids() {
            let shown = site.text_source(l, node);
            let id = &site.node(node).id;
            let state = site.text_state(l, node);
            if matches!(state, TextState::Current | TextState::Draft)
                && shown
                    .front
                    .translation
                    .as_ref()
                    .and_then(|t| t.source_version.as_deref())
                    .is_none()
            {
                let now = site
                    .lang_index(&default)
                    .map_or("", |d| site.text_source(d, node).version.as_str());
                let line = if shown.front.translation.is_some() {
                    format!("under `translation:` the line `  source_version: \"{now}\"`")
                } else {
                    format!("`translation:` and under it the line `  source_version: \"{now}\"`")
                };
                diags.push(
                    Diagnostic::warning(&shown.file, format!("the translation does not say which version of {CONTENT_DIR}/{default}/{id} it was made from, so faro cannot tell when that page changes"))
                        .at_line(shown.field_line("translation"))
                        .hint(format!("compare the two pages; once they say the same, write {line}, the version of the {default} page now")),
                );
            }
            match state {
                TextState::Stale => {
                    let now = site
                        .lang_index(&default)
                        .map_or("", |d| site.text_source(d, node).version.as_str());
                    diags.push(
                        Diagnostic::warning(&shown.file, format!("the {default} page changed since this translation was made"))
                            .at_line(shown.field_line("translation"))
                            .hint(format!("update the translation from content/{default}/{id}, then set `source_version: \"{now}\"`, the version of the {default} page now")),
                    )
                }
                TextState::Draft => diags.push(
                    Diagnostic::note(&shown.file, crate::msg!("check-draft-translation"))
                        .at_line(shown.field_line("translation"))
                        .hint(crate::t!("check-draft-translation-hint")),
                ),
                TextState::Fallback if complete.contains(&language.code) => diags.push(
                    Diagnostic::warning(
                        format!("{CONTENT_DIR}/{}/{id}", language.code),
                        crate::msg!(
                            "check-not-translated-complete",
                            language = language.name.clone(),
                            shown = name_of(&shown.lang).to_string()
                        ),
                    )
                    .hint(crate::t!(
                        "check-not-translated-complete-hint",
                        file = shown.file.display().to_string(),
                        language = language.name.clone(),
                        code = language.code.clone(),
                        id = id.to_string()
                    )),
                ),
                TextState::Fallback => diags.push(
                    Diagnostic::note(
                        format!("{CONTENT_DIR}/{}/{id}", language.code),
                        crate::msg!(
                            "check-not-translated",
                            language = language.name.clone(),
                            shown = name_of(&shown.lang).to_string()
                        ),
                    )
                    .hint(crate::t!(
                        "check-not-translated-hint",
                        code = language.code.clone(),
                        id = id.to_string()
                    )),
                ),
                TextState::Source | TextState::Current => {}
            }
        }
    }
}

/// The words of the glossary each language of site.yaml's `check: complete` lacks: an entry
/// (by its `id`) that another language's glossary has. A complete language without a glossary
/// page of its own is reported once, as a missing page.
fn complete_glossaries(site: &Site, diags: &mut Diagnostics) {
    let Some(glossary) = site.glossary_node() else {
        return;
    };
    let default = site.config.default_language();
    let mut lists: Vec<&SourcePage> = site
        .sources
        .iter()
        .filter(|s| s.id == site.node(glossary).id)
        .collect();
    // Entries are named after the default language's glossary when it has them.
    lists.sort_by_key(|s| s.lang != default);
    for code in &site.config.site.check.complete {
        let Some(own) = lists.iter().find(|s| &s.lang == code) else {
            continue;
        };
        let name = site
            .config
            .language(code)
            .map_or(code.as_str(), |l| l.name.as_str());
        let mut reported = std::collections::HashSet::new();
        for other in lists.iter().filter(|s| &s.lang != code) {
            for term in &other.front.terms {
                if own.front.terms.iter().any(|t| t.id == term.id) || !reported.insert(&term.id) {
                    continue;
                }
                diags.push(
                    Diagnostic::warning(&own.file, format!("the glossary lacks the word `{}` (\"{}\" in {}); site.yaml's `check: complete` asks {name} to have every word of the glossary", term.id, term.term, other.file.display()))
                        .at_line(own.field_line("terms"))
                        .hint(format!("add it under `terms:`: a line `  - id: {}`, then `term:` and `definition:` in {name}, translated from {}", term.id, other.file.display())),
                );
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
