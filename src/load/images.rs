//! Images are taken by what their bytes are, not by their names. A bitmap's first bytes must
//! be the format its extension names (imagesize reads the format from them); an SVG must be
//! well-formed XML whose root is `<svg>`, and must not be able to run or load anything.
//!
//! SVG is refused, never rewritten, when it holds a script, an event handler, a reference to
//! anything outside the drawing, a foreign object, animation, or an element from HTML or
//! MathML: docs/architecture.md says why. Opened at its own address, an SVG is a document on
//! the site's origin, and the page's Content-Security-Policy, in the page's HTML, does not
//! cover it.

/// The image formats the site publishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Png,
    Jpeg,
    Gif,
    Webp,
    Svg,
}

impl Format {
    /// The format an extension (in lower case) names.
    pub fn from_extension(ext: &str) -> Option<Format> {
        Some(match ext {
            "png" => Format::Png,
            "jpg" | "jpeg" => Format::Jpeg,
            "gif" => Format::Gif,
            "webp" => Format::Webp,
            "svg" => Format::Svg,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Format::Png => "PNG",
            Format::Jpeg => "JPEG",
            Format::Gif => "GIF",
            Format::Webp => "WebP",
            Format::Svg => "SVG",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Png => "image/png",
            Format::Jpeg => "image/jpeg",
            Format::Gif => "image/gif",
            Format::Webp => "image/webp",
            Format::Svg => "image/svg+xml",
        }
    }

    fn matches(self, found: &imagesize::ImageType) -> bool {
        use imagesize::ImageType as T;
        matches!(
            (self, found),
            (Format::Png, T::Png)
                | (Format::Jpeg, T::Jpeg)
                | (Format::Gif, T::Gif)
                | (Format::Webp, T::Webp)
        )
    }
}

/// The extensions of the images the site publishes, for messages.
pub const PUBLISHED: &str = "png, jpg, gif, webp and svg";

/// What is wrong with an image: what to say, where in the file (for an SVG), what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub message: String,
    pub at: Option<(usize, usize)>,
    pub hint: &'static str,
}

/// How many bytes at the start of a bitmap are read to tell its format.
pub const HEADER_BYTES: usize = 512;

/// The first bytes of a file named as a bitmap (`format` is not SVG) must be that format.
pub fn check_bitmap(format: Format, header: &[u8]) -> Result<(), Problem> {
    let found = imagesize::image_type(header).ok();
    if found.as_ref().is_some_and(|t| format.matches(t)) {
        return Ok(());
    }
    Err(Problem {
        message: format!(
            "the file is named as a {} image, but its bytes are {}",
            format.name(),
            describe(header, found.as_ref())
        ),
        at: None,
        hint: not_this_format_hint(),
    })
}

fn not_this_format_hint() -> &'static str {
    "open it in an image editor and export it in the format its name says, or give it the extension of what it is; the site publishes png, jpg, gif, webp and svg images"
}

/// What a file's first bytes look like, for a message: another image format, text, a video…
fn describe(header: &[u8], found: Option<&imagesize::ImageType>) -> String {
    let starts = |magic: &[u8]| header.starts_with(magic);
    let at = |offset: usize, magic: &[u8]| header.get(offset..offset + magic.len()) == Some(magic);
    if header.is_empty() {
        return "empty: the file has nothing in it".into();
    }
    let known = if at(4, b"ftyp") {
        "a video or a phone photo (MP4, MOV, HEIC)"
    } else if starts(b"\x1a\x45\xdf\xa3") {
        "a video (WebM or Matroska)"
    } else if starts(b"RIFF") && at(8, b"AVI ") {
        "a video (AVI)"
    } else if starts(b"%PDF") {
        "a PDF document"
    } else if starts(b"PK\x03\x04") {
        "a ZIP archive (or an Office document)"
    } else if starts(b"ID3") || starts(b"\xff\xfb") || starts(b"\xff\xf3") {
        "a recording (MP3)"
    } else if starts(b"OggS") {
        "a recording (Ogg)"
    } else if starts(b"\x7fELF") || starts(b"MZ") {
        "a program"
    } else {
        ""
    };
    if !known.is_empty() {
        return known.into();
    }
    // Text, unless it has control characters no text has (a partial last character is fine).
    let text = match std::str::from_utf8(header) {
        Ok(text) => Some(text),
        Err(e) if e.error_len().is_none() => std::str::from_utf8(&header[..e.valid_up_to()]).ok(),
        Err(_) => None,
    }
    .filter(|t| !t.chars().any(|c| c.is_control() && !c.is_whitespace()));
    if let Some(text) = text {
        let lower = text
            .trim_start_matches('\u{feff}')
            .trim_start()
            .to_lowercase();
        return if lower.starts_with("<!doctype html") || lower.contains("<html") {
            "HTML, a web page".into()
        } else if lower.starts_with("<svg") || lower.contains("<svg") {
            "an SVG drawing".into()
        } else if lower.starts_with('<') {
            "XML or HTML text".into()
        } else {
            "text".into()
        };
    }
    match found {
        Some(imagesize::ImageType::Png) => "a PNG image".into(),
        Some(imagesize::ImageType::Jpeg) => "a JPEG image".into(),
        Some(imagesize::ImageType::Gif) => "a GIF image".into(),
        Some(imagesize::ImageType::Webp) => "a WebP image".into(),
        Some(imagesize::ImageType::Bmp) => "a BMP image".into(),
        Some(imagesize::ImageType::Tiff) => "a TIFF image".into(),
        Some(imagesize::ImageType::Psd) => "a Photoshop file".into(),
        _ => "of no image format faro knows".into(),
    }
}

const SVG_NS: &str = "http://www.w3.org/2000/svg";
const XHTML_NS: &str = "http://www.w3.org/1999/xhtml";
const MATHML_NS: &str = "http://www.w3.org/1998/Math/MathML";
const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";

/// The most elements, texts and comments an SVG may have. A detailed map has a few thousand;
/// the limit keeps the parsed tree of a hostile file to a few dozen megabytes.
pub const MAX_SVG_NODES: u32 = 200_000;

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

const SVG_HINT: &str = "an SVG on this site may only draw: it may not run script, react to events or load anything from elsewhere. Delete that part in a text editor, or export the drawing again as plain SVG (Inkscape: File → Save As → Plain SVG; or run it through svgo)";

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
            let header = &bytes[..bytes.len().min(HEADER_BYTES)];
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
            let header = &bytes[..bytes.len().min(HEADER_BYTES)];
            let what = describe(header, None);
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

/// Both checks on the bytes of a whole file named as `format`, for the fuzz target.
pub fn check(format: Format, bytes: &[u8]) -> Result<Option<(usize, usize)>, Problem> {
    match format {
        Format::Svg => check_svg(bytes),
        _ => {
            check_bitmap(format, &bytes[..bytes.len().min(HEADER_BYTES)])?;
            Ok(imagesize::blob_size(bytes)
                .ok()
                .map(|size| (size.width, size.height)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What an editor writes: Inkscape's namespaces and metadata, a gradient and a clip path
    /// referred to by `url(#…)` and `href="#…"`, styles in attributes and in a `<style>`.
    const DRAWING: &str = r##"<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
     xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
     xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
     xmlns:cc="http://creativecommons.org/ns#"
     width="300" height="150px" viewBox="0 0 300 150" sodipodi:docname="mapa.svg">
  <metadata><rdf:RDF><cc:Work rdf:about=""><cc:license rdf:resource="http://creativecommons.org/licenses/by/4.0/"/></cc:Work></rdf:RDF></metadata>
  <sodipodi:namedview inkscape:zoom="1"/>
  <style>.río { fill: url(#degradado); stroke: #0a4a8f }</style>
  <defs>
    <linearGradient id="degradado"><stop offset="0" style="stop-color:#fff"/><stop offset="1" stop-color="#0a4a8f"/></linearGradient>
    <clipPath id="marco"><rect width="300" height="150"/></clipPath>
    <filter id="sombra"><feGaussianBlur stdDeviation="2"/></filter>
  </defs>
  <g clip-path="url(#marco)" inkscape:label="Capa 1">
    <path class="río" d="M0 75 C 100 0, 200 150, 300 75" filter="url( '#sombra' )"/>
    <use xlink:href="#marco" href="#marco"/>
    <a href="#norte"><text x="10" y="20">Frontera <tspan>norte</tspan></text></a>
    <!-- un comentario -->
  </g>
</svg>
"##;

    fn refused(svg: &str) -> Problem {
        check_svg(svg.as_bytes()).expect_err(svg)
    }

    fn svg(inner: &str) -> String {
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n{inner}\n</svg>"
        )
    }

    #[test]
    fn a_drawing_as_editors_save_it_is_published_with_its_size() {
        assert_eq!(check_svg(DRAWING.as_bytes()), Ok(Some((300, 150))));
        let bom = format!("\u{feff}{DRAWING}");
        assert_eq!(check_svg(bom.as_bytes()), Ok(Some((300, 150))));
        assert_eq!(check_svg(svg("<rect/>").as_bytes()), Ok(None));
        // Attribute names in any script (found by fuzzing: the first version cut `w··` in the
        // middle of a letter looking for `on` and panicked).
        assert_eq!(
            check_svg(svg("<rect w··=\"20\" ñ=\"1\" o=\"2\"/>").as_bytes()),
            Ok(None)
        );
    }

    #[test]
    fn anything_that_runs_or_loads_is_refused_at_its_line() {
        let cases = [
            ("<script>alert(1)</script>", "has a <script> element", 2),
            (
                "<script xlink:href=\"https://evil.example/x.js\"/>",
                "has a <script> element",
                2,
            ),
            ("<rect\n onload=\"alert(1)\"/>", "event handler (onload=", 3),
            ("<rect ONCLICK=\"alert(1)\"/>", "event handler (ONCLICK=", 2),
            (
                "<rect oñload=\"x\" onñ=\"alert(1)\"/>",
                "event handler (onñ=",
                2,
            ),
            (
                "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>",
                "<foreignObject>",
                2,
            ),
            (
                "<html:script xmlns:html=\"http://www.w3.org/1999/xhtml\">alert(1)</html:script>",
                "<script>",
                2,
            ),
            (
                "<h:iframe xmlns:h=\"http://www.w3.org/1999/xhtml\" src=\"https://evil.example\"/>",
                "HTML or MathML element (<iframe>)",
                2,
            ),
            (
                "<a xlink:href=\"javascript:alert(1)\"><text>x</text></a>",
                "reference to `javascript:alert(1)`",
                2,
            ),
            (
                "<image href=\"https://tracker.example/p.png\"/>",
                "reference to `https://tracker.example/p.png`",
                2,
            ),
            ("<use href=\"otro.svg#a\"/>", "reference to `otro.svg#a`", 2),
            (
                "<image href=\"data:image/svg+xml;base64,PHN2Zz4=\"/>",
                "reference to `data:image/svg+xml",
                2,
            ),
            (
                "<a href=\"#x\"><set attributeName=\"href\" to=\"javascript:alert(1)\"/></a>",
                "<set> element",
                2,
            ),
            (
                "<animate attributeName=\"href\" values=\"javascript:alert(1)\"/>",
                "<animate> element",
                2,
            ),
            ("<iframe src=\"x\"/>", "<iframe> element", 2),
            ("<handler>alert(1)</handler>", "<handler> element", 2),
            (
                "<style>@import url(https://evil.example/a.css);</style>",
                "imports a stylesheet",
                2,
            ),
            (
                "<style>\nrect { fill: url(\"https://evil.example/p\") }</style>",
                "refers to `url(\"https://evil.example/p\")`",
                3,
            ),
            (
                "<rect style=\"background: URL(//evil.example/p)\"/>",
                "refers to `URL(//evil.example/p)`",
                2,
            ),
            (
                "<rect fill=\"url(https://evil.example/p#g)\"/>",
                "attribute fill that refers to",
                2,
            ),
            (
                "<g xml:base=\"https://evil.example/\"><use href=\"#a\"/></g>",
                "xml:base",
                2,
            ),
            (
                "<?xml-stylesheet href=\"https://evil.example/a.css\"?><rect/>",
                "processing instruction (<?xml-stylesheet",
                2,
            ),
        ];
        for (inner, message, line) in cases {
            let problem = refused(&svg(inner));
            assert!(
                problem.message.contains(message),
                "{inner}: {}",
                problem.message
            );
            assert_eq!(problem.at.map(|(l, _)| l), Some(line), "{inner}");
            assert_eq!(problem.hint, SVG_HINT);
        }
    }

    #[test]
    fn entities_and_other_documents_are_refused() {
        let laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n<!ENTITY a \"aaaaaaaaaa\">\n<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n]>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&b;</text></svg>";
        let problem = refused(laughs);
        assert!(problem.message.contains("entity"), "{}", problem.message);
        assert_eq!(problem.at, Some((3, 1)));

        let external = "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>";
        assert!(refused(external).message.contains("entity"));

        let page = "<!doctype html><html><body><script>alert(document.domain)</script>";
        let problem = refused(page);
        assert!(
            problem
                .message
                .contains("named as an SVG image, but its bytes are HTML"),
            "{}",
            problem.message
        );

        let xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>";
        assert!(refused(xhtml).message.contains("whose root is <html>"));
        let no_namespace = "<svg><script>alert(1)</script></svg>";
        assert!(
            refused(no_namespace)
                .message
                .contains("whose root is <svg>")
        );

        let broken = svg("<g><rect></g>");
        let problem = refused(&broken);
        assert!(problem.message.contains("not well-formed XML"));
        assert_eq!(problem.at.map(|(l, _)| l), Some(2));

        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";
        let problem = check_svg(png).expect_err("a PNG is not an SVG");
        assert!(
            problem.message.ends_with("a PNG image"),
            "{}",
            problem.message
        );
    }

    #[test]
    fn a_huge_or_deep_svg_is_refused_without_exhausting_memory_or_stack() {
        let many = svg(&"<g/>".repeat(MAX_SVG_NODES as usize));
        assert!(refused(&many).message.contains("more than 200000"));
        // Nested 100,000 deep: parsed and checked without recursion.
        let deep = svg(&format!(
            "{}{}",
            "<g>".repeat(100_000),
            "</g>".repeat(100_000)
        ));
        assert_eq!(check_svg(deep.as_bytes()), Ok(None));
    }

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x14\0\0\0\x0a\x08\x06\0\0\0";
    const JPEG: &[u8] = b"\xff\xd8\xff\xe0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0";

    #[test]
    fn a_bitmap_must_be_what_its_name_says() {
        assert_eq!(check(Format::Png, PNG), Ok(Some((20, 10))));
        assert!(check_bitmap(Format::Jpeg, JPEG).is_ok());
        assert!(check_bitmap(Format::Gif, b"GIF89a\x01\0\x01\0\0\0\0\0").is_ok());
        assert!(check_bitmap(Format::Webp, b"RIFF\x1a\0\0\0WEBPVP8L").is_ok());

        let said = |format, bytes: &[u8]| check_bitmap(format, bytes).unwrap_err().message;
        assert_eq!(
            said(Format::Png, JPEG),
            "the file is named as a PNG image, but its bytes are a JPEG image"
        );
        assert!(
            said(Format::Png, b"<!DOCTYPE html>\n<html><script>x</script>")
                .ends_with("HTML, a web page")
        );
        assert!(said(Format::Jpeg, b"Hola, esto es texto.\n").ends_with("are text"));
        assert!(
            said(Format::Png, b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .ends_with("an SVG drawing")
        );
        assert!(said(Format::Webp, b"\0\0\0\x18ftypmp42\0\0\0\0").contains("a video"));
        assert!(said(Format::Gif, b"").ends_with("empty: the file has nothing in it"));
        assert!(said(Format::Png, &[0u8; 64]).ends_with("of no image format faro knows"));
    }
}
