//! Corrections on the history page: a set's reps or load put right, a session deleted, and the
//! deletion undone. They work on the stored history's sets; the lines it could not read are
//! kept aside by the caller and written back untouched.

use super::export::Layout;
use super::history::{DoneSet, SESSION_GAP_MS};
use super::history_import::ImportEdit;
use super::rpe::parse_rpe;
use super::session::LogEntry;
use super::suggestions::{MaxSuggestion, NextCycle};
use super::units::{parse_reps, parse_weight, InputError};

/// A session's stable name: its time and its lift (as the history page groups them).
#[derive(Clone, Debug, PartialEq)]
pub struct SessionKey {
    pub at_ms: f64,
    /// The lift's name, trimmed and lowercased.
    pub lift: String,
}

impl SessionKey {
    /// The key of the session `d` belongs to.
    pub fn of(d: &DoneSet) -> SessionKey {
        SessionKey {
            at_ms: d.at_ms,
            lift: d.exercise.trim().to_lowercase(),
        }
    }

    fn holds(&self, d: &DoneSet) -> bool {
        d.at_ms == self.at_ms && d.exercise.trim().to_lowercase() == self.lift
    }
}

/// Whether the stored history holds this session (a session still on the plan page does not:
/// it is corrected there).
pub fn is_stored(sets: &[DoneSet], key: &SessionKey) -> bool {
    // The newest sessions are the ones shown: from the end, they are found at once.
    sets.iter().rev().any(|d| key.holds(d))
}

/// What a correction changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetPart {
    Reps,
    Load,
    /// Optional: an empty box takes it away.
    Rpe,
}

/// Puts `text` into the `part` of the session's set at `position` (0: its first), read with
/// the same limits as the plan page's fields; the set as corrected (`Ok(None)`: no such set).
pub fn correct(
    sets: &mut [DoneSet],
    key: &SessionKey,
    position: usize,
    part: SetPart,
    text: &str,
) -> Result<Option<DoneSet>, InputError> {
    let Some(d) = sets.iter_mut().filter(|d| key.holds(d)).nth(position) else {
        return Ok(None);
    };
    match part {
        SetPart::Reps => {
            d.reps = Some(parse_reps(text)?);
            d.counted = true;
        }
        SetPart::Load => {
            let w = parse_weight(text, d.unit)?;
            d.load = w.to(d.unit);
        }
        SetPart::Rpe if text.trim().is_empty() => d.rpe = None,
        SetPart::Rpe => d.rpe = Some(parse_rpe(text)?),
    }
    Ok(Some(d.clone()))
}

/// Takes the session's sets out of `sets`, and returns them for Undo.
pub fn delete_session(sets: &mut Vec<DoneSet>, key: &SessionKey) -> Vec<DoneSet> {
    let (removed, kept): (Vec<DoneSet>, Vec<DoneSet>) =
        std::mem::take(sets).into_iter().partition(|d| key.holds(d));
    *sets = kept;
    removed
}

/// Puts a deleted session's sets back where they stood in time.
pub fn undo_delete(sets: &mut Vec<DoneSet>, removed: Vec<DoneSet>) {
    let at = removed.first().map_or(f64::MAX, |d| d.at_ms);
    let index = sets.iter().position(|d| d.at_ms > at).unwrap_or(sets.len());
    sets.splice(index..index, removed);
}

/// What the lifter does to the history on its page.
#[derive(Clone, Debug, PartialEq)]
pub enum HistoryEdit {
    /// Opens a stored session's sets for correcting.
    Open(SessionKey),
    Close,
    /// Text left in a set's box: the session, the set's position in it, which box.
    Correct(SessionKey, usize, SetPart, String),
    Delete(SessionKey),
    /// Brings the session deleted last back.
    UndoDelete,
    /// Puts a suggested max in the plan in force.
    UpdateMax(MaxSuggestion),
    /// Starts the next 5/3/1 cycle for an exercise of the plan in force.
    NextCycle(NextCycle),
    /// Puts the plan back as it was before the last suggestion went in.
    UndoMax,
    /// The history was exported as `name` in `layout` (`saved`: the browser took the file).
    Exported {
        name: String,
        layout: Layout,
        saved: bool,
    },
    /// A step of importing another app's export.
    Import(ImportEdit),
    /// More of a lift's older sessions in its table (by the lift's name).
    ShowMore(String),
}

/// The back-off log's entries that belong to the session (its lift, within a session's gap):
/// the plan page shows the newest as "Last back-off", so they follow the session's changes.
fn of_session(entry: &LogEntry, key: &SessionKey) -> bool {
    entry.exercise.trim().to_lowercase() == key.lift
        && (entry.at_ms - key.at_ms).abs() <= SESSION_GAP_MS
}

/// Takes the session's back-off results out of the log, and returns them for Undo.
pub fn take_log_entries(log: &mut Vec<LogEntry>, key: &SessionKey) -> Vec<LogEntry> {
    let (removed, kept) = std::mem::take(log)
        .into_iter()
        .partition(|e| of_session(e, key));
    *log = kept;
    removed
}

/// Puts back results taken by [`take_log_entries`], in time order.
pub fn put_log_entries(log: &mut Vec<LogEntry>, removed: Vec<LogEntry>) {
    log.extend(removed);
    log.sort_by(|a, b| a.at_ms.total_cmp(&b.at_ms));
}

/// After the session's back-off set was corrected to `reps`, its logged result says so too.
pub fn correct_log(log: &mut [LogEntry], key: &SessionKey, reps: u32) -> bool {
    let entry = log.iter_mut().rev().find(|e| of_session(e, key));
    entry.map(|e| e.reps = reps).is_some()
}
