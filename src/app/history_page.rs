//! The history page's root: every lift trained, most recent first, each with its chart and its
//! sessions, the CSV export, and the lifter's data (backup and restore). It reads storage as it
//! opens and again after a restore; only a restore writes.

use std::rc::Rc;

use yew::prelude::*;

use super::components::data_panel::{DataPanel, BACKED_UP_KEY};
use super::components::lift_history::lift_history;
use crate::browser::{clock, download, storage};
use crate::core::calendar::LocalTime;
use crate::core::csv;
use crate::core::history::{all_sets, HISTORY_KEY};
use crate::core::page::start_local;
use crate::core::progress::{lifts, Lift};
use crate::core::saved;
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
    let h = &**history;
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
            { for h.lifts.iter().map(|l| lift_history(l, h.unit, h.utc_offset_min)) }
            <DataPanel unsaved_sessions={h.unsaved_sessions} {changed} />
            <p class="more-links"><a href="../about/">{ "What is a back-off set?" }</a></p>
        </main>
        </div>
    }
}
