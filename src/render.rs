//! Drawing through Graphviz: DOT text is handed to the `dot` program, which writes SVG,
//! PNG or PDF; the HTML view wraps the SVG.

use crate::error::{Error, Result};
use crate::export::dot::{self, DotOptions};
use crate::export::html;
use crate::graph::view::View;
use crate::graph::KnowledgeGraph;
use graphviz_rust::cmd::{CommandArg, Format as GvFormat};
use std::path::Path;

/// What a drawing is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// DOT text, no Graphviz needed.
    Dot,
    /// Scalable vector graphics.
    Svg,
    /// A bitmap.
    Png,
    /// A PDF page.
    Pdf,
    /// A self-contained HTML page with the SVG inline.
    Html,
}

impl Format {
    /// All formats.
    pub const ALL: [Format; 5] = [
        Format::Dot,
        Format::Svg,
        Format::Png,
        Format::Pdf,
        Format::Html,
    ];

    /// The name and usual file extension.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Dot => "dot",
            Format::Svg => "svg",
            Format::Png => "png",
            Format::Pdf => "pdf",
            Format::Html => "html",
        }
    }

    /// The format a file name's extension asks for (`.gv` and `.htm` included).
    pub fn for_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "gv" => Some(Format::Dot),
            "htm" => Some(Format::Html),
            e => Format::ALL.into_iter().find(|f| f.as_str() == e),
        }
    }
}

/// How to tell the user to get Graphviz.
pub const INSTALL_HINT: &str = "Graphviz's `dot` program was not found on PATH; install \
Graphviz (Debian/Ubuntu: `apt-get install graphviz`, macOS: `brew install graphviz`, \
Fedora: `dnf install graphviz`, Windows: `winget install graphviz`), or write DOT \
(`--format dot`) and draw it elsewhere";

/// Run `dot` on DOT text and return its output in `format` (svg, png or pdf).
pub fn run_graphviz(dot_text: &str, format: Format) -> Result<Vec<u8>> {
    let gv = match format {
        Format::Svg | Format::Html => GvFormat::Svg,
        Format::Png => GvFormat::Png,
        Format::Pdf => GvFormat::Pdf,
        Format::Dot => return Ok(dot_text.as_bytes().to_vec()),
    };
    graphviz_rust::exec_dot(dot_text.to_string(), vec![CommandArg::Format(gv)]).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            Error::Render(INSTALL_HINT.into())
        } else {
            Error::Render(format!("Graphviz failed: {}", e.to_string().trim()))
        }
    })
}

/// Draw the part of the graph in `view` in `format`.
pub fn render(
    g: &KnowledgeGraph,
    view: &View,
    opts: &DotOptions,
    format: Format,
) -> Result<Vec<u8>> {
    let text = dot::to_string(g, view, opts);
    match format {
        Format::Dot => Ok(text.into_bytes()),
        Format::Html => {
            let svg = run_graphviz(&text, Format::Svg)?;
            let svg = String::from_utf8(svg)
                .map_err(|_| Error::Render("Graphviz wrote SVG that is not UTF-8".into()))?;
            let title = opts.title.clone().unwrap_or_else(|| {
                format!(
                    "newsgraph: {} nodes, {} edges",
                    view.nodes.len(),
                    view.edges.len()
                )
            });
            Ok(html::page(g, view, &svg, &title).into_bytes())
        }
        f => run_graphviz(&text, f),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_extension() {
        assert_eq!(Format::for_path(Path::new("a/g.SVG")), Some(Format::Svg));
        assert_eq!(Format::for_path(Path::new("g.gv")), Some(Format::Dot));
        assert_eq!(Format::for_path(Path::new("g.htm")), Some(Format::Html));
        assert_eq!(Format::for_path(Path::new("g.pdf")), Some(Format::Pdf));
        assert_eq!(Format::for_path(Path::new("g.jpeg")), None);
        assert_eq!(Format::for_path(Path::new("g")), None);
    }
}
