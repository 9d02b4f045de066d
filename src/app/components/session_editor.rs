//! A stored session opened for correcting on the history page: each set's load, reps and
//! (optional) RPE (a box left takes its value, a bad one says why beside it), and "Delete this
//! session".

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::history::DoneSet;
use crate::core::history_edits::{HistoryEdit, SessionKey, SetPart};
use crate::core::history_page::Refused;
use crate::core::units::fmt;

/// The editor's rows, under the session's row of the table.
pub fn session_editor(
    key: &SessionKey,
    sets: &[DoneSet],
    refused: Option<&Refused>,
    on: &Callback<HistoryEdit>,
) -> Html {
    let field = |n: usize, d: &DoneSet, part: SetPart| {
        let (word, value, mode) = match part {
            SetPart::Load => ("Load", fmt(d.load), "decimal"),
            SetPart::Reps => (
                "Reps",
                d.reps.map_or(String::new(), |r| r.to_string()),
                "numeric",
            ),
            SetPart::Rpe => ("RPE", d.rpe.map_or(String::new(), fmt), "decimal"),
        };
        let id = format!("edit-{}-{}", n + 1, word.to_lowercase());
        let error = refused
            .filter(|(at, p, _)| *at == n && *p == part)
            .map(|(_, _, why)| why.clone());
        let (key, on) = (key.clone(), on.clone());
        let changed = Callback::from(move |e: Event| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            on.emit(HistoryEdit::Correct(key.clone(), n, part, text));
        });
        let label = format!("{word}, set {}", n + 1);
        html! {
            <span class="edit-field">
                <input id={id.clone()} type="text" inputmode={mode} aria-label={label} value={value}
                    placeholder={if part == SetPart::Rpe { "RPE" } else { "" }}
                    aria-invalid={if error.is_some() { "true" } else { "false" }} onchange={changed} />
                if let Some(why) = error {
                    <span class="field-error" role="alert">{ why }</span>
                }
            </span>
        }
    };
    let delete = {
        let (key, on) = (key.clone(), on.clone());
        Callback::from(move |_: MouseEvent| on.emit(HistoryEdit::Delete(key.clone())))
    };
    let close = {
        let on = on.clone();
        Callback::from(move |_: MouseEvent| on.emit(HistoryEdit::Close))
    };
    html! {
        <tr class="session-edit" data-testid="session-editor">
            <td colspan="3">
                <ol class="set-edits">
                    { for sets.iter().enumerate().map(|(n, d)| html! {
                        <li>
                            <span class="set-name">{ format!("Set {} · {}", n + 1, d.kind.word()) }</span>
                            { field(n, d, SetPart::Load) }
                            <span class="muted">{ format!("{} ×", d.unit.symbol()) }</span>
                            { field(n, d, SetPart::Reps) }
                            <span class="muted">{ "@" }</span>
                            { field(n, d, SetPart::Rpe) }
                        </li>
                    }) }
                </ol>
                <div class="history-actions">
                    <button type="button" onclick={delete}>{ "Delete this session" }</button>
                    <button type="button" class="primary" onclick={close}>{ "Done" }</button>
                </div>
            </td>
        </tr>
    }
}
