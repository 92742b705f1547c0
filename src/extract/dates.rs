//! Time expressions: finding them in a sentence as written ("Thursday", "September 14
//! and 15", "last October") and resolving them against the article's date.

use super::layer::view::Item;
use crate::model::MeetingStatus;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The calendar words time expressions are read with, as written in the rule file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CalendarFile {
    /// The names of each month, January first, lower case and space-separated
    /// ("september sep sept"). A user's file adds names month by month.
    pub months: Vec<String>,
    /// Month names that are common words too: a month only before a day number ("may").
    pub ambiguous_months: Vec<String>,
    /// The names of each day of the week, Monday first.
    pub weekdays: Vec<String>,
    /// Words before a month saying which one is meant ("last October").
    pub month_shifts: BTreeMap<String, Shift>,
    /// What relative time phrases mean, counted from the article's date.
    pub relative: BTreeMap<String, Relative>,
}

impl CalendarFile {
    /// Add another file's words to these.
    pub fn extend(&mut self, o: CalendarFile) {
        fn by_position(dst: &mut Vec<String>, src: Vec<String>) {
            for (i, names) in src.into_iter().enumerate() {
                match dst.get_mut(i) {
                    Some(d) => {
                        d.push(' ');
                        d.push_str(&names);
                    }
                    None => dst.push(names),
                }
            }
        }
        by_position(&mut self.months, o.months);
        by_position(&mut self.weekdays, o.weekdays);
        self.ambiguous_months.extend(o.ambiguous_months);
        self.month_shifts.extend(o.month_shifts);
        self.relative.extend(o.relative);
    }
}

/// Which month a shift word before a month's name means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Shift {
    /// The latest one before the article ("last October").
    Last,
    /// The first one after the article ("next March").
    Next,
    /// The one of the article's year ("this June").
    This,
}

/// What a relative time phrase resolves to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relative {
    /// The day this many days from the article's ("yesterday" is -1).
    Days(i64),
    /// The month of the day this many days from the article's ("last week" is -7).
    MonthOfDay(i64),
    /// The month this many months from the article's ("last month" is -1).
    Months(i64),
    /// The year this many years from the article's ("next year" is 1).
    Years(i64),
    /// The Saturday this many weeks after the coming one ("next weekend" is 1).
    Weekend(i64),
}

/// The calendar words, ready for lookups.
#[derive(Debug, Clone, Default)]
pub struct Calendar {
    /// Month name → number (1-12).
    months: FxHashMap<String, u32>,
    ambiguous_months: FxHashSet<String>,
    /// Day name → number (Monday 0).
    weekdays: FxHashMap<String, u32>,
    month_shifts: FxHashMap<String, Shift>,
    relative: FxHashMap<String, Relative>,
}

impl Calendar {
    /// The lookups of a file's words.
    pub fn of(f: &CalendarFile) -> Calendar {
        let numbered = |lists: &[String]| {
            lists
                .iter()
                .enumerate()
                .flat_map(|(i, names)| {
                    names
                        .split_whitespace()
                        .map(move |n| (n.to_string(), i as u32))
                })
                .collect()
        };
        Calendar {
            months: lists_from_one(numbered(&f.months)),
            ambiguous_months: f.ambiguous_months.iter().cloned().collect(),
            weekdays: numbered(&f.weekdays),
            month_shifts: f
                .month_shifts
                .iter()
                .map(|(k, v)| (k.clone(), *v))
                .collect(),
            relative: f.relative.iter().map(|(k, v)| (k.clone(), *v)).collect(),
        }
    }

    /// Month number (1-12) of a month name or abbreviation ("Sept.").
    fn month(&self, w: &str) -> Option<u32> {
        self.months.get(w.trim_end_matches('.')).copied()
    }

    /// A month's name that is a common word too ("may").
    fn is_ambiguous_month(&self, w: &str) -> bool {
        self.ambiguous_months.contains(w)
    }

    fn weekday(&self, w: &str) -> Option<u32> {
        self.weekdays.get(w).copied()
    }

    /// Whether lower-case words name a time and nothing else: a relative phrase ("last
    /// month", "this week"), a shifted month ("last October") or a weekday.
    pub fn is_time_phrase(&self, words: &[&str]) -> bool {
        match words {
            [day] => self.weekday(day).is_some() || self.relative.contains_key(*day),
            [shift, month] if self.month_shifts.contains_key(*shift) => {
                self.month(month).is_some() || self.relative.contains_key(&words.join(" "))
            }
            _ => self.relative.contains_key(&words.join(" ")),
        }
    }
}

/// Months numbered from 1 rather than 0.
fn lists_from_one(m: FxHashMap<String, u32>) -> FxHashMap<String, u32> {
    m.into_iter().map(|(k, v)| (k, v + 1)).collect()
}

fn day_number(w: &str) -> Option<u32> {
    let mut d = w;
    for suffix in ["st", "nd", "rd", "th"] {
        d = trim_suffixes(d, suffix);
    }
    d.parse::<u32>().ok().filter(|d| (1..=31).contains(d))
}

/// `s` without every trailing repeat of `suffix`, as `trim_end_matches` gives it, but
/// comparing the ends directly rather than setting up a substring search.
fn trim_suffixes<'a>(mut s: &'a str, suffix: &str) -> &'a str {
    while let Some(rest) = s.strip_suffix(suffix) {
        s = rest;
    }
    s
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
pub fn find(items: &[Item], phrases: &[Vec<String>], cal: &Calendar) -> Vec<TimeExpr> {
    let w = |i: usize| -> &str {
        match items.get(i) {
            Some(it) if it.slot.is_none() => it.lower.as_str(),
            _ => "",
        }
    };
    // A phrase can only start at its first word: the phrases are read only where one
    // of their few first words stands (all of them if a phrase is empty).
    let mut firsts: Vec<&str> = Vec::new();
    let mut any_start = false;
    for p in phrases {
        match p.first() {
            Some(f) if !firsts.contains(&f.as_str()) => firsts.push(f),
            Some(_) => {}
            None => any_start = true,
        }
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < items.len() {
        let may_start = any_start || firsts.contains(&w(i));
        if let Some(p) = phrases
            .iter()
            .filter(|_| may_start)
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
        if cal.weekday(w(i)).is_some() {
            out.push(TimeExpr {
                start: i,
                end: i + 1,
            });
            i += 1;
            continue;
        }
        if cal.month_shifts.contains_key(w(i))
            && cal.month(w(i + 1)).is_some()
            && !cal.is_ambiguous_month(w(i + 1))
        {
            out.push(TimeExpr {
                start: i,
                end: i + 2,
            });
            i += 2;
            continue;
        }
        // "May" is a month only before a day number.
        if let Some(_m) = cal
            .month(w(i))
            .filter(|_| !cal.is_ambiguous_month(w(i)) || day_number(w(i + 1)).is_some())
        {
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
            if let Some(_m) = cal.month(w(i + 1)) {
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
pub fn resolve(
    when: &str,
    doc_date: Option<&str>,
    status: MeetingStatus,
    cal: &Calendar,
) -> Option<String> {
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
    if let Some(wd) = cal.weekday(first) {
        let cur = weekday_of(today);
        let delta = if forward {
            (wd as i64 - cur).rem_euclid(7)
        } else {
            -((cur - wd as i64).rem_euclid(7))
        };
        return Some(iso(today + delta));
    }
    if let Some(mo) = cal.month(first) {
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
        if let Some(mo) = words.get(1).and_then(|w| cal.month(w)) {
            return Some(iso(days_from_civil(y, mo, d0)));
        }
    }
    if let (Some(&shift), [_, month]) = (cal.month_shifts.get(first), words.as_slice()) {
        if let Some(mo) = cal.month(month) {
            let year = match shift {
                Shift::Last if mo >= m => y - 1,
                Shift::Next if mo <= m => y + 1,
                _ => y,
            };
            return Some(month_iso(year, mo));
        }
    }
    let relative = *cal.relative.get(words.join(" ").as_str())?;
    Some(resolve_relative(relative, today))
}

/// Monday 0 to Sunday 6 of a day count since 1970-01-01 (a Thursday).
fn weekday_of(days: i64) -> i64 {
    (days + 3).rem_euclid(7)
}

/// The date a relative phrase names, from the article's day.
fn resolve_relative(r: Relative, today: i64) -> String {
    let (y, m, _) = civil_from_days(today);
    match r {
        Relative::Days(n) => iso(today + n),
        Relative::MonthOfDay(n) => {
            let (yy, mm, _) = civil_from_days(today + n);
            month_iso(yy, mm)
        }
        Relative::Months(n) => {
            let index = y * 12 + (m as i64 - 1) + n;
            month_iso(index.div_euclid(12), (index.rem_euclid(12) + 1) as u32)
        }
        Relative::Years(n) => format!("{:04}", y + n),
        Relative::Weekend(n) => {
            let to_saturday = (5 - weekday_of(today)).rem_euclid(7);
            iso(today + to_saturday + 7 * n)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(when: &str, doc: Option<&str>, status: MeetingStatus) -> Option<String> {
        let cal = &crate::extract::test_resources().rules.calendar;
        super::resolve(when, doc, status, cal)
    }

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

    #[test]
    fn a_users_calendar_adds_names_month_by_month() {
        let mut f = crate::extract::test_resources().rules.file.calendar.clone();
        let user: CalendarFile = ron::from_str(
            r#"(months: ["janv", "fevr"], relative: {"the day after tomorrow": days(2)})"#,
        )
        .unwrap();
        f.extend(user);
        let cal = Calendar::of(&f);
        assert_eq!(cal.month("fevr"), Some(2));
        assert_eq!(cal.month("jan."), Some(1));
        assert_eq!(cal.month("december"), Some(12));
        assert_eq!(cal.month("mar"), None, "a word, not an abbreviation");
        assert_eq!(
            super::resolve(
                "the day after tomorrow",
                Some("2016-06-24"),
                MeetingStatus::Planned,
                &cal
            )
            .as_deref(),
            Some("2016-06-26")
        );
        assert_eq!(
            super::resolve(
                "next weekend",
                Some("2016-06-22"),
                MeetingStatus::Planned,
                &cal
            )
            .as_deref(),
            Some("2016-07-02")
        );
        assert_eq!(
            super::resolve("last month", Some("2016-01-22"), MeetingStatus::Held, &cal).as_deref(),
            Some("2015-12")
        );
    }
}
