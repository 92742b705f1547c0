//! Drawing: DOT text is handed to Graphviz's `dot` program, which writes SVG, PNG or
//! PDF; where Graphviz is not installed, SVG is drawn by the built-in layout engine
//! instead. The HTML view wraps the SVG.

use crate::error::{Error, Result};
use crate::export::dot::{self, DotOptions};
use crate::export::{html, svg};
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

/// Who lays out and draws the picture.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Engine {
    /// Graphviz, with the layout of the drawing options; SVG and HTML fall back to the
    /// built-in engine when Graphviz is not installed.
    #[default]
    Graphviz,
    /// The built-in layered layout (SVG and HTML only).
    Builtin,
}

/// Who drew a picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Drawer {
    /// Nobody: DOT text is written as it is.
    None,
    /// Graphviz's `dot` program.
    Graphviz,
    /// The built-in engine, as asked.
    Builtin,
    /// The built-in engine, because Graphviz was not found.
    BuiltinForMissingGraphviz,
}

/// A drawing and who drew it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// Who drew it.
    pub drawer: Drawer,
}

/// Run `dot` on DOT text and return its output in `format` (svg, png or pdf). A
/// missing `dot` program is an [`std::io::ErrorKind::NotFound`] error.
fn run_graphviz(dot_text: &str, format: Format) -> std::io::Result<Vec<u8>> {
    let gv = match format {
        Format::Png => GvFormat::Png,
        Format::Pdf => GvFormat::Pdf,
        _ => GvFormat::Svg,
    };
    graphviz_rust::exec_dot(dot_text.to_string(), vec![CommandArg::Format(gv)])
}

fn graphviz_failed(e: std::io::Error) -> Error {
    Error::Render(format!("Graphviz failed: {}", e.to_string().trim()))
}

/// SVG of the view: by Graphviz unless the built-in engine is asked for or Graphviz is
/// missing.
fn draw_svg(
    g: &KnowledgeGraph,
    view: &View,
    opts: &DotOptions,
    engine: Engine,
) -> Result<(String, Drawer)> {
    if engine == Engine::Builtin {
        return Ok((svg::to_svg(g, view, opts), Drawer::Builtin));
    }
    match run_graphviz(&dot::to_string(g, view, opts), Format::Svg) {
        Ok(bytes) => {
            let svg = String::from_utf8(bytes)
                .map_err(|_| Error::Render("Graphviz wrote SVG that is not UTF-8".into()))?;
            Ok((svg, Drawer::Graphviz))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok((
            svg::to_svg(g, view, opts),
            Drawer::BuiltinForMissingGraphviz,
        )),
        Err(e) => Err(graphviz_failed(e)),
    }
}

/// Draw the part of the graph in `view` in `format`. PNG and PDF need Graphviz.
pub fn render(
    g: &KnowledgeGraph,
    view: &View,
    opts: &DotOptions,
    format: Format,
    engine: Engine,
) -> Result<Picture> {
    let picture = |bytes: Vec<u8>, drawer| Ok(Picture { bytes, drawer });
    match format {
        Format::Dot => picture(dot::to_string(g, view, opts).into_bytes(), Drawer::None),
        Format::Svg => {
            let (svg, drawer) = draw_svg(g, view, opts, engine)?;
            picture(svg.into_bytes(), drawer)
        }
        Format::Html => {
            let (svg, drawer) = draw_svg(g, view, opts, engine)?;
            let title = opts.title.clone().unwrap_or_else(|| {
                format!(
                    "newsgraph: {} nodes, {} edges",
                    view.nodes.len(),
                    view.edges.len()
                )
            });
            picture(html::page(g, view, &svg, &title).into_bytes(), drawer)
        }
        Format::Png | Format::Pdf => {
            if engine == Engine::Builtin {
                return Err(Error::Render(format!(
                    "the built-in layout draws SVG and HTML only; {} pictures are drawn by Graphviz",
                    format.as_str()
                )));
            }
            match run_graphviz(&dot::to_string(g, view, opts), format) {
                Ok(bytes) => picture(bytes, Drawer::Graphviz),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(Error::GraphvizMissing {
                    format: format.as_str(),
                }),
                Err(e) => Err(graphviz_failed(e)),
            }
        }
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
