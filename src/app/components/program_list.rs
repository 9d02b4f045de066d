//! The setup page's programs: each with its days in rotation (the next one marked, each one
//! opened or taken out), applying by itself or offering, its link and Delete; a new program
//! from the plan in force; and the built-in programs to start, each with its source.

use yew::prelude::*;

use crate::app::events::{changed, send, submitted, Dispatch};
use crate::core::builtin_programs::BUILTIN_PROGRAMS;
use crate::core::page::{PageState, SetupAction, SetupField};
use crate::core::plans::{PlanId, MAX_PLAN_NAME};
use crate::core::programs::ProgramId;

/// The id of the new program's name box.
const NAME_ID: &str = "program-name";

/// The section; `open` opens a day, `share` shares a program's link, `start` starts a built-in
/// (each goes on to the plan page).
pub fn program_list(
    state: &PageState,
    d: &Dispatch,
    open: &Callback<PlanId>,
    share: &Callback<ProgramId>,
    start: &Callback<usize>,
) -> Html {
    let in_program = state.program().is_some();
    let error = state.setup.program_name_refused.map(|e| e.message());
    html! {
        <section class="own-schemes programs" id="programs" aria-labelledby="programs-title">
            <h2 id="programs-title">{ "Programs" }</h2>
            <p class="hint">{ "Days in rotation: after a session with sets done, the plan page opens the next day. A lift on several days keeps one max and one rule." }</p>
            { for state.programs.iter().map(|p| {
                let id = p.id;
                let name = p.name.clone();
                let refused = state.setup.program_rename_refused.as_ref().filter(|r| r.0 == id);
                let box_id = format!("program-{}-name", id.0);
                html! {
                    <article class="program" aria-label={name.clone()}>
                        <h3>{ name.clone() }</h3>
                        <div class="field">
                            <label for={box_id.clone()}>{ "Name" }</label>
                            <input id={box_id.clone()} type="text" autocomplete="off" enterkeyhint="done" maxlength={MAX_PLAN_NAME.to_string()}
                                value={refused.map_or(name.clone(), |r| r.1.clone())} onchange={changed(d, SetupField::ProgramRename(id))}
                                aria-invalid={refused.is_some().then_some("true")} aria-describedby={format!("{box_id}-error")} />
                            <p id={format!("{box_id}-error")} class="field-error" aria-live="polite">{ refused.map(|r| r.2.message()).unwrap_or_default() }</p>
                        </div>
                        <ol class="plan-list" aria-label={format!("Days of {name}")}>
                            { for state.day_names(p).into_iter().map(|(day, day_name)| html! {
                                <li>
                                    <span>{ day_name.clone() }
                                        if p.next == day { <span class="badge">{ "Next" }</span> }
                                    </span>
                                    if day == state.plan_id {
                                        <span class="badge">{ "In use" }</span>
                                    } else {
                                        <button type="button" aria-label={format!("Open {day_name}")}
                                            onclick={open.reform(move |_: MouseEvent| day)}>{ "Open" }</button>
                                    }
                                    <button type="button" aria-label={format!("Take {day_name} out of {name}")}
                                        onclick={send(d, SetupAction::RemoveDay(id, day))}>{ "Take out" }</button>
                                </li>
                            }) }
                        </ol>
                        <div class="row-actions">
                            <button type="button" aria-pressed={if p.auto { "true" } else { "false" }}
                                onclick={send(d, SetupAction::AutoApply(id, !p.auto))}>{ "Apply changes by themselves" }</button>
                            if !in_program {
                                <button type="button" onclick={send(d, SetupAction::AddDay(id))}>
                                    { format!("Add \"{}\" as a day", state.plan_name) }</button>
                            }
                            <button type="button" onclick={share.reform(move |_: MouseEvent| id)}>{ "Share link" }</button>
                            <button type="button" onclick={send(d, SetupAction::DeleteProgram(id))}>{ "Delete program" }</button>
                        </div>
                    </article>
                }
            }) }
            if !in_program {
                <form class="save-scheme" onsubmit={submitted(d, SetupAction::NewProgram)}>
                    <label for={NAME_ID}>{ format!("A new program, \"{}\" its first day", state.plan_name) }</label>
                    <div class="save-row">
                        <input id={NAME_ID} type="text" autocomplete="off" enterkeyhint="done" maxlength={MAX_PLAN_NAME.to_string()}
                            value={state.setup.program_name.clone()} onchange={changed(d, SetupField::ProgramName)}
                            aria-invalid={error.is_some().then_some("true")} aria-describedby="program-name-error" />
                        <button type="submit">{ "Make program" }</button>
                    </div>
                    <p id="program-name-error" class="field-error" aria-live="polite">{ error.unwrap_or_default() }</p>
                </form>
            }
            <h3>{ "Start a program" }</h3>
            <ul class="plan-list builtin-programs" aria-label="Built-in programs">
                { for BUILTIN_PROGRAMS.iter().enumerate().map(|(n, b)| html! {
                    <li>
                        <div>
                            <strong>{ b.name }</strong>
                            <p>{ b.about }</p>
                            <p class="muted">{ format!("Source: {}.", b.source) }</p>
                        </div>
                        <button type="button" aria-label={format!("Start {}", b.name)}
                            onclick={start.reform(move |_: MouseEvent| n)}>{ "Start" }</button>
                    </li>
                }) }
            </ul>
        </section>
    }
}
