//! The history page's root: every lift trained, most recent first, each with its chart and its
//! sessions, the CSV export, and the lifter's data (backup and restore). It reads storage as it
//! opens and again after a restore; only a restore writes.

use std::rc::Rc;

use yew::prelude::*;

use super::components::data_panel::{DataPanel, BACKED_UP_KEY};
use super::components::lift_history::{lift_history, Corrections, Offers};
use super::components::session_editor::Refused;
use super::superseded;
use crate::browser::{clock, download, storage};
use crate::core::calendar::LocalTime;
use crate::core::csv;
use crate::core::history::{all_sets, decode_history, encode_history, DoneSet, HISTORY_KEY};
use crate::core::history_edits::{
    correct, correct_log, delete_session, put_log_entries, take_log_entries, undo_delete,
    HistoryEdit, SessionKey, SetPart,
};
use crate::core::page::start_local;
use crate::core::progress::{lifts, Lift};
use crate::core::saved;
use crate::core::scheme::SetKind;
use crate::core::session::{Exercise, LogEntry, Settings};
use crate::core::suggestions::{self, next_cycle, suggest};
use crate::core::units::fmt_weight;
use crate::core::units::Unit;

/// What the page shows, read from storage as it opens.
#[derive(PartialEq)]
struct History {
    lifts: Vec<Lift>,
    unit: Unit,
    utc_offset_min: f64,
    now_ms: f64,
    /// Sessions ended since the last backup (all of them, before the first).
    unsaved_sessions: usize,
    /// The stored history's sets: only these can be corrected here.
    stored: Vec<DoneSet>,
    /// The plan in force and its settings, for suggested maxes.
    plan: Vec<Exercise>,
    settings: Settings,
}

fn read() -> History {
    let now_ms = clock::now_ms();
    let utc_offset_min = clock::utc_offset_min();
    // The same start as the plan page's, so a session it would close shows here as history.
    let state = start_local(
        storage::read(saved::KEY).as_deref(),
        "",
        now_ms,
        utc_offset_min,
    )
    .state;
    let today = match state.ticked_at > 0.0 {
        true => state.done_sets(),
        false => Vec::new(),
    };
    let stored = storage::read(HISTORY_KEY);
    let sets = all_sets(stored.as_deref(), &state.unfiled, &today);
    let lifts = lifts(&sets, &state.log, state.settings.formula);
    let backed_up = storage::read(BACKED_UP_KEY)
        .and_then(|t| t.parse::<f64>().ok())
        .unwrap_or(0.0);
    let unsaved_sessions = lifts
        .iter()
        .flat_map(|l| &l.sessions)
        .filter(|s| s.at_ms > backed_up)
        .count();
    History {
        plan: state.session(),
        settings: state.settings.clone(),
        stored: stored
            .as_deref()
            .map(|t| decode_history(t).0)
            .unwrap_or_default(),
        lifts,
        unsaved_sessions,
        unit: state.settings.unit,
        utc_offset_min,
        now_ms,
    }
}

/// The whole history page.
#[function_component(HistoryPage)]
pub fn history_page() -> Html {
    let history = use_state(|| Rc::new(read()));
    let changed = {
        let history = history.clone();
        Callback::from(move |()| history.set(Rc::new(read())))
    };
    let said = use_state(|| None::<String>);
    let export = {
        let history = Rc::clone(&*history);
        let said = said.clone();
        Callback::from(move |_: MouseEvent| {
            let text = csv::export(&history.lifts, history.utc_offset_min);
            let day = LocalTime::at(history.now_ms, history.utc_offset_min).iso_date();
            let name = format!("backoff-history-{day}.csv");
            said.set(Some(match download::save(&name, "text/csv", &text) {
                true => format!("Saved {name}: one row per set, as Strong exports it."),
                false => "This browser would not save the file.".into(),
            }));
        })
    };
    let open = use_state(|| None::<SessionKey>);
    let refused = use_state(|| None::<Refused>);
    let deleted = use_state(|| None::<(String, Vec<DoneSet>, Vec<LogEntry>)>);
    // The plan page's stored value before a suggested max went in, and what was said.
    let max_set = use_state(|| None::<(String, String)>);
    let on_edit = {
        let (open, refused, deleted, changed) = (
            open.clone(),
            refused.clone(),
            deleted.clone(),
            changed.clone(),
        );
        let max_set = max_set.clone();
        Callback::from(move |edit: HistoryEdit| {
            refused.set(None);
            match edit {
                HistoryEdit::Open(key) => open.set(Some(key)),
                HistoryEdit::Close => open.set(None),
                HistoryEdit::Correct(key, position, part, text) => {
                    match rewrite(|sets| correct(sets, &key, position, part, &text)) {
                        Err(e) => refused.set(Some((position, part, e.message()))),
                        // The plan page's "Last back-off" says the corrected reps too.
                        Ok(Some(DoneSet {
                            kind: SetKind::BackOff,
                            reps: Some(reps),
                            ..
                        })) if part == SetPart::Reps => {
                            rewrite_log(|log| correct_log(log, &key, reps));
                        }
                        Ok(_) => {}
                    }
                }
                HistoryEdit::Delete(key) => {
                    let removed = rewrite(|sets| Ok::<_, ()>(delete_session(sets, &key)));
                    if let Some(first) = removed.as_ref().ok().and_then(|r| r.first()) {
                        let name = first.exercise.clone();
                        let log =
                            rewrite_log(|log| take_log_entries(log, &key)).unwrap_or_default();
                        deleted.set(removed.ok().map(|r| (name, r, log)));
                        open.set(None);
                    }
                }
                HistoryEdit::UndoDelete => {
                    if let Some((_, removed, log)) = (*deleted).clone() {
                        let put_back = rewrite(|sets| {
                            undo_delete(sets, removed);
                            Ok::<_, ()>(())
                        });
                        if put_back.is_ok() {
                            rewrite_log(|l| put_log_entries(l, log));
                            deleted.set(None);
                        }
                    }
                }
                HistoryEdit::UpdateMax(s) => {
                    let said = format!(
                        "{} now plans from a max of {}.",
                        s.exercise,
                        fmt_weight(s.offered, s.unit)
                    );
                    let apply = |q: &str, b: &Settings| suggestions::apply(q, b, &s);
                    if let Some(before) = update_plan(apply) {
                        max_set.set(Some((before, said)));
                    }
                }
                HistoryEdit::NextCycle(c) => {
                    let said = format!(
                        "{} starts its next cycle at week 1, the training max {} higher.",
                        c.exercise,
                        fmt_weight(c.rise, c.unit)
                    );
                    let apply = |q: &str, b: &Settings| suggestions::start_cycle(q, b, &c);
                    if let Some(before) = update_plan(apply) {
                        max_set.set(Some((before, said)));
                    }
                }
                HistoryEdit::UndoMax => {
                    if let Some((before, _)) = &*max_set {
                        superseded::mark();
                        if storage::write(saved::KEY, before) {
                            max_set.set(None);
                        }
                    }
                }
            }
            changed.emit(());
        })
    };
    let h = &**history;
    let corrections = Corrections {
        stored: &h.stored,
        open: open.as_ref(),
        refused: refused.as_ref(),
        on: &on_edit,
    };
    let undo_max = {
        let on = on_edit.clone();
        Callback::from(move |_: MouseEvent| on.emit(HistoryEdit::UndoMax))
    };
    let undo = {
        let on = on_edit.clone();
        Callback::from(move |_: MouseEvent| on.emit(HistoryEdit::UndoDelete))
    };
    html! {
        <div class="app history">
        <header class="top">
            <h1>{ "History" }</h1>
            <div class="top-actions">
                <a class="button" href="../">{ "Back to plan" }</a>
            </div>
        </header>
        <main class="page">
            if h.lifts.is_empty() {
                <p class="hint" data-testid="no-history">{ "Nothing here yet: tick off sets on the plan, and each session shows here." }</p>
            } else {
                <div class="history-actions">
                    <button type="button" onclick={export}>{ "Export history (CSV)" }</button>
                </div>
            }
            if let Some(text) = &*said {
                <p class="notice" role="status" data-testid="notice">{ text }</p>
            }
            if let Some((name, ..)) = &*deleted {
                <div class="notice" role="status" data-testid="deleted">
                    <p>{ format!("Deleted a session of {name}.") }</p>
                    <button type="button" onclick={undo}>{ "Undo" }</button>
                </div>
            }
            if let Some((_, said)) = &*max_set {
                <div class="notice" role="status" data-testid="max-updated">
                    <p>{ said }</p>
                    <button type="button" onclick={undo_max}>{ "Undo" }</button>
                </div>
            }
            { for h.lifts.iter().map(|l| {
                let offers = Offers {
                    max: suggest(l, &h.plan, &h.settings),
                    cycle: next_cycle(l, &h.plan, &h.settings),
                };
                lift_history(l, h.unit, h.utc_offset_min, offers, &corrections)
            }) }
            <DataPanel unsaved_sessions={h.unsaved_sessions} {changed} />
            <p class="more-links"><a href="../about/">{ "What is a back-off set?" }</a></p>
        </main>
        </div>
    }
}

/// Applies `change` to the stored history's sets, read afresh, and stores the result (the lines
/// it could not read go back untouched). Storage that refuses keeps what was there.
fn rewrite<T, E>(change: impl FnOnce(&mut Vec<DoneSet>) -> Result<T, E>) -> Result<T, E> {
    let stored = storage::read(HISTORY_KEY).unwrap_or_default();
    let (mut sets, unread) = decode_history(&stored);
    let out = change(&mut sets)?;
    storage::write(HISTORY_KEY, &encode_history(&sets, &unread));
    Ok(out)
}

/// Applies `change` to the back-off log in the plan page's stored value, read afresh. A value
/// that did not read cleanly is left alone (rewriting it would drop what did not read).
fn rewrite_log<T>(change: impl FnOnce(&mut Vec<LogEntry>) -> T) -> Option<T> {
    let text = storage::read(saved::KEY)?;
    let (mut page, status) = saved::decode(Some(&text));
    if status != saved::ReadStatus::Ok {
        return None;
    }
    let out = change(Rc::make_mut(&mut page.log));
    storage::write(saved::KEY, &saved::encode(&page));
    Some(out)
}

/// Changes the plan in force in the plan page's stored value with `change` (from its query
/// string and settings to the new query string); returns the value from before, for Undo.
fn update_plan(change: impl FnOnce(&str, &Settings) -> Option<String>) -> Option<String> {
    let before = storage::read(saved::KEY)?;
    let (mut page, status) = saved::decode(Some(&before));
    if status != saved::ReadStatus::Ok {
        return None;
    }
    page.plan = change(&page.plan, &page.settings)?;
    superseded::mark();
    storage::write(saved::KEY, &saved::encode(&page)).then_some(before)
}
