//! Telling page furniture (captions, labels, video lines, links, datelines) and headlines
//! from article prose, one line at a time.

use super::{Furniture, Vocabulary};

/// What a line of the article is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineClass {
    /// Ordinary prose.
    Prose,
    /// A headline or title: segmented, but capitals are no evidence.
    Headline,
    /// Not prose; the place when it is a dateline.
    Skip(Furniture, Option<String>),
    /// "WASHINGTON (CNN) -- text": the first `prefix_len` bytes are the dateline.
    DatelinePrefix {
        /// The place.
        place: String,
        /// Length of the dateline prefix in bytes.
        prefix_len: usize,
    },
    /// "SALVADOR, Feb 26 - text": the place stays in the prose.
    InlineDateline {
        /// The place.
        place: String,
        /// Length of the place in bytes.
        place_len: usize,
    },
    /// "LONDON 1996-08-30": a dateline line of its own, kept as a headline.
    DatelineLine {
        /// The place.
        place: String,
    },
}

/// Longer than any label, even written with three-byte characters that lower-case
/// to ASCII (the Kelvin sign).
const LABEL_MAX_BYTES: usize = 64;

/// Classify one non-empty, trimmed line. `first` is true while no prose line was seen.
pub fn classify_line(line: &str, first: bool, words: &Vocabulary) -> LineClass {
    let lower_ends = |ext: &str| {
        line.len() >= ext.len()
            && line.as_bytes()[line.len() - ext.len()..].eq_ignore_ascii_case(ext.as_bytes())
    };
    if words.image_endings.iter().any(|e| lower_ends(e)) {
        return LineClass::Skip(Furniture::Caption, None);
    }
    // Labels are short: lower-casing a paragraph to compare it with them is waste.
    let bare = line.trim_end_matches([':', '.']);
    if bare.len() <= LABEL_MAX_BYTES
        && words
            .furniture_labels
            .contains(bare.to_lowercase().as_str())
    {
        return LineClass::Skip(Furniture::Label, None);
    }
    if is_video_line(line) {
        return LineClass::Skip(Furniture::Video, None);
    }
    if let Some((head, _)) = line.split_once(':') {
        if words.link_heads.contains(head.trim()) {
            return LineClass::Skip(Furniture::Link, None);
        }
    }
    if let Some(c) = cnn_dateline(line) {
        return c;
    }
    if let Some(c) = reuters_dateline(line, words) {
        return c;
    }
    if let Some(place) = dateline_line(line) {
        return LineClass::DatelineLine { place };
    }
    if is_all_caps(line) || (first && is_title(line)) || is_title_case_fragment(line) {
        return LineClass::Headline;
    }
    LineClass::Prose
}

/// "01:51 - Source: CNN", "2:03".
fn is_video_line(line: &str) -> bool {
    let (time, rest) = match line.split_once(' ') {
        Some((t, r)) => (t, r.trim()),
        None => (line, ""),
    };
    let mut parts = time.split(':');
    let ok = parts
        .by_ref()
        .take(3)
        .all(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()));
    ok && time.contains(':')
        && parts.next().is_none()
        && (rest.is_empty()
            || rest
                .trim_start_matches(['-', '\u{2013}', '\u{2014}', ' '])
                .starts_with("Source"))
}

fn is_dash(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| matches!(c, '-' | '\u{2013}' | '\u{2014}'))
}

/// "Washington CNN —" or "WASHINGTON (CNN) -- text".
fn cnn_dateline(line: &str) -> Option<LineClass> {
    // The agency comes within the first six words and at most two follow it that matter.
    let words: Vec<&str> = line.split_whitespace().take(8).collect();
    let pos = words.iter().position(|w| {
        matches!(
            w.trim_matches(|c| c == '(' || c == ')'),
            "CNN" | "AP" | "Reuters" | "AFP" | "CNNMoney"
        )
    })?;
    if pos == 0 || pos > 5 {
        return None;
    }
    let place_words = &words[..pos];
    if !place_words
        .iter()
        .all(|w| w.starts_with(char::is_uppercase) || w.ends_with(','))
    {
        return None;
    }
    let place = title_case(place_words.join(" ").trim_end_matches(','));
    let rest = &words[pos + 1..];
    if rest.is_empty() || (rest.len() == 1 && is_dash(rest[0])) {
        return Some(LineClass::Skip(Furniture::Dateline, Some(place)));
    }
    if is_dash(rest[0]) {
        // The prefix runs to the end of the dash.
        let dash_at = find_word(line, pos + 1)?;
        let prefix_len = dash_at + rest[0].len();
        return Some(LineClass::DatelinePrefix { place, prefix_len });
    }
    None
}

/// Byte offset of the `n`th whitespace-separated word.
fn find_word(line: &str, n: usize) -> Option<usize> {
    let mut count = 0;
    let mut in_word = false;
    for (i, c) in line.char_indices() {
        if c.is_whitespace() {
            in_word = false;
        } else if !in_word {
            if count == n {
                return Some(i);
            }
            count += 1;
            in_word = true;
        }
    }
    None
}

/// "SALVADOR, Feb 26 - text".
fn reuters_dateline(line: &str, words: &Vocabulary) -> Option<LineClass> {
    let (place, rest) = line.split_once(", ")?;
    if place.is_empty() || place.len() > 40 || !is_caps_words(place) {
        return None;
    }
    let mut w = rest.split_whitespace();
    let month = w.next()?;
    let day = w.next()?;
    let dash = w.next()?;
    if !words.dateline_months.contains(month.trim_end_matches('.'))
        || !day.bytes().all(|b| b.is_ascii_digit())
        || !is_dash(dash)
    {
        return None;
    }
    Some(LineClass::InlineDateline {
        place: title_case(place),
        place_len: place.len(),
    })
}

/// "LONDON 1996-08-30".
fn dateline_line(line: &str) -> Option<String> {
    let (place, date) = line.rsplit_once(' ')?;
    let place = place.trim().trim_end_matches(',');
    let date_like = date.len() >= 6
        && date
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'-' || b == b'/')
        && date.bytes().filter(u8::is_ascii_digit).count() >= 6;
    (date_like && !place.is_empty() && is_caps_words(place)).then(|| title_case(place))
}

fn is_caps_words(s: &str) -> bool {
    s.chars().any(char::is_alphabetic)
        && s.chars()
            .all(|c| c.is_uppercase() || c == ' ' || c == '.' || c == '-' || c == '\'')
}

fn title_case(s: &str) -> String {
    if !is_caps_words(s) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    out
}

/// Mostly capital letters: a Reuters or CoNLL headline.
pub fn is_all_caps(line: &str) -> bool {
    let (mut up, mut low) = (0usize, 0usize);
    for (i, c) in line.char_indices() {
        if c.is_uppercase() {
            up += 1;
        } else if c.is_lowercase() {
            low += 1;
            // Even if every byte left were a capital, there would be too few: a line of
            // prose is known early, without reading it to its end.
            let left = line.len() - i - c.len_utf8();
            if up + left <= 4 * low {
                return false;
            }
        }
    }
    up >= 4 && up > 4 * low
}

fn ends_like_prose(line: &str) -> bool {
    line.trim_end().ends_with([
        '.', '?', '!', '"', '\u{201d}', '\u{2019}', '\'', ':', ';', ',', ')',
    ])
}

/// A headline's end without the closing quote or exclamation mark headlines may end
/// with ("Jane Doe Checks In - Where She 'Knows Everyone'", "Rules Restored!").
fn without_headline_close(line: &str) -> &str {
    line.trim_end()
        .trim_end_matches(['\'', '"', '\u{2019}', '\u{201d}', '!', ' '])
}

/// A short line without final punctuation: a title.
fn is_title(line: &str) -> bool {
    let bare = without_headline_close(line);
    !bare.is_empty() && !ends_like_prose(bare) && line.split_whitespace().count() <= 20
}

/// A short unpunctuated line in title case ("Violence in the Mideast").
fn is_title_case_fragment(line: &str) -> bool {
    let bare = without_headline_close(line);
    if bare.is_empty() || ends_like_prose(bare) {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.is_empty() || words.len() > 14 {
        return false;
    }
    let long: Vec<&&str> = words.iter().filter(|w| w.chars().count() > 3).collect();
    let caps = long
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    !long.is_empty() && caps * 3 >= long.len() * 2
}
