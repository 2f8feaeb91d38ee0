//! The command line. Everything else lives in the library, one module per pipeline stage.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Arg, ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand};
use faro::build::progress::{self, Progress, Stage};
use faro::build::{BuildOptions, build_with_progress};
use faro::diagnostics::Diagnostic;
use faro::t;

#[derive(Parser)]
#[command(
    name = "faro",
    version,
    about = "Builds a multilingual, plain-language site that is light enough for cheap phones"
)]
struct Cli {
    /// The language of faro's messages: `es` or `en` [default: $FARO_LANG, else the system's]
    #[arg(long, global = true, value_parser = ["es", "en"])]
    lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into public/ (replaced only when the whole build succeeds)
    Build {
        /// The site's folder, holding site.yaml
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site [default: <root>/public]
        #[arg(long)]
        out: Option<PathBuf>,
        /// Include pages marked `draft: true`
        #[arg(long)]
        drafts: bool,
        /// Print how long each stage of the build took
        #[arg(long)]
        timings: bool,
    },
    /// Check the site without writing anything: broken links and pages, hard-to-read text,
    /// long sentences, reviews that are out of date, translations that need work
    Check {
        /// The site's folder, holding site.yaml
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Fail on warnings too, not only on errors
        #[arg(long)]
        strict: bool,
        /// `text` for people, `json` for other programs
        #[arg(long, default_value = "text", value_parser = ["text", "json"])]
        format: String,
    },
    /// Show which pages are translated, stale, drafts or missing in each language
    Status {
        /// The site's folder, holding site.yaml
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Also write a one-page coloured report to this file
        #[arg(long)]
        html: Option<PathBuf>,
    },
    /// Build the site and serve it at http://127.0.0.1:1111, rebuilding what a change touches
    /// and reloading the browser as you write
    Serve {
        /// The site's folder, holding site.yaml
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to build [default: <root>/.faro-cache/serve; never public/]
        #[arg(long)]
        out: Option<PathBuf>,
        /// Include pages marked `draft: true`
        #[arg(long)]
        drafts: bool,
        /// The address to listen on; anything but loopback lets other computers read the site
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// The port to listen on (0: any free port)
        #[arg(long, default_value_t = 1111)]
        port: u16,
    },
    /// The pages as PO files for translators' tools (Weblate, Pontoon, Poedit, Crowdin), and
    /// the translations back into pages
    Po {
        #[command(subcommand)]
        command: PoCommand,
    },
    /// Open the editor in the browser (Decap CMS) on this site's files, at
    /// http://127.0.0.1:1112; every save is checked as `faro build` would check it
    Edit {
        /// The site's folder, holding site.yaml
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The port to listen on (0: any free port); always on this computer only
        #[arg(long, default_value_t = 1112)]
        port: u16,
        /// The editor's JavaScript [default: <root>/editor/node_modules/decap-cms/dist]
        #[arg(long)]
        bundle: Option<PathBuf>,
        /// Write the published site's editor into this folder instead (static files that save
        /// to the git host in site.yaml's `editor:`), and stop
        #[arg(long, value_name = "DIR")]
        export: Option<PathBuf>,
    },
    /// Write one ZIM file per language for Kiwix readers, Kiwix hotspots and Internet-in-a-Box
    /// (needs openZIM's zimwriterfs: `apt-get install zim-tools`)
    Zim {
        /// The site's folder, holding site.yaml
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the files [default: <root>/zim]
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Start a page (or a translation of a Spanish page) with its front matter filled in
    New {
        /// The page's language, e.g. `es` or `fr`
        lang: String,
        /// The page's path in the language folder, e.g. `asilo.md` or `derechos/asilo.md`
        path: String,
        /// The site's folder, holding site.yaml
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
}

#[derive(Subcommand)]
enum PoCommand {
    /// Write one PO file per page for a language: its Spanish, and the translation where there
    /// is one, marked fuzzy where the Spanish changed since
    Export {
        /// The language to translate into, e.g. `fr`
        lang: String,
        /// The site's folder, holding site.yaml
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the files [default: <root>/po/<lang>]
        #[arg(long)]
        out: Option<PathBuf>,
        /// Replace PO files even when they hold translations not imported yet
        #[arg(long)]
        force: bool,
    },
    /// Write the translated pages of PO files (a page is written once every entry is
    /// translated and none is fuzzy)
    Import {
        /// The PO files, as `faro po export` wrote them
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The site's folder, holding site.yaml
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Overwrite pages that changed after their PO file was exported
        #[arg(long)]
        force: bool,
    },
}

fn main() -> ExitCode {
    // Return freed memory to the system at once rather than after mimalloc's default delay: a
    // build frees as much as it allocates, page after page, and this keeps its peak low.
    // SAFETY: sets an integer option, which mimalloc reads each time it considers purging.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
    // The language is known before the command line is read, so that its help and errors are
    // in it too.
    let args: Vec<String> = std::env::args().collect();
    faro::messages::choose(faro::messages::from_environment(&args, |name| {
        std::env::var(name).ok()
    }));
    let cli = command_in_language()
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches))
        .unwrap_or_else(|e| e.apply::<InWritersLanguage>().exit());
    match cli.command {
        Command::Status { root, html } => status(root, html),
        Command::Check {
            root,
            strict,
            format,
        } => check(root, strict, &format),
        Command::New { lang, path, root } => new(root, lang, path),
        Command::Po { command } => po(command),
        Command::Edit {
            root,
            bundle,
            export: Some(out),
            ..
        } => {
            let bundle = bundle.unwrap_or_else(|| root.join(faro::editor::BUNDLE_DIR));
            match faro::editor::export(&faro::editor::ExportOptions { root, out, bundle }) {
                Ok(out) => {
                    println!(
                        "{}",
                        t!("edit-exported", folder = out.display().to_string())
                    );
                    ExitCode::SUCCESS
                }
                Err(problems) => {
                    print_diagnostics(&problems);
                    ExitCode::FAILURE
                }
            }
        }
        Command::Edit {
            root, port, bundle, ..
        } => {
            let options = faro::editor::EditOptions { root, port, bundle };
            match faro::editor::edit(options) {
                Ok(()) => ExitCode::SUCCESS,
                Err(problem) => {
                    print_diagnostics(&[problem]);
                    ExitCode::FAILURE
                }
            }
        }
        Command::Zim { root, out } => zim(root, out),
        Command::Serve {
            root,
            out,
            drafts,
            bind,
            port,
        } => {
            let options = faro::serve::ServeOptions {
                root,
                out,
                drafts,
                bind,
                port,
            };
            match faro::serve::serve(options) {
                Ok(()) => ExitCode::SUCCESS,
                Err(problem) => {
                    print_diagnostics(&[problem]);
                    ExitCode::FAILURE
                }
            }
        }
        Command::Build {
            root,
            out,
            drafts,
            timings,
        } => {
            let bar = Bar::on_terminal();
            let report = build_with_progress(&BuildOptions { root, out, drafts }, bar.shared());
            bar.finish();
            print_diagnostics(&report.diagnostics);
            if timings {
                for (stage, took) in &report.stages {
                    eprintln!("{stage:>18}: {:>7.1} ms", took.as_secs_f64() * 1000.0);
                }
                // The stages' names are the code's, as in docs/performance.md.
                eprintln!(
                    "{:>18}: {}",
                    "pages",
                    t!(
                        "build-timing-pages",
                        remembered = report.remembered,
                        pages = report.pages
                    )
                );
                eprintln!(
                    "{:>18}: {}",
                    "text files",
                    t!(
                        "build-timing-compressed",
                        compressed = report.compressed,
                        reused = report.reused
                    )
                );
                eprintln!(
                    "{:>18}: {}",
                    "against home page",
                    t!(
                        "build-timing-against-home",
                        count = report.against_home,
                        reused = report.against_home_reused
                    )
                );
            }
            if report.succeeded() {
                let weights = &report.page_weights;
                let kb = |bytes: u64| bytes as f64 / 1024.0;
                let weight = match (weights.get(weights.len() / 2), weights.last()) {
                    (Some(&median), Some(&largest)) => t!(
                        "build-weight",
                        median = format!("{:.1}", kb(median)),
                        largest = format!("{:.1}", kb(largest))
                    ),
                    _ => String::new(),
                };
                println!(
                    "{}",
                    t!(
                        "build-done",
                        pages = report.pages,
                        languages = report.languages,
                        ms = millis(report.elapsed),
                        weight = weight
                    )
                );
                ExitCode::SUCCESS
            } else {
                let errors = report.diagnostics.iter().filter(|d| d.is_error()).count();
                eprintln!("{}", t!("build-failed", errors = errors));
                ExitCode::FAILURE
            }
        }
    }
}

fn check(root: PathBuf, strict: bool, format: &str) -> ExitCode {
    let bar = Bar::on_terminal();
    let diags = faro::check::check_with_progress(&root, faro::new::today(), bar.shared());
    bar.finish();
    let (errors, warnings) = (diags.error_count(), diags.warning_count());
    let notes = diags.iter().count() - errors - warnings;
    let sorted = diags.into_sorted();
    if format == "json" {
        println!(
            "{}",
            serde_json::to_string_pretty(&sorted).unwrap_or_else(|_| "[]".to_string())
        );
    } else {
        print_diagnostics(&sorted);
        println!(
            "{}",
            t!(
                "check-summary",
                errors = errors,
                warnings = warnings,
                notes = notes
            )
        );
    }
    if errors > 0 || (strict && warnings > 0) {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn status(root: PathBuf, html: Option<PathBuf>) -> ExitCode {
    let mut diags = faro::diagnostics::Diagnostics::new();
    let matrix = faro::status::matrix(&root, &mut diags);
    let failed = diags.has_errors();
    print_diagnostics(&diags.into_sorted());
    let Some(matrix) = matrix.filter(|_| !failed) else {
        return ExitCode::FAILURE;
    };
    print!("{}", matrix.table());
    if let Some(file) = html {
        if let Err(e) = std::fs::write(&file, matrix.html()) {
            eprintln!(
                "{}: {}",
                t!("label-error"),
                t!(
                    "status-report-not-written",
                    file = file.display().to_string(),
                    error = faro::messages::io_error(&e)
                )
            );
            return ExitCode::FAILURE;
        }
        println!(
            "{}",
            t!("status-report-written", file = file.display().to_string())
        );
    }
    ExitCode::SUCCESS
}

fn new(root: PathBuf, lang: String, path: String) -> ExitCode {
    let mut diags = faro::diagnostics::Diagnostics::new();
    let written = faro::new::new_page(&root, &lang, &path, faro::new::today(), &mut diags);
    print_diagnostics(&diags.into_sorted());
    match written {
        Some(file) => {
            println!("{}", t!("new-written", file = file.display().to_string()));
            ExitCode::SUCCESS
        }
        None => ExitCode::FAILURE,
    }
}

fn po(command: PoCommand) -> ExitCode {
    let mut diags = faro::diagnostics::Diagnostics::new();
    let summary = match command {
        PoCommand::Export {
            lang,
            root,
            out,
            force,
        } => {
            let bar = Bar::on_terminal();
            let exported = faro::po::export_language_with_progress(
                &root,
                &lang,
                out,
                force,
                &*bar.shared(),
                &mut diags,
            );
            bar.finish();
            exported.map(|done| {
                let folder = done
                    .files
                    .first()
                    .and_then(|f| f.parent())
                    .map(|f| f.display().to_string())
                    .unwrap_or_default();
                t!(
                    "po-exported",
                    files = done.files.len(),
                    lang = lang.clone(),
                    folder = folder,
                    entries = done.entries,
                    translated = done.translated,
                    fuzzy = done.fuzzy
                )
            })
        }
        PoCommand::Import { files, root, force } => {
            faro::po::import_files(&root, &files, force, &mut diags).map(|done| {
                let mut line = t!(
                    "po-imported",
                    written = done.written.len(),
                    unchanged = done.unchanged,
                    incomplete = done.incomplete.len()
                );
                for page in &done.written {
                    line.push_str(&format!("\n  {}", page.display()));
                }
                line
            })
        }
    };
    let failed = diags.has_errors();
    print_diagnostics(&diags.into_sorted());
    match summary {
        Some(line) => println!("{line}"),
        None => return ExitCode::FAILURE,
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn zim(root: PathBuf, out: Option<PathBuf>) -> ExitCode {
    let bar = Bar::on_terminal();
    let report = faro::zim::zim_with_progress(&faro::zim::ZimOptions { root, out }, bar.shared());
    bar.finish();
    print_diagnostics(&report.diagnostics);
    if !report.succeeded() {
        eprintln!("{}", t!("zim-failed"));
        return ExitCode::FAILURE;
    }
    println!(
        "{}",
        t!(
            "zim-built",
            languages = report.files.len(),
            ms = millis(report.build)
        )
    );
    for file in &report.files {
        println!(
            "{}",
            t!(
                "zim-file",
                lang = file.lang.clone(),
                file = file.path.display().to_string(),
                pages = file.pages,
                kb = format!("{:.1}", file.bytes as f64 / 1024.0),
                ms = millis(file.took)
            )
        );
    }
    ExitCode::SUCCESS
}

/// The command line with its help in the writer's language: `cli-<subcommand…>` in
/// src/messages/ is a command's description, `cli-<subcommand…>-<argument>` an argument's (the
/// English there is the doc comments above). clap's own words are given in it too: the
/// headings, the usage line, defaults and possible values, `--help` and `--version`, and its
/// errors ([`InWritersLanguage`]).
fn command_in_language() -> clap::Command {
    let root = translated(Cli::command(), "cli", "faro")
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t!("cli-version"))
                .help_heading(t!("cli-options")),
        );
    root.about(t!("cli"))
}

/// `command` (whose full name is `path`, e.g. `faro po export`) with its help in the writer's
/// language, and its subcommands'.
fn translated(mut command: clap::Command, key: &str, path: &str) -> clap::Command {
    let text = |id: &str| Some(faro::messages::text(id, None)).filter(|text| text != id);
    if let Some(about) = text(key) {
        command = command.about(about).long_about(None);
    }
    let arguments: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in arguments {
        let own = text(&format!("{key}-{id}"));
        command = command.mut_arg(&id, |arg| {
            let heading = if arg.is_positional() {
                t!("cli-arguments")
            } else {
                t!("cli-options")
            };
            let mut help = own
                .or_else(|| arg.get_help().map(ToString::to_string))
                .unwrap_or_default();
            // clap writes "[default: …]" and "[possible values: …]" in English only: the help
            // says them instead.
            let defaults: Vec<String> = arg
                .get_default_values()
                .iter()
                .map(|v| v.to_string_lossy().into_owned())
                .collect();
            if !defaults.is_empty() && !arg.is_hide_default_value_set() {
                help.push_str(&format!(
                    " {}",
                    t!("cli-default", value = defaults.join(", "))
                ));
            }
            let possible: Vec<String> = arg
                .get_possible_values()
                .iter()
                .filter(|v| !v.is_hide_set())
                .map(|v| v.get_name().to_string())
                .collect();
            let takes_values = arg.get_action().takes_values();
            if takes_values && !possible.is_empty() {
                let values = possible.join(", ");
                help.push_str(&format!(" {}", t!("cli-possible-values", values = values)));
            }
            let arg = arg.help_heading(heading).help(help).long_help(None);
            if takes_values {
                arg.hide_default_value(true).hide_possible_values(true)
            } else {
                arg
            }
        });
    }
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subcommands {
        command = command.mut_subcommand(&name, |sub| {
            translated(sub, &format!("{key}-{name}"), &format!("{path} {name}"))
        });
    }
    let usage = usage_of(&command, path);
    command
        .override_usage(usage)
        .subcommand_value_name(t!("cli-usage-command"))
        .subcommand_help_heading(t!("cli-commands"))
        // clap's `help` subcommand describes itself in English only; `--help` does its work.
        .disable_help_subcommand(true)
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}\n",
            t!("cli-usage")
        ))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(t!("cli-help"))
                .help_heading(t!("cli-options")),
        )
}

/// The usage line clap would write (`faro new [OPTIONS] <LANG> <PATH>`), with its words in the
/// writer's language; clap offers no other way to name `[OPTIONS]` and `<COMMAND>`.
fn usage_of(command: &clap::Command, path: &str) -> String {
    let mut usage = format!("{path} {}", t!("cli-usage-options"));
    for arg in command.get_positionals() {
        let name = arg
            .get_value_names()
            .and_then(|names| names.first())
            .map(ToString::to_string)
            .unwrap_or_else(|| arg.get_id().to_string().to_uppercase());
        let many = if matches!(arg.get_action(), ArgAction::Append) {
            "..."
        } else {
            ""
        };
        if arg.is_required_set() {
            usage.push_str(&format!(" <{name}>{many}"));
        } else {
            usage.push_str(&format!(" [{name}]{many}"));
        }
    }
    if command.has_subcommands() {
        usage.push_str(&format!(" <{}>", t!("cli-usage-command")));
    }
    usage
}

/// clap's errors (an unknown option, a missing argument, a value that is not allowed) in the
/// writer's language, laid out as clap lays them out, with faro's labels.
struct InWritersLanguage;

impl clap::error::ErrorFormatter for InWritersLanguage {
    fn format_error(error: &clap::error::Error<Self>) -> clap::builder::StyledStr {
        use clap::error::{ContextKind, ContextValue, ErrorKind};
        let text = |kind: ContextKind| match error.get(kind) {
            Some(ContextValue::String(value)) => Some(value.clone()),
            Some(ContextValue::StyledStr(value)) => Some(value.to_string()),
            _ => None,
        };
        let list = |kind: ContextKind| match error.get(kind) {
            Some(ContextValue::Strings(values)) => values.clone(),
            Some(ContextValue::StyledStrs(values)) => {
                values.iter().map(ToString::to_string).collect()
            }
            Some(ContextValue::String(value)) => vec![value.clone()],
            _ => Vec::new(),
        };
        let arg = text(ContextKind::InvalidArg).unwrap_or_default();
        let value = text(ContextKind::InvalidValue).unwrap_or_default();
        let mut message = match error.kind() {
            ErrorKind::UnknownArgument => t!("cli-error-unknown-argument", arg = arg),
            ErrorKind::InvalidSubcommand => t!(
                "cli-error-unknown-command",
                command = text(ContextKind::InvalidSubcommand).unwrap_or_default()
            ),
            ErrorKind::InvalidValue if value.is_empty() => t!("cli-error-no-value", arg = arg),
            ErrorKind::InvalidValue => {
                let mut message = t!("cli-error-invalid-value", value = value, arg = arg);
                let allowed = list(ContextKind::ValidValue);
                if !allowed.is_empty() {
                    let values = allowed.join(", ");
                    message.push_str(&format!(
                        "\n  {}",
                        t!("cli-possible-values", values = values)
                    ));
                }
                message
            }
            ErrorKind::ValueValidation => {
                // The reason is the value parser's (Rust's own words for a number or an
                // address), which only exists in English.
                let why = std::error::Error::source(error)
                    .map(|source| format!(": {source}"))
                    .unwrap_or_default();
                t!("cli-error-invalid-value", value = value, arg = arg) + &why
            }
            ErrorKind::MissingRequiredArgument => {
                let missing = list(ContextKind::InvalidArg);
                let mut message = t!("cli-error-missing-arguments");
                for name in missing {
                    message.push_str(&format!("\n  {name}"));
                }
                message
            }
            ErrorKind::MissingSubcommand => t!(
                "cli-error-missing-command",
                command = text(ContextKind::InvalidSubcommand).unwrap_or_default()
            ),
            ErrorKind::ArgumentConflict if list(ContextKind::PriorArg) == [arg.clone()] => {
                t!("cli-error-repeated", arg = arg)
            }
            ErrorKind::ArgumentConflict => t!(
                "cli-error-conflict",
                arg = arg,
                other = list(ContextKind::PriorArg).join(", ")
            ),
            ErrorKind::NoEquals => t!("cli-error-no-equals", arg = arg),
            ErrorKind::TooManyValues => t!("cli-error-extra-value", value = value, arg = arg),
            ErrorKind::InvalidUtf8 => t!("cli-error-not-utf8"),
            // Kinds faro's command line cannot produce (a count of values), and I/O errors.
            _ => error
                .kind()
                .as_str()
                .map(ToString::to_string)
                .unwrap_or_else(|| t!("cli-error-unknown")),
        };
        message = format!("{}: {message}", t!("label-error"));
        let similar = [
            ContextKind::SuggestedSubcommand,
            ContextKind::SuggestedArg,
            ContextKind::SuggestedValue,
        ]
        .into_iter()
        .flat_map(list)
        .collect::<Vec<_>>();
        if !similar.is_empty() {
            let similar = similar.join(", ");
            message.push_str(&format!(
                "\n\n  {}: {}",
                t!("label-hint"),
                t!("cli-error-similar", similar = similar)
            ));
        }
        if let Some(usage) = text(ContextKind::Usage) {
            // clap's own title, "Usage:", is replaced by the writer's word.
            let line = usage
                .split_once(": ")
                .map_or(usage.as_str(), |(_, line)| line);
            message.push_str(&format!("\n\n{}: {line}", t!("cli-usage")));
        }
        message.push_str(&format!("\n\n{}\n", t!("cli-error-try-help")));
        message.into()
    }
}

/// A progress bar on stderr, for work that takes more than a second: drawn only when stderr is
/// a terminal (a CI log or a pipe gets nothing), and cleared when the work is done, so only the
/// summary line stays.
struct Bar {
    bar: Option<std::sync::Arc<Drawn>>,
}

struct Drawn {
    bar: indicatif::ProgressBar,
    /// Told when the work ends; until then, a thread shows the bar once a second has passed.
    done: std::sync::Mutex<Option<std::sync::mpsc::Sender<()>>>,
    shower: std::sync::Mutex<Option<std::thread::JoinHandle<()>>>,
}

/// Long enough that a quick command prints nothing but its result.
const PROGRESS_AFTER: std::time::Duration = std::time::Duration::from_secs(1);

impl Bar {
    fn on_terminal() -> Bar {
        use std::io::IsTerminal;
        if !std::io::stderr().is_terminal() {
            return Bar { bar: None };
        }
        let bar = indicatif::ProgressBar::hidden();
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        let (done, wait) = std::sync::mpsc::channel::<()>();
        let shown = bar.clone();
        let shower = std::thread::spawn(move || {
            if let Err(std::sync::mpsc::RecvTimeoutError::Timeout) =
                wait.recv_timeout(PROGRESS_AFTER)
            {
                shown.set_draw_target(indicatif::ProgressDrawTarget::stderr());
            }
        });
        Bar {
            bar: Some(std::sync::Arc::new(Drawn {
                bar,
                done: std::sync::Mutex::new(Some(done)),
                shower: std::sync::Mutex::new(Some(shower)),
            })),
        }
    }

    fn shared(&self) -> progress::Shared {
        match &self.bar {
            Some(drawn) => drawn.clone(),
            None => progress::quiet(),
        }
    }

    /// Takes the bar off the terminal before the command prints its result.
    fn finish(&self) {
        let Some(drawn) = &self.bar else { return };
        drop(drawn.done.lock().ok().and_then(|mut d| d.take()));
        if let Some(shower) = drawn.shower.lock().ok().and_then(|mut s| s.take()) {
            let _ = shower.join();
        }
        drawn.bar.finish_and_clear();
    }
}

impl Progress for Drawn {
    fn start(&self, stage: Stage, steps: Option<usize>) {
        let what = match stage {
            Stage::Loading => t!("progress-loading"),
            Stage::Rendering => t!("progress-rendering"),
            Stage::Compressing => t!("progress-compressing"),
            Stage::Writing => t!("progress-writing"),
            Stage::PackingZim => t!("progress-zim"),
            Stage::WritingPo => t!("progress-po"),
        };
        let template = match steps {
            Some(_) => format!(
                "{{spinner}} {{msg}} [{{bar:30}}] {{pos}} {} {{len}}",
                t!("progress-of")
            ),
            None => "{spinner} {msg}…".to_string(),
        };
        if let Ok(style) = indicatif::ProgressStyle::with_template(&template) {
            self.bar.set_style(style.progress_chars("=> "));
        }
        match steps {
            Some(steps) => self.bar.set_length(steps as u64),
            None => self.bar.unset_length(),
        }
        self.bar.set_position(0);
        self.bar.set_message(what);
    }

    fn advance(&self, count: usize) {
        self.bar.inc(count as u64);
    }
}

/// Whole milliseconds, as a number Fluent takes.
fn millis(took: std::time::Duration) -> u64 {
    u64::try_from(took.as_millis()).unwrap_or(u64::MAX)
}

fn print_diagnostics(diagnostics: &[Diagnostic]) {
    let mut err = std::io::stderr().lock();
    for d in diagnostics {
        let _ = writeln!(err, "{d}");
    }
}

// Rendering thousands of pages is allocation-heavy (template values, HTML strings, minifier
// trees); mimalloc takes about a fifth off the build's CPU time over the system allocator.
/// `mi_option_purge_delay` in mimalloc 2's `mi_option_e` (mimalloc.h), which libmimalloc-sys
/// does not name.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
