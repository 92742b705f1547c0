use super::*;

fn tags(sentence: &str) -> Vec<Tag> {
    let words: Vec<&str> = sentence.split(' ').collect();
    let mut out = Vec::new();
    Tagger::embedded().tag(&words, &mut out);
    out
}

#[test]
fn embedded_model_loads() {
    Tagger::from_bytes(EMBEDDED, EMBEDDED_NAME).unwrap();
}

#[test]
fn modal_and_base_verb() {
    let t = tags("The minister will meet the president in Paris on Monday .");
    assert_eq!(t[2], Tag::Md);
    assert_eq!(t[3], Tag::Vb);
    assert_eq!(t[7], Tag::Nnp);
    assert_eq!(t[9], Tag::Nnp);
}
