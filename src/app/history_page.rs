//! The history page's root: every lift trained, most recent first, each with its chart and its
//! sessions, the CSV export, and the lifter's data (backup and restore). Its state and reducer
//! are the core's ([`HistoryPage`]); here each edit is reduced on what storage holds now, and
//! the writes it returns go to the store.

use std::rc::Rc;

use yew::prelude::*;

use super::components::data_panel::DataPanel;
use super::components::import_panel::import_panel;
use super::components::lift_history::{lift_history, Corrections, Offers};
use super::store;
use crate::browser::{clock, download};
use crate::core::export::Layout;
use crate::core::history_edits::HistoryEdit;
use crate::core::history_import::ImportEdit;
use crate::core::history_page::{self, HistoryUndo};
use crate::core::suggestions::{next_cycle, suggest};

/// Said when storage would not take what an edit wrote (full, as after a large import, or
/// blocked): nothing changed.
const STORAGE_REFUSED: &str = "Storage here is full or blocked: nothing was changed.";

/// The whole history page.
#[function_component(HistoryPage)]
pub fn history_page() -> Html {
    let page = use_state(|| {
        Rc::new(history_page::HistoryPage::read(
            store::history_inputs(),
            clock::now_ms(),
            clock::utc_offset_min(),
        ))
    });
    // What storage holds now, with what the page has open.
    let reread = {
        let page = page.clone();
        Callback::from(move |()| {
            page.set(Rc::new(
                page.reread(store::history_inputs(), clock::now_ms()),
            ))
        })
    };
    {
        // Another tab ticked a set or restored a backup: the page shows it.
        let reread = reread.clone();
        use_effect_with((), move |_| {
            let listener = store::on_change(move |_| reread.emit(()));
            move || drop(listener)
        });
    }
    let on_edit = {
        let page = page.clone();
        Callback::from(move |edit: HistoryEdit| {
            // Reduced on what is stored now, so nothing another tab wrote is written over.
            let fresh = page.reread(store::history_inputs(), clock::now_ms());
            if let Some((next, writes)) = fresh.reduce(edit) {
                if store::write_history_page(&writes) {
                    page.set(Rc::new(next));
                } else {
                    let mut fresh = fresh;
                    fresh.notice = Some(STORAGE_REFUSED.into());
                    page.set(Rc::new(fresh));
                }
            }
        })
    };
    let h = &**page;
    let export = |layout: Layout| {
        let page = page.clone();
        let on = on_edit.clone();
        Callback::from(move |_: MouseEvent| {
            let (name, text) = page.export(layout, &clock::offsets());
            let saved = download::save(&name, "text/csv", &text);
            on.emit(HistoryEdit::Exported {
                name,
                layout,
                saved,
            });
        })
    };
    let corrections = Corrections {
        stored: &h.sets,
        open: h.open.as_ref(),
        refused: h.refused.as_ref(),
        on: &on_edit,
    };
    let send = |edit: HistoryEdit| {
        let on = on_edit.clone();
        Callback::from(move |_: MouseEvent| on.emit(edit.clone()))
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
                <p class="hint" data-testid="no-history">{ "Nothing here yet: tick off sets on the plan, and each session shows here. Or bring your history from another app below." }</p>
            } else {
                <div class="history-actions">
                    <button type="button" onclick={export(Layout::Strong)}>{ "Export history (CSV)" }</button>
                    <button type="button" class="narrow" aria-label="Export history (CSV), older layout with a unit per row" onclick={export(Layout::StrongWithUnits)}>{ "Older layout" }</button>
                </div>
            }
            if let Some(text) = &h.notice {
                <p class="notice" role="status" data-testid="notice">{ text }</p>
            }
            { match &h.undo {
                Some(HistoryUndo::Session { name, .. }) => html! {
                    <div class="notice" role="status" data-testid="deleted">
                        <p>{ format!("Deleted a session of {name}.") }</p>
                        <button type="button" onclick={send(HistoryEdit::UndoDelete)}>{ "Undo" }</button>
                    </div>
                },
                Some(HistoryUndo::Max { said, .. }) => html! {
                    <div class="notice" role="status" data-testid="max-updated">
                        <p>{ said }</p>
                        <button type="button" onclick={send(HistoryEdit::UndoMax)}>{ "Undo" }</button>
                    </div>
                },
                Some(HistoryUndo::Import { said, .. }) => html! {
                    <div class="notice" role="status" data-testid="imported">
                        <p>{ said }</p>
                        <button type="button" onclick={send(HistoryEdit::Import(ImportEdit::Undo))}>{ "Undo" }</button>
                    </div>
                },
                None => html! {},
            } }
            { for h.lifts.iter().map(|l| {
                let offers = Offers {
                    max: suggest(l, &h.plan, &h.settings, h.now_ms),
                    cycle: next_cycle(l, &h.plan, &h.settings),
                    changes: &h.changes,
                };
                let shown = h.sessions_shown(&l.name);
                lift_history(l, (h.unit, h.utc_offset_min, shown), offers, &corrections)
            }) }
            { import_panel(h, &on_edit) }
            <DataPanel unsaved_sessions={h.unsaved_sessions} changed={reread} />
            <p class="more-links"><a href="../about/">{ "What is a back-off set?" }</a></p>
        </main>
        </div>
    }
}
