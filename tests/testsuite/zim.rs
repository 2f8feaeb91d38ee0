//! `faro zim`: the ZIM files of the repository's site and of a small fixture, checked with
//! openZIM's and Kiwix's own tools (`zimcheck`, `kiwix-serve`) when they are installed (.ci/run
//! installs them; elsewhere those tests print a note and check what they can without them),
//! and the errors for missing metadata and a missing writer.

use std::fs;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::harness::{Faro, fixture, repo, run_dir};

/// The reference tools, when every one is installed: zimwriterfs (which faro drives), zimcheck
/// and kiwix-serve. `false` with a note on stderr otherwise.
fn tools() -> bool {
    let missing: Vec<&str> = ["zimwriterfs", "zimcheck", "kiwix-serve"]
        .into_iter()
        .filter(|tool| {
            Command::new(tool)
                .arg("--version")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_err()
        })
        .collect();
    if !missing.is_empty() {
        eprintln!(
            "note: skipped: {} not installed (apt-get install zim-tools kiwix-tools)",
            missing.join(", ")
        );
    }
    missing.is_empty()
}

/// This month, as the files' names end: `2026-12`.
fn month() -> String {
    let out = Command::new("date").arg("+%Y-%m").output().unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

/// Runs `faro zim` on `site` into `out`; the files it wrote, by language code.
fn zim(site: &Path, out: &Path, name: &str, languages: &[&str]) -> Vec<(String, PathBuf)> {
    let run = Faro::new(["zim", "--out"])
        .args([out.as_os_str()])
        .root(site)
        .timeout(Duration::from_secs(300))
        .run();
    assert_eq!(
        run.code,
        Some(0),
        "faro zim:\n{}\n{}",
        run.stdout,
        run.stderr
    );
    let month = month();
    let files: Vec<(String, PathBuf)> = languages
        .iter()
        .map(|code| {
            let file = out.join(format!("{name}_{code}_all_{month}.zim"));
            assert!(
                file.is_file(),
                "{} was written:\n{}",
                file.display(),
                run.stdout
            );
            (code.to_string(), file)
        })
        .collect();
    let written = fs::read_dir(out).unwrap().count();
    assert_eq!(
        written,
        languages.len(),
        "one file per language and nothing else"
    );
    files
}

/// zimcheck's every check passes on `file`.
fn zimcheck(file: &Path) {
    let out = Command::new("zimcheck").arg(file).output().unwrap();
    let said =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success()
            && said.contains("Overall Test Status: Pass")
            && !said.contains("[ERROR]"),
        "zimcheck {}:\n{said}",
        file.display()
    );
}

/// kiwix-serve on a free loopback port, serving `files`; stopped when dropped.
struct Kiwix {
    child: Child,
    address: String,
}

impl Drop for Kiwix {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Kiwix {
    fn start(files: &[PathBuf]) -> Kiwix {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        // As the README says to run Debian's kiwix-serve 3.3: without the search bar it writes
        // into each page (the search endpoints stay).
        let child = Command::new("kiwix-serve")
            .arg("--nosearchbar")
            .arg("--address=127.0.0.1")
            .arg(format!("--port={port}"))
            .args(files)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("kiwix-serve starts");
        let kiwix = Kiwix {
            child,
            address: format!("127.0.0.1:{port}"),
        };
        let started = Instant::now();
        while TcpStream::connect(&kiwix.address).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "kiwix-serve listens on {}",
                kiwix.address
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        kiwix
    }

    /// The status and body of `target`, redirects not followed.
    fn get(&self, target: &str) -> (u16, Vec<u8>) {
        let mut stream = TcpStream::connect(&self.address).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        let request = format!(
            "GET {target} HTTP/1.0\r\nHost: {}\r\nConnection: close\r\n\r\n",
            self.address
        );
        stream.write_all(request.as_bytes()).unwrap();
        let mut raw = Vec::new();
        let _ = stream.read_to_end(&mut raw);
        let end = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .unwrap_or_else(|| panic!("a response to {target}"));
        let head = String::from_utf8_lossy(&raw[..end]).into_owned();
        let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap();
        (status, raw[end + 4..].to_vec())
    }

    /// The body of `target` as text, which must answer 200.
    fn text(&self, target: &str) -> String {
        let (status, body) = self.get(target);
        let body = String::from_utf8_lossy(&body).into_owned();
        assert_eq!(status, 200, "{target}:\n{body}");
        body
    }
}

/// A file's book name in kiwix-serve: its file name without `.zim`.
fn book(file: &Path) -> String {
    file.file_stem().unwrap().to_string_lossy().into_owned()
}

#[test]
fn the_repository_site_makes_a_zim_file_per_language_that_kiwix_serves_and_searches() {
    if !tools() {
        return;
    }
    let out = run_dir().join("zim-repository");
    let codes = ["es", "en", "fr", "ht", "pt", "quc", "mam"];
    let files = zim(&repo(), &out, "kind-mexico", &codes);
    for (_, file) in &files {
        zimcheck(file);
    }
    let paths: Vec<PathBuf> = files.iter().map(|(_, f)| f.clone()).collect();
    let kiwix = Kiwix::start(&paths);
    let book_of = |code: &str| book(&files.iter().find(|(c, _)| c == code).unwrap().1);

    // The catalogue: each file's metadata as Kiwix shows it.
    let catalogue = kiwix.text("/catalog/v2/entries?count=20");
    for (code, iso, title) in [
        ("es", "spa", "Tus derechos en México"),
        ("en", "eng", "Your rights in Mexico"),
        ("fr", "fra", "Tes droits au Mexique"),
        ("ht", "hat", "Dwa ou nan Meksik"),
        ("pt", "por", "Seus direitos no México"),
        ("quc", "quc", "Tus derechos en México"),
        ("mam", "mam", "Tus derechos en México"),
    ] {
        let entry = catalogue
            .split("<entry>")
            .find(|e| e.contains(&format!("<name>kind-mexico_{code}_all</name>")))
            .unwrap_or_else(|| panic!("{code} in the catalogue:\n{catalogue}"));
        assert!(
            entry.contains(&format!("<language>{iso}</language>")),
            "{entry}"
        );
        assert!(
            entry.contains(&format!("<title>{title}</title>")),
            "{entry}"
        );
        assert!(
            entry.contains("<name>KIND México</name>"),
            "creator and publisher: {entry}"
        );
        assert!(entry.contains("_category:other"), "tags: {entry}");
        assert!(
            entry.contains("image/png;width=48;height=48"),
            "illustration: {entry}"
        );
    }
    assert!(catalogue.contains(
        "<summary>Your rights if you travel alone through Mexico, and where to get help</summary>"
    ));
    // K'iche' has no description of its own: the Spanish one, as its pages fall back.
    let quc = catalogue
        .split("<entry>")
        .find(|e| e.contains("kind-mexico_quc_all"))
        .unwrap();
    assert!(
        quc.contains("<summary>Tus derechos si viajas solo por México"),
        "{quc}"
    );
    let (status, png) = kiwix.get(&format!(
        "/catalog/v2/illustration/{}/?size=48",
        book_of("es")
    ));
    assert_eq!(status, 200);
    assert_eq!(
        png,
        fs::read(repo().join("themes/default/zim-illustration.png")).unwrap()
    );

    // The main page is the language's home page.
    let (status, _) = kiwix.get(&format!("/{}/", book_of("en")));
    assert!(
        matches!(status, 200 | 302),
        "the English file's main page: {status}"
    );
    let home = kiwix.text(&format!("/{}/index.html", book_of("es")));
    assert!(home.contains("<h1>Información para ti</h1>"), "{home}");
    assert!(
        !home.contains("sw.js") && !home.contains("offline-save"),
        "no service worker: {home}"
    );

    // A page, in its language, with the quick exit and without the language menu, every link
    // staying inside the file.
    let page = kiwix.text(&format!("/{}/asylum/index.html", book_of("en")));
    assert!(
        page.contains("<title>Asking for asylum in Mexico"),
        "{page}"
    );
    assert!(
        page.contains("data-quick-exit"),
        "the quick exit stays: {page}"
    );
    assert!(
        !page.contains("id=languages") && !page.contains("hreflang=es"),
        "{page}"
    );
    assert!(
        !page.contains("href=../../"),
        "no link leaves the file: {page}"
    );
    // A page read through a fallback says so, in the reader's interface language, with the
    // text's own language marked.
    let fallback = kiwix.text(&format!("/{}/asilo/index.html", book_of("quc")));
    assert!(
        fallback.contains("<title>Pedir refugio en México"),
        "{fallback}"
    );
    assert!(fallback.contains("class=notice"), "{fallback}");
    assert!(fallback.contains("<article dir=ltr lang=es>"), "{fallback}");

    // The booklet, whole, as a page.
    let booklet = kiwix.text(&format!("/{}/guide.html", book_of("en")));
    assert!(booklet.contains("<title>Guide: your rights"), "{booklet}");
    assert!(
        booklet.contains("Asking for asylum in Mexico"),
        "every chapter: {booklet}"
    );

    // Full-text search and title suggestions, in the file's language.
    let search = kiwix.text(&format!(
        "/search?content={}&pattern=refugio",
        book_of("es")
    ));
    assert!(
        search.contains(&format!("/{}/asilo/index.html", book_of("es"))),
        "{search}"
    );
    let suggest = kiwix.text(&format!("/suggest?content={}&term=demander", book_of("fr")));
    assert!(
        suggest.contains("Demander de l’aide maintenant"),
        "{suggest}"
    );
}

/// The multilingual fixture with the metadata Kiwix needs.
const ZIM_SECTION: &str = "zim:
  name: prueba
  creator: Equipo de prueba
  publisher: Equipo de prueba
  tags: [_category:other]
  illustration: zim-illustration.png
  description:
    es: Un sitio de prueba
    en: A test site
";

/// The multilingual fixture with [`ZIM_SECTION`] added to its site.yaml.
fn fixture_with_zim_section() -> tempfile::TempDir {
    let site = fixture("multilingual");
    let config = site.path().join("site.yaml");
    let mut yaml = fs::read_to_string(&config).unwrap();
    yaml.push_str(ZIM_SECTION);
    fs::write(&config, yaml).unwrap();
    site
}

#[test]
fn a_fixture_s_fallback_pages_keep_their_images_inside_the_file() {
    if !tools() {
        return;
    }
    let site = fixture_with_zim_section();
    let out = site.path().join("zim");
    let files = zim(site.path(), &out, "prueba", &["es", "en", "fr", "quc"]);
    for (_, file) in &files {
        zimcheck(file);
    }
    let quc = files.iter().find(|(c, _)| c == "quc").unwrap().1.clone();
    let kiwix = Kiwix::start(std::slice::from_ref(&quc));
    let book = book(&quc);
    // The Spanish page's image, shown on the K'iche' page read through Spanish, is copied in.
    let page = kiwix.text(&format!("/{book}/ayuda/index.html"));
    assert!(page.contains(r#"src="../_shared/es/mapa.svg""#), "{page}");
    let (status, svg) = kiwix.get(&format!("/{book}/_shared/es/mapa.svg"));
    assert_eq!(status, 200);
    assert_eq!(
        svg,
        fs::read(site.path().join("content/es/mapa.svg")).unwrap()
    );
    // K'iche' has no description of its own: its fallback's, the Spanish one.
    let catalogue = kiwix.text("/catalog/v2/entries");
    assert!(
        catalogue.contains("<summary>Un sitio de prueba</summary>"),
        "{catalogue}"
    );
    assert!(
        catalogue.contains("<language>quc</language>"),
        "{catalogue}"
    );
}

#[test]
fn missing_metadata_is_named_all_at_once_with_the_file_and_what_to_write() {
    let site = fixture("multilingual");
    let config = site.path().join("site.yaml");
    let mut yaml = fs::read_to_string(&config).unwrap();
    yaml.push_str("zim:\n  name: prueba\n  illustration: dibujo.png\n  description:\n    es: Un sitio de prueba\n");
    fs::write(&config, yaml).unwrap();
    let out = site.path().join("zim");
    let run = Faro::new(["zim", "--out"])
        .args([out.as_os_str()])
        .root(site.path())
        .run();
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    for expected in [
        "error: site.yaml: the offline library files need `zim: creator:`",
        "error: site.yaml: the offline library files need `zim: publisher:`",
        "error: site.yaml: the offline library files need `zim: tags:`",
        "error: themes/default/dibujo.png: the illustration site.yaml names (`zim: illustration:`) is not there",
        "save a 48×48 PNG as themes/default/dibujo.png",
    ] {
        assert!(run.stderr.contains(expected), "{expected}:\n{}", run.stderr);
    }
    assert!(!out.exists(), "nothing is written");

    // An illustration of the wrong size is named too.
    let wrong = site.path().join("themes/default/dibujo.png");
    fs::copy(site.path().join("content/es/mapa.svg"), &wrong).unwrap();
    let run = Faro::new(["zim"]).root(site.path()).run();
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.contains("error: themes/default/dibujo.png: the illustration for Kiwix must be a PNG of exactly 48×48 pixels; this is not a PNG"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_missing_zim_field_is_named_in_spanish_for_the_team() {
    let site = fixture("multilingual");
    let config = site.path().join("site.yaml");
    let mut yaml = fs::read_to_string(&config).unwrap();
    yaml.push_str(
        ZIM_SECTION
            .replace("  creator: Equipo de prueba\n", "")
            .as_str(),
    );
    fs::write(&config, yaml).unwrap();
    let run = Faro::new(["zim"])
        .root(site.path())
        .env("FARO_LANG", "es")
        .run();
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    for expected in [
        "error: site.yaml: los archivos ZIM (para leer el sitio sin internet) necesitan `zim: creator:`, quién escribió el contenido",
        "sugerencia: agrégalo en la sección `zim:` de site.yaml, por ejemplo `zim: {creator: KIND México}`",
    ] {
        assert!(run.stderr.contains(expected), "{expected}:\n{}", run.stderr);
    }
    assert!(!run.stderr.contains("offline library"), "{}", run.stderr);
}

#[test]
fn without_zimwriterfs_faro_zim_says_what_to_install() {
    let site = fixture_with_zim_section();
    let faro = Faro::new(["zim"]).root(site.path());
    let out = faro
        .command()
        .env("PATH", site.path().join("no-tools"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("error: zimwriterfs: faro zim writes ZIM files with zimwriterfs, which cannot be run here"), "{stderr}");
    assert!(
        stderr.contains("`sudo apt-get install zim-tools`"),
        "{stderr}"
    );
    assert!(!site.path().join("zim").exists());
    // The team reads it in Spanish.
    let out = faro
        .env("FARO_LANG", "es")
        .command()
        .env("PATH", site.path().join("no-tools"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("error: zimwriterfs: `faro zim` escribe los archivos ZIM con zimwriterfs, pero aquí no se puede ejecutar"), "{stderr}");
    assert!(
        stderr.contains("sugerencia: instala las herramientas de openZIM"),
        "{stderr}"
    );
    // The other commands do not need it.
    let out = Faro::build(site.path())
        .command()
        .env("PATH", site.path().join("no-tools"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_files_land_where_out_says_and_replace_the_last_ones() {
    if !tools() {
        return;
    }
    let site = fixture_with_zim_section();
    let out = site.path().join("library");
    let first = zim(site.path(), &out, "prueba", &["es", "en", "fr", "quc"]);
    let again = zim(site.path(), &out, "prueba", &["es", "en", "fr", "quc"]);
    assert_eq!(first, again);
    // faro's working folders are gone: only the files are left.
    assert!(!site.path().join(".faro-cache/zim/languages/es").exists());
}
