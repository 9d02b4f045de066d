//! The plan page's root: builds the first state from storage and the URL, holds the reducer, and
//! writes the URL and storage back whenever the state changes.

use yew::prelude::*;

use super::components::day_switch::day_switch;
use super::components::day_switch::gym_switch;
use super::components::exercise_card::{exercise_card, ExerciseCardProps, SUGGESTIONS};
use super::components::rest_timer_bar::RestTimerBar;
use super::events::{asked, send};
use super::opening::{self, use_page};
use super::reducer::plan_step;
use super::store::{self, Writer};
use crate::browser::share::{share, Shared};
use crate::browser::{focus, sound, url};
use crate::core::implements::{load_words, plates_on, Implement};
use crate::core::page::PlanAction;
use crate::core::page::{superseded, PageState, Request, UNDO_ID};
use crate::core::scheme::Reps;
use crate::core::session::{NextSet, BACK_OFF_EXERCISES_ADVISED, MAX_EXERCISES};
use crate::core::units::Unit;

/// What the page starts from: storage first, then the URL over it (the merge is the core's).
fn initial_state() -> PageState {
    let mut query = url::query();
    // Back from a page that changed the plan since: this address holds the plan from before.
    if superseded(&query, store::take_superseded().as_deref()) {
        query.clear();
    }
    opening::state(&query)
}

/// "85 kg × 2, 25 + 5 + 2.5 a side · Bench press, set 3", for beside the timer: the load first,
/// since the bar has room for two short lines.
fn describe_next(n: &NextSet, gear: Implement, body: f64, unit: Unit) -> String {
    let name = if n.exercise.trim().is_empty() {
        "Next"
    } else {
        n.exercise.trim()
    };
    let reps = match n.set.reps {
        Reps::Exact(r) => r.to_string(),
        Reps::Amrap => "AMRAP".into(),
    };
    let load = match n.set.load() {
        Some(l) if n.set.plates().is_empty() => {
            format!("{} × {reps}", load_words(gear, l, body, unit))
        }
        Some(l) => format!(
            "{} × {reps}, {}",
            load_words(gear, l, body, unit),
            plates_on(gear, n.set.plates(), unit)
        ),
        None => format!("{reps} reps"),
    };
    format!("{load} · {name}, set {}", n.set.number)
}

/// The whole page.
#[function_component(App)]
pub fn app() -> Html {
    let (state, dispatch, _) = use_page(initial_state, plan_step, Writer::PlanPage);

    {
        // After a removal or an undo, focus goes where the lifter's next tap is likely.
        let Request { serial, id } = state.focus.clone();
        use_effect_with(serial, move |request| {
            if *request > 0 {
                focus::to_id(&id);
            }
        });
    }
    {
        // After a tick, the set up next comes fully into view above the timer bar.
        let Request { serial, id } = state.reveal.clone();
        use_effect_with(serial, move |request| {
            if *request > 0 {
                focus::reveal(&id);
            }
        });
    }
    let on_share = {
        let d = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let message = match share("Backoff plan", &url::href()) {
                Shared::Sheet => None,
                Shared::Copied => {
                    Some("Link copied: paste it anywhere, or bookmark this page.".to_string())
                }
                Shared::Unavailable => {
                    Some("Bookmark this page: the address holds the whole plan.".to_string())
                }
            };
            d.emit(PlanAction::Notice(message).into());
        })
    };
    // Browsers let audio start only from a tap: any tap on the page unlocks it for the timer.
    let unlock_audio = {
        let on = state.settings.sound;
        Callback::from(move |_: MouseEvent| {
            if on {
                sound::unlock();
            }
        })
    };
    // From the plans the state keeps: nothing is planned again here.
    let next_set = state.next_set();
    let next = next_set.as_ref().map(|n| {
        let gear = state.exercises.get(n.index).map(|e| e.exercise.implement());
        let s = &state.settings;
        describe_next(n, gear.unwrap_or(Implement::Barbell), s.bodyweight, s.unit)
    });
    let count = state.exercises.len();
    let back_offs = state.back_off_count();
    // The same next set marks its row: found once a render.
    let up_next = next_set.and_then(|n| state.up_next_of(&n));
    let first = state.exercises.first().map(|e| e.id);

    html! {
        <div class="app" onclick={unlock_audio}>
        <header class="top">
            <h1>{ "Backoff" }</h1>
            <div class="top-actions">
                <a class="button" href="history/">{ "History" }</a>
                <button type="button" onclick={on_share}>{ "Copy link" }</button>
            </div>
        </header>
        <main class="page">
            // Set up at home, on a page of their own: the plan page loads only what a session needs.
            <nav class="setup-links" aria-label="Plans and settings">
                <a href={if state.program().is_some() { "setup/#programs" } else { "setup/#plans" }} data-testid="plan-link">{ match state.program() {
                    Some(p) => format!("{} · {}", p.name, state.plan_name),
                    None => format!("Plan: {}", state.plan_name),
                } }</a>
                <a href="setup/#settings">{ "Settings" }</a>
            </nav>
            { day_switch(&state, &dispatch) }
            { gym_switch(&state, &dispatch) }
            if let Some(n) = &state.notice {
                <div class="notice" role="status" data-testid="notice">
                    <p>{ n }</p>
                    if state.can_undo() {
                        <button type="button" id={UNDO_ID} onclick={send(&dispatch, PlanAction::Undo)}>{ "Undo" }</button>
                    }
                    if state.from_link.is_some() {
                        <button type="button" onclick={send(&dispatch, PlanAction::DiscardLinkPlan)}>{ "Don't keep it" }</button>
                    }
                    <button type="button" class="icon" aria-label="Dismiss notice" onclick={send(&dispatch, PlanAction::Notice(None))}>{ "✕" }</button>
                </div>
            }
            if let (true, Some(first)) = (state.example, first) {
                <div class="hint first-visit" data-testid="first-visit">
                    <p>{ "An example plan: type your max, or a set you just did, to plan your own sets." }</p>
                    <button type="button" class="primary" onclick={send(&dispatch, PlanAction::EditMax(first))}>{ "Type your max" }</button>
                </div>
            }
            { for state.exercises.iter().enumerate().map(|(i, e)| exercise_card(&ExerciseCardProps {
                index: i,
                count,
                state: e,
                settings: &state.settings,
                log: state.log.as_slice(),
                draft: state.draft.as_ref(),
                up_next: up_next.filter(|(id, _)| *id == e.id).map(|(_, n)| n),
                example: state.example,
                fixing: state.fixing.as_ref(),
                schemes: &state.schemes,
                bodyweight: &state.bodyweight,
                weighing: state.weighing.as_ref(),
                dispatch: &dispatch,
            })) }
            if back_offs > BACK_OFF_EXERCISES_ADVISED {
                <p class="hint" data-testid="too-many-back-offs">
                    { format!("Back-off sets work best on 2-3 exercises a session; this plan has {back_offs}.") }
                </p>
            }
            <div class="page-actions">
                <button type="button" class="primary" onclick={send(&dispatch, PlanAction::AddExercise)} disabled={count >= MAX_EXERCISES}>{ "Add exercise" }</button>
                <button type="button" onclick={asked(&dispatch, state.start_over_question(), PlanAction::StartOver)}>{ "Start over" }</button>
            </div>
            <p class="more-links"><a href="about/">{ "What is a back-off set?" }</a></p>
            <datalist id="lifts">{ for SUGGESTIONS.iter().map(|s| html! { <option value={*s} /> }) }</datalist>
        </main>
        <RestTimerBar timer={state.timer} alerts={state.settings.alerts()} dispatch={dispatch.clone()} {next}
            custom={state.custom_rest.clone()} done={state.session_done()} said={state.rest_said.clone()} />
        </div>
    }
}
