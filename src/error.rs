//! The library's error type.

use thiserror::Error;

/// Everything that can go wrong in the library, each naming the file and the problem.
#[derive(Debug, Error)]
pub enum Error {
    /// An input article or JSON Lines record could not be used.
    #[error("{path}: {problem}")]
    Input {
        /// File (or `file:line`) that was read.
        path: String,
        /// What is wrong with it.
        problem: String,
    },
    /// A lexicon or rule file could not be parsed.
    #[error("{path}: {problem}")]
    Config {
        /// The file (or `<embedded>` for the built-in data).
        path: String,
        /// What is wrong, with line and column where known.
        problem: String,
    },
    /// A saved graph could not be read.
    #[error("{path}: {problem}")]
    GraphFile {
        /// The graph file.
        path: String,
        /// What is wrong with it.
        problem: String,
    },
    /// A file could not be written.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The destination.
        path: String,
        /// The underlying failure.
        source: std::io::Error,
    },
    /// A name given in a query matches no entity.
    #[error("no entity named {name:?}{}", suggest(.suggestions))]
    UnknownName {
        /// What the user typed.
        name: String,
        /// Near matches, best first.
        suggestions: Vec<String>,
    },
    /// A name given in a query matches several entities.
    #[error("{name:?} is ambiguous; it could be: {}", .candidates.join(", "))]
    AmbiguousName {
        /// What the user typed.
        name: String,
        /// The candidates' names with their kinds.
        candidates: Vec<String>,
    },
    /// A value given to a query or a drawing is out of range or malformed.
    #[error("{param} {problem}")]
    Parameter {
        /// Which value.
        param: Param,
        /// What is wrong with it, e.g. `must be at least 1`.
        problem: String,
    },
    /// Two entities are not linked under the query's filters.
    #[error("no path from {from} to {to}{}{}", within(*.max_hops), if *.filtered { " under the given filters (relations, kinds, dates)" } else { "" })]
    NoPath {
        /// Where the path was to start.
        from: String,
        /// Where it was to end.
        to: String,
        /// The longest path accepted, if limited.
        max_hops: Option<usize>,
        /// Whether relations, kinds or dates were restricted.
        filtered: bool,
    },
    /// A query that cannot be answered as asked.
    #[error("{0}")]
    Query(String),
    /// Drawing failed.
    #[error("{0}")]
    Render(String),
    /// Graphviz is needed for this picture format and is not installed.
    #[error("{format} pictures are drawn by Graphviz's `dot` program, which was not found on PATH; {INSTALL_GRAPHVIZ}, or draw SVG or HTML, which need no Graphviz")]
    GraphvizMissing {
        /// The format asked for (`png`, `pdf`).
        format: &'static str,
    },
}

/// How to install Graphviz, for messages.
pub const INSTALL_GRAPHVIZ: &str = "install Graphviz (Debian/Ubuntu: `apt-get install \
graphviz`, macOS: `brew install graphviz`, Fedora: `dnf install graphviz`, Windows: \
`winget install graphviz`)";

/// A value a query or a drawing takes, named in errors about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Param {
    /// Hops around the centre of a neighbourhood.
    Depth,
    /// How many paths to list.
    PathCount,
    /// The longest path accepted.
    MaxHops,
    /// How many entities to list or draw.
    Top,
    /// The first date of a window.
    Since,
    /// The last date of a window.
    Until,
}

impl std::fmt::Display for Param {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Param::Depth => "the depth",
            Param::PathCount => "the number of paths",
            Param::MaxHops => "the hop limit",
            Param::Top => "the number of entities",
            Param::Since => "the start date",
            Param::Until => "the end date",
        })
    }
}

impl Error {
    /// True when the error says that a query found nothing (an unknown name, no
    /// path), rather than that something went wrong.
    pub fn is_nothing_found(&self) -> bool {
        matches!(self, Error::UnknownName { .. } | Error::NoPath { .. })
    }

    /// A parameter error: `param` `problem`.
    pub fn parameter(param: Param, problem: impl Into<String>) -> Error {
        Error::Parameter {
            param,
            problem: problem.into(),
        }
    }
}

fn within(max_hops: Option<usize>) -> String {
    max_hops.map_or(String::new(), |h| format!(" within {h} hops"))
}

fn suggest(s: &[String]) -> String {
    if s.is_empty() {
        String::new()
    } else {
        format!("; did you mean {}?", s.join(", "))
    }
}

/// Shorthand for results with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
