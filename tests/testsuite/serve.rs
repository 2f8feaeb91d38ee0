//! `faro serve` over real HTTP on loopback: the built site with its precompressed files, live
//! reload after an edit, errors shown while the last good page stays, and no request ever
//! reaching a file outside the output folder.

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crate::harness::{Faro, fixture};

/// A running `faro serve`, stopped when dropped.
struct Server {
    child: Child,
    address: String,
    stderr: std::sync::mpsc::Receiver<String>,
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
        Server {
            address: address.expect("faro serve prints its address"),
            child,
            stderr,
        }
    }

    /// Sends `target` as it is (no normalising by a client library) and returns the status
    /// code, the headers (lower-cased names) and the body.
    fn get(&self, target: &str, headers: &[(&str, &str)]) -> (u16, Vec<(String, String)>, Vec<u8>) {
        let mut stream = TcpStream::connect(&self.address).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        let mut request = format!(
            "GET {target} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n",
            self.address
        );
        for (name, value) in headers {
            request.push_str(&format!("{name}: {value}\r\n"));
        }
        request.push_str("\r\n");
        stream.write_all(request.as_bytes()).unwrap();
        let mut raw = Vec::new();
        let _ = stream.read_to_end(&mut raw);
        parse_response(&raw)
    }

    fn page(&self, target: &str) -> String {
        let (status, _, body) = self.get(target, &[]);
        assert_eq!(status, 200, "GET {target}");
        String::from_utf8(body).unwrap()
    }

    /// Opens the live reload stream.
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

fn parse_response(raw: &[u8]) -> (u16, Vec<(String, String)>, Vec<u8>) {
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete response head");
    let head = String::from_utf8_lossy(&raw[..end]).into_owned();
    let mut lines = head.lines();
    let status: u16 = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .expect("a status line");
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let mut body = raw[end + 4..].to_vec();
    if headers
        .iter()
        .any(|(n, v)| n == "transfer-encoding" && v.contains("chunked"))
    {
        body = unchunk(&body);
    }
    (status, headers, body)
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

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

fn edit(file: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(file).unwrap();
    assert!(text.contains(from), "{} has {from:?}", file.display());
    fs::write(file, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn serves_the_built_site_precompressed_and_reloads_after_an_edit() {
    let site = fixture("multilingual");
    let server = Server::start(site.path(), &[]);
    let out = site.path().join(".faro-cache/serve");

    let home = server.page("/es/");
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

    // A file other than a page comes as its precompressed copy, as from the production server.
    let (status, headers, body) = server.get("/es/sw.js", &[("Accept-Encoding", "gzip, br")]);
    assert_eq!(status, 200);
    assert_eq!(header(&headers, "content-encoding"), Some("br"));
    assert_eq!(body, fs::read(out.join("es/sw.js.br")).unwrap());
    let (_, headers, body) = server.get("/es/sw.js", &[("Accept-Encoding", "gzip")]);
    assert_eq!(header(&headers, "content-encoding"), Some("gzip"));
    assert_eq!(body, fs::read(out.join("es/sw.js.gz")).unwrap());

    // Each language's 404 page, with status 404.
    let (status, _, body) = server.get("/fr/nothing-here/", &[]);
    assert_eq!(status, 404);
    assert_eq!(
        String::from_utf8_lossy(&body).replace("<script src=/_faro/live.js></script>", ""),
        fs::read_to_string(out.join("fr/404.html")).unwrap()
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
        "---\ntitle: Página nueva\norder: 5\nreviewed: 2026-11-28\n---\nHola.\n",
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
    let (_, _, body) = server.get("/es/nothing-here/", &[]);
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
fn no_request_returns_a_file_outside_the_output() {
    let site = fixture("multilingual");
    // Files a request must never reach: the site's own sources, and the system's.
    fs::write(site.path().join("secret.txt"), "SECRET-OUTSIDE").unwrap();
    let server = Server::start(site.path(), &[]);
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
        let (status, _, body) = server.get(target, &[]);
        let body = String::from_utf8_lossy(&body);
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
    assert_eq!(server.get("/es/", &[]).0, 200);
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
fn live_reload_connections_are_bounded() {
    let site = fixture("multilingual");
    let server = Server::start(site.path(), &[]);
    let mut open = Vec::new();
    for _ in 0..256 {
        let events = server.events();
        open.push(events);
    }
    // Every one of them has been answered before counting.
    for events in &mut open {
        let mut byte = [0u8; 1];
        events
            .stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        events.stream.read_exact(&mut byte).unwrap();
    }
    let (status, _, _) = server.get("/_faro/events", &[]);
    assert_eq!(status, 503);
    drop(open);
    // Closed connections give their places back.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let (status, _, _) = {
            let mut stream = TcpStream::connect(&server.address).unwrap();
            stream
                .set_read_timeout(Some(Duration::from_millis(500)))
                .unwrap();
            stream
                .write_all(
                    format!(
                        "GET /_faro/events HTTP/1.1\r\nHost: {}\r\n\r\n",
                        server.address
                    )
                    .as_bytes(),
                )
                .unwrap();
            let mut raw = vec![0u8; 512];
            let n = stream.read(&mut raw).unwrap_or(0);
            raw.truncate(n);
            if raw.windows(4).any(|w| w == b"\r\n\r\n") {
                parse_response(&raw)
            } else {
                (0, Vec::new(), Vec::new())
            }
        };
        if status == 200 {
            break;
        }
        assert!(Instant::now() < deadline, "a place never came free");
        std::thread::sleep(Duration::from_millis(100));
    }
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
    {
        let server = Server::start(site.path(), &[]);
        let mut events = server.events();
        assert_eq!(server.get("/es/", &[]).0, 200);
        // A failed rebuild, then a good one.
        let page = site.path().join("content/es/ayuda.md");
        let text = fs::read_to_string(&page).unwrap();
        fs::write(&page, text.replace("Llama o escribe.", "[roto](roto.md)")).unwrap();
        events.wait_for("problems");
        fs::write(&page, &text).unwrap();
        events.wait_for("reload");
    }
    assert_eq!(people_and_public(site.path()), before);
}
