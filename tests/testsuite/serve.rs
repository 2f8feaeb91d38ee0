//! `faro serve`: the built site with its precompressed files, live reload after an edit, errors
//! shown while the last good page stays, and no request ever reaching a file outside the
//! output folder.
//!
//! What the server answers to one request is asked of its router
//! (`faro::serve::http::router`) with tower's `oneshot`, over a folder built as `faro serve`
//! builds it (`Live::rebuild_all`), with no socket. What follows an edit is asked of the real
//! `faro serve`, since only the running process watches the files: its terminal, and its event
//! stream, read from a socket. The path traversal test sends its requests as raw HTTP, since a
//! client library would tidy away the `..` it is about.

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use faro::build::Live;
use faro::serve::Status;
use faro::serve::http::router;
use tokio::sync::watch;
use tower::ServiceExt;

use crate::harness::{Faro, block_on, fixture};

/// Where `faro serve` builds, inside the site's folder.
const SERVE_DIR: &str = ".faro-cache/serve";

/// The site built as `faro serve` builds it when it starts, and the router over the result,
/// with the sender that tells the open pages about rebuilds.
fn built(site: &Path) -> (Router, watch::Sender<Status>) {
    let root = site.canonicalize().unwrap();
    let mut live = Live::new(root.clone(), root.join(SERVE_DIR), false);
    let outcome = live.rebuild_all();
    assert!(
        outcome.succeeded(),
        "the fixture builds: {:?}",
        outcome
            .diagnostics
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
    );
    let (status, receiver) = watch::channel(Status::default());
    (router(root.join(SERVE_DIR), receiver), status)
}

/// The router's answer to `GET target`: status, headers and the whole body.
async fn get(
    app: &Router,
    target: &str,
    headers: &[(&str, &str)],
) -> (StatusCode, HeaderMap, Vec<u8>) {
    let mut request = Request::get(target);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = app
        .clone()
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let (parts, body) = response.into_parts();
    let body = axum::body::to_bytes(body, usize::MAX).await.unwrap();
    (parts.status, parts.headers, body.to_vec())
}

async fn page(app: &Router, target: &str) -> String {
    let (status, _, body) = get(app, target, &[]).await;
    assert_eq!(status, StatusCode::OK, "GET {target}");
    String::from_utf8(body).unwrap()
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

fn edit(file: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(file).unwrap();
    assert!(text.contains(from), "{} has {from:?}", file.display());
    fs::write(file, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn serves_the_built_site_precompressed_with_the_live_reload_script() {
    let site = fixture("multilingual");
    let (app, _status) = built(site.path());
    let out = site.path().join(SERVE_DIR);
    block_on(async {
        let home = page(&app, "/es/").await;
        assert!(
            home.contains("<script src=/_faro/live.js></script>"),
            "{home}"
        );
        let on_disk = fs::read_to_string(out.join("es/index.html")).unwrap();
        assert!(
            !on_disk.contains("_faro"),
            "the live reload script is added as pages are sent, never written"
        );
        assert!(
            !site.path().join("public").exists(),
            "serve leaves public/ alone"
        );

        // A file other than a page comes as its precompressed copy, as from the production
        // server.
        let (status, headers, body) =
            get(&app, "/es/sw.js", &[("Accept-Encoding", "gzip, br")]).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(header(&headers, "content-encoding"), Some("br"));
        assert_eq!(body, fs::read(out.join("es/sw.js.br")).unwrap());
        let (_, headers, body) = get(&app, "/es/sw.js", &[("Accept-Encoding", "gzip")]).await;
        assert_eq!(header(&headers, "content-encoding"), Some("gzip"));
        assert_eq!(body, fs::read(out.join("es/sw.js.gz")).unwrap());

        // Each language's 404 page, with status 404.
        let (status, _, body) = get(&app, "/fr/nothing-here/", &[]).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert_eq!(
            String::from_utf8_lossy(&body).replace("<script src=/_faro/live.js></script>", ""),
            fs::read_to_string(out.join("fr/404.html")).unwrap()
        );
    });
}

#[test]
fn a_page_after_its_home_page_comes_compressed_against_it_as_from_nginx() {
    use base64::Engine;
    use sha2::{Digest, Sha256};
    let site = fixture("multilingual");
    let (app, _status) = built(site.path());
    let accepts = ("Accept-Encoding", "gzip, deflate, br, zstd, dcb, dcz");
    block_on(async {
        // The home page, as sent (with the live reload script), is offered as a dictionary for
        // its language's pages, and stays fresh long enough to serve as one.
        let (status, headers, home) = get(&app, "/es/", &[accepts]).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(
            header(&headers, "use-as-dictionary"),
            Some("match=\"/es/*\"")
        );
        assert_eq!(header(&headers, "cache-control"), Some("max-age=60"));
        let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(&home));
        let named = format!(":{hash}:");

        // A page of the language, asked for with it: dcb, and it decodes, with the home page,
        // to the page as sent without it.
        let (_, headers, body) = get(
            &app,
            "/es/ayuda/",
            &[accepts, ("Available-Dictionary", named.as_str())],
        )
        .await;
        assert_eq!(header(&headers, "content-encoding"), Some("dcb"));
        assert_eq!(
            header(&headers, "vary"),
            Some("Accept-Encoding, Available-Dictionary")
        );
        assert_eq!(body[..4], [0xff, 0x44, 0x43, 0x42]);
        assert_eq!(body[4..36], Sha256::digest(&home)[..]);
        let mut decoded = Vec::new();
        brotli::Decompressor::new_with_custom_dict(&body[36..], 4096, home.clone().into())
            .read_to_end(&mut decoded)
            .unwrap();
        let plain = page(&app, "/es/ayuda/").await;
        assert_eq!(String::from_utf8(decoded).unwrap(), plain);
        assert!(body.len() * 6 < plain.len(), "{} bytes", body.len());

        // Without dcb accepted, with a hash no home page has, or in another language: the
        // page as before.
        let unknown = format!(
            ":{}:",
            base64::engine::general_purpose::STANDARD.encode([7; 32])
        );
        for (target, headers) in [
            (
                "/es/ayuda/",
                [
                    ("Accept-Encoding", "gzip, br"),
                    ("Available-Dictionary", named.as_str()),
                ],
            ),
            (
                "/es/ayuda/",
                [accepts, ("Available-Dictionary", unknown.as_str())],
            ),
            (
                "/en/get-help/",
                [accepts, ("Available-Dictionary", named.as_str())],
            ),
        ] {
            let (status, sent, _) = get(&app, target, &headers).await;
            assert_eq!(status, StatusCode::OK);
            assert_eq!(
                header(&sent, "content-encoding"),
                None,
                "{target} {headers:?}"
            );
        }
    });
}

#[test]
fn live_reload_connections_are_bounded() {
    let site = fixture("multilingual");
    let (app, _status) = built(site.path());
    block_on(async {
        let events = || async {
            app.clone()
                .oneshot(
                    Request::get("/_faro/events")
                        .header("Accept", "text/event-stream")
                        .body(Body::empty())
                        .unwrap(),
                )
                .await
                .unwrap()
        };
        // Every one of them is answered, and stays open while its response is held.
        let mut open = Vec::new();
        for _ in 0..faro::serve::http::MAX_LIVE_CONNECTIONS {
            let response = events().await;
            assert_eq!(response.status(), StatusCode::OK);
            open.push(response);
        }
        assert_eq!(events().await.status(), StatusCode::SERVICE_UNAVAILABLE);
        // Closed connections give their places back.
        drop(open);
        assert_eq!(events().await.status(), StatusCode::OK);
    });
}

/// A running `faro serve`, stopped when dropped, and the router over the folder it serves.
struct Server {
    child: Child,
    address: String,
    stderr: std::sync::mpsc::Receiver<String>,
    /// Pages are asked of the router over the process's folder: the same code and the same
    /// files as the process sends (ServeDir reads a file on each request).
    app: Router,
    _status: watch::Sender<Status>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    fn start(site: &Path, extra: &[&str]) -> Server {
        let mut child = Faro::new(["serve", "--port", "0"])
            .args(extra)
            .root(site)
            .command()
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("faro serve starts");
        let (tx, stderr) = std::sync::mpsc::channel();
        let err = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(err).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut address = None;
        let mut line = String::new();
        while out.read_line(&mut line).unwrap_or(0) > 0 {
            if let Some(rest) = line.trim().strip_prefix("Serving the site at http://") {
                address = rest.split('/').next().map(str::to_string);
                break;
            }
            line.clear();
        }
        std::thread::spawn(move || for _ in out.lines() {});
        let (status, receiver) = watch::channel(Status::default());
        Server {
            address: address.expect("faro serve prints its address"),
            child,
            stderr,
            app: router(site.canonicalize().unwrap().join(SERVE_DIR), receiver),
            _status: status,
        }
    }

    fn page(&self, target: &str) -> String {
        block_on(page(&self.app, target))
    }

    /// Opens the process's live reload stream.
    fn events(&self) -> Events {
        let mut stream = TcpStream::connect(&self.address).unwrap();
        let request = format!(
            "GET /_faro/events HTTP/1.1\r\nHost: {}\r\nAccept: text/event-stream\r\n\r\n",
            self.address
        );
        stream.write_all(request.as_bytes()).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_millis(200)))
            .unwrap();
        Events {
            stream,
            seen: String::new(),
        }
    }
}

/// A live reload stream, read as text: events are plain lines, so no HTTP parsing is needed.
struct Events {
    stream: TcpStream,
    seen: String,
}

impl Events {
    /// Waits for an event named `name` and returns everything read up to and including it.
    fn wait_for(&mut self, name: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(30);
        let marker = format!("event: {name}\n");
        while Instant::now() < deadline {
            if let Some(at) = self.seen.find(&marker) {
                let end = self.seen[at..]
                    .find("\n\n")
                    .map(|e| at + e + 2)
                    .unwrap_or(self.seen.len());
                let upto: String = self.seen.drain(..end).collect();
                return upto;
            }
            let mut buf = [0u8; 4096];
            match self.stream.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => self
                    .seen
                    .push_str(&String::from_utf8_lossy(&buf[..n]).replace("\r\n", "\n")),
                Err(_) => {}
            }
        }
        panic!("no `{name}` event within 30 s; got {:?}", self.seen);
    }
}

#[test]
fn an_edit_is_rebuilt_and_the_open_pages_reload() {
    let site = fixture("multilingual");
    let server = Server::start(site.path(), &[]);
    let out = site.path().join(SERVE_DIR);
    assert!(
        !site.path().join("public").exists(),
        "serve leaves public/ alone"
    );

    // Saving a page: a reload event, then the new text from the server and on disk.
    let mut events = server.events();
    edit(
        &site.path().join("content/es/ayuda.md"),
        "Llama o escribe.",
        "Llama, escribe o ven a vernos.",
    );
    events.wait_for("reload");
    assert!(
        server
            .page("/es/ayuda/")
            .contains("Llama, escribe o ven a vernos.")
    );
    assert!(
        fs::read_to_string(out.join("es/ayuda/index.html"))
            .unwrap()
            .contains("Llama, escribe o ven a vernos.")
    );
    // The page as K'iche' readers get it (through the fallback) changed too.
    assert!(
        server
            .page("/quc/ayuda/")
            .contains("Llama, escribe o ven a vernos.")
    );

    // A title: the menus of the other pages list it.
    edit(
        &site.path().join("content/es/ayuda.md"),
        "title: Pide ayuda",
        "title: Pide ayuda ya",
    );
    events.wait_for("reload");
    assert!(server.page("/es/solo/").contains("Pide ayuda ya"));

    // A new page: it is there, and in the menu.
    fs::write(
        site.path().join("content/es/nueva.md"),
        "---\ntitle: Página nueva\norder: 5\nupdated: 2026-11-28\n---\nHola.\n",
    )
    .unwrap();
    events.wait_for("reload");
    assert!(server.page("/es/nueva/").contains("Hola."));
    assert!(server.page("/es/").contains("Página nueva"));

    // An interface string: every page of the languages that read it (K'iche' has no
    // interface strings of its own and reads the Spanish ones).
    edit(
        &site.path().join("translations/es.ftl"),
        "help-title = ¿Necesitas ayuda?",
        "help-title = ¿Necesitas ayuda ahora?",
    );
    events.wait_for("reload");
    assert!(server.page("/es/").contains("¿Necesitas ayuda ahora?"));
    assert!(
        server
            .page("/quc/ayuda/")
            .contains("¿Necesitas ayuda ahora?")
    );

    // A template: what uses it.
    edit(
        &site.path().join("themes/default/templates/404.html"),
        "<main id=\"main\">",
        "<main id=\"main\" data-edited>",
    );
    events.wait_for("reload");
    let (_, _, body) = block_on(get(&server.app, "/es/nothing-here/", &[]));
    assert!(String::from_utf8_lossy(&body).contains("data-edited"));
}

#[test]
fn an_error_is_shown_in_the_browser_and_the_last_good_page_stays() {
    let site = fixture("multilingual");
    let server = Server::start(site.path(), &[]);
    let page = site.path().join("content/es/ayuda.md");
    let mut events = server.events();
    edit(
        &page,
        "Llama o escribe.",
        "Llama o escribe a [nadie](nadie.md).",
    );
    let problems = events.wait_for("problems");
    assert!(
        problems.contains("content/es/ayuda.md:11:") && problems.contains("nadie.md"),
        "{problems}"
    );
    let served = server.page("/es/ayuda/");
    assert!(
        served.contains("Llama o escribe."),
        "the last good page stays"
    );
    assert!(!served.contains("nadie"));
    // The terminal says it too.
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut said = String::new();
    while Instant::now() < deadline && !said.contains("last good site") {
        if let Ok(line) = server.stderr.recv_timeout(Duration::from_millis(100)) {
            said.push_str(&line);
            said.push('\n');
        }
    }
    assert!(said.contains("error: content/es/ayuda.md:11:"), "{said}");

    // A page opened now shows the problem at once.
    let mut fresh = server.events();
    let shown = fresh.wait_for("problems");
    assert!(shown.contains("nadie.md"), "{shown}");

    edit(&page, "Llama o escribe a [nadie](nadie.md).", "Llama, ya.");
    events.wait_for("reload");
    assert!(server.page("/es/ayuda/").contains("Llama, ya."));
}

#[test]
fn serving_beyond_loopback_warns() {
    let site = fixture("multilingual");
    let server = Server::start(site.path(), &["--bind", "0.0.0.0"]);
    let warning = server
        .stderr
        .recv_timeout(Duration::from_secs(10))
        .unwrap_or_default();
    assert!(
        warning.starts_with("warning: serving on 0.0.0.0 lets other computers"),
        "{warning}"
    );
}

#[test]
fn serve_writes_only_into_its_own_folder() {
    let site = fixture("multilingual");
    // An earlier `faro build`: serve must leave it exactly as it is.
    let built = Faro::build(site.path()).run();
    assert_eq!(built.code, Some(0), "{}", built.stderr);
    let people_and_public = |root: &Path| {
        ["content", "themes", "translations", "site.yaml", "public"]
            .iter()
            .map(|p| crate::harness::snapshot(&root.join(p)))
            .collect::<Vec<_>>()
    };
    let before = people_and_public(site.path());
    let lock = fs::read(site.path().join("addresses.lock")).unwrap();
    {
        let server = Server::start(site.path(), &[]);
        let mut events = server.events();
        assert!(server.page("/es/").contains("<html"));
        // A failed rebuild, then a good one.
        let page = site.path().join("content/es/ayuda.md");
        let text = fs::read_to_string(&page).unwrap();
        fs::write(&page, text.replace("Llama o escribe.", "[roto](roto.md)")).unwrap();
        events.wait_for("problems");
        fs::write(&page, &text).unwrap();
        events.wait_for("reload");
    }
    assert_eq!(people_and_public(site.path()), before);
    assert_eq!(fs::read(site.path().join("addresses.lock")).unwrap(), lock);
}

#[test]
fn an_old_address_answers_in_faro_serve_as_in_the_build() {
    let site = fixture("multilingual");
    let built_once = Faro::build(site.path()).run();
    assert_eq!(built_once.code, Some(0), "{}", built_once.stderr);
    edit(
        &site.path().join("content/es/derechos/asilo.md"),
        "title: El asilo",
        "slug: pedir-asilo\ntitle: El asilo",
    );
    let lock = fs::read(site.path().join("addresses.lock")).unwrap();
    let (app, _status) = built(site.path());
    block_on(async {
        let (status, _, body) = get(&app, "/es/derechos/asilo/", &[]).await;
        let body = String::from_utf8(body).unwrap();
        assert_eq!(status, StatusCode::OK, "{body}");
        assert!(body.contains("url=../pedir-asilo/index.html"), "{body}");
        assert!(
            body.contains("href=../pedir-asilo/index.html>El asilo</a>"),
            "{body}"
        );
        let (status, _, _) = get(&app, "/es/derechos/pedir-asilo/", &[]).await;
        assert_eq!(status, StatusCode::OK);
    });
    // Serving records nothing: the move is recorded by the build that publishes it.
    assert_eq!(fs::read(site.path().join("addresses.lock")).unwrap(), lock);
}

/// Sends `target` as it is, over a socket (no normalising by a client library), and returns
/// the status code and the body as text.
fn raw_get(address: &str, target: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(address).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let request = format!("GET {target} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).unwrap();
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete response head");
    let head = String::from_utf8_lossy(&raw[..end]).to_ascii_lowercase();
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("a status line");
    let mut body = raw[end + 4..].to_vec();
    // A body sent in chunks is put back together, so a chunk boundary cannot hide a leak.
    if head.contains("transfer-encoding: chunked") {
        body = unchunk(&body);
    }
    (status, String::from_utf8_lossy(&body).into_owned())
}

fn unchunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let Some(line_end) = data.windows(2).position(|w| w == b"\r\n") else {
            return out;
        };
        let size =
            usize::from_str_radix(std::str::from_utf8(&data[..line_end]).unwrap().trim(), 16)
                .unwrap_or(0);
        if size == 0 {
            return out;
        }
        let start = line_end + 2;
        out.extend_from_slice(&data[start..start + size]);
        data = &data[start + size + 2..];
    }
}

#[test]
fn no_request_returns_a_file_outside_the_output() {
    let site = fixture("multilingual");
    // Files a request must never reach: the site's own sources, and the system's.
    fs::write(site.path().join("secret.txt"), "SECRET-OUTSIDE").unwrap();
    let (app, _status) = built(site.path());
    // The router behind a real HTTP/1.1 server on loopback, as `faro serve` runs it.
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let address = listener.local_addr().unwrap().to_string();
    runtime.spawn(async move { axum::serve(listener, app).await });
    let attempts = [
        "/../secret.txt",
        "/../../secret.txt",
        "/../../site.yaml",
        "/%2e%2e/%2e%2e/secret.txt",
        "/%2E%2E/%2E%2E/site.yaml",
        "/..%2f..%2fsecret.txt",
        "/%2e%2e%2f%2e%2e%2fsecret.txt",
        "/..\\..\\secret.txt",
        "/%5c..%5c..%5csecret.txt",
        "/es/..%5c..%5c..%5csecret.txt",
        "//etc/passwd",
        "/etc/passwd",
        "/%2fetc%2fpasswd",
        "/../../../../../../etc/passwd",
        "/%00",
        "/secret.txt%00.html",
        "/C:/Windows/win.ini",
        "/C:%5cWindows%5cwin.ini",
        "/es/../../../secret.txt",
        "/.%2e/.%2e/secret.txt",
        "/%252e%252e/%252e%252e/secret.txt",
    ];
    for target in attempts {
        let (status, body) = raw_get(&address, target);
        assert!(
            !body.contains("SECRET-OUTSIDE")
                && !body.contains("root:x:0")
                && !body.contains("default_language"),
            "{target} returned a file outside the output"
        );
        assert_ne!(
            status, 500,
            "{target} is refused cleanly, not with a server error"
        );
    }
    // The output itself is still served.
    assert_eq!(raw_get(&address, "/es/").0, 200);
}
