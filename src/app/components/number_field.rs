//! A labelled number input with its error message beside it (linked by aria-describedby), a
//! numeric keypad on phones, and the unit after the box.

use yew::prelude::*;

use crate::app::events::{left, typed, Dispatch};
use crate::core::page::{Field, Typed};

/// What [`number_field`] draws.
pub struct NumberField {
    /// Where its text goes.
    pub field: Field,
    pub id: String,
    pub label: String,
    pub value: String,
    /// The message for an invalid value; `None` when the value is fine.
    pub error: Option<String>,
    /// Shown after the box (`kg`, `s`); empty for none.
    pub suffix: &'static str,
    /// `decimal` for loads, `numeric` for whole numbers.
    pub inputmode: &'static str,
    pub placeholder: &'static str,
    /// What Enter does in the field, beyond leaving it.
    pub onkeydown: Option<Callback<KeyboardEvent>>,
}

impl NumberField {
    /// A decimal field with no unit or placeholder, showing a typed field's text and message.
    pub fn new<T: Copy>(
        field: impl Into<Field>,
        id: impl Into<String>,
        label: impl Into<String>,
        typed: &Typed<T>,
    ) -> Self {
        NumberField {
            field: field.into(),
            id: id.into(),
            label: label.into(),
            value: typed.text.clone(),
            error: typed.message_shown(),
            suffix: "",
            inputmode: "decimal",
            placeholder: "",
            onkeydown: None,
        }
    }
}

/// A number the lifter types. A plain function, not a component: it keeps no state, and each
/// component type costs the page its own lifecycle code.
pub fn number_field(d: &Dispatch, p: NumberField) -> Html {
    let error_id = format!("{}-error", p.id);
    let invalid = p.error.is_some();
    html! {
        <div class="field">
            <label for={p.id.clone()}>{ p.label }</label>
            <div class="input-row">
                <input id={p.id} type="text" inputmode={p.inputmode}
                    autocomplete="off" enterkeyhint="done" placeholder={p.placeholder}
                    value={p.value} oninput={typed(d, p.field)} onchange={left(d, p.field)}
                    onkeydown={p.onkeydown}
                    aria-invalid={invalid.then_some("true")}
                    aria-describedby={error_id.clone()} />
                if !p.suffix.is_empty() { <span class="suffix" aria-hidden="true">{ p.suffix }</span> }
            </div>
            <p id={error_id} class="field-error" aria-live="polite">{ p.error.unwrap_or_default() }</p>
        </div>
    }
}
