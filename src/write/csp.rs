//! Every page carries a Content-Security-Policy that allows its own inline style and scripts
//! by hash, never by 'unsafe-inline', and loads nothing from another origin.

use crate::markup::resources::Inspection;

/// The policy for a page: nothing from anywhere by default; the page's own files; its inline
/// style and scripts by hash.
pub fn policy(inspection: &Inspection) -> String {
    let list = |hashes: &[String]| {
        if hashes.is_empty() {
            "'none'".to_string()
        } else {
            hashes.join(" ")
        }
    };
    let scripts = if inspection.script_hashes.is_empty() {
        "'none'".to_string()
    } else {
        format!("'self' {}", inspection.script_hashes.join(" "))
    };
    format!(
        "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src {}; script-src {scripts}; \
         connect-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'",
        list(&inspection.style_hashes)
    )
}

/// Puts the policy and a no-referrer policy at the start of the page's head: right after
/// `<meta charset>`, before anything the policy governs.
pub fn add_policy(html: &[u8], policy: &str) -> Vec<u8> {
    let metas = format!(
        "<meta content=\"{}\" http-equiv=Content-Security-Policy><meta content=no-referrer name=referrer>",
        policy.replace('"', "&quot;")
    );
    let text = String::from_utf8_lossy(html);
    let at = ["<meta charset=utf-8>", "<meta charset=\"utf-8\">", "<head>"]
        .iter()
        .find_map(|marker| text.find(marker).map(|i| i + marker.len()))
        .or_else(|| text.find('>').map(|i| i + 1))
        .unwrap_or(0);
    let mut out = Vec::with_capacity(html.len() + metas.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(metas.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::resources::{hash_source, inspect};

    #[test]
    fn inline_style_and_script_are_hashed_exactly() {
        let html = b"<meta charset=utf-8><style>body{color:red}</style><script>let a=1</script>";
        let found = inspect(html, None);
        assert_eq!(found.style_hashes, [hash_source("body{color:red}")]);
        assert_eq!(found.script_hashes, [hash_source("let a=1")]);
        let with = add_policy(html, &policy(&found));
        let text = String::from_utf8(with).unwrap();
        assert!(
            text.starts_with("<meta charset=utf-8><meta content=\"default-src 'none';"),
            "{text}"
        );
        assert!(!text.contains("unsafe-inline"));
    }
}
