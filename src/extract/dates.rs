//! Time expressions: finding them in a sentence as written ("Thursday", "September 14
//! and 15", "last October") and resolving them against the article's date.

use super::layer::view::Item;
use crate::model::MeetingStatus;

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Month number (1-12) of a month name or common abbreviation.
fn month(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.');
    if let Some(i) = MONTHS.iter().position(|m| *m == w) {
        return Some(i as u32 + 1);
    }
    if w.len() >= 3 && w != "may" && w != "mar" {
        let abbr = if w == "sept" { "sep" } else { w };
        if abbr.len() == 3 {
            return MONTHS
                .iter()
                .position(|m| m.starts_with(abbr))
                .map(|i| i as u32 + 1);
        }
    }
    None
}

fn weekday(w: &str) -> Option<u32> {
    WEEKDAYS.iter().position(|d| *d == w).map(|i| i as u32)
}

fn day_number(w: &str) -> Option<u32> {
    let d = w
        .trim_end_matches("st")
        .trim_end_matches("nd")
        .trim_end_matches("rd")
        .trim_end_matches("th");
    d.parse::<u32>().ok().filter(|d| (1..=31).contains(d))
}

fn year_number(w: &str) -> Option<i64> {
    let y: i64 = w.get(..4)?.parse().ok()?;
    (w.len() == 4 || w.as_bytes().get(4) == Some(&b'-'))
        .then_some(y)
        .filter(|y| (1900..=2100).contains(y))
}

/// A time expression: item range `[start, end)` in a view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeExpr {
    /// First item.
    pub start: usize,
    /// One past the last item.
    pub end: usize,
}

/// Time expressions in a sentence's items; `phrases` are relative phrases kept as
/// written ("earlier this month").
pub fn find(items: &[Item], phrases: &[Vec<String>]) -> Vec<TimeExpr> {
    let w = |i: usize| -> &str {
        match items.get(i) {
            Some(it) if it.slot.is_none() => it.lower.as_str(),
            _ => "",
        }
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < items.len() {
        if let Some(p) = phrases
            .iter()
            .filter(|p| p.iter().enumerate().all(|(k, x)| w(i + k) == x))
            .max_by_key(|p| p.len())
        {
            out.push(TimeExpr {
                start: i,
                end: i + p.len(),
            });
            i += p.len();
            continue;
        }
        if weekday(w(i)).is_some() {
            out.push(TimeExpr {
                start: i,
                end: i + 1,
            });
            i += 1;
            continue;
        }
        if (w(i) == "last" || w(i) == "next" || w(i) == "this")
            && month(w(i + 1)).is_some()
            && w(i + 1) != "may"
        {
            out.push(TimeExpr {
                start: i,
                end: i + 2,
            });
            i += 2;
            continue;
        }
        // "May" is a month only before a day number.
        if let Some(_m) = month(w(i)).filter(|_| w(i) != "may" || day_number(w(i + 1)).is_some()) {
            let mut end = i + 1;
            if w(end) == "." {
                end += 1;
            }
            if day_number(w(end)).is_some() {
                end += 1;
                // "14 and 15", "14-15"
                if matches!(w(end), "and" | "-" | "to") && day_number(w(end + 1)).is_some() {
                    end += 2;
                }
                if w(end) == "," && year_number(w(end + 1)).is_some() {
                    end += 2;
                }
            } else if year_number(w(end)).is_some() {
                end += 1;
            }
            out.push(TimeExpr { start: i, end });
            i = end;
            continue;
        }
        if let Some(d) = day_number(w(i)) {
            if let Some(_m) = month(w(i + 1)) {
                let _ = d;
                out.push(TimeExpr {
                    start: i,
                    end: i + 2,
                });
                i += 2;
                continue;
            }
        }
        if items.get(i).is_some_and(|it| it.slot.is_none()) && year_number(w(i)).is_some() {
            let mut end = i + 1;
            if w(end) == "-" && year_number(w(end + 1)).is_some() {
                end += 2;
            }
            out.push(TimeExpr { start: i, end });
            i = end;
            continue;
        }
        i += 1;
    }
    out
}

/// Days since 1970-01-01 of a civil date.
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The civil date of a day count since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Parse `YYYY-MM-DD` (longer ISO strings are cut to the date).
pub fn parse_iso(s: &str) -> Option<(i64, u32, u32)> {
    let s = s.get(..10)?;
    let y = s.get(..4)?.parse().ok()?;
    let m = s.get(5..7)?.parse().ok()?;
    let d = s.get(8..10)?.parse().ok()?;
    (s.as_bytes()[4] == b'-'
        && s.as_bytes()[7] == b'-'
        && (1..=12).contains(&m)
        && (1..=31).contains(&d))
    .then_some((y, m, d))
}

fn iso(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

fn month_iso(y: i64, m: u32) -> String {
    format!("{y:04}-{m:02}")
}

/// Resolve a time phrase as written against the article date (`YYYY-MM-DD`). Past
/// meetings look back from the article date, planned ones forward.
pub fn resolve(when: &str, doc_date: Option<&str>, status: MeetingStatus) -> Option<String> {
    let words: Vec<String> = when
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect();
    let first = words.first()?.as_str();
    // Absolute years need no article date.
    if words.len() == 1 {
        if let Some(y) = year_number(first) {
            return Some(format!("{y:04}"));
        }
    }
    let (y, m, d) = parse_iso(doc_date?)?;
    let today = days_from_civil(y, m, d);
    let forward = status == MeetingStatus::Planned;
    if let Some(wd) = weekday(first) {
        let cur = (today + 3).rem_euclid(7);
        let delta = if forward {
            (wd as i64 - cur).rem_euclid(7)
        } else {
            -((cur - wd as i64).rem_euclid(7))
        };
        return Some(iso(today + delta));
    }
    if let Some(mo) = month(first) {
        let explicit_year = words.iter().skip(1).find_map(|w| year_number(w));
        let day = words.get(1).and_then(|w| day_number(w));
        let year = explicit_year.unwrap_or_else(|| {
            let later = (mo, day.unwrap_or(1)) > (m, d);
            let earlier = (mo, day.unwrap_or(31)) < (m, d);
            if forward && earlier {
                y + 1
            } else if !forward && later && day.is_some() {
                y - 1
            } else {
                y
            }
        });
        return Some(match day {
            Some(day) => iso(days_from_civil(year, mo, day)),
            None => month_iso(year, mo),
        });
    }
    if let Some(d0) = day_number(first) {
        if let Some(mo) = words.get(1).and_then(|w| month(w)) {
            return Some(iso(days_from_civil(y, mo, d0)));
        }
    }
    if (first == "last" || first == "next" || first == "this") && words.len() == 2 {
        if let Some(mo) = month(&words[1]) {
            let year = match first {
                "last" if mo >= m => y - 1,
                "next" if mo <= m => y + 1,
                _ => y,
            };
            return Some(month_iso(year, mo));
        }
    }
    let phrase = words.join(" ");
    let prev_month = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
    let next_month = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    Some(match phrase.as_str() {
        "today" | "tonight" | "this morning" | "this afternoon" | "this evening" => iso(today),
        "yesterday" | "last night" => iso(today - 1),
        "tomorrow" => iso(today + 1),
        "overnight" => iso(today),
        "this week" | "earlier this week" | "later this week" | "this month"
        | "earlier this month" | "later this month" => month_iso(y, m),
        "last month" => month_iso(prev_month.0, prev_month.1),
        "next month" => month_iso(next_month.0, next_month.1),
        "this year" | "earlier this year" | "later this year" => format!("{y:04}"),
        "last year" => format!("{:04}", y - 1),
        "next year" => format!("{:04}", y + 1),
        "last week" => {
            let (yy, mm, _) = civil_from_days(today - 7);
            month_iso(yy, mm)
        }
        "next week" => {
            let (yy, mm, _) = civil_from_days(today + 7);
            month_iso(yy, mm)
        }
        "this weekend" | "next weekend" => {
            let cur = (today + 3).rem_euclid(7);
            let to_sat = (5 - cur).rem_euclid(7) + if phrase == "next weekend" { 7 } else { 0 };
            iso(today + to_sat)
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip_and_weekday() {
        let d = days_from_civil(2010, 9, 2);
        assert_eq!(civil_from_days(d), (2010, 9, 2));
        // 2010-09-02 was a Thursday (Monday = 0).
        assert_eq!((d + 3).rem_euclid(7), 3);
        assert_eq!(parse_iso("2016-06-24T10:00:00Z"), Some((2016, 6, 24)));
        assert_eq!(parse_iso("24/06/2016"), None);
    }

    #[test]
    fn weekdays_look_back_for_past_and_forward_for_planned() {
        // 2016-06-24 was a Friday.
        let doc = Some("2016-06-24");
        assert_eq!(
            resolve("Thursday", doc, MeetingStatus::Held).as_deref(),
            Some("2016-06-23")
        );
        assert_eq!(
            resolve("Sunday", doc, MeetingStatus::Planned).as_deref(),
            Some("2016-06-26")
        );
        assert_eq!(
            resolve("Friday", doc, MeetingStatus::Held).as_deref(),
            Some("2016-06-24")
        );
    }

    #[test]
    fn month_days_years_and_relative_phrases() {
        let doc = Some("2010-09-03");
        let planned = MeetingStatus::Planned;
        let held = MeetingStatus::Held;
        assert_eq!(
            resolve("September 14 and 15", doc, planned).as_deref(),
            Some("2010-09-14")
        );
        assert_eq!(
            resolve("March 3", doc, planned).as_deref(),
            Some("2011-03-03")
        );
        assert_eq!(
            resolve("December 1", doc, held).as_deref(),
            Some("2009-12-01")
        );
        assert_eq!(
            resolve("last October", doc, held).as_deref(),
            Some("2009-10")
        );
        assert_eq!(
            resolve("earlier this month", doc, held).as_deref(),
            Some("2010-09")
        );
        assert_eq!(
            resolve("yesterday", doc, held).as_deref(),
            Some("2010-09-02")
        );
        assert_eq!(resolve("2014", None, held).as_deref(), Some("2014"));
        assert_eq!(resolve("Thursday", None, held), None);
        assert_eq!(
            resolve("later this year", doc, planned).as_deref(),
            Some("2010")
        );
    }
}
