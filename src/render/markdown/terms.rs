//! Glossary words linked to their definitions.

use std::collections::HashSet;

use pulldown_cmark::{CowStr, Event};

use crate::markup::escape;
use crate::resolve::{NodeId, TermForms};
use crate::urls;

use super::{Target, Text};

/// Splits a run of text so that the first use on the page of each glossary word links to its
/// plain definition.
pub(super) fn link_terms<'t>(
    text_of: &Text,
    glossary_node: NodeId,
    forms: &'t TermForms,
    text: &str,
    linked: &mut HashSet<&'t str>,
    events: &mut Vec<Event<'_>>,
) {
    let Text {
        site,
        reader,
        target,
        ..
    } = *text_of;
    let lower = text.to_lowercase();
    // Matching works on byte offsets; a text whose lowercase form has another length (a few
    // rare letters) is left without glossary links rather than risk cutting a letter in two.
    if lower.len() != text.len() {
        events.push(Event::Text(CowStr::from(text.to_string())));
        return;
    }
    let mut rest = 0;
    for (range, id) in forms.first_uses(&lower, linked) {
        if range.start > rest {
            events.push(Event::Text(CowStr::from(
                text[rest..range.start].to_string(),
            )));
        }
        let href = match target {
            Target::Page { dir } => format!(
                "{}#{id}",
                urls::relative(dir, site.path(reader, glossary_node))
            ),
            Target::Booklet { .. } => format!("#g-{id}"),
        };
        events.push(Event::InlineHtml(CowStr::from(format!(
            "<a class=\"term\" href=\"{}\">",
            escape(&href)
        ))));
        events.push(Event::Text(CowStr::from(text[range.clone()].to_string())));
        events.push(Event::InlineHtml(CowStr::from("</a>")));
        rest = range.end;
    }
    if rest < text.len() {
        events.push(Event::Text(CowStr::from(text[rest..].to_string())));
    }
}
