//! SVG drawings: well-formed, and unable to run or load anything.

use super::describe::{describe, not_this_format_hint};
use super::{Problem, header};

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

pub(super) const SVG_HINT: &str = "an SVG on this site may only draw: it may not run script, react to events or load anything from elsewhere. Delete that part in a text editor, or export the drawing again as plain SVG (Inkscape: File → Save As → Plain SVG; or run it through svgo)";

/// An SVG: well-formed XML, an `<svg>` root, and nothing that can run or load anything. Its
/// width and height, when both are plain numbers (or px).
pub fn check_svg(bytes: &[u8]) -> Result<Option<(usize, usize)>, Problem> {
    let not_svg = |what: String| Problem {
        message: format!("the file is named as an SVG image, but its bytes are {what}"),
        at: None,
        hint: not_this_format_hint(),
    };
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => {
            let header = header(bytes);
            return Err(not_svg(describe(
                header,
                imagesize::image_type(header).ok().as_ref(),
            )));
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let position = |offset: usize| crate::diagnostics::line_col(text, offset);
    let refuse = |what: String, offset: usize| Problem {
        message: format!("the SVG {what}"),
        at: Some(position(offset)),
        hint: SVG_HINT,
    };
    // Entities could hide markup from a reader of the file, and a billion nested ones would
    // fill the memory: a drawing needs none.
    if let Some(offset) = text.find("<!ENTITY") {
        return Err(refuse("declares an entity (<!ENTITY …>)".into(), offset));
    }
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        nodes_limit: MAX_SVG_NODES,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = match roxmltree::Document::parse_with_options(text, options) {
        Ok(doc) => doc,
        Err(roxmltree::Error::NodesLimitReached) => {
            return Err(Problem {
                message: format!(
                    "the SVG has more than {MAX_SVG_NODES} elements, texts and comments"
                ),
                at: None,
                hint: "simplify the drawing (Inkscape: Path → Simplify), or save it as PNG",
            });
        }
        Err(e) => {
            let what = describe(header(bytes), None);
            if what != "an SVG drawing" && what != "XML or HTML text" {
                return Err(not_svg(what));
            }
            let pos = e.pos();
            return Err(Problem {
                message: format!("the SVG is not well-formed XML: {e}"),
                at: Some((pos.row as usize, pos.col as usize)),
                hint: "export the drawing again from its editor; a browser shows broken XML as an error, not a picture",
            });
        }
    };
    let root = doc.root_element();
    if root.tag_name().name() != "svg" || root.tag_name().namespace() != Some(SVG_NS) {
        return Err(not_svg(format!(
            "an XML document whose root is <{}>, not <svg xmlns=\"{SVG_NS}\">",
            root.tag_name().name()
        )));
    }
    for node in doc.descendants() {
        let start = node.range().start;
        if let Some(pi) = node.pi() {
            return Err(refuse(
                format!(
                    "has a processing instruction (<?{} …?>), which can load a stylesheet from elsewhere",
                    pi.target
                ),
                start,
            ));
        }
        if node.is_text()
            && node
                .parent_element()
                .is_some_and(|p| p.has_tag_name((SVG_NS, "style")))
            && let Some((what, offset)) = style_problem(node.text().unwrap_or(""))
        {
            return Err(refuse(format!("has a <style> that {what}"), start + offset));
        }
        if !node.is_element() {
            continue;
        }
        let name = node.tag_name().name();
        let namespace = node.tag_name().namespace();
        if name.eq_ignore_ascii_case("script") {
            return Err(refuse("has a <script> element".into(), start));
        }
        if name.eq_ignore_ascii_case("foreignObject") {
            return Err(refuse(
                "has a <foreignObject> element, which can hold a web page with scripts".into(),
                start,
            ));
        }
        match namespace {
            Some(SVG_NS) if !SVG_ELEMENTS.contains(&name) => {
                return Err(refuse(
                    format!(
                        "has a <{name}> element, which faro does not publish (only drawing, text, gradients, masks and filters)"
                    ),
                    start,
                ));
            }
            Some(XHTML_NS) | Some(MATHML_NS) => {
                return Err(refuse(
                    format!("has an HTML or MathML element (<{name}>), which browsers may run"),
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
                    format!("has an event handler ({attr}=\"…\"), which runs script"),
                    at,
                ));
            }
            if attr == "href" && !value.trim_start().starts_with('#') {
                return Err(refuse(
                    format!(
                        "has a link or reference to `{}`, outside the drawing",
                        short(value)
                    ),
                    at,
                ));
            }
            if attr == "base" && attribute.namespace() == Some(XML_NS) {
                return Err(refuse(
                    "has xml:base, which changes where its references lead".into(),
                    at,
                ));
            }
            if let Some((what, _)) = style_problem(value) {
                return Err(refuse(format!("has an attribute {attr} that {what}"), at));
            }
        }
    }
    Ok(svg_size(&root))
}

/// Whether CSS (a `style` attribute or element, or a presentation attribute such as `fill`)
/// refers to anything outside the drawing: `url(…)` other than `url(#id)`, or `@import`. What
/// it does, and where in `css`.
fn style_problem(css: &str) -> Option<(String, usize)> {
    let lower = css.to_ascii_lowercase();
    if let Some(at) = lower.find("@import") {
        return Some(("imports a stylesheet (@import)".into(), at));
    }
    let mut rest = lower.as_str();
    let mut offset = 0;
    while let Some(i) = rest.find("url(") {
        let inside = rest[i + 4..].trim_start().trim_start_matches(['"', '\'']);
        if !inside.starts_with('#') {
            let start = offset + i;
            let end = css[start..].find(')').map_or(css.len(), |e| start + e + 1);
            return Some((
                format!(
                    "refers to `{}`, outside the drawing",
                    short(&css[start..end])
                ),
                start,
            ));
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
