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
    /// A query that cannot be answered as asked.
    #[error("{0}")]
    Query(String),
    /// Rendering through Graphviz failed.
    #[error("{0}")]
    Render(String),
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
