//! Addresses never break: `faro build` records every address it publishes in addresses.lock,
//! and an address a page has left (its slug edited, its page translated, the page removed)
//! keeps leading the reader on. `faro check` says so before it happens; nothing but a
//! successful `faro build` writes the lock.

use std::fs;
use std::path::Path;

use crate::harness::{Faro, fixture, snapshot};

const LOCK: &str = "addresses.lock";

fn build(site: &Path) {
    let run = Faro::build(site).run();
    assert_eq!(run.code, Some(0), "{}", run.stderr);
}

fn read(site: &Path, rel: &str) -> String {
    fs::read_to_string(site.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Sets the slug of the page at `rel`: in place of its `slug:` line, or as the first line of
/// its front matter.
fn set_slug(site: &Path, rel: &str, slug: &str) {
    let path = site.join(rel);
    let text = fs::read_to_string(&path).unwrap();
    let text = text.trim_start_matches('\u{feff}');
    let line = format!("slug: {slug}");
    let text = match text.lines().find(|l| l.starts_with("slug:")) {
        Some(old) => text.replacen(old, &line, 1),
        None => format!(
            "---\n{line}{}",
            text.strip_prefix("---").expect("front matter")
        ),
    };
    fs::write(&path, text).unwrap();
}

#[test]
fn a_renamed_slug_leaves_a_page_at_the_old_address_that_names_and_links_the_new_one() {
    let site = fixture("multilingual");
    let root = site.path();
    build(root);
    let lock = read(root, LOCK);
    assert!(lock.starts_with("# "), "{lock}");
    assert!(
        lock.contains("\nderechos/asilo.md es /es/derechos/asilo/\n"),
        "{lock}"
    );

    set_slug(root, "content/es/derechos/asilo.md", "pedir-asilo");
    build(root);
    let public = root.join("public");
    let old = read(&public, "es/derechos/asilo/index.html");
    assert!(
        old.contains(r#"<meta content="0; url=../pedir-asilo/index.html" http-equiv=refresh>"#),
        "{old}"
    );
    assert!(
        old.contains("<a class=button href=../pedir-asilo/index.html>El asilo</a>"),
        "{old}"
    );
    assert!(old.contains("<html dir=ltr lang=es>"), "{old}");
    assert!(old.contains("Esta página cambió de lugar"), "{old}");
    assert!(!old.contains("<script"), "{old}");
    assert!(old.contains("Content-Security-Policy"), "{old}");
    // In English the page is read in Spanish: the interface says so in English, the title
    // carries its language.
    let english = read(&public, "en/your-rights/asilo/index.html");
    assert!(english.contains("This page has moved"), "{english}");
    assert!(
        english.contains("href=../pedir-asilo/index.html lang=es>El asilo</a>"),
        "{english}"
    );
    // Served as pages are, compressed; not saved for offline reading, as nobody reads it.
    for copy in ["index.html.br", "index.html.gz"] {
        assert!(
            public.join("es/derechos/asilo").join(copy).is_file(),
            "{copy}"
        );
    }
    let worker = read(&public, "es/sw.js");
    assert!(worker.contains("derechos/pedir-asilo/"), "{worker}");
    assert!(!worker.contains("derechos/asilo/"), "{worker}");
    // nginx sends the same reader on with a permanent redirect.
    let map = read(&public, ".faro-redirects.map");
    assert!(
        map.contains("\"/es/derechos/asilo/\" \"/es/derechos/pedir-asilo/\";\n"),
        "{map}"
    );
    assert!(
        map.contains("\"/es/derechos/asilo\" \"/es/derechos/pedir-asilo/\";\n"),
        "{map}"
    );
    // The lock keeps the old address, marked, and adds the new one; nothing is removed.
    let lock = read(root, LOCK);
    assert!(
        lock.contains("\nderechos/asilo.md es /es/derechos/asilo/ old\n"),
        "{lock}"
    );
    assert!(
        lock.contains("\nderechos/asilo.md es /es/derechos/pedir-asilo/\n"),
        "{lock}"
    );

    // Renamed again: both earlier addresses lead to the page, in one step.
    set_slug(root, "content/es/derechos/asilo.md", "refugio");
    build(root);
    for old in ["es/derechos/asilo", "es/derechos/pedir-asilo"] {
        let page = read(&public, &format!("{old}/index.html"));
        assert!(page.contains("url=../refugio/index.html"), "{old}: {page}");
    }
}

#[test]
fn translating_a_page_read_through_a_fallback_leaves_its_old_address_working() {
    let site = fixture("multilingual");
    let root = site.path();
    build(root);
    // French readers had the Spanish page at the Spanish slug.
    assert!(
        root.join("public/fr/your-rights/asilo/index.html")
            .is_file()
    );
    fs::create_dir_all(root.join("content/fr/derechos")).unwrap();
    fs::write(
        root.join("content/fr/derechos/asilo.md"),
        "---\ntitle: Demander l’asile\nslug: asile\nupdated: 2026-11-28\n---\nL’asile est une protection.\n",
    )
    .unwrap();
    build(root);
    let public = root.join("public");
    let old = read(&public, "fr/your-rights/asilo/index.html");
    assert!(old.contains("url=../asile/index.html"), "{old}");
    assert!(old.contains(">Demander l’asile</a>"), "{old}");
    assert!(
        read(&public, "fr/your-rights/asile/index.html").contains("L’asile est une protection.")
    );
    // Other languages still read the Spanish page at its own address: nothing moved there.
    assert!(!read(&public, "es/derechos/asilo/index.html").contains("http-equiv=refresh"));
}

#[test]
fn a_removed_page_leads_to_its_languages_home_page_with_a_notice() {
    let site = fixture("multilingual");
    let root = site.path();
    build(root);
    fs::remove_file(root.join("content/es/solo.md")).unwrap();
    build(root);
    let public = root.join("public");
    for (lang, says) in [
        ("es", "Esta página ya no está"),
        ("en", "This page is not here any more"),
    ] {
        let old = read(&public, &format!("{lang}/solo/index.html"));
        assert!(old.contains("url=../index.html#gone"), "{old}");
        assert!(old.contains(says), "{old}");
        assert!(old.contains(&format!("lang={lang}>")), "{old}");
    }
    // The home page holds the notice, shown only when asked for by #gone.
    let home = read(&public, "es/index.html");
    assert!(
        home.contains("id=gone") && home.contains("La página que buscabas ya no está"),
        "{home}"
    );
    assert!(read(&public, ".faro-redirects.map").contains("\"/es/solo/\" \"/es/#gone\";"));
    assert!(read(root, LOCK).contains("\nsolo.md es /es/solo/ old\n"));
}

#[test]
fn the_lock_is_written_only_by_a_build_that_publishes() {
    let site = fixture("multilingual");
    let root = site.path();
    let lock = root.join(LOCK);
    let check = Faro::new(["check"]).root(root).run();
    assert!(check.code.is_some(), "{}", check.stderr);
    assert!(
        check
            .stderr
            .contains("note: addresses.lock: the site has no addresses.lock yet"),
        "{}",
        check.stderr
    );
    assert!(!lock.exists(), "faro check wrote the lock");
    let drafts = Faro::build(root).args(["--drafts"]).run();
    assert_eq!(drafts.code, Some(0), "{}", drafts.stderr);
    assert!(!lock.exists(), "a build with drafts wrote the lock");
    // A failed build publishes nothing, so it records nothing.
    let page = root.join("content/es/ayuda.md");
    let text = fs::read_to_string(&page).unwrap();
    fs::write(&page, format!("{text}\n[roto](roto.md)\n")).unwrap();
    let failed = Faro::build(root).run();
    assert_eq!(failed.code, Some(1), "{}", failed.stderr);
    assert!(!lock.exists(), "a failed build wrote the lock");
    fs::write(&page, &text).unwrap();
    build(root);
    let written = fs::read(&lock).unwrap();
    // Once written, a build that publishes the same addresses leaves the file as it is.
    let modified = fs::metadata(&lock).unwrap().modified().unwrap();
    build(root);
    assert_eq!(fs::read(&lock).unwrap(), written);
    assert_eq!(fs::metadata(&lock).unwrap().modified().unwrap(), modified);
}

#[test]
fn a_broken_lock_is_an_error_at_its_line_and_the_published_site_stays() {
    let site = fixture("multilingual");
    let root = site.path();
    build(root);
    let public = snapshot(&root.join("public"));
    let lock = read(root, LOCK);
    let broken = lock.replacen("\nayuda.md es /es/ayuda/\n", "\nayuda.md es\n", 1);
    assert_ne!(broken, lock);
    let line = broken.lines().position(|l| l == "ayuda.md es").unwrap() + 1;
    fs::write(root.join(LOCK), &broken).unwrap();
    let run = Faro::build(root).run();
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!(
            "error: addresses.lock:{line}: this line cannot be read: it has 2 parts"
        )),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("hint: addresses.lock is written by `faro build`")
    );
    // The team reads it in Spanish.
    let es = Faro::build(root).env("FARO_LANG", "es").run();
    assert_eq!(es.code, Some(1), "{}", es.stderr);
    assert!(
        es.stderr.contains(&format!(
            "error: addresses.lock:{line}: no se puede leer esta línea: tiene 2 partes, no 3 (página, idioma, dirección)"
        )),
        "{}",
        es.stderr
    );
    assert!(
        es.stderr
            .contains("sugerencia: addresses.lock lo escribe `faro build`")
    );
    assert_eq!(snapshot(&root.join("public")), public);
    assert_eq!(read(root, LOCK), broken);
}

#[test]
fn check_lists_addresses_that_would_move_before_they_do() {
    let site = fixture("multilingual");
    let root = site.path();
    build(root);
    let strict = || Faro::new(["check", "--strict"]).root(root).run();
    let before = strict();
    set_slug(root, "content/es/derechos/asilo.md", "pedir-asilo");
    let after = strict();
    assert_eq!(after.code, Some(1), "{}", after.stderr);
    let warning = "warning: content/es/derechos/asilo.md:2: in Español, the address of this page would change from /es/derechos/asilo/ to /es/derechos/pedir-asilo/";
    assert!(after.stderr.contains(warning), "{}", after.stderr);
    assert!(
        !before.stderr.contains("would change from"),
        "{}",
        before.stderr
    );
    // Once a build has published the move and recorded it, there is nothing left to say.
    build(root);
    let recorded = strict();
    assert!(
        !recorded.stderr.contains("would change from"),
        "{}",
        recorded.stderr
    );
    assert!(!recorded.stderr.contains(LOCK), "{}", recorded.stderr);
}

#[test]
fn an_old_address_another_page_now_claims_is_an_error_until_its_line_is_deleted() {
    let site = fixture("multilingual");
    let root = site.path();
    build(root);
    set_slug(root, "content/es/solo.md", "sola");
    build(root);
    // Another page takes the address solo.md left: its readers would land on the wrong page.
    set_slug(root, "content/es/windows.md", "solo");
    let public = snapshot(&root.join("public"));
    let run = Faro::build(root).run();
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let lock = read(root, LOCK);
    let line = lock
        .lines()
        .position(|l| l == "solo.md es /es/solo/ old")
        .unwrap()
        + 1;
    assert!(
        run.stderr.contains(&format!("error: addresses.lock:{line}: the address /es/solo/ was the address of solo.md (Español), which still exists, and is now the address of content/es/windows.md")),
        "{}",
        run.stderr
    );
    assert_eq!(snapshot(&root.join("public")), public);
    let check = Faro::new(["check"]).root(root).run();
    assert_eq!(check.code, Some(1), "{}", check.stderr);
    // Deleting the lines on purpose (the address in every language that read the page at
    // its Spanish slug) gives the address to the other page.
    let kept: String = lock
        .lines()
        .filter(|l| !(l.starts_with("solo.md ") && l.ends_with("/solo/ old")))
        .map(|l| format!("{l}\n"))
        .collect();
    fs::write(root.join(LOCK), kept).unwrap();
    build(root);
    assert!(read(&root.join("public"), "es/solo/index.html").contains("Escrito en Windows"));
}

#[test]
fn feed_readers_of_a_moved_updates_section_are_sent_to_its_new_feed() {
    let site = fixture("multilingual");
    let root = site.path();
    crate::publish::add_updates(root, None);
    build(root);
    set_slug(root, "content/es/updates/_index.md", "noticias");
    build(root);
    let map = read(&root.join("public"), ".faro-redirects.map");
    assert!(
        map.contains("\"/es/novedades/feed.xml\" \"/es/noticias/feed.xml\";"),
        "{map}"
    );
}
