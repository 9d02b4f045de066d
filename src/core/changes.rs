//! What the rules did to each lift's max, and why: a change applied (by the lifter or by a
//! program), a step held, a max put in from the history page. Kept with the plan page's value
//! so the history page can say, under each lift, what changed and why.
//!
//! The plan page only adds and takes back lines, so it keeps them as their stored text, each
//! change a line that starts with a newline: "\n1764000000000~102.5 kg next (+2.5 kg: every
//! set done)~Squat". The history page reads them.

use super::session::clip_name;
use super::units::{fmt, parse_number};

/// One change to a lift's max, or one step held.
#[derive(Clone, Debug, PartialEq)]
pub struct MaxChange {
    /// The session that earned it, or when it was made (wall-clock ms; 0: not known).
    pub at_ms: f64,
    /// The lift's name, as typed.
    pub exercise: String,
    /// What was done and why: "102.5 kg next (+2.5 kg: every set done)".
    pub text: String,
}

/// The most changes kept; the oldest go first.
pub const MAX_CHANGES: usize = 100;

/// The longest text kept from storage.
const MAX_TEXT: usize = 200;

/// Adds a change as the newest line of `log`; past [`MAX_CHANGES`] lines, the oldest goes.
pub fn push_change(log: &mut String, at_ms: f64, exercise: &str, text: &str) {
    // The name last: it may hold the separator.
    *log = format!("{log}\n{}~{text}~{exercise}", fmt(at_ms.max(0.0).floor()));
    let breaks = || log.bytes().enumerate().filter(|(_, b)| *b == b'\n');
    // Lines start with their newline: the oldest ends where the second begins.
    if let Some((cut, _)) = breaks().nth(MAX_CHANGES) {
        let oldest = breaks().nth(1).map_or(cut, |(i, _)| i);
        log.drain(..oldest);
    }
}

/// Takes back the newest line of `log` when it says `text` of `exercise` (an Undo).
pub fn take_back(log: &mut String, text: &str, exercise: &str) {
    if log.ends_with(&format!("~{text}~{exercise}")) {
        let cut = log.bytes().rposition(|b| b == b'\n').unwrap_or(0);
        log.truncate(cut);
    }
}

/// The changes `log` holds, oldest first, the newest [`MAX_CHANGES`]; lines that are not one
/// are skipped.
pub fn read_changes(log: &str) -> Vec<MaxChange> {
    let mut all: Vec<MaxChange> = log.lines().filter_map(decode_change).collect();
    let over = all.len().saturating_sub(MAX_CHANGES);
    all.drain(..over);
    all
}

/// Reads one line of a log; `None` when it is not one.
fn decode_change(line: &str) -> Option<MaxChange> {
    let mut p = line.splitn(3, '~');
    let at_ms = parse_number(p.next()?).ok().filter(|v| *v >= 0.0)?;
    let text: String = p.next()?.chars().take(MAX_TEXT).collect();
    let exercise = clip_name(p.next()?);
    (!exercise.trim().is_empty() && !text.is_empty()).then_some(MaxChange {
        at_ms,
        exercise,
        text,
    })
}

/// `theirs` (a backup's log) joined to `mine`: each change once, oldest first, the newest kept.
pub fn merge_changes(mine: &str, theirs: &str) -> String {
    let mut all = read_changes(mine);
    for c in read_changes(theirs) {
        if !all.contains(&c) {
            all.push(c);
        }
    }
    all.sort_by(|a, b| a.at_ms.total_cmp(&b.at_ms));
    let mut log = String::new();
    for c in all {
        push_change(&mut log, c.at_ms, &c.exercise, &c.text);
    }
    log
}

/// The changes of the lift named `name` (without case or surrounding spaces), newest first.
pub fn of_lift<'a>(list: &'a [MaxChange], name: &str) -> Vec<&'a MaxChange> {
    let key = name.trim().to_lowercase();
    let mut out: Vec<&MaxChange> = list
        .iter()
        .filter(|c| c.exercise.trim().to_lowercase() == key)
        .collect();
    out.sort_by(|a, b| b.at_ms.total_cmp(&a.at_ms));
    out
}
