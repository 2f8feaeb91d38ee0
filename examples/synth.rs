//! Writes a synthetic faro site for benchmarks: N languages × M pages of about 600 words, in
//! sections of 30 pages, with .md links between pages, using the repository's default theme and
//! interface strings.
//!
//!     cargo run --release --example synth -- --languages 5 --pages 600 --out /dev/shm/synth

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const WORDS: &[&str] = &[
    "tienes",
    "derecho",
    "a",
    "la",
    "protección",
    "un",
    "abogado",
    "te",
    "puede",
    "ayudar",
    "con",
    "tu",
    "caso",
    "familia",
    "escuela",
    "salud",
    "seguro",
    "pregunta",
    "lo",
    "mejor",
    "para",
    "ti",
    "es",
    "importante",
    "nadie",
    "debe",
    "encerrar",
    "niña",
    "niño",
    "país",
    "México",
    "autoridad",
    "cuidar",
    "información",
    "idioma",
    "opinión",
    "cuenta",
    "decidir",
    "proceso",
    "ayuda",
    "llamar",
    "hablar",
];
const SECTION_SIZE: usize = 30;

fn main() {
    let mut languages = 5usize;
    let mut pages = 600usize;
    let mut out = PathBuf::from("synth-site");
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next().unwrap_or_default();
        match arg.as_str() {
            "--languages" => languages = value.parse().expect("--languages takes a number"),
            "--pages" => pages = value.parse().expect("--pages takes a number"),
            "--out" => out = PathBuf::from(value),
            other => panic!("unknown argument {other}; use --languages N --pages M --out DIR"),
        }
    }
    let codes: Vec<String> = ["es", "en", "fr", "pt", "ht", "de", "it", "nl", "sv", "pl"]
        .iter()
        .take(languages.min(10))
        .map(|c| c.to_string())
        .collect();
    if out.exists() {
        std::fs::remove_dir_all(&out).expect("cannot clear the output folder");
    }
    std::fs::create_dir_all(&out).expect("cannot create the output folder");
    write_config(&out, &codes);
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    copy_dir(&repo.join("themes"), &out.join("themes"));
    copy_dir(&repo.join("translations"), &out.join("translations"));

    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    for code in &codes {
        let dir = out.join("content").join(code);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("_index.md"),
            page("Inicio", None, 0, "", &mut seed, pages),
        )
        .unwrap();
        let sections = pages.div_ceil(SECTION_SIZE);
        for s in 0..sections {
            let section_dir = dir.join(format!("section-{s}"));
            std::fs::create_dir_all(&section_dir).unwrap();
            std::fs::write(
                section_dir.join("_index.md"),
                page(
                    &format!("Sección {s}"),
                    Some(&format!("seccion-{s}")),
                    s,
                    "../",
                    &mut seed,
                    pages,
                ),
            )
            .unwrap();
            for p in 0..SECTION_SIZE.min(pages - s * SECTION_SIZE) {
                let n = s * SECTION_SIZE + p;
                let body = page(
                    &format!("Página {n}"),
                    Some(&format!("pagina-{n}")),
                    p,
                    "../",
                    &mut seed,
                    pages,
                )
                // Only the home and section pages go into the booklet, as a real site's core
                // pages would: six hundred pages would never fit a booklet's budget.
                .replacen("\nupdated:", "\nbooklet: false\nupdated:", 1);
                std::fs::write(section_dir.join(format!("page-{n}.md")), body).unwrap();
            }
        }
    }
    println!(
        "wrote {} languages × {} pages to {}",
        codes.len(),
        pages,
        out.display()
    );
}

fn write_config(out: &Path, codes: &[String]) {
    let mut yaml = String::from("title:\n");
    for code in codes {
        writeln!(yaml, "  {code}: Sitio de prueba").unwrap();
    }
    writeln!(yaml, "default_language: {}\nlanguages:", codes[0]).unwrap();
    for code in codes {
        writeln!(yaml, "  - code: {code}\n    name: Lengua {code}").unwrap();
        if code != &codes[0] {
            writeln!(yaml, "    fallback: [{}]", codes[0]).unwrap();
        }
    }
    yaml.push_str("contacts:\n  phone: \"+52 55 7100 1542\"\n  whatsapp: \"+1 202 918 9431\"\n");
    yaml.push_str(
        "quick_exit_url: https://www.google.com/search?q=clima\nbooklet:\n  qr_codes: false\n",
    );
    std::fs::write(out.join("site.yaml"), yaml).unwrap();
}

/// A page of about 600 words in paragraphs, with headings and links to other pages.
fn page(
    title: &str,
    slug: Option<&str>,
    order: usize,
    to_root: &str,
    seed: &mut u64,
    pages: usize,
) -> String {
    let mut text = format!("---\ntitle: {title}\n");
    if let Some(slug) = slug {
        writeln!(text, "slug: {slug}").unwrap();
    }
    writeln!(text, "order: {order}\nsummary:\n  - Tienes derechos.\n  - Puedes pedir ayuda.\nupdated: 2026-11-28\n---\n").unwrap();
    for paragraph in 0..12 {
        if paragraph % 4 == 0 {
            writeln!(text, "## Pregunta {paragraph}\n").unwrap();
        }
        for sentence in 0..5 {
            for w in 0..10 {
                let word = WORDS[(next(seed) % WORDS.len() as u64) as usize];
                if w == 0 {
                    let mut chars = word.chars();
                    let first = chars
                        .next()
                        .map(|c| c.to_uppercase().collect::<String>())
                        .unwrap_or_default();
                    text.push_str(&first);
                    text.push_str(chars.as_str());
                } else {
                    text.push(' ');
                    text.push_str(word);
                }
            }
            if sentence == 2 {
                let target = (next(seed) % pages as u64) as usize;
                let section = target / SECTION_SIZE;
                write!(text, " [más]({to_root}section-{section}/page-{target}.md)").unwrap();
            }
            text.push_str(". ");
        }
        text.push_str("\n\n");
    }
    text
}

fn next(seed: &mut u64) -> u64 {
    // xorshift64: reproducible text without a random-number dependency.
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}
