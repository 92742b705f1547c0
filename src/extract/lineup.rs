//! Team line-ups in reports of games: "Everton: Martyn, Hibbert, Yobo, Stubbs (Weir 78),
//! Naysmith." Read here once for the mentions (every name listed is a player's) and the
//! relations (every player listed is the team's).

use super::Resources;

/// Fewest names a line-up lists: fewer after a colon may be a quote's speaker or a
/// heading.
pub const MIN_LINEUP: usize = 5;

/// Most words before the colon: a team's name ("Newcastle United") or a heading of the
/// bench ("Subs not used").
const MAX_HEADING_WORDS: usize = 4;

/// A sentence that is a line-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lineup<'s> {
    /// The words before the colon: the team, or a heading such as "Replacements".
    pub heading: &'s str,
    /// Byte offset in the sentence where the list of names starts, after the colon.
    pub list_start: usize,
}

/// The line-up `sentence` is, if it is one: up to [`MAX_HEADING_WORDS`] words opened by
/// a capital, a colon, and a list of names.
pub fn read<'s>(res: &Resources, sentence: &'s str) -> Option<Lineup<'s>> {
    let (heading, list) = sentence.split_once(':')?;
    let words: Vec<&str> = heading.split_whitespace().collect();
    let heading_ok = (1..=MAX_HEADING_WORDS).contains(&words.len())
        && words[0].starts_with(char::is_uppercase)
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '&'))
        });
    (heading_ok && lists_names(res, list)).then(|| Lineup {
        heading: heading.trim(),
        list_start: heading.len() + 1,
    })
}

/// Whether a line-up's heading names the rest of the team before it (the rules'
/// `lineup_continuations`): "Replacements", "Subs not used".
pub fn continues(res: &Resources, heading: &str) -> bool {
    let lower = heading.to_lowercase();
    res.rules
        .lexis
        .class_has_phrase("lineup_continuations", lower.split_whitespace())
}

/// Whether `list` is [`MIN_LINEUP`] or more names and nothing else: items parted by
/// commas or semicolons, each of capitalised words and name particles ("van der
/// Vaart"), a substitute and a minute in brackets after it ("Kewell (Nunez 56)"), a
/// mark of the rules' `lineup_marks` ("(capt)"). A number outside brackets makes it a
/// list of results ("Ashby 2-1 Corby"), not of players.
fn lists_names(res: &Resources, list: &str) -> bool {
    let particles = &res.lexicon.words.particles;
    let list = list.trim_end_matches(['.', ' ']);
    // Rugby parts the line's units with semicolons: "Balshaw; Rees, Christophers; ...".
    let items: Vec<&str> = list.split([',', ';']).collect();
    let name_word = |w: &str, bracketed: bool| {
        w.starts_with(char::is_uppercase)
            || (bracketed && w.starts_with(|c: char| c.is_ascii_digit()))
            || particles.contains(w)
            || res.rules.lexis.class_has_word("lineup_marks", w)
    };
    let names_only = |item: &str| {
        let (name, bracket) = item.split_once('(').unwrap_or((item, ""));
        let words = |s: &str, bracketed: bool| {
            s.split(|c: char| c.is_whitespace() || c == ')')
                .filter(|w| !w.is_empty())
                .all(|w| name_word(w, bracketed))
        };
        // "(Giggs 64)", "(capt)": a substitute and a minute, or a mark; "(Sale Sharks)"
        // is a player's club in a squad, not a line-up.
        let minute_or_mark = bracket.is_empty()
            || bracket
                .split(|c: char| c.is_whitespace() || c == ')')
                .any(|w| {
                    w.starts_with(|c: char| c.is_ascii_digit())
                        || res.rules.lexis.class_has_word("lineup_marks", w)
                });
        !name.trim().is_empty() && words(name, false) && words(bracket, true) && minute_or_mark
    };
    items.len() >= MIN_LINEUP && items.iter().all(|item| names_only(item))
}

#[cfg(test)]
mod tests {
    use super::{continues, read, Lineup};
    use crate::extract::test_resources as res;

    #[test]
    fn a_heading_a_colon_and_names_are_a_line_up() {
        let s = "Ashby Town: Vale; Rees, Doyle (capt), Price, van der Berg (Lomas 64), Hale.";
        assert_eq!(
            read(res(), s),
            Some(Lineup {
                heading: "Ashby Town",
                list_start: 11
            })
        );
        let s = "Subs not used: Vale, Rees, Doyle, Price, Hale.";
        let lineup = read(res(), s).expect("a bench");
        assert!(continues(res(), lineup.heading));
        assert!(!continues(res(), "Ashby Town"));
    }

    #[test]
    fn results_quotes_and_short_lists_are_no_line_up() {
        // Scores outside brackets: a list of results.
        let s = "Results: Ashby 2-1 Corby, Brill 0-0 Dunstow, Elkton 3-2 Fenmore, Hale 1-0 \
                 Kent, Lomas 2-2 Mere.";
        assert_eq!(read(res(), s), None);
        // Too few names, lower-case words, a long heading.
        assert_eq!(read(res(), "Ashby: Vale, Rees, Doyle."), None);
        // Clubs in brackets: a squad's list.
        let s = "Backs: Vale (Ashby), Rees (Corby), Doyle (Brill), Price (Kent), Hale (Mere).";
        assert_eq!(read(res(), s), None);
        assert_eq!(
            read(res(), "He said: Vale, Rees and Doyle played, Price, Hale."),
            None
        );
        let s = "The team they picked for the game: Vale, Rees, Doyle, Price, Hale.";
        assert_eq!(read(res(), s), None);
    }
}
