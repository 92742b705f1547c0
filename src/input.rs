//! Reading articles: plain text files, directories, JSON Lines and standard input.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

/// Facts about an article that are not its text.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DocumentMeta {
    /// Unique id: the file stem, or the record's `id`.
    pub id: String,
    /// Headline, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Publication date, ISO `YYYY-MM-DD` (a longer ISO timestamp is cut to the date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Publisher or feed, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Where the article was published, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Place named by the dateline ("Washington CNN —"), found during segmentation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<String>,
}

/// One article: its metadata, its text, and where it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Metadata, including the id.
    pub meta: DocumentMeta,
    /// The untouched original text; every offset points into it.
    pub text: String,
    /// Where it came from (`path` or `path:line`), for error messages.
    pub origin: String,
}

impl Document {
    /// A document from an id and text, with no other metadata.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        let meta = DocumentMeta {
            id: id.into(),
            ..DocumentMeta::default()
        };
        Document {
            origin: meta.id.clone(),
            meta,
            text: text.into(),
        }
    }
}

/// One JSON Lines record.
#[derive(Deserialize)]
struct Record {
    id: serde_json::Value,
    text: Option<String>,
    title: Option<String>,
    date: Option<String>,
    source: Option<String>,
    url: Option<String>,
}

/// Expand the user's arguments into input files: directories are walked recursively for
/// `.txt` and `.jsonl` files in sorted order; `-` stands for standard input.
pub fn expand_inputs(args: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for arg in args {
        if arg.as_os_str() == "-" {
            out.push(arg.clone());
        } else if arg.is_dir() {
            walk(arg, &mut out)?;
        } else if arg.exists() {
            out.push(arg.clone());
        } else {
            return Err(Error::Input {
                path: arg.display().to_string(),
                problem: "no such file or directory".into(),
            });
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let io_err = |e: std::io::Error| Error::Input {
        path: dir.display().to_string(),
        problem: e.to_string(),
    };
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io_err)?
        .map(|e| e.map(|e| e.path()))
        .collect::<std::io::Result<_>>()
        .map_err(io_err)?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            walk(&path, out)?;
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("txt") | Some("jsonl")
        ) {
            out.push(path);
        }
    }
    Ok(())
}

/// Read the documents named by the arguments lazily, one at a time: JSON Lines files
/// are read line by line, so memory stays bounded whatever their size. Document ids
/// must be unique across all inputs.
pub fn stream_documents(paths: &[PathBuf]) -> Result<DocumentStream> {
    Ok(DocumentStream {
        files: expand_inputs(paths)?.into_iter().rev().collect(),
        current: None,
        seen: std::collections::HashSet::new(),
    })
}

/// Iterator over the documents of several inputs; see [`stream_documents`].
pub struct DocumentStream {
    files: Vec<PathBuf>,
    current: Option<LineReader>,
    seen: std::collections::HashSet<String>,
}

struct LineReader {
    label: String,
    lines: Box<dyn BufRead>,
    lineno: usize,
}

impl Iterator for DocumentStream {
    type Item = Result<Document>;

    fn next(&mut self) -> Option<Result<Document>> {
        loop {
            if let Some(r) = &mut self.current {
                let mut buf = Vec::new();
                match r.lines.read_until(b'\n', &mut buf) {
                    Ok(0) => self.current = None,
                    Ok(_) => {
                        r.lineno += 1;
                        let at = format!("{}:{}", r.label, r.lineno);
                        let line = match std::str::from_utf8(&buf) {
                            Ok(l) => l,
                            Err(e) => {
                                return Some(Err(Error::Input {
                                    path: at,
                                    problem: format!(
                                        "invalid UTF-8 at byte {} of the line",
                                        e.valid_up_to()
                                    ),
                                }))
                            }
                        };
                        if line.trim().is_empty() {
                            continue;
                        }
                        return Some(
                            parse_record(&at, line).and_then(|d| self.check_unique(d, &at)),
                        );
                    }
                    Err(e) => {
                        let path = r.label.clone();
                        self.current = None;
                        return Some(Err(Error::Input {
                            path,
                            problem: e.to_string(),
                        }));
                    }
                }
                continue;
            }
            let path = self.files.pop()?;
            if path.extension().and_then(|e| e.to_str()) == Some("jsonl") {
                let label = path.display().to_string();
                match std::fs::File::open(&path) {
                    Ok(f) => {
                        self.current = Some(LineReader {
                            label,
                            lines: Box::new(std::io::BufReader::new(f)),
                            lineno: 0,
                        })
                    }
                    Err(e) => {
                        return Some(Err(Error::Input {
                            path: label,
                            problem: e.to_string(),
                        }))
                    }
                }
                continue;
            }
            if path.as_os_str() == "-" {
                // Standard input holds JSON Lines when it starts with a record.
                let mut stdin = std::io::BufReader::new(std::io::stdin());
                let starts_with_record = match stdin.fill_buf() {
                    Ok(buf) => buf.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{'),
                    Err(_) => false,
                };
                if starts_with_record {
                    self.current = Some(LineReader {
                        label: "<stdin>".into(),
                        lines: Box::new(stdin),
                        lineno: 0,
                    });
                    continue;
                }
                let mut bytes = Vec::new();
                if let Err(e) = stdin.read_to_end(&mut bytes) {
                    return Some(Err(Error::Input {
                        path: "<stdin>".into(),
                        problem: e.to_string(),
                    }));
                }
                return Some(
                    decode("<stdin>", &bytes)
                        .and_then(|text| text_document("<stdin>", "stdin".into(), text))
                        .and_then(|d| self.check_unique(d, "<stdin>")),
                );
            }
            return Some(read_documents(&path).and_then(|docs| {
                let mut docs = docs.into_iter();
                let doc = docs.next().expect("a text file holds one document");
                let at = doc.origin.clone();
                self.check_unique(doc, &at)
            }));
        }
    }
}

impl DocumentStream {
    fn check_unique(&mut self, d: Document, at: &str) -> Result<Document> {
        if self.seen.insert(d.meta.id.clone()) {
            Ok(d)
        } else {
            Err(Error::Input {
                path: at.to_string(),
                problem: format!("duplicate document id {:?}", d.meta.id),
            })
        }
    }
}

/// Read every document from one input file (or `-`).
pub fn read_documents(path: &Path) -> Result<Vec<Document>> {
    let name = path.display().to_string();
    let bytes = if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| Error::Input {
                path: "<stdin>".into(),
                problem: e.to_string(),
            })?;
        buf
    } else {
        std::fs::read(path).map_err(|e| Error::Input {
            path: name.clone(),
            problem: e.to_string(),
        })?
    };
    let label = if path.as_os_str() == "-" {
        "<stdin>".to_string()
    } else {
        name
    };
    let text = decode(&label, &bytes)?;
    let is_jsonl = path.extension().and_then(|e| e.to_str()) == Some("jsonl")
        || (path.as_os_str() == "-" && text.trim_start().starts_with('{'));
    if is_jsonl {
        parse_jsonl(&label, &text)
    } else {
        let id = if path.as_os_str() == "-" {
            "stdin".to_string()
        } else {
            path.file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| label.clone())
        };
        Ok(vec![text_document(&label, id, text)?])
    }
}

/// A plain-text article, refused when empty.
fn text_document(label: &str, id: String, text: String) -> Result<Document> {
    check_text(label, &text)?;
    let mut doc = Document::new(id, text);
    doc.origin = label.to_string();
    Ok(doc)
}

/// Bytes to text: UTF-8 (a leading BOM is dropped), or UTF-16 with a BOM; anything else
/// is rejected with the offset of the first bad byte.
fn decode(label: &str, bytes: &[u8]) -> Result<String> {
    let bad = |problem: String| Error::Input {
        path: label.to_string(),
        problem,
    };
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let le = bytes[0] == 0xFF;
        let units: Vec<u16> = bytes[2..]
            .chunks(2)
            .map(|c| {
                let pair = [c[0], *c.get(1).unwrap_or(&0)];
                if le {
                    u16::from_le_bytes(pair)
                } else {
                    u16::from_be_bytes(pair)
                }
            })
            .collect();
        return String::from_utf16(&units).map_err(|_| bad("invalid UTF-16 text".into()));
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if bytes.contains(&0) {
        return Err(bad(
            "looks like a binary file (contains NUL bytes), not an article".into(),
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => Err(bad(format!(
            "invalid UTF-8 at byte {} (convert the file to UTF-8 first)",
            e.valid_up_to()
        ))),
    }
}

fn check_text(label: &str, text: &str) -> Result<()> {
    if text.trim().is_empty() {
        return Err(Error::Input {
            path: label.to_string(),
            problem: "the article is empty".into(),
        });
    }
    Ok(())
}

fn parse_jsonl(label: &str, text: &str) -> Result<Vec<Document>> {
    let mut docs = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = format!("{label}:{}", i + 1);
        let doc = parse_record(&at, line)?;
        if !seen.insert(doc.meta.id.clone()) {
            return Err(Error::Input {
                path: at,
                problem: format!("duplicate document id {:?}", doc.meta.id),
            });
        }
        docs.push(doc);
    }
    Ok(docs)
}

/// One JSON Lines record; `at` is `file:line`.
fn parse_record(at: &str, line: &str) -> Result<Document> {
    let bad = |problem: String| Error::Input {
        path: at.to_string(),
        problem,
    };
    let rec: Record =
        serde_json::from_str(line).map_err(|e| bad(format!("not a JSON record: {e}")))?;
    let id = match rec.id {
        serde_json::Value::String(s) => s,
        serde_json::Value::Number(n) => n.to_string(),
        _ => return Err(bad("the record's `id` must be a string or number".into())),
    };
    let text = rec
        .text
        .ok_or_else(|| bad(format!("record {id:?} has no `text`")))?;
    check_text(at, &text)?;
    let date = rec.date.map(|d| d.chars().take(10).collect());
    Ok(Document {
        meta: DocumentMeta {
            id,
            title: rec.title,
            date,
            source: rec.source,
            url: rec.url,
            dateline: None,
        },
        text,
        origin: at.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_records_keep_metadata_and_reject_duplicates() {
        let docs = parse_jsonl(
            "x.jsonl",
            "{\"id\":\"a\",\"text\":\"Hello.\",\"date\":\"2016-06-24T10:00:00Z\"}\n\n{\"id\":7,\"text\":\"B.\"}\n",
        )
        .unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].meta.date.as_deref(), Some("2016-06-24"));
        assert_eq!(docs[1].meta.id, "7");
        let err = parse_jsonl(
            "x.jsonl",
            "{\"id\":\"a\",\"text\":\"A\"}\n{\"id\":\"a\",\"text\":\"B\"}",
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("x.jsonl:2") && err.contains("duplicate"),
            "{err}"
        );
    }

    #[test]
    fn malformed_and_textless_records_name_the_line() {
        let err = parse_jsonl("f.jsonl", "{\"id\":\"a\"}")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("f.jsonl:1") && err.contains("no `text`"),
            "{err}"
        );
        let err = parse_jsonl("f.jsonl", "{\"id\":\"a\",\"text\":\"x\"}\n{oops")
            .unwrap_err()
            .to_string();
        assert!(err.contains("f.jsonl:2"), "{err}");
    }

    #[test]
    fn decoding_rejects_binary_and_bad_utf8_but_reads_utf16() {
        assert!(decode("b", b"ab\0cd")
            .unwrap_err()
            .to_string()
            .contains("binary"));
        assert!(decode("b", b"ab\xffcd")
            .unwrap_err()
            .to_string()
            .contains("byte 2"));
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Hi é".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        assert_eq!(decode("u", &utf16).unwrap(), "Hi é");
        assert_eq!(decode("u", b"\xEF\xBB\xBFok").unwrap(), "ok");
    }
}
