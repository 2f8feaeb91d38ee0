//! `faro edit --export DIR`: the published site's editor as a folder of static files, for an
//! address of its own (never inside the site children read). Decap CMS saves to the git host
//! named in site.yaml's `editor:` section, where the team signs in; admin/faro-git-host.js puts
//! every file where faro reads it and writes pages the way `faro edit` does. A push then
//! publishes through the site's deploy, whose `faro build` refuses anything broken and leaves
//! the published site as it was.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::{Map, json};

use super::config::{self, Backend};
use super::{FARO_EDITOR_JS, INDEX_HTML};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::Config;

const FARO_GIT_HOST_JS: &str = include_str!("admin/faro-git-host.js");

/// js-yaml's browser file, inside the `node_modules` folder that holds the Decap bundle.
const YAML_LIBRARY: &str = "js-yaml/dist/js-yaml.min.js";

/// The file that marks a folder as an export of the editor, so that exporting again may
/// replace it, and nothing else is ever replaced.
const MARK: &str = "faro-git-host.js";

pub struct ExportOptions {
    pub root: PathBuf,
    pub out: PathBuf,
    /// The Decap bundle's folder (`dist/` of the decap-cms package).
    pub bundle: PathBuf,
}

/// The git hosts the editor can save to, and what Decap calls them.
const HOSTS: [&str; 2] = ["github", "gitlab"];

/// Writes the editor's folder, or nothing and every problem found.
pub fn export(options: &ExportOptions) -> Result<PathBuf, Vec<Diagnostic>> {
    let mut diags = Diagnostics::new();
    let Some(config) = crate::load::config::load(&options.root, &mut diags) else {
        return Err(diags.into_sorted());
    };
    let backend = backend(&config, &mut diags);
    let modules = options
        .bundle
        .parent()
        .and_then(Path::parent)
        .unwrap_or(&options.bundle);
    let yaml_library = modules.join(YAML_LIBRARY);
    for needed in [options.bundle.join("decap-cms.js"), yaml_library.clone()] {
        if !needed.is_file() {
            diags.push(
                Diagnostic::error(&needed, crate::msg!("edit-export-not-installed"))
                    .hint(crate::t!("edit-export-not-installed-hint")),
            );
        }
    }
    let out = absolute(&options.out);
    let site_out = absolute(&options.root.join("public"));
    if out.starts_with(&site_out) || out.starts_with(absolute(&options.root).join("content")) {
        diags.push(
            Diagnostic::error(&options.out, crate::msg!("edit-export-inside-site"))
                .hint(crate::t!("edit-export-inside-site-hint")),
        );
    }
    if out.is_dir()
        && !out.join(MARK).is_file()
        && fs::read_dir(&out).is_ok_and(|mut d| d.next().is_some())
    {
        diags.push(
            Diagnostic::error(&options.out, crate::msg!("edit-export-folder-not-empty"))
                .hint(crate::t!("edit-export-folder-not-empty-hint")),
        );
    }
    let stylesheet = super::theme_stylesheet(&options.root, &config);
    if !stylesheet.is_file() {
        diags.push(
            Diagnostic::error(&stylesheet, crate::msg!("edit-export-no-stylesheet"))
                .hint(crate::t!("edit-export-no-stylesheet-hint")),
        );
    }
    let Some(backend) = backend.filter(|_| !diags.has_errors()) else {
        return Err(diags.into_sorted());
    };
    let policy = policy(&config);
    let files = || -> std::io::Result<()> {
        let staging = staging_folder(&out);
        let _ = fs::remove_dir_all(&staging);
        fs::create_dir_all(staging.join("decap"))?;
        fs::write(staging.join("index.html"), index_html(&policy))?;
        fs::write(staging.join("faro-editor.js"), FARO_EDITOR_JS)?;
        fs::write(staging.join(MARK), FARO_GIT_HOST_JS)?;
        fs::copy(&yaml_library, staging.join("js-yaml.min.js"))?;
        fs::write(
            staging.join("config.yml"),
            config::config(&config, &backend),
        )?;
        fs::copy(&stylesheet, staging.join("theme.css"))?;
        fs::write(staging.join("_headers"), headers(&policy))?;
        for entry in fs::read_dir(&options.bundle)? {
            let name = entry?.file_name();
            let name = name.to_string_lossy();
            if is_bundle_file(&name) {
                fs::copy(
                    options.bundle.join(&*name),
                    staging.join("decap").join(&*name),
                )?;
            }
        }
        if out.join(MARK).is_file() {
            fs::remove_dir_all(&out)?;
        } else if out.is_dir() {
            fs::remove_dir(&out)?;
        }
        fs::rename(&staging, &out)
    };
    files().map_err(|e| {
        vec![
            Diagnostic::error(
                &options.out,
                crate::msg!(
                    "edit-export-cannot-write",
                    error = crate::messages::io_error(&e)
                ),
            )
            .hint(crate::t!("edit-export-cannot-write-hint")),
        ]
    })?;
    Ok(out)
}

/// Decap's keys for the backend site.yaml names, with every missing or wrong one reported.
fn backend(config: &Config, diags: &mut Diagnostics) -> Option<Backend> {
    let editor = &config.site.editor;
    let site_yaml = "site.yaml";
    let Some(name) = editor.backend.as_deref() else {
        diags.push(
            Diagnostic::error(site_yaml, crate::msg!("edit-export-no-backend"))
                .hint(crate::t!("edit-export-no-backend-hint")),
        );
        return None;
    };
    if !HOSTS.contains(&name) {
        diags.push(
            Diagnostic::error(
                site_yaml,
                crate::msg!("edit-export-unknown-backend", name = name.to_string()),
            )
            .hint(crate::t!(
                "edit-export-unknown-backend-hint",
                hosts = HOSTS.join(", ")
            )),
        );
        return None;
    }
    let mut settings = Map::new();
    // `setting` names the hint that says what the value is (src/messages/).
    let mut require = |key: &str, value: &Option<String>, setting: &'static str| match value
        .as_deref()
        .map(str::trim)
    {
        Some(value) if !value.is_empty() => Some(value.to_string()),
        _ => {
            diags.push(
                Diagnostic::error(
                    site_yaml,
                    crate::msg!(
                        "edit-export-missing-setting",
                        key = key.to_string(),
                        backend = name.to_string()
                    ),
                )
                .hint(crate::t!(
                    "edit-export-missing-setting-hint",
                    setting = setting
                )),
            );
            None
        }
    };
    match name {
        "github" => {
            let repo = require("repo", &editor.repo, "github-repo");
            let auth = require("auth_url", &editor.auth_url, "github-auth");
            settings.insert("repo".into(), json!(repo));
            if let Some(auth) = auth.and_then(|a| https(&a, "auth_url", diags)) {
                settings.insert("base_url".into(), json!(auth));
            }
        }
        "gitlab" => {
            let repo = require("repo", &editor.repo, "gitlab-repo");
            let app_id = require("app_id", &editor.app_id, "gitlab-app");
            settings.insert("repo".into(), json!(repo));
            settings.insert("app_id".into(), json!(app_id));
            settings.insert("auth_type".into(), json!("pkce"));
            if let Some(host) = editor.host.as_deref().and_then(|h| https(h, "host", diags)) {
                settings.insert("base_url".into(), json!(host));
                settings.insert("api_root".into(), json!(format!("{host}/api/v4")));
            }
        }
        _ => {}
    }
    settings.insert(
        "branch".into(),
        json!(editor.branch.as_deref().unwrap_or("main")),
    );
    Some(Backend::GitHost {
        name: name.to_string(),
        settings,
    })
}

/// `value` without a trailing `/` when it is an https address; otherwise an error.
fn https(value: &str, key: &str, diags: &mut Diagnostics) -> Option<String> {
    match url::Url::parse(value) {
        Ok(url) if url.scheme() == "https" && url.host().is_some() => {
            Some(value.trim_end_matches('/').to_string())
        }
        _ => {
            diags.push(
                Diagnostic::error(
                    "site.yaml",
                    crate::msg!(
                        "edit-export-not-https",
                        key = key.to_string(),
                        value = value.to_string()
                    ),
                )
                .hint(crate::t!("edit-export-not-https-hint")),
            );
            None
        }
    }
}

/// The hosted editor's Content-Security-Policy: faro edit's, with the git host's API added to
/// the addresses it may ask.
fn policy(config: &Config) -> String {
    let editor = &config.site.editor;
    let api = match editor.backend.as_deref() {
        // Decap asks GitHub's status page whether GitHub is up before it signs in.
        Some("github") => "https://api.github.com https://www.githubstatus.com".to_string(),
        Some("gitlab") => editor
            .host
            .as_deref()
            .unwrap_or("https://gitlab.com")
            .trim_end_matches('/')
            .to_string(),
        _ => String::new(),
    };
    if api.is_empty() {
        return super::POLICY.to_string();
    }
    super::POLICY.replace("connect-src 'self'", &format!("connect-src 'self' {api}"))
}

/// faro edit's page with the hosted editor's scripts, and its policy in a `<meta>` for hosts
/// that cannot send headers (a `<meta>` policy cannot hold `frame-ancestors`).
fn index_html(policy: &str) -> String {
    let meta_policy: Vec<&str> = policy
        .split(';')
        .map(str::trim)
        .filter(|d| !d.starts_with("frame-ancestors"))
        .collect();
    INDEX_HTML
        .replace(
            "<meta charset=\"utf-8\">",
            &format!(
                "<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
                meta_policy.join("; ")
            ),
        )
        .replace(
            "<script src=\"decap/decap-cms.js\"></script>",
            "<script src=\"js-yaml.min.js\"></script>\n<script src=\"faro-git-host.js\"></script>\n<script src=\"decap/decap-cms.js\"></script>",
        )
}

/// The headers for hosts that read a `_headers` file (Netlify, Cloudflare Pages); the README
/// gives the same for nginx.
fn headers(policy: &str) -> String {
    format!(
        "/*\n  Content-Security-Policy: {policy}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n  X-Robots-Tag: noindex, nofollow\n"
    )
}

/// Decap's own files: its script, the parts it loads on demand, and its WebAssembly; not the
/// source maps or the copy without React (`cms.js`).
fn is_bundle_file(name: &str) -> bool {
    name == "decap-cms.js"
        || name == "decap-cms.js.LICENSE.txt"
        || name.ends_with(".decap-cms.js")
        || name.ends_with(".wasm")
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

fn staging_folder(out: &Path) -> PathBuf {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "editor".into());
    out.with_file_name(format!(".{name}.faro-{}", std::process::id()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hosted_page_loads_its_scripts_in_order_under_its_policy() {
        let html = index_html(
            "default-src 'none'; connect-src 'self' https://api.github.com; frame-ancestors 'none'",
        );
        let order: Vec<usize> = [
            "js-yaml.min.js",
            "faro-git-host.js",
            "decap/decap-cms.js",
            "faro-editor.js",
        ]
        .iter()
        .map(|s| html.find(s).unwrap())
        .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{html}");
        assert!(
            html.contains("connect-src 'self' https://api.github.com\""),
            "{html}"
        );
        assert!(!html.contains("frame-ancestors"), "{html}");
    }

    #[test]
    fn only_decaps_own_files_are_copied() {
        for name in [
            "decap-cms.js",
            "103.decap-cms.js",
            "dd5d52671a5763720504.wasm",
        ] {
            assert!(is_bundle_file(name), "{name}");
        }
        for name in ["cms.js", "103.cms.js", "decap-cms.js.map", "cms.css"] {
            assert!(!is_bundle_file(name), "{name}");
        }
    }
}
