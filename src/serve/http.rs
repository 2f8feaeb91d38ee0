//! The development server: the output folder over HTTP with tower-http's ServeDir (which
//! sends the precompressed .br and .gz files and refuses paths that climb out of the folder),
//! each language's 404 page, and live reload over server-sent events.

use crate::diagnostics::Diagnostic;
use std::convert::Infallible;
use std::path::{Path, PathBuf};
use std::sync::Arc;

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

#[derive(Clone)]
struct App {
    status: watch::Receiver<Status>,
    slots: Arc<Semaphore>,
}

/// The routes, for `run` and for tests.
pub fn router(out: PathBuf, status: watch::Receiver<Status>) -> Router {
    let app = App {
        status,
        slots: Arc::new(Semaphore::new(MAX_LIVE_CONNECTIONS)),
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
        .layer(middleware::from_fn(add_live_reload))
        .with_state(app)
}

pub async fn run(
    listener: std::net::TcpListener,
    out: PathBuf,
    status: watch::Receiver<Status>,
) -> Result<(), Diagnostic> {
    use axum::serve::ListenerExt;
    let listener = tokio::net::TcpListener::from_std(listener)
        .map_err(|e| super::server_failure("cannot use the socket", e))?
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
        .map_err(|e| super::server_failure("the server stopped", e))
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
    (StatusCode::NOT_FOUND, "Not found").into_response()
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
            "too many live reload connections",
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
/// asks browsers not to cache anything, so a reload shows the new page.
async fn add_live_reload(mut request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let wants_page = path.ends_with('/') || path.ends_with(".html");
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
        return (StatusCode::INTERNAL_SERVER_ERROR, "cannot read the page").into_response();
    };
    let html = with_live_reload(&String::from_utf8_lossy(&bytes));
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.remove(header::ETAG);
    Response::from_parts(parts, Body::from(html))
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
