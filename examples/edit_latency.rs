//! How long `faro serve` takes from a writer saving a page to the page's new file on disk, and
//! to the reload event that tells the browser the whole rebuild is done. Used by
//! bench/serve.sh on the synthetic site (examples/synth.rs).
//!
//!   edit_latency --faro target/release/faro --site /dev/shm/faro-bench/site --edits 30
//!
//! Each edit changes one sentence of one page's body (or, with --title, its title), then waits: the file
//! is watched by its modification (a stat every 0.2 ms, then a read), the reload by the
//! server's event stream. Edits are 400 ms apart, so that each is measured alone.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

fn main() {
    let mut faro = PathBuf::from("target/release/faro");
    let mut site = PathBuf::from("/dev/shm/faro-bench/site");
    let mut edits = 30;
    let mut page = "section-3/page-100.md".to_string();
    let mut title = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().expect("a value after each option");
        match arg.as_str() {
            "--faro" => faro = value().into(),
            "--site" => site = value().into(),
            "--edits" => edits = value().parse().expect("a number of edits"),
            "--page" => page = value(),
            // Edit the page's title instead: every menu of the language lists it.
            "--title" => title = true,
            other => panic!("unknown option {other}"),
        }
    }
    let source = site.join("content/es").join(&page);
    let original = std::fs::read_to_string(&source).expect("the page to edit");
    let slug = |text: &str, key: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(key).map(|v| v.trim().to_string()))
    };
    let page_slug = slug(&original, "slug:").expect("the page has a slug");
    let section_slug = slug(
        &std::fs::read_to_string(source.with_file_name("_index.md")).expect("its section"),
        "slug:",
    )
    .expect("the section has a slug");
    let out = site.join(".faro-cache/serve");
    let file = out.join(format!("es/{section_slug}/{page_slug}/index.html"));

    let mut server = Command::new(&faro)
        .args(["serve", "--port", "0", "--root"])
        .arg(&site)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("faro serve starts");
    let mut lines = BufReader::new(server.stdout.take().unwrap()).lines();
    let address = loop {
        let line = lines
            .next()
            .expect("faro serve prints its address")
            .unwrap();
        if let Some(rest) = line.strip_prefix("Serving the site at http://") {
            break rest
                .trim_end_matches(|c| c != '/')
                .trim_end_matches('/')
                .to_string();
        }
    };
    let (rebuilt_tx, rebuilt) = mpsc::channel::<String>();
    std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            let _ = rebuilt_tx.send(line);
        }
    });

    // The event stream: a thread forwards each `reload` as it arrives.
    let (reload_tx, reloads) = mpsc::channel::<Instant>();
    let mut stream = TcpStream::connect(&address).expect("the server answers");
    write!(
        stream,
        "GET /_faro/events HTTP/1.1\r\nHost: {address}\r\nAccept: text/event-stream\r\n\r\n"
    )
    .unwrap();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = stream.read(&mut buf) {
            if n == 0 {
                break;
            }
            let now = Instant::now();
            for _ in String::from_utf8_lossy(&buf[..n]).matches("event: reload") {
                let _ = reload_tx.send(now);
            }
        }
    });

    let marker = if title { "title: Página" } else { "Tienes" };
    assert!(original.contains(marker), "the page has {marker:?}");
    let mut to_file = Vec::new();
    let mut to_reload = Vec::new();
    let mut server_says = Vec::new();
    std::thread::sleep(Duration::from_millis(500));
    for i in 0..edits {
        let word = if title {
            format!("title: Página {i}x")
        } else {
            format!("Tienes{i}x")
        };
        let text = original.replacen(marker, &word, 1);
        while reloads.try_recv().is_ok() {}
        while rebuilt.try_recv().is_ok() {}
        let saved = Instant::now();
        std::fs::write(&source, &text).unwrap();
        let written = loop {
            let now = Instant::now();
            let shown = word.trim_start_matches("title: ");
            if std::fs::read_to_string(&file).is_ok_and(|html| html.contains(shown)) {
                break now;
            }
            assert!(
                now - saved < Duration::from_secs(30),
                "the page was not rebuilt"
            );
            std::thread::sleep(Duration::from_micros(200));
        };
        let reloaded = reloads
            .recv_timeout(Duration::from_secs(30))
            .expect("a reload event");
        to_file.push((written - saved).as_secs_f64() * 1000.0);
        to_reload.push((reloaded - saved).as_secs_f64() * 1000.0);
        if let Ok(line) = rebuilt.recv_timeout(Duration::from_secs(5)) {
            server_says.push(line);
        }
        std::thread::sleep(Duration::from_millis(400));
    }
    std::fs::write(&source, &original).unwrap();
    std::thread::sleep(Duration::from_millis(500));
    let _ = server.kill();
    let _ = server.wait();

    let what = if title { "title" } else { "text" };
    println!("{edits} edits of the {what} of content/es/{page}");
    println!("  save -> new page file on disk: {}", summary(&mut to_file));
    println!(
        "  save -> reload event (rebuild done): {}",
        summary(&mut to_reload)
    );
    if let Some(last) = server_says.last() {
        println!("  the server's last report: {last}");
    }
}

fn summary(ms: &mut [f64]) -> String {
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| ms[((ms.len() - 1) as f64 * q).round() as usize];
    format!(
        "median {:.1} ms, p90 {:.1} ms, min {:.1} ms, max {:.1} ms",
        at(0.5),
        at(0.9),
        ms[0],
        ms[ms.len() - 1]
    )
}
