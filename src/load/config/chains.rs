//! Each language's chain of languages to read from, and the loops that break one.

use super::check::{code_line, locate};
use super::{CONFIG_FILE, Language, SiteConfig};
use crate::diagnostics::{Diagnostic, Diagnostics};

/// Every declared language with its chain; `None` when a chain loops.
pub(super) fn languages(
    site: &SiteConfig,
    text: &str,
    diags: &mut Diagnostics,
) -> Option<Vec<Language>> {
    let mut languages = Vec::new();
    let mut cycles: Vec<Vec<String>> = Vec::new();
    for lang in &site.languages {
        match fallback_chain(site, &lang.code) {
            Ok(chain) => languages.push(Language {
                code: lang.code.clone(),
                tag: lang.tag.clone().unwrap_or_else(|| lang.code.clone()),
                name: lang.name.clone(),
                dir: lang.direction,
                chain,
            }),
            Err(cycle) => {
                // One loop is reported once, whichever of its languages found it.
                let mut members = cycle[cycle
                    .iter()
                    .position(|c| c == cycle.last().unwrap())
                    .unwrap_or(0)..cycle.len() - 1]
                    .to_vec();
                members.sort();
                if cycles.contains(&members) {
                    continue;
                }
                cycles.push(members);
                diags.push(locate(
                    Diagnostic::error(
                        CONFIG_FILE,
                        crate::msg!("config-fallback-cycle", chain = cycle.join(" -> ")),
                    )
                    .hint(crate::t!("config-fallback-cycle-hint")),
                    code_line(text, &lang.code),
                ));
            }
        }
    }
    if !cycles.is_empty() {
        return None;
    }
    Some(languages)
}

/// The declared fallbacks followed depth-first; an error names the loop.
fn fallback_chain(site: &SiteConfig, code: &str) -> Result<Vec<String>, Vec<String>> {
    fn visit(
        site: &SiteConfig,
        code: &str,
        path: &mut Vec<String>,
        out: &mut Vec<String>,
    ) -> Result<(), Vec<String>> {
        if path.iter().any(|c| c == code) {
            let mut cycle = path.clone();
            cycle.push(code.to_string());
            return Err(cycle);
        }
        if !out.iter().any(|c| c == code) {
            out.push(code.to_string());
        }
        path.push(code.to_string());
        if let Some(lang) = site.languages.iter().find(|l| l.code == code) {
            for next in &lang.fallback {
                visit(site, next, path, out)?;
            }
        }
        path.pop();
        Ok(())
    }
    let mut chain = Vec::new();
    visit(site, code, &mut Vec::new(), &mut chain)?;
    for extra in
        std::iter::once(&site.default_language).chain(site.languages.iter().map(|l| &l.code))
    {
        if !chain.contains(extra) {
            chain.push(extra.clone());
        }
    }
    Ok(chain)
}
