//! The development server: the output folder over HTTP with tower-http's ServeDir (which
//! sends the precompressed .br and .gz files and refuses paths that climb out of the folder),
//! each language's 404 page, live reload over server-sent events, and pages compressed against
//! their language's home page for a browser that kept it, as `deploy/nginx.conf` sends them.

use crate::diagnostics::Diagnostic;
use std::collections::VecDeque;
use std::convert::Infallible;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use futures_util::stream::{self, Stream, StreamExt};
use tokio::sync::{Semaphore, watch};
use tower_http::services::ServeDir;

use super::Status;
use crate::write::compress::dictionary::{self, Dictionary};

/// Where the live reload script and its events are served; no site file can be there, since
/// faro never writes files whose names start with `_faro`.
pub const EVENTS_PATH: &str = "/_faro/events";
pub const SCRIPT_PATH: &str = "/_faro/live.js";

/// Open live reload connections at most. Each is a few kilobytes; the bound keeps a page left
/// open in many tabs, or a misbehaving client, from holding the server's memory.
pub const MAX_LIVE_CONNECTIONS: usize = 256;

/// The largest HTML file the live reload script is added to; larger ones are sent as they are.
const MAX_INJECTED_BYTES: usize = 16 * 1024 * 1024;

const LIVE_SCRIPT: &str = include_str!("live.js");

/// Home pages kept as dictionaries at most: a few, each a few kilobytes.
const MAX_DICTIONARIES: usize = 16;

/// How long a browser keeps a home page as fresh. nginx gives an hour; here a minute, so that a
/// writer who edits the home page and then follows a link back to it sees the edit soon.
const HOME_FRESH_SECONDS: u32 = 60;

#[derive(Clone)]
struct App {
    status: watch::Receiver<Status>,
    slots: Arc<Semaphore>,
    dictionaries: Arc<Mutex<Dictionaries>>,
}

/// The home pages sent most recently, as they were sent (with the live reload script, which a
/// copy of a page on disk was not made against), with their language's folder.
#[derive(Default)]
struct Dictionaries {
    recent: VecDeque<(String, Arc<Dictionary>)>,
}

impl Dictionaries {
    fn remember(&mut self, folder: &str, dictionary: Dictionary) {
        self.recent
            .retain(|(_, d)| d.base64() != dictionary.base64());
        self.recent
            .push_front((folder.to_string(), Arc::new(dictionary)));
        self.recent.truncate(MAX_DICTIONARIES);
    }

    /// The home page of `folder` whose hash is `hash` (base64), if one was sent.
    fn find(&self, folder: &str, hash: &str) -> Option<Arc<Dictionary>> {
        self.recent
            .iter()
            .find(|(f, d)| f == folder && d.base64() == hash)
            .map(|(_, d)| Arc::clone(d))
    }
}

/// The routes, for `run` and for tests.
pub fn router(out: PathBuf, status: watch::Receiver<Status>) -> Router {
    let app = App {
        status,
        slots: Arc::new(Semaphore::new(MAX_LIVE_CONNECTIONS)),
        dictionaries: Arc::default(),
    };
    let not_found_dir = out.clone();
    let files = ServeDir::new(&out)
        .precompressed_br()
        .precompressed_gzip()
        .not_found_service(tower::service_fn(move |request: Request| {
            let dir = not_found_dir.clone();
            async move { Ok::<_, Infallible>(not_found(&dir, request.uri().path()).await) }
        }));
    Router::new()
        .route(EVENTS_PATH, get(events))
        .route(SCRIPT_PATH, get(script))
        .fallback_service(files)
        .layer(middleware::from_fn_with_state(app.clone(), add_live_reload))
        .with_state(app)
}

pub async fn run(
    listener: std::net::TcpListener,
    out: PathBuf,
    status: watch::Receiver<Status>,
) -> Result<(), Diagnostic> {
    use axum::serve::ListenerExt;
    let listener = tokio::net::TcpListener::from_std(listener)
        .map_err(|e| super::server_failure("socket", e))?
        // A file's headers and body go out in separate writes; without this, Nagle's
        // algorithm holds the body until the browser's delayed acknowledgement, 40 ms later.
        .tap_io(|tcp| {
            let _ = tcp.set_nodelay(true);
        });
    axum::serve(listener, router(out, status))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .map_err(|e| super::server_failure("stopped", e))
}

/// The reader's language's 404 page (`/fr/…` gets `/fr/404.html`), else the site's.
async fn not_found(dir: &Path, path: &str) -> Response {
    let lang = path
        .trim_start_matches('/')
        .split('/')
        .next()
        .filter(|seg| {
            !seg.is_empty() && seg.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    let mut candidates = Vec::new();
    if let Some(lang) = lang {
        candidates.push(dir.join(lang).join("404.html"));
    }
    candidates.push(dir.join("404.html"));
    for file in candidates {
        if let Ok(bytes) = tokio::fs::read(&file).await {
            return (
                StatusCode::NOT_FOUND,
                [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
                bytes,
            )
                .into_response();
        }
    }
    (StatusCode::NOT_FOUND, crate::t!("serve-not-found")).into_response()
}

async fn script() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        LIVE_SCRIPT,
    )
}

/// Server-sent events: `reload` after each good rebuild, `problems` (the errors, as printed in
/// the terminal) after a failed one and on connecting while the last one failed.
async fn events(State(app): State<App>) -> Response {
    let Ok(slot) = app.slots.clone().try_acquire_owned() else {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            crate::t!("serve-too-many-connections"),
        )
            .into_response();
    };
    let mut status = app.status.clone();
    let now = status.borrow_and_update().clone();
    let first = now
        .problems
        .map(|problems| Ok(Event::default().event("problems").data(problems)));
    let changes = stream::unfold((status, slot), |(mut status, slot)| async move {
        status.changed().await.ok()?;
        let now = status.borrow_and_update().clone();
        let event = match now.problems {
            Some(problems) => Event::default().event("problems").data(problems),
            None => Event::default()
                .event("reload")
                .data(now.generation.to_string()),
        };
        Some((Ok(event), (status, slot)))
    });
    let events: std::pin::Pin<Box<dyn Stream<Item = Result<Event, Infallible>> + Send>> =
        Box::pin(stream::iter(first).chain(changes));
    Sse::new(events)
        .keep_alive(KeepAlive::default())
        .into_response()
}

/// Adds the live reload script to every HTML page as it is sent (the files stay as built), and
/// asks browsers not to cache anything, so a reload shows the new page. A language's home page
/// is offered as a compression dictionary, and a later page of its language, asked for by a
/// browser that kept it, is sent compressed against it (`dcb`).
async fn add_live_reload(State(app): State<App>, mut request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    let wants_page = path.ends_with('/') || path.ends_with(".html");
    let named = request
        .headers()
        .get("available-dictionary")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().strip_prefix(':')?.strip_suffix(':'))
        .map(str::to_string);
    let takes_dcb = request
        .headers()
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .is_some_and(accepts_dcb);
    if wants_page {
        // The script goes into the page's text, so the page is sent uncompressed; other files
        // come precompressed, as in production.
        request.headers_mut().remove(header::ACCEPT_ENCODING);
    }
    let response = next.run(request).await;
    let (mut parts, body) = response.into_parts();
    parts
        .headers
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    let is_html = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !is_html || parts.headers.contains_key(header::CONTENT_ENCODING) {
        return Response::from_parts(parts, body);
    }
    let Ok(bytes) = axum::body::to_bytes(body, MAX_INJECTED_BYTES).await else {
        return (
            StatusCode::INTERNAL_SERVER_ERROR,
            crate::t!("serve-cannot-read-page"),
        )
            .into_response();
    };
    let mut html = with_live_reload(&String::from_utf8_lossy(&bytes)).into_bytes();
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.remove(header::ETAG);
    parts.headers.insert(
        header::VARY,
        HeaderValue::from_static("Accept-Encoding, Available-Dictionary"),
    );
    let folder = path.trim_start_matches('/').split('/').next().unwrap_or("");
    let mut dictionaries = app.dictionaries.lock().expect("dictionaries");
    if is_home(&path) {
        if let Ok(offer) = HeaderValue::from_str(&format!("match=\"/{folder}/*\"")) {
            parts.headers.insert("use-as-dictionary", offer);
            // A browser keeps a dictionary only while it is fresh.
            let fresh = format!("max-age={HOME_FRESH_SECONDS}");
            if let Ok(fresh) = HeaderValue::from_str(&fresh) {
                parts.headers.insert(header::CACHE_CONTROL, fresh);
            }
            dictionaries.remember(folder, Dictionary::new(html.clone()));
        }
    } else if let Some(home) = named
        .filter(|_| takes_dcb)
        .and_then(|hash| dictionaries.find(folder, &hash))
    {
        drop(dictionaries);
        html = dictionary::compress(&html, &home);
        parts
            .headers
            .insert(header::CONTENT_ENCODING, HeaderValue::from_static("dcb"));
    }
    Response::from_parts(parts, Body::from(html))
}

/// Whether `path` is a language's home page: `/<folder>/` or `/<folder>/index.html`.
fn is_home(path: &str) -> bool {
    let rest = path.strip_prefix('/').unwrap_or(path);
    rest.split_once('/').is_some_and(|(folder, file)| {
        !folder.is_empty() && !folder.starts_with('_') && (file.is_empty() || file == "index.html")
    })
}

/// Whether an `Accept-Encoding` value accepts `dcb` (named, without `q=0`).
fn accepts_dcb(value: &str) -> bool {
    value.split(',').any(|part| {
        let mut fields = part.split(';').map(str::trim);
        fields
            .next()
            .is_some_and(|name| name.eq_ignore_ascii_case("dcb"))
            && !fields.any(|param| {
                param
                    .strip_prefix("q=")
                    .and_then(|q| q.parse::<f32>().ok())
                    .is_some_and(|q| q == 0.0)
            })
    })
}

/// The page with the live reload script at the end of its body, and its Content-Security-
/// Policy allowing scripts from the site itself (where the script is served from).
pub fn with_live_reload(html: &str) -> String {
    let tag = format!("<script src={SCRIPT_PATH}></script>");
    let html = html.replacen("script-src 'none'", "script-src 'self'", 1);
    match html.rfind("</body>") {
        Some(at) => format!("{}{tag}{}", &html[..at], &html[at..]),
        None => format!("{html}{tag}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn home_pages_and_dcb_are_recognised() {
        for home in ["/es/", "/es/index.html", "/quc/"] {
            assert!(is_home(home), "{home}");
        }
        for other in [
            "/",
            "/index.html",
            "/404.html",
            "/es/asilo/",
            "/es/guia.html",
            "/_faro/x/",
        ] {
            assert!(!is_home(other), "{other}");
        }
        assert!(accepts_dcb("gzip, deflate, br, zstd, dcb, dcz"));
        assert!(accepts_dcb("br;q=1.0, DCB;q=0.5"));
        assert!(!accepts_dcb("br, dcb;q=0"));
        assert!(!accepts_dcb("gzip, br, dcz"));
    }

    #[test]
    fn the_script_goes_into_the_body_and_is_allowed() {
        let page = "<meta content=\"default-src 'none'; script-src 'none'; connect-src 'self'\" http-equiv=Content-Security-Policy><p>Hola";
        let served = with_live_reload(page);
        assert!(served.ends_with("<p>Hola<script src=/_faro/live.js></script>"));
        assert!(served.contains("script-src 'self'"));
        let with_body = with_live_reload("<body><p>Hi</body></html>");
        assert_eq!(
            with_body,
            "<body><p>Hi<script src=/_faro/live.js></script></body></html>"
        );
    }
}
