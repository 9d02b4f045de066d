//! The page's root: builds the first state from storage and the URL, holds the reducer, and
//! writes the URL and storage back whenever the state changes.

use yew::prelude::*;

use super::components::exercise_card::{exercise_card, ExerciseCardProps, SUGGESTIONS};
use super::components::explainer::explainer;
use super::components::rest_timer_bar::RestTimerBar;
use super::components::set_row::plates_text;
use super::components::settings_panel::settings_panel;
use super::events::send;
use super::state::{first_exercise, Action, AppState, UNDO_ID};
use crate::browser::share::{share, Shared};
use crate::browser::{clock, focus, sound, storage, url};
use crate::core::saved::{self, ReadStatus, Saved};
use crate::core::scheme::Reps;
use crate::core::session::{back_off_count, next_set, NextSet, BACK_OFF_EXERCISES_ADVISED};
use crate::core::units::{fmt_weight, Unit};
use crate::core::url_state::{self, MAX_EXERCISES};

/// What the page starts from: storage first, then the URL over it.
fn initial_state() -> AppState {
    let stored = storage::read(saved::KEY);
    let (mut saved, status) = saved::decode(stored.as_deref());
    let mut notices = Vec::new();
    if matches!(status, ReadStatus::Unreadable | ReadStatus::Partial) {
        if let Some(text) = &stored {
            // Keep what could not be read instead of overwriting it.
            storage::write(saved::BACKUP_KEY, text);
        }
        notices.push("Some saved settings could not be read, so defaults are used for them.");
    }
    // An address with no plan (an installed app opens its bare start URL) takes the last plan.
    let query = url::query();
    let from_url = match url_state::decode(&query, &saved.settings) {
        state if !state.present && !saved.plan.is_empty() => {
            url_state::decode(&saved.plan, &saved.settings)
        }
        state => state,
    };
    if from_url.problems > 0 {
        notices.push(
            "Part of this link could not be read: the rest of the plan is shown with defaults.",
        );
    }
    // Checks and logged results belong to the saved plan: on another plan (a friend's link, an
    // older bookmark) they would land on the wrong sets.
    if from_url.exercises != url_state::decode(&saved.plan, &saved.settings).exercises {
        saved.done.clear();
        saved.logged.clear();
    }
    let mut exercises = from_url.exercises;
    if exercises.is_empty() && !from_url.present {
        exercises.push(first_exercise());
    }
    let notice = (!notices.is_empty()).then(|| notices.join(" "));
    AppState::new(saved, exercises, from_url.settings, notice, clock::now_ms())
}

/// "Bench press, set 3: 2 reps at 85 kg, 25 + 5 + 2.5 a side", for beside the timer.
fn describe_next(n: &NextSet, unit: Unit) -> String {
    let name = if n.exercise.trim().is_empty() {
        "Next"
    } else {
        n.exercise.trim()
    };
    let reps = match n.set.reps {
        Reps::Exact(r) => format!("{r} rep{}", if r == 1 { "" } else { "s" }),
        Reps::Amrap => "as many reps as you can".into(),
    };
    let load = match n.set.load() {
        Some(l) if n.set.plates().is_empty() => format!(" at {}", fmt_weight(l, unit)),
        Some(l) => format!(
            " at {}, {} a side",
            fmt_weight(l, unit),
            plates_text(n.set.plates(), unit)
        ),
        None => String::new(),
    };
    format!("{name}, set {}: {reps}{load}", n.set.number)
}

/// The whole page.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(initial_state);
    let dispatch = state.dispatcher();

    // Every keystroke redraws the page: the exercises are gathered once for both uses.
    let session = state.session();
    let query = url_state::encode(&state.settings, &session);
    let stored = saved::encode(&Saved {
        settings: state.settings.clone(),
        log: state.log.clone(),
        timer: state.timer,
        done: state.exercises.iter().map(|e| e.done.clone()).collect(),
        logged: (0..state.exercises.len())
            .filter(|&i| state.exercises.get(i).is_some_and(|e| e.logged))
            .collect(),
        plan: query.clone(),
    });
    {
        let dispatch = dispatch.clone();
        // Said once: repeating it on every change would bury other notices (and their Undo).
        let warned = use_mut_ref(|| false);
        // What is stored holds the plan, so this runs whenever the address must change too.
        let address = query.clone();
        use_effect_with(stored, move |text| {
            url::replace_query(&address);
            if !storage::write(saved::KEY, text) && !*warned.borrow() {
                *warned.borrow_mut() = true;
                dispatch.dispatch(Action::Notice(Some(
                    "Settings could not be saved on this device (storage is full or blocked)."
                        .into(),
                )));
            }
        });
    }

    {
        // After a removal or an undo, focus goes where the lifter's next tap is likely.
        let (request, id) = state.focus.clone();
        use_effect_with(request, move |request| {
            if *request > 0 {
                focus::to_id(&id);
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
            d.dispatch(Action::Notice(message));
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
    let next = next_set(state.exercises.iter().map(|e| {
        let sets = e.plan.as_deref().and_then(|p| p.as_ref().ok());
        let sets = sets.map_or(&[][..], |(_, sets)| sets.as_slice());
        (e.exercise.name.as_str(), sets, e.done.as_slice())
    }))
    .map(|n| describe_next(&n, state.settings.unit));
    let count = state.exercises.len();
    let back_offs = back_off_count(&session);

    html! {
        <div class="app" onclick={unlock_audio}>
        <header class="top">
            <h1>{ "Backoff" }</h1>
            <div class="top-actions">
                <button type="button" onclick={on_share}>{ "Copy link" }</button>
            </div>
        </header>
        <main class="page">
            { settings_panel(&state, &dispatch) }
            if let Some(n) = &state.notice {
                <div class="notice" role="status" data-testid="notice">
                    <p>{ n }</p>
                    if state.removed.is_some() {
                        <button type="button" id={UNDO_ID} onclick={send(&dispatch, Action::UndoRemove)}>{ "Undo" }</button>
                    }
                    <button type="button" class="icon" aria-label="Dismiss notice" onclick={send(&dispatch, Action::Notice(None))}>{ "✕" }</button>
                </div>
            }
            { for state.exercises.iter().enumerate().map(|(i, e)| exercise_card(&ExerciseCardProps {
                index: i,
                count,
                state: e,
                settings: &state.settings,
                log: &state.log,
                draft: state.draft.as_ref(),
                dispatch: &dispatch,
            })) }
            if back_offs > BACK_OFF_EXERCISES_ADVISED {
                <p class="hint" data-testid="too-many-back-offs">
                    { format!("Back-off sets work best on 2-3 exercises a session; this plan has {back_offs}.") }
                </p>
            }
            <div class="page-actions">
                <button type="button" class="primary" onclick={send(&dispatch, Action::AddExercise)} disabled={count >= MAX_EXERCISES}>{ "Add exercise" }</button>
                <button type="button" onclick={send(&dispatch, Action::StartOver)}>{ "Start over" }</button>
            </div>
            { explainer() }
            <datalist id="lifts">{ for SUGGESTIONS.iter().map(|s| html! { <option value={*s} /> }) }</datalist>
        </main>
        <RestTimerBar timer={state.timer} settings={state.settings.clone()} dispatch={dispatch.clone()} {next}
            custom={state.custom_rest_text.clone()} />
        </div>
    }
}
