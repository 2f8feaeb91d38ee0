//! What each ZIM file says about itself in Kiwix's catalogue, from site.yaml's `zim:`, the
//! site's titles and languages, and the theme's illustration. Every missing or wrong piece is
//! reported in one run, at site.yaml or at the file, with what to write.

use std::path::{Path, PathBuf};

use crate::build::Pipeline;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::config::CONFIG_FILE;
use crate::load::files::{self, Kind};
use crate::load::theme::THEMES_DIR;

/// Kiwix's catalogue shows at most this many characters of a description.
const DESCRIPTION_MAX: usize = 80;
/// The only size Kiwix takes for a file's illustration (the `Illustration_48x48@1` entry).
const ILLUSTRATION_PIXELS: usize = 48;

/// One language's file.
#[derive(Debug)]
pub(super) struct Metadata {
    /// The language's code in site.yaml, its folder in the built site.
    pub code: String,
    /// `kind-mexico_es_all`: the same for every version of the file, so Kiwix knows a newer
    /// one replaces it.
    pub name: String,
    pub title: String,
    pub description: String,
    /// ISO 639-3, as Kiwix filters its catalogue by: `spa`, `quc`.
    pub language: String,
    pub creator: String,
    pub publisher: String,
    /// Semicolon-separated, as the ZIM format keeps them.
    pub tags: String,
    /// The illustration, already checked: a 48×48 PNG inside the site's folder.
    pub illustration: PathBuf,
    /// The site's address, when known: the `Source` of the content.
    pub source: Option<String>,
}

/// The metadata of every language's file; `None` when anything is missing or wrong (each
/// problem is in `diags`).
pub(super) fn collect(
    root: &Path,
    pipeline: &Pipeline,
    diags: &mut Diagnostics,
) -> Option<Vec<Metadata>> {
    let before = diags.error_count();
    let config = &pipeline.site().config;
    let zim = &config.site.zim;
    // `what` says what the field is for, in words.
    let missing = |key: &str, what: String, example: &str| {
        Diagnostic::error(
            CONFIG_FILE,
            crate::msg!("zim-missing-field", key = key, what = what),
        )
        .hint(crate::t!(
            "zim-missing-field-hint",
            key = key,
            example = example
        ))
    };
    let name = zim.name.as_deref().map(str::trim).filter(|n| !n.is_empty());
    match name {
        None => diags.push(missing(
            "name",
            crate::t!("zim-missing-name"),
            "kind-mexico",
        )),
        Some(name)
            if !name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') =>
        {
            diags.push(
                Diagnostic::error(CONFIG_FILE, crate::msg!("zim-bad-name", name = name))
                    .hint(crate::t!("zim-bad-name-hint")),
            );
        }
        Some(_) => {}
    }
    let text = |value: &Option<String>| {
        value
            .as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string)
    };
    let creator = text(&zim.creator);
    if creator.is_none() {
        diags.push(missing(
            "creator",
            crate::t!("zim-missing-creator"),
            "KIND México",
        ));
    }
    let publisher = text(&zim.publisher);
    if publisher.is_none() {
        diags.push(missing(
            "publisher",
            crate::t!("zim-missing-publisher"),
            "KIND México",
        ));
    }
    let tags: Vec<&str> = zim
        .tags
        .iter()
        .map(|t| t.trim())
        .filter(|t| !t.is_empty())
        .collect();
    if tags.is_empty() {
        diags.push(missing(
            "tags",
            crate::t!("zim-missing-tags"),
            "[_category:other, _pictures:no, _videos:no]",
        ));
    }
    if let Some(tag) = tags.iter().find(|t| t.contains(';')) {
        diags.push(
            Diagnostic::error(CONFIG_FILE, crate::msg!("zim-tag-semicolon", tag = *tag))
                .hint(crate::t!("zim-tag-semicolon-hint")),
        );
    }
    for (code, description) in &zim.description {
        if config.language(code).is_none() {
            diags.push(
                Diagnostic::error(
                    CONFIG_FILE,
                    crate::msg!("zim-description-unknown-language", lang = code.clone()),
                )
                .hint(crate::t!("zim-description-unknown-language-hint")),
            );
        }
        let length = description.trim().chars().count();
        if length > DESCRIPTION_MAX {
            diags.push(
                Diagnostic::error(
                    CONFIG_FILE,
                    crate::msg!(
                        "zim-description-too-long",
                        lang = code.clone(),
                        length = length,
                        max = DESCRIPTION_MAX
                    ),
                )
                .hint(crate::t!(
                    "zim-description-too-long-hint",
                    max = DESCRIPTION_MAX
                )),
            );
        }
    }
    if zim.description.is_empty() {
        diags.push(missing(
            "description",
            crate::t!("zim-missing-description", max = DESCRIPTION_MAX),
            "{es: \"Tus derechos si viajas solo por México\"}",
        ));
    }
    let illustration = illustration(root, pipeline, diags);

    let mut files = Vec::new();
    for language in pipeline.site().languages() {
        // Its own, or its declared fallbacks' up to the default language: a catalogue entry
        // is not described in a language that its pages never fall back to.
        let default = config.default_language();
        let upto = language
            .chain
            .iter()
            .position(|code| code == default)
            .map_or(language.chain.len(), |i| i + 1);
        let description = language.chain[..upto]
            .iter()
            .find_map(|code| zim.description.get(code))
            .map(|d| d.trim().to_string());
        // With no description at all, one message says so, not one per language.
        if description.is_none() && !zim.description.is_empty() {
            diags.push(
                Diagnostic::error(
                    CONFIG_FILE,
                    crate::msg!(
                        "zim-no-description",
                        language = language.name.clone(),
                        lang = language.code.clone()
                    ),
                )
                .hint(crate::t!(
                    "zim-no-description-hint",
                    lang = language.code.clone(),
                    max = DESCRIPTION_MAX
                )),
            );
        }
        let iso = iso_639_3(&language.code);
        if iso.is_none() {
            diags.push(
                Diagnostic::error(
                    CONFIG_FILE,
                    crate::msg!("zim-not-iso-639", lang = language.code.clone()),
                )
                .hint(crate::t!("zim-not-iso-639-hint")),
            );
        }
        if let (Some(name), Some(description), Some(iso), Some(creator), Some(publisher)) =
            (name, description, iso, &creator, &publisher)
        {
            files.push(Metadata {
                code: language.code.clone(),
                name: format!("{name}_{}_all", language.code),
                title: config.title(&language.code).to_string(),
                description,
                language: iso,
                creator: creator.clone(),
                publisher: publisher.clone(),
                tags: tags.join(";"),
                illustration: illustration.clone().unwrap_or_default(),
                source: config.site.base_url.clone(),
            });
        }
    }
    (diags.error_count() == before).then_some(files)
}

/// A language code as ISO 639-3: a two-letter code through its ISO 639-1 entry, a
/// three-letter code when ISO 639-3 has it.
fn iso_639_3(code: &str) -> Option<String> {
    let language = match code.len() {
        2 => isolang::Language::from_639_1(code),
        3 => isolang::Language::from_639_3(code),
        _ => None,
    }?;
    Some(language.to_639_3().to_string())
}

/// The theme's illustration, checked: inside the site, a PNG of 48×48 pixels.
fn illustration(root: &Path, pipeline: &Pipeline, diags: &mut Diagnostics) -> Option<PathBuf> {
    let config = &pipeline.site().config;
    let theme_dir = root.join(THEMES_DIR).join(&config.site.theme);
    let shown_theme = theme_dir
        .strip_prefix(root)
        .unwrap_or(&theme_dir)
        .display()
        .to_string();
    let Some(file) = config.site.zim.illustration.as_deref() else {
        diags.push(
            Diagnostic::error(CONFIG_FILE, crate::msg!("zim-missing-illustration")).hint(
                crate::t!("zim-missing-illustration-hint", folder = shown_theme),
            ),
        );
        return None;
    };
    let path = theme_dir.join(file);
    let shown = path
        .strip_prefix(root)
        .unwrap_or(&path)
        .display()
        .to_string();
    if !path.exists() {
        diags.push(
            Diagnostic::error(shown.clone(), crate::msg!("zim-illustration-not-found")).hint(
                crate::t!("zim-illustration-not-found-hint", file = shown.clone()),
            ),
        );
        return None;
    }
    let limits = &config.site.limits;
    let checked = match files::check(root, &path, Kind::Image, limits) {
        Ok(checked) => checked,
        Err(problem) => {
            diags.push(problem);
            return None;
        }
    };
    let bytes = match files::read_checked(&checked, Kind::Image.max_bytes(limits)) {
        Ok(bytes) => bytes,
        Err(e) => {
            diags.push(
                Diagnostic::error(
                    shown,
                    crate::msg!(
                        "zim-illustration-unreadable",
                        error = crate::messages::io_error(&e)
                    ),
                )
                .hint(crate::t!("zim-illustration-unreadable-hint")),
            );
            return None;
        }
    };
    let is_png = matches!(imagesize::image_type(&bytes), Ok(imagesize::ImageType::Png));
    let size = imagesize::blob_size(&bytes).ok();
    match size {
        Some(size)
            if is_png
                && size.width == ILLUSTRATION_PIXELS
                && size.height == ILLUSTRATION_PIXELS =>
        {
            Some(checked.real)
        }
        _ => {
            let found = match (is_png, size) {
                (true, Some(size)) => crate::t!(
                    "zim-illustration-size",
                    width = size.width,
                    height = size.height
                ),
                (false, _) => crate::t!("zim-illustration-not-png"),
                (true, None) => crate::t!("zim-illustration-size-unknown"),
            };
            diags.push(
                Diagnostic::error(shown, crate::msg!("zim-illustration-wrong", found = found))
                    .hint(crate::t!("zim-illustration-wrong-hint")),
            );
            None
        }
    }
}
