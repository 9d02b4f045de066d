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

/// Adds a change as the newest line of `log`. Storage keeps the newest [`MAX_CHANGES`]
/// ([`newest`]): an Undo right after can still take it back whole.
pub fn push_change(log: &mut String, at_ms: f64, exercise: &str, text: &str) {
    // The name last: it may hold the separator; the text may not.
    let text = text.replace('~', "-");
    *log = format!("{log}\n{}~{text}~{exercise}", fmt(at_ms.max(0.0).floor()));
}

/// The newest [`MAX_CHANGES`] lines of `log`, as stored and read back.
pub fn newest(log: &str) -> &str {
    let over = log.matches('\n').count().saturating_sub(MAX_CHANGES);
    // Lines start with their newline: the first kept one starts at the `over`th.
    match log.match_indices('\n').nth(over) {
        Some((i, _)) if over > 0 => log.get(i..).unwrap_or(log),
        _ => log,
    }
}

/// Takes back the newest line of `log` when it says `text` of `exercise` (an Undo).
pub fn take_back(log: &mut String, text: &str, exercise: &str) {
    let text = text.replace('~', "-");
    if log.ends_with(&format!("~{text}~{exercise}")) {
        let cut = log.bytes().rposition(|b| b == b'\n').unwrap_or(0);
        log.truncate(cut);
    }
}

/// The changes `log` holds, oldest first, the newest [`MAX_CHANGES`]; lines that are not one
/// are skipped.
pub fn read_changes(log: &str) -> Vec<MaxChange> {
    newest(log).lines().filter_map(decode_change).collect()
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

/// `theirs` (a backup's log) joined to `mine`: each line once, oldest first, the newest
/// [`MAX_CHANGES`] kept. A line this build cannot read (a newer build's) is kept too, as oldest.
pub fn merge_changes(mine: &str, theirs: &str) -> String {
    let mut lines: Vec<&str> = mine.lines().filter(|l| !l.is_empty()).collect();
    for line in theirs.lines().filter(|l| !l.is_empty()) {
        if !lines.contains(&line) {
            lines.push(line);
        }
    }
    let at = |line: &&str| decode_change(line).map_or(0.0, |c| c.at_ms);
    lines.sort_by(|a, b| at(a).total_cmp(&at(b)));
    let log: String = lines.iter().map(|l| format!("\n{l}")).collect();
    newest(&log).to_string()
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
