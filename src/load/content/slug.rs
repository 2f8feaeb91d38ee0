//! A page's URL segment.

use super::SECTION_FILE;

pub(super) fn default_slug(id: &str) -> String {
    let name = id.rsplit('/').next().unwrap_or(id);
    if name == SECTION_FILE {
        let mut parts: Vec<&str> = id.split('/').collect();
        parts.pop();
        parts.last().copied().unwrap_or("").to_string()
    } else {
        name.trim_end_matches(".md").to_string()
    }
}

/// A slug is one safe URL segment.
/// `Err` says why not, as the end of a sentence in the writer's language ("contains capital
/// letters").
pub fn check_slug(slug: &str) -> Result<(), String> {
    if slug.is_empty() {
        return Ok(()); // the home page
    }
    if slug.contains('/') || slug.contains('\\') {
        return Err(crate::t!("slug-slash"));
    }
    if slug.starts_with('.') || slug.starts_with('-') {
        return Err(crate::t!("slug-dot"));
    }
    if slug
        .chars()
        .any(|c| !(c.is_alphanumeric() || c == '-' || c == '_'))
    {
        return Err(crate::t!("slug-unsafe"));
    }
    if slug.chars().any(char::is_uppercase) {
        return Err(crate::t!("slug-capitals"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_reject_unsafe_segments() {
        assert!(check_slug("tus-derechos").is_ok());
        assert!(check_slug("niñez").is_ok());
        assert!(check_slug("a/b").is_err());
        assert!(check_slug("..").is_err());
        assert!(check_slug("a b").is_err());
        assert!(check_slug("A").is_err());
    }

    #[test]
    fn default_slug_of_section_is_folder_name() {
        assert_eq!(default_slug("rights/_index.md"), "rights");
        assert_eq!(default_slug("_index.md"), "");
        assert_eq!(default_slug("rights/asylum.md"), "asylum");
    }
}
