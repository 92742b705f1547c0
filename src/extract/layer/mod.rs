//! The sentence layer: each sentence read once into words (lower case, vocabulary id,
//! part of speech), then viewed with its entity slots and title chains folded. Mentions,
//! relations, meetings and dates are peer readers of it.

pub mod titles;
pub mod view;

pub use titles::Folded;
