//! The view written as JSON directly: the same bytes `serde_json` writes for it, with
//! strings checked for characters to escape eight bytes at a time, since the evidence
//! sentences they carry are most of the output.

use super::{DocumentView, EntityView, MeetingEvidence, MeetingView, MentionView, RelationView};
use crate::model::{EntityKind, MeetingStatus, MentionForm, Modality, Relation, Validity};

/// A value written as JSON.
pub(super) trait Json {
    /// Append the value to `out`.
    fn write(&self, out: &mut Vec<u8>);
}

/// A key as written before its value: `"key":`. Keys are plain words, with nothing to
/// escape.
macro_rules! key {
    ($k:literal) => {
        concat!("\"", $k, "\":")
    };
}

/// An object being written: the keys, each with its value, then [`Object::end`].
struct Object<'o> {
    out: &'o mut Vec<u8>,
    empty: bool,
}

impl<'o> Object<'o> {
    fn start(out: &'o mut Vec<u8>) -> Object<'o> {
        out.push(b'{');
        Object { out, empty: true }
    }

    /// Write `"key":value`; `key` comes quoted and with its colon, from [`key!`].
    #[inline]
    fn field(&mut self, key: &'static str, value: &(impl Json + ?Sized)) -> &mut Self {
        if !self.empty {
            self.out.push(b',');
        }
        self.empty = false;
        self.out.extend_from_slice(key.as_bytes());
        value.write(self.out);
        self
    }

    fn end(&mut self) {
        self.out.push(b'}');
    }
}

impl Json for str {
    fn write(&self, out: &mut Vec<u8>) {
        out.push(b'"');
        write_escaped(self.as_bytes(), out);
        out.push(b'"');
    }
}

impl Json for String {
    fn write(&self, out: &mut Vec<u8>) {
        self.as_str().write(out);
    }
}

impl<T: Json + ?Sized> Json for &T {
    fn write(&self, out: &mut Vec<u8>) {
        (**self).write(out);
    }
}

impl<T: Json> Json for Option<T> {
    fn write(&self, out: &mut Vec<u8>) {
        match self {
            Some(v) => v.write(out),
            None => out.extend_from_slice(b"null"),
        }
    }
}

impl<T: Json> Json for [T] {
    fn write(&self, out: &mut Vec<u8>) {
        out.push(b'[');
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            v.write(out);
        }
        out.push(b']');
    }
}

impl<T: Json> Json for Vec<T> {
    fn write(&self, out: &mut Vec<u8>) {
        self.as_slice().write(out);
    }
}

impl Json for usize {
    fn write(&self, out: &mut Vec<u8>) {
        let mut digits = [0u8; 20];
        let mut n = *self;
        let mut at = digits.len();
        loop {
            at -= 1;
            digits[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        out.extend_from_slice(&digits[at..]);
    }
}

impl Json for bool {
    fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(if *self { b"true" } else { b"false" });
    }
}

/// Enums written as their names.
macro_rules! json_as_name {
    ($($t:ty),*) => {$(
        impl Json for $t {
            fn write(&self, out: &mut Vec<u8>) {
                self.as_str().write(out);
            }
        }
    )*};
}

json_as_name!(EntityKind, MentionForm, Modality, Relation, MeetingStatus);

impl Json for Validity {
    fn write(&self, out: &mut Vec<u8>) {
        let mut o = Object::start(out);
        if let Some(from) = &self.from {
            o.field(key!("from"), from);
        }
        if let Some(to) = &self.to {
            o.field(key!("to"), to);
        }
        o.end();
    }
}

impl Json for DocumentView<'_> {
    fn write(&self, out: &mut Vec<u8>) {
        Object::start(out)
            .field(key!("date"), self.date)
            .field(key!("dateline"), self.dateline)
            .field(key!("entities"), &self.entities)
            .field(key!("id"), self.id)
            .field(key!("limits"), self.limits)
            .field(key!("meetings"), &self.meetings)
            .field(key!("mentions"), &self.mentions)
            .field(key!("relations"), &self.relations)
            .end();
    }
}

impl Json for MentionView<'_> {
    fn write(&self, out: &mut Vec<u8>) {
        Object::start(out)
            .field(key!("end"), &self.end)
            .field(key!("entity"), &self.entity)
            .field(key!("form"), &self.form)
            .field(key!("kind"), &self.kind)
            .field(key!("sentence"), &self.sentence)
            .field(key!("start"), &self.start)
            .field(key!("text"), self.text)
            .end();
    }
}

impl Json for EntityView<'_> {
    fn write(&self, out: &mut Vec<u8>) {
        Object::start(out)
            .field(key!("aliases"), &self.aliases)
            .field(key!("kind"), &self.kind)
            .field(key!("mentions"), &self.mentions)
            .field(key!("name"), self.name)
            .field(key!("roles"), self.roles)
            .end();
    }
}

impl Json for RelationView<'_> {
    fn write(&self, out: &mut Vec<u8>) {
        // The optional fields as the view's `skip_serializing_if` attributes leave them.
        let mut o = Object::start(out);
        if let Some(by) = self.attributed_to {
            o.field(key!("attributed_to"), by);
        }
        o.field(key!("end"), &self.end)
            .field(key!("evidence"), self.evidence);
        if self.hypothetical {
            o.field(key!("hypothetical"), &true);
        }
        o.field(key!("modality"), &self.modality);
        if self.negated {
            o.field(key!("negated"), &true);
        }
        o.field(key!("relation"), &self.relation)
            .field(key!("rule"), self.rule)
            .field(key!("sentence"), &self.sentence)
            .field(key!("source"), self.source)
            .field(key!("start"), &self.start)
            .field(key!("target"), self.target);
        if let Some(valid) = self.valid {
            o.field(key!("valid"), valid);
        }
        o.end();
    }
}

impl Json for MeetingView<'_> {
    fn write(&self, out: &mut Vec<u8>) {
        Object::start(out)
            .field(key!("date"), self.date)
            .field(key!("evidence"), &self.evidence)
            .field(key!("mediators"), &self.mediators)
            .field(key!("name"), self.name)
            .field(key!("organizers"), &self.organizers)
            .field(key!("participants"), &self.participants)
            .field(key!("place"), &self.place)
            .field(key!("status"), &self.status)
            .field(key!("when"), self.when)
            .end();
    }
}

impl Json for MeetingEvidence<'_> {
    fn write(&self, out: &mut Vec<u8>) {
        Object::start(out)
            .field(key!("end"), &self.end)
            .field(key!("rule"), self.rule)
            .field(key!("sentence"), &self.sentence)
            .field(key!("start"), &self.start)
            .field(key!("text"), self.text)
            .end();
    }
}

/// Append `s` with `"`, `\` and control characters escaped as `serde_json` escapes them.
fn write_escaped(s: &[u8], out: &mut Vec<u8>) {
    // Most strings have nothing to escape: tested eight bytes at a time, copied whole.
    if !s.chunks(8).any(|chunk| needs_escape(word_of(chunk))) {
        out.extend_from_slice(s);
        return;
    }
    let mut clean = 0;
    for (i, &b) in s.iter().enumerate() {
        if let Some((escape, len)) = escape_of(b) {
            out.extend_from_slice(&s[clean..i]);
            out.extend_from_slice(&escape[..len]);
            clean = i + 1;
        }
    }
    out.extend_from_slice(&s[clean..]);
}

/// Up to eight bytes as one word, a short chunk padded with spaces (which need no
/// escape).
fn word_of(chunk: &[u8]) -> u64 {
    let mut bytes = [b' '; 8];
    bytes[..chunk.len()].copy_from_slice(chunk);
    u64::from_le_bytes(bytes)
}

/// Bytes whose lanes each hold `b`.
const fn lanes(b: u8) -> u64 {
    u64::from_ne_bytes([b; 8])
}

/// Whether any byte of `word` is below 0x20, a `"` or a `\` (exact: a borrow between
/// lanes only ever sets a flag where a lower lane already set one).
fn needs_escape(word: u64) -> bool {
    let high = lanes(0x80);
    let below = |x: u64, n: u8| x.wrapping_sub(lanes(n)) & !x & high;
    let zero = |x: u64| below(x, 1);
    (below(word, 0x20) | zero(word ^ lanes(b'"')) | zero(word ^ lanes(b'\\'))) != 0
}

/// How `serde_json` writes byte `b` of a string, if not as itself: the escape's bytes
/// and length.
fn escape_of(b: u8) -> Option<([u8; 6], usize)> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let short = |c: u8| ([b'\\', c, 0, 0, 0, 0], 2);
    Some(match b {
        b'"' => short(b'"'),
        b'\\' => short(b'\\'),
        0x08 => short(b'b'),
        0x09 => short(b't'),
        0x0a => short(b'n'),
        0x0c => short(b'f'),
        0x0d => short(b'r'),
        0..=0x1f => {
            let hex = |n: u8| HEX[usize::from(n)];
            ([b'\\', b'u', b'0', b'0', hex(b >> 4), hex(b & 0xf)], 6)
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        // Every ASCII byte, at every offset from a word boundary, and wider characters.
        let all: String = (0u8..0x80).map(char::from).collect();
        for lead in 0..9 {
            let s = format!(
                "{}{all}é\u{2019}x\"\\{}",
                "a".repeat(lead),
                "b".repeat(lead)
            );
            let mut out = Vec::new();
            s.write(&mut out);
            assert_eq!(
                String::from_utf8(out).unwrap(),
                serde_json::to_string(&s).unwrap()
            );
        }
    }

    #[test]
    fn numbers_are_written_in_decimal() {
        for n in [0usize, 7, 10, 99, 1234567, usize::MAX] {
            let mut out = Vec::new();
            n.write(&mut out);
            assert_eq!(out, n.to_string().into_bytes());
        }
    }
}
