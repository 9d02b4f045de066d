//! The history page's state and reducer: what it shows (every lift with its sessions, read from
//! the stored texts), what is open or refused, and what Undo gives back. An action returns the
//! next state and the storage writes it needs, as data: the shell's store writes them, and the
//! page reads its state from the texts it wrote, so the two never differ. Nothing here touches a
//! browser; time and the stored texts come in as arguments.

use std::rc::Rc;

use super::calendar::{LocalTime, Offsets};
use super::changes::{push_change, read_changes, MaxChange};
use super::export::{self, Layout};
use super::history::{all_sets, decode_history, encode_history, DoneSet, MAX_DONE_SETS};
use super::history_edits::{
    correct, correct_log, delete_session, put_log_entries, take_log_entries, undo_delete,
    HistoryEdit, SessionKey, SetPart,
};
use super::history_import::{new_sets, ImportEdit, ImportPreview};
use super::import::ImportError;
use super::import_names::{read_names, remember, write_names};
use super::page::start_local;
use super::progress::{lifts, Lift};
use super::saved::{self, ReadStatus};
use super::scheme::SetKind;
use super::session::{Exercise, LogEntry, Settings};
use super::suggestions;
use super::units::{fmt_weight, thousands, Unit};

/// What storage held as the page read it: the plan page's value, the history, and when the last
/// backup was made (wall-clock ms, 0: never).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stored {
    pub page: Option<String>,
    pub history: Option<String>,
    pub backed_up_ms: f64,
    /// The names remembered from the last imports (`import_names.rs`).
    pub names: Option<String>,
}

/// What an action asks the store to write (`None`: leave that key alone).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Writes {
    pub page: Option<String>,
    pub history: Option<String>,
    pub names: Option<String>,
}

/// A box of a set's correction that refused its text: the set's position, the box, why.
pub type Refused = (usize, SetPart, String);

/// What the history page's Undo gives back: one thing at a time, the last one done.
#[derive(Clone, Debug, PartialEq)]
pub enum HistoryUndo {
    /// A deleted session: its lift's name, its sets and its back-off results.
    Session {
        name: String,
        sets: Vec<DoneSet>,
        log: Vec<LogEntry>,
    },
    /// A max or a cycle put in the plan: the plan page's value before it and after it, and what
    /// was said. Undo puts `before` back only while the value is still `after`.
    Max {
        before: String,
        after: String,
        said: String,
    },
    /// An import: the sets it added, and what was said. Undo takes out those sets, each once,
    /// whatever was filed since.
    Import { added: Vec<DoneSet>, said: String },
}

/// Everything the history page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct HistoryPage {
    pub stored: Stored,
    pub lifts: Vec<Lift>,
    pub unit: Unit,
    pub utc_offset_min: f64,
    pub now_ms: f64,
    /// Sessions ended since the last backup (all of them, before the first).
    pub unsaved_sessions: usize,
    /// The stored history's sets: only these can be corrected here.
    pub sets: Vec<DoneSet>,
    /// Lines of the stored history that could not be read: written back untouched.
    pub unread: Vec<String>,
    /// The plan in force and its settings, for suggested maxes.
    pub plan: Vec<Exercise>,
    /// What the rules (and this page) did to each lift's max, and why.
    pub changes: Vec<MaxChange>,
    pub settings: Settings,
    /// The session open for correcting.
    pub open: Option<SessionKey>,
    pub refused: Option<Refused>,
    pub undo: Option<HistoryUndo>,
    /// A line about the last export, or why an Undo could not be done.
    pub notice: Option<String>,
    /// A file being imported, shown before anything changes.
    pub import: Option<ImportPreview>,
    /// Why the file picked to import was refused.
    pub import_refused: Option<String>,
    /// How many sessions each lift's table shows, by the lift's name in lower case, when more
    /// than [`SESSIONS_SHOWN`]: years of sessions are drawn only as the lifter asks.
    pub shown: Vec<(String, usize)>,
}

/// The sessions a lift's table shows at first, newest first; "Show more" adds as many again.
pub const SESSIONS_SHOWN: usize = 12;

impl HistoryPage {
    /// The history as a CSV file in `layout`, its times at the local clock's `offsets`: its name
    /// and its text, loads in the page's unit where the layout has no unit column.
    pub fn export(&self, layout: Layout, offsets: &Offsets) -> (String, String) {
        let day = LocalTime::at(self.now_ms, self.utc_offset_min).iso_date();
        let name = export::file_name(&day, layout, self.unit);
        let text = export::export(&self.lifts, layout, self.unit, offsets);
        (name, text)
    }

    /// How many of `lift`'s sessions its table shows.
    pub fn sessions_shown(&self, lift: &str) -> usize {
        let key = lift.trim().to_lowercase();
        self.shown
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(SESSIONS_SHOWN, |(_, n)| *n)
    }
}

impl HistoryPage {
    /// The page as it opens on `stored` at `now_ms`, `utc_offset_min` east of UTC.
    pub fn read(stored: Stored, now_ms: f64, utc_offset_min: f64) -> HistoryPage {
        // The same start as the plan page's, so a session it would close shows here as history.
        let state = start_local(stored.page.as_deref(), "", now_ms, utc_offset_min).state;
        let today = match state.ticked_at > 0.0 {
            true => state.done_sets(),
            false => Vec::new(),
        };
        let (sets, unread) = stored
            .history
            .as_deref()
            .map(decode_history)
            .unwrap_or_default();
        // Five years of sets are read (and grouped) once when nothing waits to be filed.
        let formula = state.settings.formula;
        let lifts = match state.unfiled.is_empty() && today.is_empty() {
            true => lifts(&sets, &state.log, formula),
            false => {
                let all = all_sets(stored.history.as_deref(), &state.unfiled, &today);
                lifts(&all, &state.log, formula)
            }
        };
        let unsaved_sessions = lifts
            .iter()
            .flat_map(|l| &l.sessions)
            .filter(|s| s.at_ms > stored.backed_up_ms)
            .count();
        HistoryPage {
            plan: state.session(),
            changes: read_changes(&state.changes),
            unit: state.settings.unit,
            settings: state.settings,
            stored,
            lifts,
            unsaved_sessions,
            sets,
            unread,
            utc_offset_min,
            now_ms,
            open: None,
            refused: None,
            undo: None,
            notice: None,
            import: None,
            import_refused: None,
            shown: Vec::new(),
        }
    }

    /// The same page read again from `stored` (another tab or page wrote, or this one did):
    /// what is open, refused or waiting for Undo stays.
    pub fn reread(&self, stored: Stored, now_ms: f64) -> HistoryPage {
        HistoryPage {
            open: self.open.clone(),
            refused: self.refused.clone(),
            undo: self.undo.clone(),
            notice: self.notice.clone(),
            import: self.import.clone(),
            import_refused: self.import_refused.clone(),
            shown: self.shown.clone(),
            ..HistoryPage::read(stored, now_ms, self.utc_offset_min)
        }
    }

    /// The state after `edit` and what to write for it; `None` when it changes nothing.
    pub fn reduce(&self, edit: HistoryEdit) -> Option<(HistoryPage, Writes)> {
        let mut writes = Writes::default();
        let mut next = self.clone();
        next.refused = None;
        match edit {
            HistoryEdit::Open(key) => next.open = Some(key),
            HistoryEdit::Close => next.open = None,
            HistoryEdit::Correct(key, position, part, text) => {
                let mut sets = self.sets.clone();
                match correct(&mut sets, &key, position, part, &text) {
                    Err(e) => next.refused = Some((position, part, e.message())),
                    Ok(corrected) => {
                        writes.history = Some(encode_history(&sets, &self.unread));
                        // The plan page's "Last back-off" says the corrected reps too.
                        if let Some(DoneSet {
                            kind: SetKind::BackOff,
                            reps: Some(reps),
                            ..
                        }) = corrected.filter(|_| part == SetPart::Reps)
                        {
                            writes.page = self.with_log(|log| {
                                correct_log(log, &key, reps);
                            });
                        }
                    }
                }
            }
            HistoryEdit::Delete(key) => {
                let mut sets = self.sets.clone();
                let removed = delete_session(&mut sets, &key);
                let name = removed.first()?.exercise.clone();
                writes.history = Some(encode_history(&sets, &self.unread));
                let mut log = Vec::new();
                writes.page = self.with_log(|l| log = take_log_entries(l, &key));
                next.undo = Some(HistoryUndo::Session {
                    name,
                    sets: removed,
                    log,
                });
                next.open = None;
            }
            HistoryEdit::UndoDelete => {
                let Some(HistoryUndo::Session {
                    sets: removed, log, ..
                }) = self.undo.clone()
                else {
                    return None;
                };
                let mut sets = self.sets.clone();
                undo_delete(&mut sets, removed);
                writes.history = Some(encode_history(&sets, &self.unread));
                writes.page = self.with_log(|l| put_log_entries(l, log));
                next.undo = None;
            }
            HistoryEdit::UpdateMax(s) => {
                let said = format!(
                    "{} now plans from a max of {}.",
                    s.exercise,
                    fmt_weight(s.offered, s.unit)
                );
                let b = s.from;
                let change = MaxChange {
                    at_ms: self.now_ms,
                    exercise: s.exercise.clone(),
                    text: format!(
                        "max {} from the history ({} × {})",
                        fmt_weight(s.offered, s.unit),
                        fmt_weight(b.load, b.unit),
                        b.reps
                    ),
                };
                let after = self.with_plan(change, |q, b| suggestions::apply(q, b, &s))?;
                (next.undo, writes.page) = (self.max_undo(&after, said), Some(after));
            }
            HistoryEdit::NextCycle(c) => {
                let said = format!(
                    "{} starts its next cycle at week 1, the training max {} higher.",
                    c.exercise,
                    fmt_weight(c.rise, c.unit)
                );
                let change = MaxChange {
                    at_ms: self.now_ms,
                    exercise: c.exercise.clone(),
                    text: format!(
                        "training max +{}: the next 5/3/1 cycle, week 1",
                        fmt_weight(c.rise, c.unit)
                    ),
                };
                let after = self.with_plan(change, |q, b| suggestions::start_cycle(q, b, &c))?;
                (next.undo, writes.page) = (self.max_undo(&after, said), Some(after));
            }
            HistoryEdit::UndoMax => {
                let Some(HistoryUndo::Max { before, after, .. }) = &self.undo else {
                    return None;
                };
                // The plan changed since (another tab, the plan page): putting the old value
                // back would undo that too.
                if self.stored.page.as_deref() == Some(after.as_str()) {
                    writes.page = Some(before.clone());
                } else {
                    next.notice = Some(
                        "The plan has changed since: set the max on the plan page instead.".into(),
                    );
                }
                next.undo = None;
            }
            HistoryEdit::ShowMore(lift) => {
                let n = self.sessions_shown(&lift) + SESSIONS_SHOWN;
                let key = lift.trim().to_lowercase();
                next.shown.retain(|(k, _)| *k != key);
                next.shown.push((key, n));
            }
            HistoryEdit::Import(edit) => {
                if matches!(edit, ImportEdit::Import) {
                    // What the lifter filed each name as, for the next file (even one that
                    // adds nothing new).
                    let names = read_names(self.stored.names.as_deref());
                    let filed = self
                        .import
                        .as_ref()
                        .map(|p| remember(&names, &p.filed_names()));
                    writes.names = filed.filter(|f| *f != names).map(|f| write_names(&f));
                }
                writes.history = self.import(edit, &mut next)?;
            }
            HistoryEdit::Exported {
                name,
                layout,
                saved,
            } => {
                let unit = self.unit.symbol();
                next.notice = Some(match (saved, layout) {
                    (true, Layout::Strong) => format!(
                        "Saved {name}: one row per set in Strong's layout, every load in {unit}."
                    ),
                    (true, Layout::StrongWithUnits) => format!(
                        "Saved {name}: one row per set in Strong's older layout, each load with its unit."
                    ),
                    (false, _) => "This browser would not save the file.".into(),
                });
            }
        }
        if writes == Writes::default() {
            return Some((next, writes));
        }
        let stored = Stored {
            page: writes.page.clone().or(self.stored.page.clone()),
            history: writes.history.clone().or(self.stored.history.clone()),
            backed_up_ms: self.stored.backed_up_ms,
            names: writes.names.clone().or(self.stored.names.clone()),
        };
        Some((next.reread(stored, self.now_ms), writes))
    }

    /// A step of an import on `next`; the history to write, once imported or undone.
    fn import(&self, edit: ImportEdit, next: &mut HistoryPage) -> Option<Option<String>> {
        next.import_refused = None;
        let preview = next.import.as_mut();
        match (edit, preview) {
            (ImportEdit::NotRead { too_big }, _) => {
                next.import = None;
                next.import_refused = Some(match too_big {
                    true => ImportError::TooBig.message(),
                    false => "The file could not be read: nothing was changed.".into(),
                });
            }
            (ImportEdit::Read { text, offsets }, _) => {
                let names = read_names(self.stored.names.as_deref());
                match ImportPreview::of(&text, self.unit, &offsets) {
                    Ok(p) => next.import = Some(p.remembering(&names)),
                    Err(e) => {
                        next.import = None;
                        next.import_refused = Some(e.message());
                    }
                }
            }
            (ImportEdit::Unit(u), Some(p)) => p.unit = u,
            (ImportEdit::Rename(at, text), Some(p)) => p.rename(at, text),
            (ImportEdit::SkipBad(yes), Some(p)) => p.skip_bad = yes,
            (ImportEdit::Cancel, _) => next.import = None,
            (ImportEdit::Import, Some(p)) => {
                if p.blocked().is_some() {
                    return None;
                }
                let all = p.sets();
                let count = all.len();
                let shown: Vec<&DoneSet> = self
                    .lifts
                    .iter()
                    .flat_map(|l| &l.sessions)
                    .flat_map(|s| &s.sets)
                    .collect();
                let mut new = new_sets(&shown, all);
                let fresh = new.len();
                // The history keeps its cap: what is here stays, the file's oldest are left out.
                let room = MAX_DONE_SETS.saturating_sub(self.sets.len());
                new.sort_by(|a, b| a.at_ms.total_cmp(&b.at_ms));
                new.drain(..fresh.saturating_sub(room));
                let mut said = format!(
                    "Imported {} set{} from {}; {} already here.",
                    thousands(new.len()),
                    if new.len() == 1 { "" } else { "s" },
                    p.reading.source.name(),
                    thousands(count - fresh)
                );
                if new.len() < fresh {
                    said.push_str(&format!(
                        " The oldest {} left out: the history keeps {} sets.",
                        thousands(fresh - new.len()),
                        thousands(MAX_DONE_SETS)
                    ));
                }
                next.import = None;
                // Nothing new: nothing to write, and nothing to undo.
                if new.is_empty() {
                    next.notice = Some(said);
                    return Some(None);
                }
                let mut sets = self.sets.clone();
                sets.extend(new.iter().cloned());
                sets.sort_by(|a, b| a.at_ms.total_cmp(&b.at_ms));
                next.undo = Some(HistoryUndo::Import { added: new, said });
                return Some(Some(encode_history(&sets, &self.unread)));
            }
            (ImportEdit::Undo, _) => {
                let Some(HistoryUndo::Import { added, .. }) = &self.undo else {
                    return None;
                };
                next.undo = None;
                // Exactly the sets it added go, each once: a session filed since stays.
                let mut sets = self.sets.clone();
                for d in added {
                    // As stored: a name's separator is written as '-'.
                    let name = d.exercise.replace('~', "-");
                    let same = |s: &DoneSet| {
                        (s.at_ms, s.load, s.reps, s.kind, s.unit)
                            == (d.at_ms, d.load, d.reps, d.kind, d.unit)
                            && s.exercise == name
                    };
                    if let Some(i) = sets.iter().position(same) {
                        sets.remove(i);
                    }
                }
                return Some(Some(encode_history(&sets, &self.unread)));
            }
            (ImportEdit::Unit(_) | ImportEdit::Rename(..) | ImportEdit::SkipBad(_), None)
            | (ImportEdit::Import, None) => return None,
        }
        Some(None)
    }

    /// The plan page's value with `change` made to its back-off log; `None` when there is no
    /// value, or it did not read cleanly (rewriting it would drop what did not read).
    fn with_log(&self, change: impl FnOnce(&mut Vec<LogEntry>)) -> Option<String> {
        let (mut page, status) = saved::decode(self.stored.page.as_deref());
        if self.stored.page.is_none() || status != ReadStatus::Ok {
            return None;
        }
        change(Rc::make_mut(&mut page.log));
        Some(saved::encode(&page))
    }

    /// The plan page's value with the plan in force changed by `change` (from its query string
    /// and settings to the new query string), and `said` in its list of changes; `None` when
    /// nothing changes.
    fn with_plan(
        &self,
        said: MaxChange,
        change: impl FnOnce(&str, &Settings) -> Option<String>,
    ) -> Option<String> {
        let (mut page, status) = saved::decode(self.stored.page.as_deref());
        if self.stored.page.is_none() || status != ReadStatus::Ok {
            return None;
        }
        page.plan = change(&page.plan, &page.settings)?;
        push_change(&mut page.changes, said.at_ms, &said.exercise, &said.text);
        Some(saved::encode(&page))
    }

    /// The Undo for a max put in as `after`.
    fn max_undo(&self, after: &str, said: String) -> Option<HistoryUndo> {
        Some(HistoryUndo::Max {
            before: self.stored.page.clone()?,
            after: after.to_string(),
            said,
        })
    }
}
