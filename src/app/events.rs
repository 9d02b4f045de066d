//! How the page's DOM events become actions. Each helper is one closure type whatever action it
//! carries: every distinct closure is compiled into the page on its own, so a button or a field
//! made here costs the page a value, not code.

use web_sys::{HtmlDetailsElement, HtmlInputElement};
use yew::prelude::*;

use crate::browser::clock::now_ms;
use crate::browser::dialog;
use crate::core::page::{Action, Field, PlanAction, SetupAction, SetupPanel, Timed};

/// Where the page's actions go: the reducer of the page (the plan page's reduces only plan
/// actions), as one callback type every component takes.
pub type Dispatch = Callback<Action>;

/// Sends `action` when the event happens (a click, a radio's change).
pub fn send<E: 'static>(d: &Dispatch, action: impl Into<Action>) -> Callback<E> {
    let d = d.clone();
    let action = action.into();
    Callback::from(move |_: E| d.emit(action.clone()))
}

/// Sends `action` once the lifter says yes to `question` (at once when there is none).
pub fn asked<E: 'static>(
    d: &Dispatch,
    question: Option<&'static str>,
    action: impl Into<Action>,
) -> Callback<E> {
    let d = d.clone();
    let action = action.into();
    Callback::from(move |_: E| {
        if question.is_none_or(dialog::confirm) {
            d.emit(action.clone());
        }
    })
}

/// Sends whether `panel` (a `<details>` of the setup page) is now open.
pub fn toggled(d: &Dispatch, panel: SetupPanel) -> Callback<Event> {
    let d = d.clone();
    Callback::from(move |e: Event| {
        let open = e.target_unchecked_into::<HtmlDetailsElement>().open();
        d.emit(SetupAction::Open(panel, open).into());
    })
}

/// Sends `timed` with the moment of the tap.
pub fn send_at(d: &Dispatch, timed: Timed) -> Callback<MouseEvent> {
    let d = d.clone();
    Callback::from(move |_: MouseEvent| d.emit(PlanAction::At(timed, now_ms()).into()))
}

/// Sends the text of `field` on every keystroke.
pub fn typed(d: &Dispatch, field: impl Into<Field>) -> Callback<InputEvent> {
    text_to(d, field.into(), Field::text)
}

/// Sends the text typed so far into `field`, which takes its value only when committed.
pub fn drafted(d: &Dispatch, field: impl Into<Field>) -> Callback<InputEvent> {
    text_to(d, field.into(), Field::draft)
}

/// Sends the value of `field` once it is committed (a choice in a list, a box left).
pub fn changed(d: &Dispatch, field: impl Into<Field>) -> Callback<Event> {
    text_to(d, field.into(), Field::text)
}

/// Sends that the lifter left `field` after typing into it (its `change` event).
pub fn left(d: &Dispatch, field: impl Into<Field>) -> Callback<Event> {
    send(d, field.into().leave())
}

/// Sends `timed`, with the moment, when a field's value is committed (its `change` event).
pub fn changed_at(d: &Dispatch, timed: Timed) -> Callback<Event> {
    let d = d.clone();
    Callback::from(move |_: Event| d.emit(PlanAction::At(timed, now_ms()).into()))
}

/// Sends `timed`, with the moment, when Enter is pressed in a field (the keypad's "done").
pub fn enter_at(d: &Dispatch, timed: Timed) -> Callback<KeyboardEvent> {
    let d = d.clone();
    Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" {
            e.prevent_default();
            d.emit(PlanAction::At(timed, now_ms()).into());
        }
    })
}

fn text_to<E: AsRef<Event> + 'static>(
    d: &Dispatch,
    field: Field,
    action: fn(Field, String) -> Action,
) -> Callback<E> {
    let d = d.clone();
    Callback::from(move |e: E| {
        // Inputs and selects both carry their text in `value`: one getter serves them.
        let text = e
            .as_ref()
            .target_unchecked_into::<HtmlInputElement>()
            .value();
        d.emit(action(field, text));
    })
}

/// Sends `action` when a form is submitted (its button, or Enter in its box), the page staying.
pub fn submitted(d: &Dispatch, action: impl Into<Action>) -> Callback<SubmitEvent> {
    let d = d.clone();
    let action = action.into();
    Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        d.emit(action.clone());
    })
}
