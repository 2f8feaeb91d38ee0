//! Runs the real `faro` binary on every broken site in tests/invalid/ and checks that each one
//! fails the way a writer needs it to: exit code 1, the expected messages, a hint for every
//! error, no panic, and the previous public/ (indeed the whole site folder) left byte for byte
//! as it was.
//!
//! Each case is a test of its own, named after its folder (`-` becomes `_`) in
//! `broken_sites!` below; `every_case_folder_has_its_test` fails while a folder has no line
//! there. One case: `cargo test --test testsuite -- --exact invalid_sites::config_missing`.
//!
//! Layout of tests/invalid/:
//! - `base/`: a tiny valid site every case starts from, with the repository's
//!   translations/es.ftl and themes/default (a case brings only the theme files it breaks).
//! - `<case>/`: only the files that differ from base, copied over it, plus:
//!   - `expected.txt`: one substring per line that stderr must contain (location, then the
//!     start of the message). Blank lines and lines starting with `# ` are comments.
//!     Every `error:` line faro prints must contain one of the `error:` lines listed here, so a
//!     case fails in exactly the way it says and in no other.
//!   - `expected.es.txt`: the same in Spanish, for the case's run with `FARO_LANG=es` (labels
//!     `error:`/`aviso:`/`sugerencia:`). Every case runs twice: with `FARO_LANG=en` against
//!     expected.txt, and with `FARO_LANG=es` against expected.es.txt.
//!   - `remove.txt` (optional): paths of base files or folders to delete, one per line.
//!   - `args.txt` (optional): extra arguments for `faro build`, whitespace-separated; the
//!     binary runs with the case's site folder as its current directory.
//!   - `make.txt` (optional): things a file in git cannot hold, one instruction per line:
//!     - `mkdir PATH`: an (empty) folder.
//!     - `drop-message PATH KEY`: remove one message from a Fluent file.
//!     - `replace PATH | OLD | NEW`: replace the first OLD in a file with NEW (to break one
//!       line of the repository's theme).
//!     - `latin1 PATH`: re-encode a UTF-8 file as Latin-1, as an editor set to Windows-1252
//!       would save it (every character must be in Latin-1).
//!     - `bad-name DIR`: a valid page in DIR whose file name is not valid UTF-8 (`p\xe1gina.md`).
//!     - `symlink LINK TARGET`: a symbolic link at LINK pointing to TARGET (as written).
//!     - `unreadable PATH`: chmod 000; the case is skipped when the file stays readable
//!       (running as root, as CI does, or with CAP_DAC_OVERRIDE).
//!     - `big PATH MEGABYTES`: a page of that many megabytes of ordinary paragraphs.
//!     - `repeat PATH | COUNT | TEXT`: TEXT appended COUNT times to a file (`\n` is a line
//!       break, `\s` a space, which an editor would not strip from the end of the line).
//!     - `write PATH | TEXT`: a file holding TEXT (`\n` is a line break); PATH may climb out of
//!       the site with `..`, into the case's own temporary folder, to be the target of a link.
//!     - `sparse PATH MEGABYTES`: a file of that many megabytes that takes no room on disk
//!       (zeros, as `truncate -s` makes), such as a video renamed as an image.
//!     - `nfd-copy PATH`: a copy of a page under the same name with its letters decomposed
//!       (Unicode NFD), as some systems save names.
//!
//! With `FARO_BLESS=1` the full stderr of every case run is printed (nothing is rewritten), so
//! a person can update expected.txt:
//! `FARO_BLESS=1 cargo test --test testsuite invalid_sites:: -- --nocapture` for every case,
//! `FARO_BLESS=1 cargo test --test testsuite -- --exact invalid_sites::config_missing --nocapture`
//! for one.

use crate::harness::{Entry, Faro, copy_dir, repo, run_dir, snapshot};
use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Files in a case folder that describe the case rather than belong to the site.
const CASE_FILES: &[&str] = &[
    "expected.txt",
    "expected.es.txt",
    "remove.txt",
    "args.txt",
    "make.txt",
];

/// A language faro's messages are checked in: the expected file, and the words faro prints
/// around the messages.
struct Language {
    code: &'static str,
    expected: &'static str,
    hint: &'static str,
    success: &'static str,
    /// The summary line for this many errors.
    failed: fn(usize) -> String,
}

const ENGLISH: Language = Language {
    code: "en",
    expected: "expected.txt",
    hint: "  hint: ",
    success: "Built ",
    failed: |errors| {
        format!(
            "Build failed with {errors} error{};",
            if errors == 1 { "" } else { "s" }
        )
    },
};

const SPANISH: Language = Language {
    code: "es",
    expected: "expected.es.txt",
    hint: "  sugerencia: ",
    success: "Listo: ",
    failed: |errors| {
        if errors == 1 {
            "No se pudo construir el sitio: hubo 1 error.".to_string()
        } else {
            format!("No se pudo construir el sitio: hubo {errors} errores.")
        }
    },
};

fn invalid_dir() -> PathBuf {
    repo().join("tests").join("invalid")
}

/// One `#[test]` per case folder, named after it (`-` becomes `_`), and the list of folders.
macro_rules! broken_sites {
    ($($test:ident => $folder:literal,)*) => {
        $(
            #[test]
            fn $test() {
                check_case($folder);
            }
        )*
        const CASES: &[&str] = &[$($folder),*];
    };
}

broken_sites! {
    audio_missing => "audio-missing",
    audio_too_big => "audio-too-big",
    config_bad_brotli_quality => "config-bad-brotli-quality",
    config_bad_direction => "config-bad-direction",
    config_check_complete_undeclared => "config-check-complete-undeclared",
    config_check_required_unknown => "config-check-required-unknown",
    config_bad_emergency => "config-bad-emergency",
    config_bad_language_code => "config-bad-language-code",
    config_bad_limit => "config-bad-limit",
    config_bad_phone => "config-bad-phone",
    config_base_url => "config-base-url",
    config_default_language_undeclared => "config-default-language-undeclared",
    config_empty => "config-empty",
    config_fallback_cycle => "config-fallback-cycle",
    config_fallback_undeclared => "config-fallback-undeclared",
    config_language_no_name => "config-language-no-name",
    config_language_twice => "config-language-twice",
    config_missing => "config-missing",
    config_missing_field => "config-missing-field",
    config_missing_theme => "config-missing-theme",
    config_no_default_title => "config-no-default-title",
    config_no_languages => "config-no-languages",
    config_title_undeclared_language => "config-title-undeclared-language",
    config_too_big => "config-too-big",
    config_unknown_key => "config-unknown-key",
    config_wrong_type => "config-wrong-type",
    config_yaml_indent => "config-yaml-indent",
    config_yaml_syntax => "config-yaml-syntax",
    content_empty => "content-empty",
    content_file_at_top => "content-file-at-top",
    content_missing => "content-missing",
    content_undeclared_language => "content-undeclared-language",
    document_beside_pages => "document-beside-pages",
    external_image => "external-image",
    external_script => "external-script",
    file_too_big => "file-too-big",
    ftl_duplicate_key => "ftl-duplicate-key",
    ftl_formatter_traps => "ftl-formatter-traps",
    ftl_invalid_utf8 => "ftl-invalid-utf8",
    ftl_missing_message => "ftl-missing-message",
    ftl_nested_too_deep => "ftl-nested-too-deep",
    ftl_syntax_error => "ftl-syntax-error",
    ftl_too_big => "ftl-too-big",
    ftl_unicode_escape => "ftl-unicode-escape",
    image_format_not_published => "image-format-not-published",
    image_html_named_png => "image-html-named-png",
    image_missing => "image-missing",
    image_other_format => "image-other-format",
    image_svg_unsafe => "image-svg-unsafe",
    image_too_big => "image-too-big",
    limits_set_in_site_yaml => "limits-set-in-site-yaml",
    link_absolute => "link-absolute",
    link_backslash => "link-backslash",
    link_javascript => "link-javascript",
    link_javascript_autolink => "link-javascript-autolink",
    link_missing_folder => "link-missing-folder",
    link_no_such_page => "link-no-such-page",
    link_outside_content => "link-outside-content",
    lock_address_taken => "lock-address-taken",
    lock_bad_line => "lock-bad-line",
    no_home_page => "no-home-page",
    out_content => "out-content",
    out_content_es => "out-content-es",
    out_is_file => "out-is-file",
    out_not_made_by_faro => "out-not-made-by-faro",
    out_parent => "out-parent",
    out_site_root => "out-site-root",
    out_site_root_by_path => "out-site-root-by-path",
    out_themes => "out-themes",
    out_translations_inside => "out-translations-inside",
    outside_audio => "outside-audio",
    outside_content => "outside-content",
    outside_folder => "outside-folder",
    outside_image => "outside-image",
    outside_page => "outside-page",
    outside_settings => "outside-settings",
    outside_static => "outside-static",
    outside_template => "outside-template",
    outside_theme => "outside-theme",
    outside_translations => "outside-translations",
    page_dangling_link => "page-dangling-link",
    page_date_format => "page-date-format",
    page_duplicate_key => "page-duplicate-key",
    page_duplicate_slug => "page-duplicate-slug",
    page_empty_front_matter => "page-empty-front-matter",
    page_empty_title => "page-empty-title",
    page_file_name_capitals => "page-file-name-capitals",
    page_file_name_not_unicode => "page-file-name-not-unicode",
    page_file_name_space => "page-file-name-space",
    page_invalid_date => "page-invalid-date",
    page_invalid_utf8 => "page-invalid-utf8",
    page_legal_review_bad_date => "page-legal-review-bad-date",
    page_long_line => "page-long-line",
    page_missing_title => "page-missing-title",
    page_nested_html => "page-nested-html",
    page_nested_lists => "page-nested-lists",
    page_nfc_nfd => "page-nfc-nfd",
    page_no_front_matter => "page-no-front-matter",
    page_over_budget => "page-over-budget",
    page_reviewed_renamed => "page-reviewed-renamed",
    page_slug_capitals => "page-slug-capitals",
    page_slug_dotdot => "page-slug-dotdot",
    page_slug_question => "page-slug-question",
    page_slug_slash => "page-slug-slash",
    page_slug_space => "page-slug-space",
    page_source_no_address => "page-source-no-address",
    page_source_no_date => "page-source-no-date",
    page_sources_none_empty => "page-sources-none-empty",
    page_symlink_loop => "page-symlink-loop",
    page_term_missing_field => "page-term-missing-field",
    page_too_big => "page-too-big",
    page_translation_reviewed_nobody => "page-translation-reviewed-nobody",
    page_translation_unknown_key => "page-translation-unknown-key",
    page_unclosed_front_matter => "page-unclosed-front-matter",
    page_unknown_key => "page-unknown-key",
    page_unreadable => "page-unreadable",
    page_wrong_type => "page-wrong-type",
    page_yaml_syntax => "page-yaml-syntax",
    page_yaml_tab => "page-yaml-tab",
    section_without_index => "section-without-index",
    static_svg_script => "static-svg-script",
    template_invalid_utf8 => "template-invalid-utf8",
    template_missing_include => "template-missing-include",
    template_no_page_html => "template-no-page-html",
    template_syntax_error => "template-syntax-error",
    template_unclosed_block => "template-unclosed-block",
    template_unknown_filter => "template-unknown-filter",
    template_unknown_function => "template-unknown-function",
    template_unknown_variable => "template-unknown-variable",
    theme_file_too_big => "theme-file-too-big",
    translations_missing => "translations-missing",
}

/// A folder added to tests/invalid/ without its line above would never run.
#[test]
fn every_case_folder_has_its_test() {
    let mut unlisted: Vec<String> = fs::read_dir(invalid_dir())
        .expect("tests/invalid/ exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.is_dir())
        .filter_map(|p| Some(p.file_name()?.to_str()?.to_string()))
        .filter(|name| name != "base" && !CASES.contains(&name.as_str()))
        .collect();
    unlisted.sort();
    assert!(
        unlisted.is_empty(),
        "tests/invalid/ has case folders with no test; add them to `broken_sites!` in {}:\n{}",
        file!(),
        unlisted
            .iter()
            .map(|name| format!("    {} => \"{name}\",", name.replace('-', "_")))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// Builds the case in `tests/invalid/<folder>/` and fails with every way it did not fail as
/// expected.
fn check_case(folder: &str) {
    let bless = std::env::var("FARO_BLESS").is_ok_and(|v| v == "1");
    let case = invalid_dir().join(folder);
    for language in [&ENGLISH, &SPANISH] {
        match run_case(&case, &previous_public(), bless, language) {
            Outcome::Passed => {}
            // A test cannot mark itself ignored once it runs: it says why, and passes.
            Outcome::Skipped(why) => eprintln!("skipped {folder}: {why}"),
            Outcome::Failed(problems) => panic!(
                "tests/invalid/{folder}/ did not fail as expected (FARO_LANG={}):\n   {}\n(run with FARO_BLESS=1 and --nocapture to see its full output)",
                language.code,
                problems.join("\n   ")
            ),
        }
    }
}

enum Outcome {
    Passed,
    Skipped(String),
    Failed(Vec<String>),
}

/// base/, with the repository's Spanish interface strings: the theme's keys change as the
/// theme grows, and a copy kept here would fall behind.
fn copy_base(site: &Path) {
    copy_dir(&invalid_dir().join("base"), site, &[]);
    copy_dir(
        &repo().join("themes").join("default"),
        &site.join("themes").join("default"),
        &[],
    );
    fs::create_dir_all(site.join("translations")).unwrap();
    fs::copy(
        repo().join("translations/es.ftl"),
        site.join("translations/es.ftl"),
    )
    .unwrap();
}

/// A real public/ from a good build of base, made once for the whole run, so each case starts
/// with a site faro made.
fn previous_public() -> PathBuf {
    static PREVIOUS: OnceLock<PathBuf> = OnceLock::new();
    PREVIOUS
        .get_or_init(|| {
            let site = run_dir().join("invalid-base");
            copy_base(&site);
            let run = Faro::build(&site).run();
            assert_eq!(
                run.code,
                Some(0),
                "tests/invalid/base/ must build cleanly, or no case tests anything:\n{}",
                run.stderr
            );
            let public = site.join("public");
            // A file of known content beside faro's own, to be sure nothing in the folder is
            // touched.
            fs::write(public.join("keep.html"), "<p>the previous build</p>\n").unwrap();
            assert!(
                public.join(".faro-output").is_file(),
                "faro marks its output folder"
            );
            public
        })
        .clone()
}

fn run_case(case: &Path, previous_public: &Path, bless: bool, language: &Language) -> Outcome {
    let name = case.file_name().unwrap().to_string_lossy().into_owned();
    let mut problems = Vec::new();

    let expected_text = match fs::read_to_string(case.join(language.expected)) {
        Ok(text) => text,
        Err(e) => {
            return Outcome::Failed(vec![format!("cannot read {}: {e}", language.expected)]);
        }
    };
    let expected: Vec<&str> = expected_text
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with("# "))
        .collect();
    if !expected.iter().any(|l| l.starts_with("error: ")) {
        problems.push(format!("{} lists no `error: ` line", language.expected));
    }

    // <tmp>/site is the site; anything faro might make beside it stays inside <tmp> too.
    let tmp = tempfile::TempDir::new().unwrap();
    let site = tmp.path().join("site");
    copy_base(&site);
    for rel in lines_of(&case.join("remove.txt")) {
        let path = site.join(&rel);
        let removed = if path.is_dir() {
            fs::remove_dir_all(&path)
        } else {
            fs::remove_file(&path)
        };
        if let Err(e) = removed {
            problems.push(format!("remove.txt: cannot remove {rel}: {e}"));
        }
    }
    copy_dir(case, &site, CASE_FILES);
    copy_dir(previous_public, &site.join("public"), &[]);
    for instruction in lines_of(&case.join("make.txt")) {
        match make(&site, &instruction) {
            Ok(None) => {}
            Ok(Some(skip)) => return Outcome::Skipped(skip),
            Err(e) => problems.push(format!("make.txt: `{instruction}`: {e}")),
        }
    }
    if !problems.is_empty() {
        return Outcome::Failed(problems);
    }
    let args: Vec<String> = fs::read_to_string(case.join("args.txt"))
        .map(|t| t.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default();

    let before = snapshot(tmp.path());
    let run = match Faro::build(&site)
        .args(&args)
        .env("FARO_LANG", language.code)
        .try_run()
    {
        Ok(run) => run,
        Err(e) => return Outcome::Failed(vec![e]),
    };
    // The compression cache may gain entries from pages compressed before a later page failed
    // its budget: a cache, not the site, so it is left out of the comparison.
    let mut after = snapshot(tmp.path());
    after.retain(|path, _| !path.starts_with("site/.faro-cache"));
    let stderr = run.stderr;

    if bless {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(
            out,
            "===== {name} (FARO_LANG={} faro build --root <site> {}) exit {:?}",
            language.code,
            args.join(" "),
            run.code
        );
        let _ = write!(out, "{stderr}");
        if !run.stdout.is_empty() {
            let _ = writeln!(out, "----- stdout\n{}", run.stdout);
        }
    }

    if run.code == Some(0) {
        // The site was accepted and public/ replaced, as it should be after a success: nothing
        // else to compare.
        return Outcome::Failed(vec![format!(
            "faro accepted this site (exit 0): {}; stderr: {}",
            run.stdout.trim(),
            if stderr.trim().is_empty() {
                "(empty)"
            } else {
                stderr.trim()
            }
        )]);
    }
    if run.code != Some(1) {
        problems.push(format!("exit code {:?}, expected 1", run.code));
    }
    if stderr.contains("panicked") {
        problems.push("faro panicked".to_string());
    }
    if run.stdout.contains(language.success) {
        problems.push(format!("stdout claims success: {}", run.stdout.trim()));
    }
    for line in &expected {
        if !stderr.contains(line) {
            problems.push(format!("stderr lacks: {line}"));
        }
    }
    if !stderr.contains(language.hint) {
        problems.push(format!("stderr has no `{}`", language.hint.trim()));
    }
    // One block per problem: an `error:` line, maybe more message lines, then `  hint: …`.
    let lines: Vec<&str> = stderr.lines().collect();
    let error_lines: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].starts_with("error: "))
        .collect();
    for (k, &i) in error_lines.iter().enumerate() {
        let end = error_lines.get(k + 1).copied().unwrap_or(lines.len());
        if !lines[i + 1..end]
            .iter()
            .any(|l| l.starts_with(language.hint))
        {
            problems.push(format!("no hint for: {}", lines[i]));
        }
        if !expected
            .iter()
            .any(|e| e.starts_with("error: ") && lines[i].contains(e))
        {
            problems.push(format!("unexpected error: {}", lines[i]));
        }
    }
    let errors = error_lines.len();
    let summary = (language.failed)(errors);
    if errors == 0 {
        problems.push("no `error: ` line in stderr".to_string());
    } else if !stderr.contains(&summary) {
        problems.push(format!(
            "stderr lacks `{summary}` (the count should match the error blocks)"
        ));
    }
    problems.extend(compare(&before, &after));

    if problems.is_empty() {
        Outcome::Passed
    } else {
        problems.push(format!(
            "stderr was:\n      {}",
            stderr.trim_end().replace('\n', "\n      ")
        ));
        Outcome::Failed(problems)
    }
}

/// Non-empty, non-comment lines of an optional file.
fn lines_of(path: &Path) -> Vec<String> {
    fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

/// Carries out one make.txt instruction; `Ok(Some(reason))` skips the case.
fn make(site: &Path, instruction: &str) -> Result<Option<String>, String> {
    let words: Vec<&str> = instruction.split_whitespace().collect();
    let err = |e: std::io::Error| e.to_string();
    match words.as_slice() {
        ["mkdir", path] => fs::create_dir_all(site.join(path)).map_err(err)?,
        [op, path, ..] if *op == "replace" => {
            // `replace PATH | OLD | NEW`: breaks one line of the repository's own file, so a
            // case carries no copy of the theme that would fall behind it.
            let parts: Vec<&str> = instruction.splitn(3, " | ").collect();
            let [_, old, new] = parts.as_slice() else {
                return Err("write `replace PATH | OLD | NEW`".to_string());
            };
            let text = fs::read_to_string(site.join(path)).map_err(err)?;
            if !text.contains(old) {
                return Err(format!("`{old}` is not in {path}"));
            }
            fs::write(site.join(path), text.replacen(old, new, 1)).map_err(err)?;
        }
        ["drop-message", path, key] => {
            // Removes one Fluent message (its line and any indented lines under it).
            let text = fs::read_to_string(site.join(path)).map_err(err)?;
            let mut kept = Vec::new();
            let mut dropping = false;
            for line in text.lines() {
                if line.split('=').next().is_some_and(|k| k.trim() == *key)
                    && !line.starts_with(' ')
                {
                    dropping = true;
                    continue;
                }
                if dropping && line.starts_with(' ') {
                    continue;
                }
                dropping = false;
                kept.push(line);
            }
            fs::write(site.join(path), kept.join("\n") + "\n").map_err(err)?;
        }
        ["latin1", path] => {
            let text = fs::read_to_string(site.join(path)).map_err(err)?;
            let bytes = text
                .chars()
                .map(|c| u8::try_from(u32::from(c)).map_err(|_| format!("`{c}` is not in Latin-1")))
                .collect::<Result<Vec<u8>, String>>()?;
            fs::write(site.join(path), bytes).map_err(err)?;
        }
        ["bad-name", dir] => {
            use std::os::unix::ffi::OsStrExt;
            let name = std::ffi::OsStr::from_bytes(b"p\xe1gina.md");
            fs::write(
                site.join(dir).join(name),
                "---\ntitle: Página\n---\n\nTexto.\n",
            )
            .map_err(err)?;
        }
        ["symlink", link, target] => {
            std::os::unix::fs::symlink(target, site.join(link)).map_err(err)?
        }
        ["unreadable", path] => {
            use std::os::unix::fs::PermissionsExt;
            let path = site.join(path);
            fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).map_err(err)?;
            // Root (as in CI) and CAP_DAC_OVERRIDE read a chmod 000 file anyway.
            if fs::read(&path).is_ok() {
                return Ok(Some(
                    "a chmod 000 file is still readable here (running as root?)".into(),
                ));
            }
        }
        [op, ..] if *op == "repeat" => {
            let parts: Vec<&str> = instruction.splitn(3, " | ").collect();
            let [head, count, text] = parts.as_slice() else {
                return Err("write `repeat PATH | COUNT | TEXT`".to_string());
            };
            let path = head.trim_start_matches("repeat").trim();
            let count: usize = count.parse().map_err(|_| "COUNT is not a number")?;
            let text = text.replace("\\n", "\n").replace("\\s", " ");
            let mut content = fs::read_to_string(site.join(path)).map_err(err)?;
            content.push_str(&text.repeat(count));
            fs::write(site.join(path), content).map_err(err)?;
        }
        [op, ..] if *op == "write" => {
            let Some((path, text)) = instruction["write".len()..].split_once(" | ") else {
                return Err("write `write PATH | TEXT`".to_string());
            };
            fs::write(site.join(path.trim()), text.replace("\\n", "\n")).map_err(err)?;
        }
        ["sparse", path, megabytes] => {
            let megabytes: u64 = megabytes
                .parse()
                .map_err(|_| "MEGABYTES is not a number".to_string())?;
            let file = fs::File::create(site.join(path)).map_err(err)?;
            file.set_len(megabytes * 1024 * 1024).map_err(err)?;
        }
        ["nfd-copy", path] => {
            use unicode_normalization::UnicodeNormalization;
            let from = site.join(path);
            let name: String = from
                .file_name()
                .and_then(|n| n.to_str())
                .ok_or("PATH has no file name")?
                .nfd()
                .collect();
            fs::copy(&from, from.with_file_name(name)).map_err(err)?;
        }
        ["big", path, megabytes] => {
            let megabytes: usize = megabytes
                .parse()
                .map_err(|_| "MEGABYTES is not a number".to_string())?;
            // Words drawn by a fixed pseudo-random sequence, so the page does not compress to
            // almost nothing as one repeated paragraph would.
            const WORDS: &[&str] = &[
                "tienes",
                "derecho",
                "a",
                "pedir",
                "ayuda",
                "una",
                "persona",
                "adulta",
                "de",
                "confianza",
                "te",
                "puede",
                "acompañar",
                "en",
                "la",
                "frontera",
                "asilo",
                "familia",
                "escuela",
                "salud",
                "abogado",
                "oficina",
                "país",
                "niña",
                "niño",
                "protección",
                "llamar",
                "hablar",
                "seguro",
                "hoy",
            ];
            let mut text = String::from("---\ntitle: Una página muy grande\n---\n\n");
            let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
            let mut in_paragraph = 0;
            while text.len() < megabytes * 1024 * 1024 {
                seed = seed
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                text.push_str(WORDS[(seed >> 33) as usize % WORDS.len()]);
                in_paragraph += 1;
                text.push_str(if in_paragraph % 60 == 0 { ".\n\n" } else { " " });
            }
            fs::write(site.join(path), text).map_err(err)?;
        }
        _ => return Err("unknown instruction".into()),
    }
    Ok(None)
}

fn compare(before: &BTreeMap<PathBuf, Entry>, after: &BTreeMap<PathBuf, Entry>) -> Vec<String> {
    let mut problems = Vec::new();
    for (path, entry) in before {
        match after.get(path) {
            None => problems.push(format!("the failed build removed {}", path.display())),
            Some(now) if now != entry => {
                problems.push(format!("the failed build changed {}", path.display()))
            }
            Some(_) => {}
        }
    }
    for path in after.keys().filter(|p| !before.contains_key(*p)) {
        problems.push(format!("the failed build left {}", path.display()));
    }
    problems
}
