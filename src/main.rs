//! The command line. Everything else lives in the library, one module per pipeline stage.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use faro::build::{BuildOptions, build};
use faro::diagnostics::Diagnostic;

#[derive(Parser)]
#[command(
    name = "faro",
    version,
    about = "Builds a multilingual, plain-language site that is light enough for cheap phones"
)]
struct Cli {
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
    let cli = Cli::parse();
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
                    println!("The published site's editor is in {}", out.display());
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
            let report = build(&BuildOptions { root, out, drafts });
            print_diagnostics(&report.diagnostics);
            if timings {
                for (stage, took) in &report.stages {
                    eprintln!("{stage:>18}: {:>7.1} ms", took.as_secs_f64() * 1000.0);
                }
                eprintln!(
                    "{:>18}: {} of {} as the last build made them, not rendered again",
                    "pages", report.remembered, report.pages
                );
                eprintln!(
                    "{:>18}: {} compressed, {} from the cache",
                    "text files", report.compressed, report.reused
                );
                eprintln!(
                    "{:>18}: {}, {} of them from the cache",
                    "against home page", report.against_home, report.against_home_reused
                );
            }
            if report.succeeded() {
                let weights = &report.page_weights;
                let kb = |bytes: u64| bytes as f64 / 1024.0;
                let weight = match (weights.get(weights.len() / 2), weights.last()) {
                    (Some(&median), Some(&largest)) => {
                        format!(
                            "; pages weigh {:.1} KB (median), {:.1} KB at most, with brotli",
                            kb(median),
                            kb(largest)
                        )
                    }
                    _ => String::new(),
                };
                println!(
                    "Built {} pages in {} languages in {} ms{weight}",
                    report.pages,
                    report.languages,
                    report.elapsed.as_millis()
                );
                ExitCode::SUCCESS
            } else {
                let errors = report.diagnostics.iter().filter(|d| d.is_error()).count();
                eprintln!(
                    "Build failed with {errors} error{}; the previous site was left as it was.",
                    if errors == 1 { "" } else { "s" }
                );
                ExitCode::FAILURE
            }
        }
    }
}

fn check(root: PathBuf, strict: bool, format: &str) -> ExitCode {
    let diags = faro::check::check(&root, faro::new::today());
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
        println!("{errors} errors, {warnings} warnings, {notes} notes");
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
            eprintln!("error: {}: cannot write the report: {e}", file.display());
            return ExitCode::FAILURE;
        }
        println!("Report written to {}", file.display());
    }
    ExitCode::SUCCESS
}

fn new(root: PathBuf, lang: String, path: String) -> ExitCode {
    let mut diags = faro::diagnostics::Diagnostics::new();
    let written = faro::new::new_page(&root, &lang, &path, faro::new::today(), &mut diags);
    print_diagnostics(&diags.into_sorted());
    match written {
        Some(file) => {
            println!(
                "Wrote {} (a draft until you remove `draft: true`)",
                file.display()
            );
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
        } => faro::po::export_language(&root, &lang, out, force, &mut diags).map(|done| {
            let folder = done
                .files
                .first()
                .and_then(|f| f.parent())
                .map(|f| f.display().to_string())
                .unwrap_or_default();
            format!(
                "Wrote {} PO files for {lang} in {folder}: {} entries, {} translated ({} of them fuzzy)",
                done.files.len(),
                done.entries,
                done.translated,
                done.fuzzy
            )
        }),
        PoCommand::Import { files, root, force } => {
            faro::po::import_files(&root, &files, force, &mut diags).map(|done| {
                let mut line = format!(
                    "Wrote {} pages, {} unchanged, {} left as they were",
                    done.written.len(),
                    done.unchanged,
                    done.incomplete.len()
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
    let report = faro::zim::zim(&faro::zim::ZimOptions { root, out });
    print_diagnostics(&report.diagnostics);
    if !report.succeeded() {
        eprintln!("No ZIM file was written for a language that had a problem.");
        return ExitCode::FAILURE;
    }
    println!(
        "Built the pages of {} languages in {} ms",
        report.files.len(),
        report.build.as_millis()
    );
    for file in &report.files {
        println!(
            "{}: {} ({} pages, {:.1} KB) in {} ms",
            file.lang,
            file.path.display(),
            file.pages,
            file.bytes as f64 / 1024.0,
            file.took.as_millis()
        );
    }
    ExitCode::SUCCESS
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
