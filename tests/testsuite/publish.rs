//! What faro promises readers who pay per megabyte and shelters who print: compressed files
//! that decompress to the page, no rework on a rebuild, a self-contained booklet with working
//! QR codes, a Content-Security-Policy that matches the page, and valid feeds and sitemaps.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::harness::{Faro, Run, all_files, fixture, fixture_cold};
use regex::Regex;

/// The site's address in the tests that need one.
pub const BASE_URL: &str = "https://example.org/ninez/";

/// The multilingual fixture with the repository's theme and strings, an updates section and,
/// when `base_url` is given, the site's address (so QR codes and the sitemap are made).
fn site(base_url: Option<&str>) -> tempfile::TempDir {
    let dir = fixture("multilingual");
    add_updates(dir.path(), base_url);
    dir
}

/// Adds an updates section (two dated pages) to the multilingual fixture at `site`, and the
/// address when given.
pub fn add_updates(site: &Path, base_url: Option<&str>) {
    let updates = site.join("content/es/updates");
    fs::create_dir_all(&updates).unwrap();
    fs::write(
        updates.join("_index.md"),
        "---\ntitle: Novedades\nslug: novedades\norder: 8\n---\nLo nuevo.\n",
    )
    .unwrap();
    for (name, date) in [("vieja", "2026-01-10"), ("nueva", "2026-11-01")] {
        fs::write(
            updates.join(format!("{name}.md")),
            format!("---\ntitle: Noticia {name}\ndescription: Una noticia {name}.\ndate: {date}\n---\nTexto.\n"),
        )
        .unwrap();
    }
    if let Some(base) = base_url {
        let config = fs::read_to_string(site.join("site.yaml")).unwrap();
        let config = config.replace("booklet:\n  qr_codes: false\n", "");
        fs::write(
            site.join("site.yaml"),
            format!("{config}base_url: {base}\n"),
        )
        .unwrap();
    }
}

fn build(site: &Path, args: &[&str]) -> Run {
    let run = Faro::build(site).args(args).run();
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    run
}

#[test]
fn every_br_and_gz_file_decompresses_to_its_original() {
    let site = site(None);
    build(site.path(), &[]);
    let public = site.path().join("public");
    let (mut br, mut gz) = (0, 0);
    for file in all_files(&public) {
        let name = file.to_string_lossy().into_owned();
        let (original, decoded) = if let Some(original) = name.strip_suffix(".br") {
            br += 1;
            let mut out = Vec::new();
            brotli::Decompressor::new(fs::File::open(&file).unwrap(), 4096)
                .read_to_end(&mut out)
                .unwrap();
            (original.to_string(), out)
        } else if let Some(original) = name.strip_suffix(".gz") {
            gz += 1;
            let mut out = Vec::new();
            flate2::read::GzDecoder::new(fs::File::open(&file).unwrap())
                .read_to_end(&mut out)
                .unwrap();
            (original.to_string(), out)
        } else {
            continue;
        };
        assert_eq!(fs::read(&original).unwrap(), decoded, "{name}");
        assert!(
            fs::metadata(&file).unwrap().len() < decoded.len() as u64,
            "{name} is not smaller"
        );
    }
    assert!(br > 30 && gz > 30, "{br} .br and {gz} .gz files");
    assert!(public.join("es/ayuda/index.html.br").is_file());
    assert!(public.join("robots.txt").is_file());
    assert!(
        !public.join("es/mapa.svg.br").exists()
            || fs::metadata(public.join("es/mapa.svg.br")).unwrap().len() < 130
    );
}

#[test]
fn a_second_build_compresses_nothing_that_did_not_change() {
    // From an empty cache, on purpose: a writer's first build, where every text file is
    // compressed (the other tests start from the warm cache).
    let site = fixture_cold("multilingual");
    add_updates(site.path(), None);
    let first = build(site.path(), &["--timings"]);
    let counts = Regex::new(r"text files: (\d+) compressed, (\d+) from the cache").unwrap();
    let (compressed, reused) = parse(&counts, &first.stderr);
    assert!(compressed > 30, "{}", first.stderr);
    let second = build(site.path(), &["--timings"]);
    assert_eq!(
        parse(&counts, &second.stderr),
        (0, compressed + reused),
        "{}",
        second.stderr
    );
    // One page changes: it (and only the pages that show it, such as menus and booklets)
    // is compressed again.
    let page = site.path().join("content/es/solo.md");
    let text = fs::read_to_string(&page)
        .unwrap()
        .replace("Esta página", "Esta otra página");
    fs::write(&page, text).unwrap();
    let third = build(site.path(), &["--timings"]);
    let (again, reused) = parse(&counts, &third.stderr);
    assert!(
        again >= 1 && again < compressed / 2,
        "{again} compressed again of {compressed}"
    );
    assert!(reused > 0);
}

#[test]
fn brotli_quality_10_in_site_yaml_makes_larger_copies_and_a_return_to_11_takes_the_cache() {
    let site = site(None);
    let counts = Regex::new(r"text files: (\d+) compressed, (\d+) from the cache").unwrap();
    let page = site.path().join("public/es/ayuda/index.html");
    let br = |path: &Path| {
        let bytes = fs::read(path.with_extension("html.br")).unwrap();
        let mut decoded = Vec::new();
        brotli::Decompressor::new(&bytes[..], 4096)
            .read_to_end(&mut decoded)
            .unwrap();
        assert_eq!(decoded, fs::read(path).unwrap());
        bytes.len()
    };
    build(site.path(), &[]);
    let best = br(&page);

    let config = site.path().join("site.yaml");
    let written = fs::read_to_string(&config).unwrap();
    fs::write(
        &config,
        format!("{written}compression:\n  brotli_quality: 10\n"),
    )
    .unwrap();
    let faster = build(site.path(), &["--timings"]);
    let (compressed, _) = parse(&counts, &faster.stderr);
    assert!(compressed > 30, "{}", faster.stderr);
    assert!(br(&page) > best, "{} bytes at 10, {best} at 11", br(&page));

    // Back at 11, the copies still in the cache are taken. Only the files that show sizes
    // (home pages, booklet links, the service workers) changed meanwhile, so the quality-10
    // build pruned their quality-11 entries.
    fs::write(&config, written).unwrap();
    let back = build(site.path(), &["--timings"]);
    let (again, reused) = parse(&counts, &back.stderr);
    assert!(again < compressed / 4 && reused > 30, "{}", back.stderr);
    assert_eq!(br(&page), best);
}

#[test]
fn every_page_has_a_copy_compressed_against_its_language_home_page() {
    use base64::Engine;
    use sha2::{Digest, Sha256};
    let site = site(None);
    let public = site.path().join("public");
    let counts = Regex::new(r"against home page: (\d+), (\d+) of them from the cache").unwrap();
    let first = build(site.path(), &["--timings"]);
    let home = fs::read(public.join("es/index.html")).unwrap();
    let sha = Sha256::digest(&home);
    // The name is what a browser that kept the home page sends: `Available-Dictionary: :<it>:`.
    let name = base64::engine::general_purpose::STANDARD.encode(sha);
    let pages: Vec<PathBuf> = all_files(&public.join("es"))
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .filter(|p| !p.to_string_lossy().contains(".dcb/"))
        .collect();
    assert!(pages.len() > 5, "{pages:?}");
    let copies = |page: &Path| {
        let mut dir = page.as_os_str().to_os_string();
        dir.push(".dcb");
        PathBuf::from(dir)
    };
    for page in &pages {
        if page.ends_with("es/index.html") {
            assert!(!copies(page).exists(), "the home page is the dictionary");
            continue;
        }
        let copy = fs::read(copies(page).join(&name))
            .unwrap_or_else(|e| panic!("{}: {e}", page.display()));
        assert_eq!(copy[..4], [0xff, 0x44, 0x43, 0x42], "{}", page.display());
        assert_eq!(copy[4..36], sha[..]);
        let mut decoded = Vec::new();
        brotli::Decompressor::new_with_custom_dict(&copy[36..], 4096, home.clone().into())
            .read_to_end(&mut decoded)
            .unwrap();
        assert_eq!(decoded, fs::read(page).unwrap(), "{}", page.display());
        let br = fs::metadata(page.with_extension("html.br")).unwrap().len();
        assert!(
            (copy.len() as u64) * 2 < br,
            "{}: {} against {br}",
            page.display(),
            copy.len()
        );
    }
    let (made, _) = parse(&counts, &first.stderr);
    assert!(made >= pages.len() - 1, "{}", first.stderr);

    // A rebuild takes every copy from the cache.
    let again = build(site.path(), &["--timings"]);
    let (made_again, reused) = parse(&counts, &again.stderr);
    assert_eq!((made_again, reused), (made, made), "{}", again.stderr);

    // A changed home page is another dictionary: each copy is made against it, under its
    // name, and none made against the old one is left to be sent.
    let index = site.path().join("content/es/_index.md");
    let text = fs::read_to_string(&index).unwrap();
    fs::write(&index, text.replace("Bienvenida.", "Hola, bienvenida.")).unwrap();
    build(site.path(), &[]);
    let new_home = fs::read(public.join("es/index.html")).unwrap();
    let new_name = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(&new_home));
    assert_ne!(new_name, name);
    let page = public.join("es/ayuda/index.html");
    assert!(copies(&page).join(&new_name).is_file());
    assert!(!copies(&page).join(&name).exists());
}

fn parse(re: &Regex, text: &str) -> (usize, usize) {
    let c = re
        .captures(text)
        .unwrap_or_else(|| panic!("no counts in {text}"));
    (c[1].parse().unwrap(), c[2].parse().unwrap())
}

#[test]
fn the_summary_gives_page_weights() {
    let site = site(None);
    let run = build(site.path(), &[]);
    let re = Regex::new(r"pages weigh (\d+\.\d) KB \(median\), (\d+\.\d) KB at most, with brotli")
        .unwrap();
    let c = re
        .captures(&run.stdout)
        .unwrap_or_else(|| panic!("{}", run.stdout));
    let (median, largest): (f64, f64) = (c[1].parse().unwrap(), c[2].parse().unwrap());
    assert!(
        median > 1.0 && median <= largest && largest < 14.0,
        "{median} {largest}"
    );
}

#[test]
fn the_booklet_is_self_contained_and_holds_every_page() {
    let site = site(Some(BASE_URL));
    build(site.path(), &[]);
    let html = fs::read_to_string(site.path().join("public/es/guia.html")).unwrap();
    // No file of any kind is fetched: no src, no stylesheet, no script file.
    let loads = Regex::new(
        r#"<(?:img|script|link|audio|video|source|iframe)\b[^>]*\b(?:src|href)=(["']?)([^"'\s>]+)"#,
    )
    .unwrap();
    for c in loads.captures_iter(&html) {
        assert!(c[2].starts_with("data:"), "the booklet loads {}", &c[2]);
    }
    assert!(html.contains("<style>"));
    for title in [
        "Inicio",
        "Pide ayuda",
        "Tus derechos",
        "El asilo",
        "Solo en español",
        "Noticia nueva",
    ] {
        assert!(
            html.contains(&format!(">{title}</h2>")),
            "chapter {title} missing"
        );
    }
    // The table of contents links inside the file, and every in-file link has its target.
    let ids: Vec<String> = Regex::new(r#"\sid=["']?([^"'\s>]+)"#)
        .unwrap()
        .captures_iter(&html)
        .map(|c| c[1].to_string())
        .collect();
    let anchors = Regex::new(r#"href=["']?#([^"'\s>]+)"#).unwrap();
    let mut count = 0;
    for c in anchors.captures_iter(&html) {
        count += 1;
        assert!(ids.contains(&c[1].to_string()), "#{} has no target", &c[1]);
    }
    assert!(count >= 6, "{count} in-file links");
    // The link between pages became a link between chapters.
    assert!(
        !html.contains("ayuda/index.html"),
        "a link still points at a page file"
    );
    assert!(html.contains("href=tel:+525571001542"), "help numbers");
    assert!(
        html.contains("Actualizado el 28 de noviembre de 2026"),
        "updated dates"
    );
    assert!(
        !html.contains("Revisado"),
        "no chapter claims a review that no one recorded"
    );
    // The image beside a page is embedded.
    assert!(
        html.contains("src=\"data:image/svg+xml;base64,")
            || html.contains("src=data:image/svg+xml;base64,")
    );

    // Every page links to its language's booklet, with its size.
    let page = fs::read_to_string(site.path().join("public/es/derechos/index.html")).unwrap();
    let size = fs::metadata(site.path().join("public/es/guia.html"))
        .unwrap()
        .len()
        .div_ceil(1024);
    assert!(
        page.contains(&format!("Descargar la guía completa ({size} KB)")),
        "{page}"
    );
    assert!(page.contains("href=../guia.html"));
}

#[test]
fn qr_codes_decode_to_the_page_online() {
    let site = site(Some(BASE_URL));
    build(site.path(), &[]);
    let html = fs::read_to_string(site.path().join("public/en/guide.html")).unwrap();
    let svgs: Vec<&str> = html
        .split("<svg")
        .skip(1)
        .map(|s| s.split("</svg>").next().unwrap())
        .collect();
    assert!(svgs.len() >= 6, "{} QR codes", svgs.len());
    let decoded: Vec<String> = svgs.iter().map(|svg| decode_qr(svg)).collect();
    assert!(
        decoded.contains(&"https://example.org/ninez/en/get-help/".to_string()),
        "{decoded:?}"
    );
    assert!(
        decoded.contains(&"https://example.org/ninez/en/your-rights/asilo/".to_string()),
        "{decoded:?}"
    );
    for url in &decoded {
        assert!(
            html.contains(url.as_str()),
            "the short link {url} is printed beside its code"
        );
    }
}

/// Draws the SVG's path (qrcode's `M x y h w v h H x V y` rectangles, one unit per module) at
/// 4 pixels a module and decodes it with rqrr, a decoder independent of the encoder.
fn decode_qr(svg: &str) -> String {
    // HTML minifiers write `viewbox`; an HTML parser restores SVG's `viewBox`.
    let view = Regex::new(r#"(?i)viewbox="0 0 (\d+) (\d+)""#).unwrap();
    let size: usize = view.captures(svg).expect("viewBox")[1].parse().unwrap();
    let scale = 4;
    let mut dark = vec![false; size * size];
    let d = Regex::new(r#"\sd="([^"]*)""#)
        .unwrap()
        .captures(svg)
        .expect("path")[1]
        .to_string();
    let rect = Regex::new(r"M(\d+) (\d+)h(\d+)v(\d+)").unwrap();
    for c in rect.captures_iter(&d) {
        let (x, y, w, h): (usize, usize, usize, usize) = (
            c[1].parse().unwrap(),
            c[2].parse().unwrap(),
            c[3].parse().unwrap(),
            c[4].parse().unwrap(),
        );
        for yy in y..y + h {
            for xx in x..x + w {
                dark[yy * size + xx] = true;
            }
        }
    }
    let px = size * scale;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(px, px, |x, y| {
        if dark[(y / scale) * size + x / scale] {
            0
        } else {
            255
        }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one code");
    let (meta, content) = grids[0].decode().expect("decodes");
    assert_eq!(meta.ecc_level, 3, "error correction Q"); // rqrr: 0 = M, 1 = L, 2 = H, 3 = Q
    content
}

#[test]
fn the_content_security_policy_matches_the_inline_style_and_scripts() {
    use base64::Engine;
    use sha2::Digest;
    let site = site(None);
    build(site.path(), &[]);
    let policy = Regex::new(r#"content="([^"]*)" http-equiv=Content-Security-Policy"#).unwrap();
    for rel in [
        "es/index.html",
        "en/get-help/index.html",
        "index.html",
        "es/404.html",
        "es/guia.html",
    ] {
        let html = fs::read_to_string(site.path().join("public").join(rel)).unwrap();
        let csp = policy
            .captures(&html)
            .unwrap_or_else(|| panic!("{rel}: no policy"))[1]
            .to_string();
        assert!(!csp.contains("unsafe-inline"), "{rel}");
        assert!(csp.starts_with("default-src 'none'"), "{rel}: {csp}");
        let hash = |text: &str| {
            format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD
                    .encode(sha2::Sha256::digest(text.as_bytes()))
            )
        };
        let style = html
            .split("<style>")
            .nth(1)
            .unwrap()
            .split("</style>")
            .next()
            .unwrap();
        assert!(
            csp.contains(&hash(style)),
            "{rel}: the style's hash is not in {csp}"
        );
        for script in html
            .split("<script>")
            .skip(1)
            .map(|s| s.split("</script>").next().unwrap())
        {
            assert!(
                csp.contains(&hash(script)),
                "{rel}: a script's hash is not in {csp}"
            );
        }
        assert!(
            html.contains("<meta content=no-referrer name=referrer>"),
            "{rel}"
        );
        assert!(!html.to_ascii_lowercase().contains("cookie"), "{rel}");
    }
}

#[test]
fn every_page_has_quick_exit_help_and_print_address() {
    let site = site(Some(BASE_URL));
    build(site.path(), &[]);
    let html = fs::read_to_string(site.path().join("public/es/derechos/asilo/index.html")).unwrap();
    assert!(html.contains("data-quick-exit"), "quick exit");
    assert!(
        html.contains("location.replace"),
        "quick exit replaces the history entry"
    );
    assert!(
        html.contains("href=tel:+525571001542") && html.contains("href=https://wa.me/12029189431")
    );
    assert!(
        html.contains("https://example.org/ninez/es/derechos/asilo/"),
        "printed address"
    );
    // The glossary is linked from the first use of a word (the fixture has no glossary: none).
    assert!(!html.contains("class=term"));
}

#[test]
fn only_home_pages_offer_to_save_for_offline_and_the_worker_stays_in_its_language() {
    let site = site(None);
    build(site.path(), &[]);
    let public = site.path().join("public");
    let home = fs::read_to_string(public.join("en/index.html")).unwrap();
    let kb: u64 = Regex::new(r"It uses about (\d+) KB of data")
        .unwrap()
        .captures(&home)
        .unwrap_or_else(|| panic!("{home}"))[1]
        .parse()
        .unwrap();
    assert!(home.contains("data-sw=sw.js"));
    let sw = fs::read_to_string(public.join("en/sw.js")).unwrap();
    let listed: Vec<String> = Regex::new(r#""([^"]+)""#)
        .unwrap()
        .captures_iter(sw.split(';').next().unwrap())
        .map(|c| c[1].to_string())
        .collect();
    let mut total = 0;
    for file in &listed[2..] {
        // LANG and VERSION first, then the files, each inside /en/.
        assert!(
            !file.starts_with("..") && !file.starts_with('/'),
            "{file} is outside the language"
        );
        let path = public.join("en").join(file.trim_end_matches("./"));
        assert!(path.exists() || file == "./", "{file} listed but missing");
        if path.is_file() {
            let br = PathBuf::from(format!("{}.br", path.display()));
            total += fs::metadata(if br.exists() { br } else { path })
                .unwrap()
                .len();
        }
    }
    assert!(listed.iter().any(|f| f == "guide.html"), "{listed:?}");
    let told = kb * 1024;
    assert!(
        told as f64 >= total as f64 * 0.8 && told as f64 <= total as f64 * 1.3,
        "told {told} bytes for {total}"
    );
    let offline_script = home
        .split("<script>")
        .nth(1)
        .unwrap()
        .split("</script>")
        .next()
        .unwrap();
    assert!(
        offline_script.len() <= 2048,
        "the offline script is {} bytes",
        offline_script.len()
    );
    let page = fs::read_to_string(public.join("en/get-help/index.html")).unwrap();
    assert!(!page.contains("offline-save"), "only home pages offer it");
}

#[test]
fn feeds_and_sitemap_are_valid_xml_with_alternates() {
    let site = site(Some(BASE_URL));
    build(site.path(), &[]);
    let public = site.path().join("public");
    let sitemap = fs::read_to_string(public.join("sitemap.xml")).unwrap();
    let doc = roxmltree::Document::parse(&sitemap).expect("sitemap.xml is XML");
    let urls: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("url"))
        .collect();
    assert!(urls.len() >= 30);
    for url in &urls {
        let alternates = url.children().filter(|n| n.has_tag_name("link")).count();
        assert_eq!(alternates, 5, "4 languages and x-default");
    }
    assert!(sitemap.contains("https://example.org/ninez/en/get-help/"));
    assert!(
        fs::read_to_string(public.join("robots.txt"))
            .unwrap()
            .contains("Sitemap: https://example.org/ninez/sitemap.xml")
    );
    let feed = fs::read_to_string(public.join("es/novedades/feed.xml")).unwrap();
    let doc = roxmltree::Document::parse(&feed).expect("the feed is XML");
    assert_eq!(
        doc.root_element().tag_name().namespace(),
        Some("http://www.w3.org/2005/Atom")
    );
    let titles: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("entry"))
        .map(|e| {
            e.children()
                .find(|c| c.has_tag_name("title"))
                .unwrap()
                .text()
                .unwrap()
        })
        .collect();
    assert_eq!(titles, ["Noticia nueva", "Noticia vieja"], "newest first");
    assert!(
        public.join("en/novedades/feed.xml").is_file(),
        "a feed per language"
    );
}

#[test]
fn a_page_with_a_recording_plays_it_with_its_size() {
    let site = site(None);
    fs::write(
        site.path().join("content/es/audio.mp3"),
        vec![0u8; 300 * 1024],
    )
    .unwrap();
    let page = site.path().join("content/es/solo.md");
    let text = fs::read_to_string(&page)
        .unwrap()
        .replace("order: 3\n", "order: 3\naudio: audio.mp3\n");
    fs::write(&page, text).unwrap();
    build(site.path(), &[]);
    let html = fs::read_to_string(site.path().join("public/es/solo/index.html")).unwrap();
    assert!(
        html.contains("<audio controls preload=none src=../audio.mp3>"),
        "{html}"
    );
    assert!(html.contains("Escuchar esta página (300 KB)"));
    let english = fs::read_to_string(site.path().join("public/en/solo/index.html")).unwrap();
    assert!(english.contains("Listen to this page (300 KB)"));
}

#[test]
fn images_get_their_size_and_load_lazily() {
    let site = site(None);
    build(site.path(), &[]);
    let html = fs::read_to_string(site.path().join("public/es/ayuda/index.html")).unwrap();
    let img = Regex::new(r"<img[^>]*>")
        .unwrap()
        .find(&html)
        .expect("an image")
        .as_str()
        .to_string();
    for part in ["width=20", "height=10", "loading=lazy", "alt=Mapa"] {
        assert!(img.contains(part), "{img} lacks {part}");
    }
}
