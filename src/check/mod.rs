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
                    Diagnostic::warning(
                        &file,
                        crate::msg!(
                            "check-strings-no-file-with-pages",
                            language = language.name.clone(),
                            shown = shown.to_string()
                        ),
                    )
                    .hint(crate::t!(
                        "check-strings-no-file-with-pages-hint",
                        default = default.to_string(),
                        file = file.clone()
                    )),
                );
            } else if language.code != default {
                diags.push(
                    Diagnostic::note(
                        &file,
                        crate::msg!("check-strings-no-file", language = language.name.clone()),
                    )
                    .hint(crate::t!(
                        "check-strings-no-file-hint",
                        default = default.to_string(),
                        file = file.clone()
                    )),
                );
            }
            continue;
        };
        let mut reported = std::collections::HashSet::new();
        for (key, template, line) in &used {
            if !keys.iter().any(|(k, _)| k == key) && reported.insert(key) {
                diags.push(
                    Diagnostic::warning(
                        &file,
                        crate::msg!(
                            "check-string-missing",
                            key = key.clone(),
                            template = format!("{templates_dir}/{template}"),
                            line = line.to_string()
                        ),
                    )
                    .hint(crate::t!(
                        "check-string-missing-hint",
                        key = key.clone(),
                        default = default.to_string()
                    )),
                );
            }
        }
        for (key, line) in keys {
            if !used.iter().any(|(k, _, _)| k == key) && !KEYS_USED_BY_FARO.contains(&key.as_str())
            {
                diags.push(
                    Diagnostic::warning(
                        &file,
                        crate::msg!("check-string-unused", key = key.clone()),
                    )
                    .at_line(*line)
                    .hint(crate::t!("check-string-unused-hint")),
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
                        Diagnostic::error(
                            &source.file,
                            crate::msg!(
                                "check-anchor-missing",
                                link = dest_url.to_string(),
                                fragment = fragment.clone(),
                                file = target_text.file.display().to_string(),
                                language = language.name.clone()
                            ),
                        )
                        .at(line + source.body_line - 1, col)
                        .hint(crate::t!("check-anchor-missing-hint")),
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
                    Diagnostic::warning(
                        &source.file,
                        crate::msg!(
                            "check-address-changes",
                            language = language.clone(),
                            old = key.address.to_string(),
                            new = now.to_string()
                        ),
                    )
                    .at_line(source.field_line(if source.front.slug.is_some() {
                        "slug"
                    } else {
                        "title"
                    }))
                    .hint(crate::t!(
                        "check-address-changes-hint",
                        language = language.clone()
                    )),
                );
            }
            Destination::Gone => diags.push(
                Diagnostic::warning(
                    LOCK_FILE,
                    crate::msg!(
                        "check-address-gone",
                        page = key.page.to_string(),
                        language = language.clone(),
                        address = key.address.to_string()
                    ),
                )
                .at_line(leaving.line)
                .hint(crate::t!("check-address-gone-hint")),
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
                    Diagnostic::warning(
                        &page.file,
                        crate::msg!(
                            "check-hard-to-read",
                            formula = formula.name(),
                            score = format!("{score:.0}"),
                            floor = format!("{floor:.0}")
                        ),
                    )
                    .at_line(page.field_line("title"))
                    .hint(crate::t!("check-hard-to-read-hint")),
                );
            }
        }
        for sentence in measured.long_sentences {
            let short: String = sentence.text.chars().take(60).collect();
            diags.push(
                Diagnostic::warning(
                    &page.file,
                    crate::msg!(
                        "check-long-sentence",
                        words = sentence.words,
                        max = settings.max_sentence_words,
                        start = short
                    ),
                )
                .at_line(sentence.line.max(1))
                .hint(crate::t!("check-long-sentence-hint")),
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
                            Diagnostic::warning(
                                &page.file,
                                crate::msg!("check-hard-word", word = word.to_string()),
                            )
                            .at_line(page.body_line + i)
                            .hint(crate::t!(
                                "check-hard-word-hint",
                                word = word.to_string(),
                                file = list.file.display().to_string()
                            )),
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
                Diagnostic::warning(
                    &page.file,
                    crate::msg!("check-updated-in-future", date = updated.iso()),
                )
                .at_line(page.field_line("updated"))
                .hint(crate::t!("check-updated-in-future-hint")),
            ),
            Some(updated) if months_between(updated, today) > months => diags.push(
                Diagnostic::warning(
                    &page.file,
                    crate::msg!("check-review-due", date = updated.iso(), months = months),
                )
                .at_line(page.field_line("updated"))
                .hint(crate::t!(
                    "check-review-due-hint",
                    interval = if page.front.review_every.is_some() {
                        "page"
                    } else {
                        "site"
                    }
                )),
            ),
            Some(_) => {}
        }
        if let Some(review) = &page.front.legal_review
            && review.date > today
        {
            diags.push(
                Diagnostic::warning(
                    &page.file,
                    crate::msg!("check-legal-review-in-future", date = review.date.iso()),
                )
                .at_line(page.field_line("legal_review"))
                .hint(crate::t!("check-legal-review-in-future-hint")),
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
            let diagnostic = if written {
                Diagnostic::warning(&page.file, crate::msg!("check-required-empty", key = key))
                    .hint(crate::t!("check-required-empty-hint", key = key))
            } else {
                Diagnostic::warning(&page.file, crate::msg!("check-required-missing", key = key))
                    .hint(crate::t!("check-required-missing-hint", key = key))
            };
            diags.push(diagnostic.at_line(page.field_line(key)));
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
                let section = if shown.front.translation.is_some() {
                    "yes"
                } else {
                    "no"
                };
                diags.push(
                    Diagnostic::warning(
                        &shown.file,
                        crate::msg!(
                            "check-translation-no-version",
                            file = format!("{CONTENT_DIR}/{default}/{id}")
                        ),
                    )
                    .at_line(shown.field_line("translation"))
                    .hint(crate::t!(
                        "check-translation-no-version-hint",
                        section = section,
                        version = now.to_string(),
                        lang = default.clone()
                    )),
                );
            }
            match state {
                TextState::Stale => {
                    let now = site
                        .lang_index(&default)
                        .map_or("", |d| site.text_source(d, node).version.as_str());
                    diags.push(
                        Diagnostic::warning(
                            &shown.file,
                            crate::msg!("check-translation-stale", lang = default.clone()),
                        )
                        .at_line(shown.field_line("translation"))
                        .hint(crate::t!(
                            "check-translation-stale-hint",
                            file = format!("content/{default}/{id}"),
                            version = now.to_string(),
                            lang = default.clone()
                        )),
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
                    Diagnostic::warning(
                        &own.file,
                        crate::msg!(
                            "check-glossary-missing-word",
                            id = term.id.clone(),
                            term = term.term.clone(),
                            file = other.file.display().to_string(),
                            language = name.to_string()
                        ),
                    )
                    .at_line(own.field_line("terms"))
                    .hint(crate::t!(
                        "check-glossary-missing-word-hint",
                        id = term.id.clone(),
                        language = name.to_string(),
                        file = other.file.display().to_string()
                    )),
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
