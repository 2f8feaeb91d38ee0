//! `faro edit`: the communications team's editor in the browser (Decap CMS), on the site's
//! own files. faro serves the editor's folder (its page, the pinned Decap bundle from
//! editor/node_modules, the configuration made from site.yaml and faro's front matter) and
//! answers the editor's backend protocol itself (`backend`), so nothing but faro runs, and
//! every save is checked by the build's pipeline before a byte is written (`save`).
//!
//! The editor is a program of its own, never part of the site: it is served on its own port
//! with its own Content-Security-Policy, and nothing of it is in public/, the sitemap or the
//! service worker.

mod backend;
pub mod config;
mod export;
mod paths;
mod save;

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Path as UrlPath, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

use crate::diagnostics::{Diagnostic, Diagnostics};

pub use backend::Backend;
pub use export::{ExportOptions, export};
pub use paths::{Collection, SOURCES_NONE};

/// Where the editor's JavaScript is, inside the site's folder: the dist/ folder of the npm
/// package that editor/package.json pins (`npm ci` in editor/).
pub const BUNDLE_DIR: &str = "editor/node_modules/decap-cms/dist";

/// The editor's page and faro's script for it, built into faro.
const INDEX_HTML: &str = include_str!("admin/index.html");
const FARO_EDITOR_JS: &str = include_str!("admin/faro-editor.js");

/// The editor's Content-Security-Policy: everything from the editor's own address, nothing
/// from anywhere else. Decap needs inline styles (its components style themselves at run
/// time), `eval` (its configuration check compiles schemas with `new Function`), WebAssembly
/// (its image handling), and `blob:`/`data:` images (previews of uploads), which it also reads
/// back with `fetch` when it saves an upload.
pub const POLICY: &str = "default-src 'none'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'; \
     style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' data: blob:; \
     font-src 'self' data:; connect-src 'self' blob:; frame-src 'self' blob:; worker-src 'self' blob:; \
     base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

pub struct EditOptions {
    pub root: PathBuf,
    pub port: u16,
    /// The Decap bundle's folder; `<root>/editor/node_modules/decap-cms/dist` when `None`.
    pub bundle: Option<PathBuf>,
}

struct Editor {
    root: PathBuf,
    bundle: PathBuf,
    backend: Backend,
}

/// The editor's configuration for the site at `root`, as `faro edit` serves it.
pub fn config_yaml(root: &Path) -> Result<String, Vec<Diagnostic>> {
    let mut diags = Diagnostics::new();
    let Some(config) = crate::load::config::load(root, &mut diags) else {
        return Err(diags.into_sorted());
    };
    Ok(config::config(
        &config,
        &config::Backend::Faro {
            api: "/api/v1".into(),
        },
    ))
}

/// The editor's routes, for `edit` and for tests.
pub fn router(root: PathBuf, bundle: PathBuf) -> Router {
    let editor = Arc::new(Editor {
        backend: Backend::new(root.clone()),
        root,
        bundle,
    });
    Router::new()
        .route(
            "/",
            get(|| async { page(INDEX_HTML, "text/html; charset=utf-8") }),
        )
        .route(
            "/faro-editor.js",
            get(|| async { page(FARO_EDITOR_JS, "text/javascript; charset=utf-8") }),
        )
        .route("/config.yml", get(config_file))
        .route("/theme.css", get(theme_css))
        .route("/decap/{file}", get(bundle_file))
        .route("/api/v1", post(api))
        .with_state(editor)
}

/// Runs until interrupted.
pub fn edit(options: EditOptions) -> Result<(), Diagnostic> {
    let root = options.root.canonicalize().map_err(|e| {
        Diagnostic::error(
            &options.root,
            crate::msg!(
                "edit-cannot-open-site",
                error = crate::messages::io_error(&e)
            ),
        )
        .hint(crate::t!("edit-cannot-open-site-hint"))
    })?;
    let bundle = options.bundle.unwrap_or_else(|| root.join(BUNDLE_DIR));
    if !bundle.join("decap-cms.js").is_file() {
        return Err(Diagnostic::error(
            bundle.join("decap-cms.js"),
            crate::msg!("edit-not-installed"),
        )
        .hint(crate::t!("edit-not-installed-hint")));
    }
    if let Err(problems) = config_yaml(&root) {
        return Err(problems.into_iter().next().unwrap_or_else(|| {
            Diagnostic::error(&root, crate::msg!("edit-cannot-read-config"))
                .hint(crate::t!("edit-cannot-read-config-hint"))
        }));
    }
    // Loopback only: the editor writes the site's files and asks nobody to sign in.
    let address = SocketAddr::new(IpAddr::from([127, 0, 0, 1]), options.port);
    let listener = std::net::TcpListener::bind(address).map_err(|e| {
        Diagnostic::error(
            address.to_string(),
            crate::msg!("edit-cannot-listen", error = crate::messages::io_error(&e)),
        )
        .hint(crate::t!("edit-cannot-listen-hint"))
    })?;
    let address = listener
        .set_nonblocking(true)
        .and_then(|()| listener.local_addr())
        .map_err(|e| server_failure("socket", e))?;
    println!(
        "{}",
        crate::t!("edit-listening", address = format!("http://{address}/"))
    );
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| server_failure("start", e))?;
    runtime.block_on(async move {
        let listener =
            tokio::net::TcpListener::from_std(listener).map_err(|e| server_failure("socket", e))?;
        axum::serve(listener, router(root, bundle))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .map_err(|e| server_failure("stopped", e))
    })
}

/// Headers every answer carries: the editor's own policy, and nothing cached or guessed.
fn with_headers(mut response: Response, content_type: &str) -> Response {
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(content_type) {
        headers.insert(header::CONTENT_TYPE, value);
    }
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(POLICY),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn page(body: impl Into<Body>, content_type: &str) -> Response {
    with_headers(Response::new(body.into()), content_type)
}

fn problem(status: StatusCode, text: String) -> Response {
    let mut response = page(text, "text/plain; charset=utf-8");
    *response.status_mut() = status;
    response
}

async fn config_file(State(editor): State<Arc<Editor>>) -> Response {
    match config_yaml(&editor.root) {
        Ok(yaml) => page(yaml, "text/yaml; charset=utf-8"),
        Err(problems) => problem(
            StatusCode::INTERNAL_SERVER_ERROR,
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n"),
        ),
    }
}

/// The theme's stylesheet, for the preview.
async fn theme_css(State(editor): State<Arc<Editor>>) -> Response {
    let mut diags = Diagnostics::new();
    let css = crate::load::config::load(&editor.root, &mut diags)
        .and_then(|config| std::fs::read_to_string(theme_stylesheet(&editor.root, &config)).ok());
    match css {
        Some(css) => page(css, "text/css; charset=utf-8"),
        None => problem(
            StatusCode::NOT_FOUND,
            "the theme has no static/style.css".into(),
        ),
    }
}

/// The theme's stylesheet, which the preview draws pages with.
fn theme_stylesheet(root: &Path, config: &crate::load::Config) -> PathBuf {
    root.join(crate::load::theme::THEMES_DIR)
        .join(&config.site.theme)
        .join("static/style.css")
}

/// A file of the Decap bundle: a plain name with an extension the bundle has, nothing else.
async fn bundle_file(
    State(editor): State<Arc<Editor>>,
    UrlPath(file): UrlPath<String>,
) -> Response {
    let kind = match file.rsplit_once('.').map(|(_, ext)| ext) {
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("wasm") => "application/wasm",
        _ => return problem(StatusCode::NOT_FOUND, "not a file of the editor".into()),
    };
    let plain = !file.starts_with('.')
        && file
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'));
    if !plain {
        return problem(StatusCode::NOT_FOUND, "not a file of the editor".into());
    }
    match tokio::fs::read(editor.bundle.join(&file)).await {
        Ok(bytes) => page(bytes, kind),
        Err(_) => problem(
            StatusCode::NOT_FOUND,
            format!("{file} is not in the editor's bundle"),
        ),
    }
}

/// The backend. Only the editor's own page may call it: a request must say it is JSON (which
/// another site's page cannot send without the browser asking first, and faro never agrees),
/// come from the editor's own address if it names one, and be addressed to this computer by
/// name (so a site that points its name at 127.0.0.1 cannot reach it).
async fn api(State(editor): State<Arc<Editor>>, headers: HeaderMap, body: Bytes) -> Response {
    if let Err(why) = same_origin(&headers) {
        return problem(StatusCode::FORBIDDEN, why);
    }
    let (status, json) =
        match tokio::task::spawn_blocking(move || editor.backend.answer(&body)).await {
            Ok(answer) => answer,
            Err(e) => (
                500,
                serde_json::json!({"error": crate::t!("edit-save-stopped", error = e.to_string())}),
            ),
        };
    let mut response = page(json.to_string(), "application/json; charset=utf-8");
    *response.status_mut() =
        StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    response.into_response()
}

fn same_origin(headers: &HeaderMap) -> Result<(), String> {
    let text = |name| {
        headers
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
    };
    if !text(header::CONTENT_TYPE).is_some_and(|t| t.starts_with("application/json")) {
        return Err("the editor's requests are JSON".into());
    }
    if let Some(host) = text(header::HOST) {
        let name = host.rsplit_once(':').map_or(host, |(name, _)| name);
        if !matches!(name, "127.0.0.1" | "localhost" | "[::1]") {
            return Err(format!("`{host}` is not this computer's address"));
        }
        if let Some(origin) = text(header::ORIGIN)
            && origin != format!("http://{host}")
        {
            return Err(format!("a page from {origin} may not use the editor"));
        }
    }
    Ok(())
}

/// The editor's server could not start or stopped: nothing the site can fix. `step` is what
/// failed: `socket`, `start` (the server) or `stopped`.
fn server_failure(step: &'static str, e: impl std::fmt::Display) -> Diagnostic {
    Diagnostic::error(
        "faro edit",
        crate::msg!("edit-failed", step = step, error = e.to_string()),
    )
    .hint(crate::t!("edit-failed-hint"))
}
