//! `faro edit`: the editor's configuration, made from site.yaml and faro's front matter, and
//! its backend (Decap CMS's proxy protocol) over a fixture site: a save writes a page faro
//! builds, a save the build would refuse writes nothing and says why, faro fills in a
//! translation's fields, and only the editor's own page may call it.
//!
//! The router is asked with tower's `oneshot`, as serve.rs does, with no socket.

use std::fs;
use std::path::Path;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use serde_json::{Value, json};
use tower::ServiceExt;

use crate::harness::{Faro, block_on, fixture, snapshot};

fn editor(site: &Path) -> Router {
    // No Decap bundle is needed for the backend and the configuration.
    faro::editor::router(site.canonicalize().unwrap(), site.join("no-bundle"))
}

/// `POST /api/v1` with `body`, as the editor's page sends it: status and JSON answer.
fn api(app: &Router, body: Value) -> (StatusCode, Value) {
    api_with(app, body, &[("content-type", "application/json")])
}

fn api_with(app: &Router, body: Value, headers: &[(&str, &str)]) -> (StatusCode, Value) {
    block_on(async {
        let mut request = Request::post("/api/v1");
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = app
            .clone()
            .oneshot(request.body(Body::from(body.to_string())).unwrap())
            .await
            .unwrap();
        let status = response.status();
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        let json = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        (status, json)
    })
}

fn persist(app: &Router, files: &[(&str, &str)]) -> (StatusCode, Value) {
    let data_files: Vec<Value> = files
        .iter()
        .map(|(path, raw)| json!({"slug": "x", "path": path, "raw": raw}))
        .collect();
    api(
        app,
        json!({"action": "persistEntry", "params": {
            "branch": "main", "dataFiles": data_files, "assets": [],
            "options": {"commitMessage": "x", "useWorkflow": false, "status": ""},
        }}),
    )
}

/// A page as Decap's form writes it: every field, the empty ones too.
fn decap_page(title: &str, summary: &str, body: &str) -> String {
    format!(
        "---\ntitle: {title}\ndescription: ''\nsummary:\n  - {summary}\nslug: ''\ndraft: false\nupdated: 2026-12-01\nsources: []\nsources_none: Esta página es una prueba.\nlegal_review:\n  by: ''\n  date: ''\naudio: ''\nbooklet: true\nterms: []\nhard_words: []\n---\n{body}\n"
    )
}

const SPANISH: &str = "Primer párrafo de la prueba.\n\nSegundo párrafo, con un [enlace](ayuda.md).";
const ENGLISH: &str = "First paragraph of the test.\n\nSecond paragraph, with a [link](ayuda.md).";

/// The state `faro status` gives a page in English (its fourth column: page, legal review,
/// es, en): `draft` for a translation of the current Spanish that nobody reviewed yet.
fn english_state(site: &Path, page: &str) -> String {
    status_line(site, page)
        .split_whitespace()
        .nth(3)
        .unwrap_or_default()
        .to_string()
}

fn status_line(site: &Path, page: &str) -> String {
    let run = Faro::new(["status"]).root(site).run();
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    run.stdout
        .lines()
        .find(|l| l.starts_with(&format!("{page} ")))
        .unwrap_or_else(|| panic!("no line for {page}:\n{}", run.stdout))
        .to_string()
}

#[test]
fn the_configuration_has_every_language_and_front_matter_field_in_spanish() {
    let site = fixture("multilingual");
    let yaml = faro::editor::config_yaml(site.path()).unwrap();
    let config: serde_yaml::Value = serde_yaml::from_str(&yaml).unwrap();
    let locales: Vec<&str> = config["i18n"]["locales"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    assert_eq!(locales, ["es", "en", "fr", "quc"]);
    assert_eq!(config["i18n"]["default_locale"].as_str(), Some("es"));
    assert_eq!(
        config["i18n"]["structure"].as_str(),
        Some("multiple_folders")
    );
    assert_eq!(config["locale"].as_str(), Some("es"));
    assert_eq!(config["backend"]["name"].as_str(), Some("proxy"));
    let collections = config["collections"].as_sequence().unwrap();
    let names: Vec<&str> = collections
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["updates", "pages"]);
    for collection in collections {
        let fields = collection["fields"].as_sequence().unwrap();
        let label = |name: &str| {
            fields
                .iter()
                .find(|f| f["name"].as_str() == Some(name))
                .and_then(|f| f["label"].as_str())
                .unwrap_or_else(|| panic!("no field {name} in {:?}", collection["name"]))
                .to_string()
        };
        assert_eq!(label("title"), "Título");
        assert_eq!(label("summary"), "Puntos clave");
        assert_eq!(label("updated"), "Revisada el");
        assert_eq!(label("sources"), "Fuentes");
        assert_eq!(label("draft"), "Borrador");
        assert_eq!(label("audio"), "Grabación");
        assert_eq!(label("booklet"), "En el folleto");
        assert_eq!(label("order"), "Orden en el menú");
        for name in [
            "description",
            "slug",
            "legal_review",
            "review_every",
            "terms",
            "hard_words",
            "sources_none",
            "body",
        ] {
            label(name);
        }
        for field in fields {
            let hint = field["hint"].as_str().unwrap_or_default();
            assert!(!hint.is_empty(), "a help text for {:?}", field["name"]);
        }
        // Filled in by faro, never typed.
        assert!(
            fields
                .iter()
                .all(|f| f["name"].as_str() != Some("translation"))
        );
        assert_eq!(collection["i18n"].as_bool(), Some(true));
    }
    let updates = &collections[0]["fields"];
    assert!(
        updates
            .as_sequence()
            .unwrap()
            .iter()
            .any(|f| f["name"].as_str() == Some("date")
                && f["label"].as_str() == Some("Fecha de publicación"))
    );
    // The page serves it with the editor's own policy.
    let app = editor(site.path());
    let response =
        block_on(app.oneshot(Request::get("/config.yml").body(Body::empty()).unwrap())).unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let policy = response.headers()["content-security-policy"]
        .to_str()
        .unwrap();
    assert!(policy.starts_with("default-src 'none'"), "{policy}");
    assert!(policy.contains("connect-src 'self'"), "{policy}");
}

#[test]
fn a_saved_page_and_its_translation_build_and_faro_fills_in_the_translation() {
    let site = fixture("multilingual");
    let app = editor(site.path());
    let (status, answer) = persist(
        &app,
        &[
            (
                "pages/es/prueba.md",
                &decap_page("Una prueba", "Es una prueba.", SPANISH),
            ),
            (
                "pages/en/prueba.md",
                &decap_page("A test", "It is a test.", ENGLISH),
            ),
        ],
    );
    assert_eq!(status, StatusCode::OK, "{answer}");
    let spanish = fs::read_to_string(site.path().join("content/es/prueba.md")).unwrap();
    let english = fs::read_to_string(site.path().join("content/en/prueba.md")).unwrap();
    // Decap's empty fields and defaults are left out; `sources_none` is faro's `none:`.
    assert_eq!(
        spanish,
        format!(
            "---\ntitle: Una prueba\nsummary:\n- Es una prueba.\nupdated: 2026-12-01\nsources:\n  none: Esta página es una prueba.\n---\n\n{SPANISH}\n"
        )
    );
    assert!(!spanish.contains("translation"), "{spanish}");
    assert!(
        english.contains("translation:\n  source_version: "),
        "{english}"
    );
    assert!(english.contains("  reviewed: false\n"), "{english}");
    let run = Faro::build(site.path()).run();
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        site.path().join("public/en/prueba/index.html").is_file(),
        "{}",
        run.stdout
    );
    assert_eq!(english_state(site.path(), "prueba.md"), "draft");

    // The editor lists both, in its own paths, with sources: none as its own field.
    let (status, listed) = api(
        &app,
        json!({"action": "entriesByFolder", "params": {"branch": "main", "folder": "pages", "extension": "md", "depth": 2}}),
    );
    assert_eq!(status, StatusCode::OK);
    let entry = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["file"]["path"] == "pages/en/prueba.md")
        .expect("the English page is listed");
    assert!(entry["data"].as_str().unwrap().contains("source_version"));
    let spanish_entry = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["file"]["path"] == "pages/es/prueba.md")
        .unwrap();
    assert!(
        spanish_entry["data"]
            .as_str()
            .unwrap()
            .contains("sources_none: ")
    );

    // Saving the Spanish page with a paragraph changed, and the English as it was (Decap
    // sends every language of an entry): the English file is not touched, and is now stale.
    let english_before = english.clone();
    let changed = SPANISH.replace("Primer párrafo", "Primer párrafo cambiado");
    let (status, answer) = persist(
        &app,
        &[
            (
                "pages/es/prueba.md",
                &decap_page("Una prueba", "Es una prueba.", &changed),
            ),
            (
                "pages/en/prueba.md",
                &decap_page("A test", "It is a test.", ENGLISH),
            ),
        ],
    );
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(
        fs::read_to_string(site.path().join("content/en/prueba.md")).unwrap(),
        english_before
    );
    assert_eq!(english_state(site.path(), "prueba.md"), "stale");

    // The translation edited in the same save is made from the Spanish as saved: up to date
    // again (and not reviewed: whatever review there was, was of the text before).
    let (status, answer) = persist(
        &app,
        &[
            (
                "pages/es/prueba.md",
                &decap_page("Una prueba", "Es una prueba.", &changed),
            ),
            (
                "pages/en/prueba.md",
                &decap_page(
                    "A test",
                    "It is a test.",
                    &ENGLISH.replace("First", "First changed"),
                ),
            ),
        ],
    );
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(english_state(site.path(), "prueba.md"), "draft");
}

#[test]
fn a_save_the_build_would_refuse_writes_nothing_and_says_why() {
    let site = fixture("multilingual");
    let app = editor(site.path());
    let before = snapshot(site.path());
    let broken = SPANISH.replace("ayuda.md", "no-existe.md");
    let (status, answer) = persist(
        &app,
        &[(
            "pages/es/prueba.md",
            &decap_page("Una prueba", "Es una prueba.", &broken),
        )],
    );
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
    let message = answer["error"].as_str().unwrap();
    assert!(message.contains("content/es/prueba.md"), "{message}");
    assert!(message.contains("no-existe.md"), "{message}");
    assert!(message.contains("nothing was saved"), "{message}");
    // A front matter mistake is named with the build's words too.
    let (status, answer) = persist(
        &app,
        &[(
            "pages/es/prueba.md",
            "---\ntitle: Una prueba\nslug: Con Espacios\n---\nTexto.\n",
        )],
    );
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
    assert!(
        answer["error"]
            .as_str()
            .unwrap()
            .contains("the slug `Con Espacios`"),
        "{answer}"
    );
    // Paths outside the collections' folders are refused before anything is read.
    let (status, _) = persist(
        &app,
        &[("pages/es/../../site.yaml", "---\ntitle: x\n---\n")],
    );
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let after: Vec<_> = snapshot(site.path())
        .into_keys()
        .filter(|p| !p.starts_with(".faro-cache"))
        .collect();
    let before: Vec<_> = before
        .into_keys()
        .filter(|p| !p.starts_with(".faro-cache"))
        .collect();
    assert_eq!(before, after);
    assert!(!site.path().join("content/es/prueba.md").exists());
}

#[test]
fn a_file_changed_on_disk_since_the_editor_read_it_is_not_overwritten() {
    let site = fixture("multilingual");
    let app = editor(site.path());
    let (status, entry) = api(
        &app,
        json!({"action": "getEntry", "params": {"branch": "main", "path": "pages/es/solo.md"}}),
    );
    assert_eq!(status, StatusCode::OK);
    let read = entry["data"].as_str().unwrap().to_string();
    let file = site.path().join("content/es/solo.md");
    let by_hand = read.replace("---\n\n", "---\n\nUn párrafo escrito a mano.\n\n");
    let by_hand = if by_hand == read {
        format!("{read}\nUn párrafo escrito a mano.\n")
    } else {
        by_hand
    };
    fs::write(&file, &by_hand).unwrap();
    let (status, answer) = persist(
        &app,
        &[("pages/es/solo.md", &format!("{read}\nOtro párrafo.\n"))],
    );
    assert_eq!(status, StatusCode::CONFLICT, "{answer}");
    assert!(
        answer["error"]
            .as_str()
            .unwrap()
            .contains("changed on disk")
    );
    assert_eq!(fs::read_to_string(&file).unwrap(), by_hand);
    // A new page may not take the name of one that exists.
    let (status, _) = persist(
        &app,
        &[("pages/es/ayuda.md", &decap_page("Otra", "Otra.", SPANISH))],
    );
    assert_eq!(status, StatusCode::CONFLICT);
}

#[test]
fn only_the_editors_own_page_may_call_the_backend() {
    let site = fixture("multilingual");
    let app = editor(site.path());
    let info = json!({"action": "info"});
    let (status, _) = api_with(&app, info.clone(), &[("content-type", "text/plain")]);
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = api_with(
        &app,
        info.clone(),
        &[
            ("content-type", "application/json"),
            ("host", "127.0.0.1:1112"),
            ("origin", "http://evil.example"),
        ],
    );
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = api_with(
        &app,
        info.clone(),
        &[
            ("content-type", "application/json"),
            ("host", "evil.example:1112"),
        ],
    );
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, answer) = api_with(
        &app,
        info,
        &[
            ("content-type", "application/json"),
            ("host", "127.0.0.1:1112"),
            ("origin", "http://127.0.0.1:1112"),
        ],
    );
    assert_eq!(status, StatusCode::OK);
    assert_eq!(answer["type"], "local_fs");
}

#[test]
fn an_edited_paragraph_leaves_the_writers_front_matter_as_they_wrote_it() {
    let site = fixture("multilingual");
    let file = site.path().join("content/es/solo.md");
    let by_hand = "---\n# Revisado por el equipo el 28 de noviembre.\ntitle: \"Solo en español\"\norder: 3  # después de ayuda\nupdated: 2026-11-28\n---\nEsta página solo existe en español. Vuelve al [inicio](_index.md).\n";
    fs::write(&file, by_hand).unwrap();
    let app = editor(site.path());
    let (status, _) = api(
        &app,
        json!({"action": "getEntry", "params": {"branch": "main", "path": "pages/es/solo.md"}}),
    );
    assert_eq!(status, StatusCode::OK);
    // Decap sends every field of its form, in its own order and quoting, and the new text.
    let sent = "---\ntitle: Solo en español\ndescription: ''\nsummary: []\nslug: ''\ndraft: false\norder: 3\nupdated: 2026-11-28\nsources: []\nbooklet: true\n---\nEsta página solo existe en español. Tiene un párrafo nuevo.\n";
    let (status, answer) = persist(&app, &[("pages/es/solo.md", sent)]);
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        "---\n# Revisado por el equipo el 28 de noviembre.\ntitle: \"Solo en español\"\norder: 3  # después de ayuda\nupdated: 2026-11-28\n---\n\nEsta página solo existe en español. Tiene un párrafo nuevo.\n"
    );
}

/// A stand-in for `editor/node_modules`: Decap's dist/ folder with its script, a part it loads
/// on demand, its WebAssembly and a source map, and js-yaml's browser file.
fn fake_node_modules(root: &Path) -> std::path::PathBuf {
    let dist = root.join("node_modules/decap-cms/dist");
    fs::create_dir_all(&dist).unwrap();
    for name in [
        "decap-cms.js",
        "103.decap-cms.js",
        "a1.wasm",
        "decap-cms.js.map",
        "cms.js",
    ] {
        fs::write(dist.join(name), name).unwrap();
    }
    let yaml = root.join("node_modules/js-yaml/dist");
    fs::create_dir_all(&yaml).unwrap();
    fs::write(yaml.join("js-yaml.min.js"), "jsyaml").unwrap();
    dist
}

/// The fixture site with `section` added to its site.yaml, and Decap's dist/ folder for it.
fn site_with_editor(section: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let site = fixture("multilingual");
    let bundle = fake_node_modules(site.path());
    let yaml = site.path().join("site.yaml");
    let text = fs::read_to_string(&yaml).unwrap();
    fs::write(&yaml, format!("{text}\n{section}")).unwrap();
    (site, bundle)
}

/// `faro edit --export out` on `site`.
fn export(site: &Path, out: &Path, bundle: &Path) -> crate::harness::Run {
    Faro::new(["edit", "--export"])
        .args([out.to_str().unwrap(), "--bundle", bundle.to_str().unwrap()])
        .root(site)
        .run()
}

#[test]
fn the_published_sites_editor_saves_to_github_in_faros_layout() {
    let (site, bundle) = site_with_editor(
        "editor:\n  backend: github\n  repo: kind-mexico/sitio\n  auth_url: https://auth.example.org/\n",
    );
    let elsewhere = tempfile::tempdir().unwrap();
    let out = elsewhere.path().join("editor-site");
    let run = export(site.path(), &out, &bundle);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let config: Value =
        serde_yaml::from_str(&fs::read_to_string(out.join("config.yml")).unwrap()).unwrap();
    let backend = &config["backend"];
    assert_eq!(backend["name"], "faro-github");
    assert_eq!(backend["repo"], "kind-mexico/sitio");
    assert_eq!(backend["branch"], "main");
    assert_eq!(backend["base_url"], "https://auth.example.org");
    assert_eq!(backend["faro_layout"]["content"], "content");
    assert_eq!(backend["faro_layout"]["collections"]["updates"], "updates");
    assert_eq!(backend["faro_layout"]["collections"]["pages"], "");
    assert_eq!(config["i18n"]["default_locale"], "es");
    // Decap's own files, not its source maps or its copy without React.
    let mut decap: Vec<String> = fs::read_dir(out.join("decap"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    decap.sort();
    assert_eq!(decap, ["103.decap-cms.js", "a1.wasm", "decap-cms.js"]);
    let html = fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        html.contains(
            "connect-src 'self' https://api.github.com https://www.githubstatus.com blob:;"
        ),
        "{html}"
    );
    let headers = fs::read_to_string(out.join("_headers")).unwrap();
    assert!(headers.contains("frame-ancestors 'none'"), "{headers}");
    for file in [
        "faro-editor.js",
        "faro-git-host.js",
        "js-yaml.min.js",
        "theme.css",
    ] {
        assert!(out.join(file).is_file(), "{file}");
    }
    // Exporting again replaces the earlier export.
    let again = export(site.path(), &out, &bundle);
    assert_eq!(again.code, Some(0), "{}", again.stderr);
}

#[test]
fn exporting_the_editor_names_every_missing_setting_and_writes_nothing() {
    let (site, bundle) =
        site_with_editor("editor:\n  backend: github\n  auth_url: http://auth.example.org\n");
    let inside = site.path().join("public/editor");
    let run = export(site.path(), &inside, &bundle);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    for expected in [
        "error: site.yaml: `editor: repo:` is missing for `backend: github`",
        "error: site.yaml: `editor: auth_url: http://auth.example.org` is not an https address",
        "the editor cannot go inside the site",
    ] {
        assert!(run.stderr.contains(expected), "{expected}\n{}", run.stderr);
    }
    assert!(!inside.exists());
    // A folder of someone else's files is never replaced.
    let elsewhere = tempfile::tempdir().unwrap();
    let theirs = elsewhere.path().to_path_buf();
    fs::write(theirs.join("notes.txt"), "mine").unwrap();
    let (site, bundle) =
        site_with_editor("editor:\n  backend: gitlab\n  repo: a/b\n  app_id: x1\n");
    let run = export(site.path(), &theirs, &bundle);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains("this folder holds other files"),
        "{}",
        run.stderr
    );
    assert_eq!(
        fs::read_to_string(theirs.join("notes.txt")).unwrap(),
        "mine"
    );
}
