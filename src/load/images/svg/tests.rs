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
            problem.message.text.contains(message),
            "{inner}: {}",
            problem.message.text
        );
        assert_eq!(problem.at.map(|(l, _)| l), Some(line), "{inner}");
        assert_eq!(problem.hint, svg_hint());
    }
}

#[test]
fn entities_and_other_documents_are_refused() {
    let laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n<!ENTITY a \"aaaaaaaaaa\">\n<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n]>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&b;</text></svg>";
    let problem = refused(laughs);
    assert!(
        problem.message.text.contains("entity"),
        "{}",
        problem.message.text
    );
    assert_eq!(problem.at, Some((3, 1)));

    let external = "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>";
    assert!(refused(external).message.text.contains("entity"));

    let page = "<!doctype html><html><body><script>alert(document.domain)</script>";
    let problem = refused(page);
    assert!(
        problem
            .message
            .text
            .contains("named as an SVG image, but its bytes are HTML"),
        "{}",
        problem.message.text
    );

    let xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>";
    assert!(refused(xhtml).message.text.contains("whose root is <html>"));
    let no_namespace = "<svg><script>alert(1)</script></svg>";
    assert!(
        refused(no_namespace)
            .message
            .text
            .contains("whose root is <svg>")
    );

    let broken = svg("<g><rect></g>");
    let problem = refused(&broken);
    assert!(problem.message.text.contains("not well-formed XML"));
    assert_eq!(problem.at.map(|(l, _)| l), Some(2));

    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";
    let problem = check_svg(png).expect_err("a PNG is not an SVG");
    assert!(
        problem.message.text.ends_with("a PNG image"),
        "{}",
        problem.message.text
    );
}

#[test]
fn a_huge_or_deep_svg_is_refused_without_exhausting_memory_or_stack() {
    let many = svg(&"<g/>".repeat(MAX_SVG_NODES as usize));
    assert!(refused(&many).message.text.contains("more than 200000"));
    // Nested 100,000 deep: parsed and checked without recursion.
    let deep = svg(&format!(
        "{}{}",
        "<g>".repeat(100_000),
        "</g>".repeat(100_000)
    ));
    assert_eq!(check_svg(deep.as_bytes()), Ok(None));
}
