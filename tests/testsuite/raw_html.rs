//! HTML inside Markdown: `raw_html: sanitize` (the default) removes everything that could run
//! or load something, `allow` keeps it, `deny` makes it an error at its line.

use std::fs;
use std::path::Path;

use crate::harness::{Faro, fixture};

/// Cross-site scripting payloads: scripts, event handlers, `javascript:` and `data:` URLs in
/// their disguises, and elements that load, frame, submit or restyle.
const PAYLOADS: &[&str] = &[
    "<script>alert(1)</script>",
    "<SCRIPT SRC=x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)><circle r=1></svg>",
    "<a href=\"javascript:alert(1)\">uno</a>",
    "<a href=\"jav&#x09;ascript:alert(1)\">dos</a>",
    "<a href=\"JaVaScRiPt:alert(1)\">tres</a>",
    "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">cuatro</a>",
    "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
    "<body onload=alert(1)>",
    "<div style=\"background:url(javascript:alert(1))\">cinco</div>",
    "<object data=\"data:text/html,<script>alert(1)</script>\"></object>",
    "<embed src=\"data:text/html,<script>alert(1)</script>\">",
    "<form action=\"javascript:alert(1)\"><button>seis</button></form>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<base href=\"javascript:alert(1)//\">",
    "<details open ontoggle=alert(1)>siete</details>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<input autofocus onfocus=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<style>@import 'x.css';</style>",
    "<link rel=stylesheet href=x.css>",
    "<p onclick=\"alert(1)\">ocho</p>",
    "<a href=\"#\" onmouseover=\"alert(1)\">nueve</a>",
    "<img src=\"x.png\" srcset=\"javascript:alert(1) 2x\">",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text>diez</text></a></svg>",
    "<template><script>alert(1)</script></template>",
];

fn site_with_payloads(setting: Option<&str>) -> tempfile::TempDir {
    let site = fixture("multilingual");
    let mut body = String::from(
        "Hola, esto se queda.\n\n<p><strong>Texto con formato</strong> y una <abbr title=\"Comisión\">COMAR</abbr>.</p>\n\n",
    );
    for payload in PAYLOADS {
        body.push_str(payload);
        body.push_str("\n\n");
    }
    fs::write(
        site.path().join("content/es/html.md"),
        format!("---\ntitle: HTML\norder: 8\nupdated: 2026-11-28\n---\n{body}"),
    )
    .unwrap();
    if let Some(setting) = setting {
        let yaml = site.path().join("site.yaml");
        let config = fs::read_to_string(&yaml).unwrap();
        fs::write(&yaml, format!("{config}raw_html: {setting}\n")).unwrap();
    }
    site
}

/// The page's own text: its `<article>`, without the theme around it.
fn article(site: &Path) -> String {
    let html = fs::read_to_string(site.join("public/es/html/index.html")).unwrap();
    let start = html.find("<article").expect("an article");
    let end = html[start..].find("</article>").expect("its end") + start;
    html[start..end].to_string()
}

#[test]
fn sanitize_removes_every_payload_and_keeps_the_writing() {
    let site = site_with_payloads(None);
    let run = Faro::build(site.path()).run();
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let text = article(site.path());
    let lower = text.to_lowercase();
    for bad in [
        "<script",
        "javascript:",
        "data:text",
        "<iframe",
        "<object",
        "<embed",
        "<form",
        "<meta",
        "<base",
        "<style",
        "<link",
        "<input",
        "<template",
        "<svg",
        "<math",
        "srcdoc",
        "srcset",
        "style=",
    ] {
        assert!(!lower.contains(bad), "`{bad}` survived:\n{text}");
    }
    let handler = regex::Regex::new(r"(?i)<[^>]*\son[a-z]+\s*=").unwrap();
    assert!(
        !handler.is_match(&text),
        "an event handler survived:\n{text}"
    );
    // What a writer may use stays. (Text after the unclosed `<style>` inside `<math>` is,
    // as a browser parses it, inside that style element, and goes with it.)
    for kept in [
        "Hola, esto se queda.",
        "<strong>Texto con formato</strong>",
        "<abbr title=Comisión>COMAR</abbr>",
        "<div>cinco</div>",
        "<details>siete</details>",
    ] {
        assert!(text.contains(kept), "`{kept}` was removed:\n{text}");
    }
}

#[test]
fn deny_makes_html_an_error_at_its_line() {
    let site = site_with_payloads(Some("deny"));
    let run = Faro::build(site.path()).run();
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.contains("error: content/es/html.md:8:1: HTML inside the page's Markdown, which this site does not allow (`raw_html: deny` in site.yaml)"),
        "{}",
        run.stderr
    );
    assert_eq!(
        run.stderr.matches("HTML inside the page").count(),
        1,
        "once per page"
    );
    assert!(!site.path().join("public").exists());
    // In Spanish for a Spanish-speaking team.
    let run = Faro::build(site.path()).env("FARO_LANG", "es").run();
    assert!(
        run.stderr.contains("error: content/es/html.md:8:1: hay HTML dentro del Markdown de la página, y este sitio no lo permite (`raw_html: deny` en site.yaml)\n  sugerencia: escríbelo en Markdown"),
        "{}",
        run.stderr
    );
}

#[test]
fn allow_keeps_html_as_written() {
    let site = fixture("multilingual");
    fs::write(
        site.path().join("content/es/html.md"),
        "---\ntitle: HTML\norder: 8\nupdated: 2026-11-28\n---\n<p onclick=\"history.back()\">Volver</p>\n",
    )
    .unwrap();
    let yaml = site.path().join("site.yaml");
    let config = fs::read_to_string(&yaml).unwrap();
    fs::write(&yaml, format!("{config}raw_html: allow\n")).unwrap();
    let run = Faro::build(site.path()).run();
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(article(site.path()).contains("onclick=history.back()>Volver"));
}
