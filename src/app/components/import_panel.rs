//! The history page's import from another app: pick a CSV export (Strong, Hevy or Backoff),
//! see what it holds and what each name is filed as, rename, then import. Undo is on the page's
//! notice. Nothing changes before the tap.

use yew::prelude::*;

use crate::browser::clock;
use crate::browser::files::{self, PickError};
use crate::core::calendar::LocalTime;
use crate::core::history::MAX_DONE_SETS;
use crate::core::history_edits::HistoryEdit;
use crate::core::history_import::{ImportEdit, ImportPreview};
use crate::core::history_page::HistoryPage;
use crate::core::units::{thousands, Unit};

/// The section: the file picker, and once a file is read, its preview.
pub fn import_panel(h: &HistoryPage, on: &Callback<HistoryEdit>) -> Html {
    let picked = {
        let on = on.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target() else { return };
            let on = on.clone();
            let input: wasm_bindgen::JsValue = input.into();
            files::read_picked(&input.clone(), move |text| {
                // The same file picked again is read again.
                files::clear_picked(&input);
                on.emit(HistoryEdit::Import(match text {
                    Ok(text) => ImportEdit::Read {
                        text,
                        offsets: clock::offsets(),
                    },
                    Err(e) => ImportEdit::NotRead {
                        too_big: e == PickError::TooBig,
                    },
                }))
            });
        })
    };
    html! {
        <section class="data import" aria-labelledby="import-title" data-testid="import">
            <h2 id="import-title">{ "Import from another app" }</h2>
            <p class="muted">{ "A CSV export of Strong or Hevy (or of Backoff): its sets join your history, none twice. You see what it holds first." }</p>
            <div class="history-actions">
                <label class="button" for="import-file">{ "Pick a CSV export" }</label>
                <input id="import-file" class="file-input" type="file" accept=".csv,text/csv,text/plain" onchange={picked} />
            </div>
            if let Some(why) = &h.import_refused {
                <p class="field-error" role="alert" data-testid="import-refused">{ why }</p>
            }
            if let Some(p) = &h.import {
                { preview(p, (h.sets.len(), h.utc_offset_min), on) }
            }
        </section>
    }
}

/// What the file holds, its names to rename, the rows left out, and the tap that imports;
/// `held`: the sets the history holds now.
fn preview(
    p: &ImportPreview,
    (held, utc_offset_min): (usize, f64),
    on: &Callback<HistoryEdit>,
) -> Html {
    let r = &p.reading;
    let send = |edit: ImportEdit| {
        let on = on.clone();
        Callback::from(move |_: MouseEvent| on.emit(HistoryEdit::Import(edit.clone())))
    };
    let day = |ms: f64| LocalTime::at(ms, utc_offset_min).day_label();
    let range = p
        .range()
        .map_or(String::new(), |(a, b)| match day(a) == day(b) {
            true => format!(", on {}", day(a)),
            false => format!(", {} to {}", day(a), day(b)),
        });
    let sets = r.sets.len();
    let summary = format!(
        "From {}: {} workout{}, {} set{}{range}.",
        r.source.name(),
        thousands(p.workouts()),
        if p.workouts() == 1 { "" } else { "s" },
        thousands(sets),
        if sets == 1 { "" } else { "s" },
    );
    let blocked = p.blocked();
    html! {
        <div class="restore-check import-check" data-testid="import-preview">
            <p role="status" data-testid="import-summary">{ summary }</p>
            if held + sets > MAX_DONE_SETS {
                <p class="muted">{ format!("The history keeps up to {} sets (about five years): if this file's new sets go past that, its oldest are left out.", thousands(MAX_DONE_SETS)) }</p>
            }
            if r.skipped > 0 {
                <p class="muted">{ format!("{} row{} without a load or reps (cardio, timed holds) left out.", r.skipped, if r.skipped == 1 { "" } else { "s" }) }</p>
            }
            if r.unit_asked {
                <fieldset class="segmented">
                    <legend>{ "The file's loads are in" }</legend>
                    { for [Unit::Kg, Unit::Lb].map(|u| {
                        let on = on.clone();
                        html! {
                            <label><input type="radio" name="import-unit" checked={p.unit == u}
                                onchange={Callback::from(move |_: Event| on.emit(HistoryEdit::Import(ImportEdit::Unit(u))))} />{ u.symbol() }</label>
                        }
                    }) }
                </fieldset>
            }
            <h3>{ "Filed as" }</h3>
            { for r.names.iter().enumerate().map(|(i, (was, _))| name_box(p, i, was, on)) }
            if r.bad_count > 0 {
                <h3>{ format!("Rows that cannot be read: {}", r.bad_count) }</h3>
                <ul class="bad-rows" data-testid="bad-rows">
                    { for r.bad.iter().map(|(row, why)| html! { <li>{ format!("Row {row}, {why}") }</li> }) }
                </ul>
                <label class="check">
                    <input type="checkbox" checked={p.skip_bad}
                        onchange={{ let on = on.clone(); let skip = !p.skip_bad; Callback::from(move |_: Event| on.emit(HistoryEdit::Import(ImportEdit::SkipBad(skip)))) }} />
                    { "Import without them" }
                </label>
            }
            if let Some(why) = &blocked {
                <p id="import-blocked" class="field-error" data-testid="import-blocked">{ why }</p>
            }
            <div class="history-actions">
                // Focusable while blocked, with why, rather than a button that is silently dead.
                <button type="button" class="primary" aria-disabled={blocked.is_some().then_some("true")}
                    aria-describedby={blocked.is_some().then_some("import-blocked")} onclick={send(ImportEdit::Import)}>{ "Import" }</button>
                <button type="button" onclick={send(ImportEdit::Cancel)}>{ "Cancel" }</button>
            </div>
        </div>
    }
}

/// The box with what the file's name `was` is filed as (taken when left).
fn name_box(p: &ImportPreview, i: usize, was: &str, on: &Callback<HistoryEdit>) -> Html {
    let id = format!("import-name-{i}");
    let refused = p.refused.as_ref().filter(|r| r.0 == i);
    let value = match refused {
        Some((_, text, _)) => text.clone(),
        None => p.filed.get(i).cloned().unwrap_or_default(),
    };
    let onchange = {
        let on = on.clone();
        Callback::from(move |e: Event| {
            let text = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            on.emit(HistoryEdit::Import(ImportEdit::Rename(i, text)));
        })
    };
    html! {
        <div class="field">
            <label for={id.clone()}>{ was.to_string() }</label>
            <input id={id.clone()} type="text" autocomplete="off" enterkeyhint="done" {value} {onchange}
                aria-invalid={refused.is_some().then_some("true")} aria-describedby={format!("{id}-error")} />
            <p id={format!("{id}-error")} class="field-error" aria-live="polite">{ refused.map(|r| r.2.message()).unwrap_or_default() }</p>
        </div>
    }
}
