//! SVG drawings: well-formed, and unable to run or load anything.

use super::describe::{Found, describe};
use super::{Problem, header};
use crate::messages::Message;

#[cfg(test)]
mod tests;

const SVG_NS: &str = "http://www.w3.org/2000/svg";
const XHTML_NS: &str = "http://www.w3.org/1999/xhtml";
const MATHML_NS: &str = "http://www.w3.org/1998/Math/MathML";
const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";

/// The most elements, texts and comments an SVG may have. A detailed map has a few thousand;
/// the limit keeps the parsed tree of a hostile file to a few dozen megabytes.
const MAX_SVG_NODES: u32 = 200_000;

/// The SVG elements a drawing may have: shapes, text, grouping, gradients, patterns, masks,
/// filters, and the descriptions. Not `script`, `foreignObject`, animation (`animate`, `set`,
/// which can turn a link into a script), fonts or anything newer that browsers may give
/// powers to.
const SVG_ELEMENTS: &[&str] = &[
    "a",
    "circle",
    "clipPath",
    "defs",
    "desc",
    "ellipse",
    "feBlend",
    "feColorMatrix",
    "feComponentTransfer",
    "feComposite",
    "feConvolveMatrix",
    "feDiffuseLighting",
    "feDisplacementMap",
    "feDistantLight",
    "feDropShadow",
    "feFlood",
    "feFuncA",
    "feFuncB",
    "feFuncG",
    "feFuncR",
    "feGaussianBlur",
    "feImage",
    "feMerge",
    "feMergeNode",
    "feMorphology",
    "feOffset",
    "fePointLight",
    "feSpecularLighting",
    "feSpotLight",
    "feTile",
    "feTurbulence",
    "filter",
    "g",
    "image",
    "line",
    "linearGradient",
    "marker",
    "mask",
    "metadata",
    "path",
    "pattern",
    "polygon",
    "polyline",
    "radialGradient",
    "rect",
    "stop",
    "style",
    "svg",
    "switch",
    "symbol",
    "text",
    "textPath",
    "title",
    "tspan",
    "use",
    "view",
];

/// The hint of every SVG refused for what it could run or load.
pub(super) fn svg_hint() -> String {
    crate::t!("svg-unsafe-hint")
}

/// An SVG: well-formed XML, an `<svg>` root, and nothing that can run or load anything. Its
/// width and height, when both are plain numbers (or px).
pub fn check_svg(bytes: &[u8]) -> Result<Option<(usize, usize)>, Problem> {
    let not_svg = |what: String| {
        Problem::new(
            crate::msg!("image-not-svg", found = what),
            None,
            crate::t!("image-not-svg-hint"),
        )
    };
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => {
            let header = header(bytes);
            return Err(not_svg(
                describe(header, imagesize::image_type(header).ok().as_ref()).text(),
            ));
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let position = |offset: usize| crate::diagnostics::line_col(text, offset);
    let refuse =
        |message: Message, offset: usize| Problem::new(message, Some(position(offset)), svg_hint());
    // Entities could hide markup from a reader of the file, and a billion nested ones would
    // fill the memory: a drawing needs none.
    if let Some(offset) = text.find("<!ENTITY") {
        return Err(refuse(crate::msg!("svg-entity"), offset));
    }
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        nodes_limit: MAX_SVG_NODES,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = match roxmltree::Document::parse_with_options(text, options) {
        Ok(doc) => doc,
        Err(roxmltree::Error::NodesLimitReached) => {
            return Err(Problem::new(
                crate::msg!("svg-too-many-nodes", max = MAX_SVG_NODES),
                None,
                crate::t!("svg-too-many-nodes-hint"),
            ));
        }
        Err(e) => {
            let what = describe(header(bytes), None);
            if !matches!(what, Found::Svg | Found::Xml) {
                return Err(not_svg(what.text()));
            }
            let pos = e.pos();
            return Err(Problem::new(
                crate::msg!("svg-not-xml", error = e.to_string()),
                Some((pos.row as usize, pos.col as usize)),
                crate::t!("svg-not-xml-hint"),
            ));
        }
    };
    let root = doc.root_element();
    if root.tag_name().name() != "svg" || root.tag_name().namespace() != Some(SVG_NS) {
        return Err(not_svg(crate::t!(
            "image-found-other-xml",
            root = root.tag_name().name().to_string(),
            namespace = SVG_NS
        )));
    }
    for node in doc.descendants() {
        let start = node.range().start;
        if let Some(pi) = node.pi() {
            return Err(refuse(
                crate::msg!("svg-processing-instruction", target = pi.target.to_string()),
                start,
            ));
        }
        if node.is_text()
            && node
                .parent_element()
                .is_some_and(|p| p.has_tag_name((SVG_NS, "style")))
            && let Some((what, offset)) = style_problem(node.text().unwrap_or(""))
        {
            return Err(refuse(what.in_style(), start + offset));
        }
        if !node.is_element() {
            continue;
        }
        let name = node.tag_name().name();
        let namespace = node.tag_name().namespace();
        if name.eq_ignore_ascii_case("script") {
            return Err(refuse(crate::msg!("svg-script"), start));
        }
        if name.eq_ignore_ascii_case("foreignObject") {
            return Err(refuse(crate::msg!("svg-foreign-object"), start));
        }
        match namespace {
            Some(SVG_NS) if !SVG_ELEMENTS.contains(&name) => {
                return Err(refuse(
                    crate::msg!("svg-element", name = name.to_string()),
                    start,
                ));
            }
            Some(XHTML_NS) | Some(MATHML_NS) => {
                return Err(refuse(
                    crate::msg!("svg-html-element", name = name.to_string()),
                    start,
                ));
            }
            // Editors' own elements (Inkscape's, Sodipodi's, RDF metadata) are shown by no
            // browser.
            _ => {}
        }
        for attribute in node.attributes() {
            let at = attribute.range().start;
            let attr = attribute.name();
            let value = attribute.value();
            // Names may have any letters: compared on bytes, never cut inside a character.
            if attr.len() > 2 && attr.as_bytes()[..2].eq_ignore_ascii_case(b"on") {
                return Err(refuse(
                    crate::msg!("svg-event-handler", attribute = attr.to_string()),
                    at,
                ));
            }
            if attr == "href" && !value.trim_start().starts_with('#') {
                return Err(refuse(
                    crate::msg!("svg-external-reference", target = short(value)),
                    at,
                ));
            }
            if attr == "base" && attribute.namespace() == Some(XML_NS) {
                return Err(refuse(crate::msg!("svg-xml-base"), at));
            }
            if let Some((what, _)) = style_problem(value) {
                return Err(refuse(what.in_attribute(attr), at));
            }
        }
    }
    Ok(svg_size(&root))
}

/// What CSS does that the SVG may not.
enum StyleProblem {
    /// `@import`.
    Import,
    /// `url(…)` to something outside the drawing, shortened.
    Url(String),
}

impl StyleProblem {
    /// The message for a `<style>` element that does this.
    fn in_style(&self) -> Message {
        match self {
            StyleProblem::Import => crate::msg!("svg-style-import"),
            StyleProblem::Url(target) => crate::msg!("svg-style-url", target = target.clone()),
        }
    }

    /// The message for an attribute (`style`, `fill`…) that does this.
    fn in_attribute(&self, attribute: &str) -> Message {
        let attribute = attribute.to_string();
        match self {
            StyleProblem::Import => crate::msg!("svg-attribute-import", attribute = attribute),
            StyleProblem::Url(target) => crate::msg!(
                "svg-attribute-url",
                attribute = attribute,
                target = target.clone()
            ),
        }
    }
}

/// Whether CSS (a `style` attribute or element, or a presentation attribute such as `fill`)
/// refers to anything outside the drawing: `url(…)` other than `url(#id)`, or `@import`. What
/// it does, and where in `css`.
fn style_problem(css: &str) -> Option<(StyleProblem, usize)> {
    let lower = css.to_ascii_lowercase();
    if let Some(at) = lower.find("@import") {
        return Some((StyleProblem::Import, at));
    }
    let mut rest = lower.as_str();
    let mut offset = 0;
    while let Some(i) = rest.find("url(") {
        let inside = rest[i + 4..].trim_start().trim_start_matches(['"', '\'']);
        if !inside.starts_with('#') {
            let start = offset + i;
            let end = css[start..].find(')').map_or(css.len(), |e| start + e + 1);
            return Some((StyleProblem::Url(short(&css[start..end])), start));
        }
        offset += i + 4;
        rest = &rest[i + 4..];
    }
    None
}

/// A value cut to a length a message can show.
fn short(value: &str) -> String {
    let value = value.trim();
    match value.char_indices().nth(60) {
        Some((i, _)) => format!("{}…", &value[..i]),
        None => value.to_string(),
    }
}

/// The `width` and `height` of the root element, when both are plain numbers (or px).
fn svg_size(root: &roxmltree::Node) -> Option<(usize, usize)> {
    let attribute = |name: &str| -> Option<usize> {
        let value = root.attribute(name)?.trim();
        let number = value.strip_suffix("px").unwrap_or(value);
        let number: f64 = number.parse().ok()?;
        (0.0..1e9)
            .contains(&number)
            .then(|| number.round() as usize)
    };
    Some((attribute("width")?, attribute("height")?))
}
