//! A labelled number input with its error message beside it (linked by aria-describedby), a
//! numeric keypad on phones, and the unit after the box.

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`NumberField`].
#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    /// The message for an invalid value; `None` when the value is fine.
    #[prop_or_default]
    pub error: Option<String>,
    /// Shown after the box (`kg`, `s`, `reps`).
    #[prop_or_default]
    pub suffix: AttrValue,
    /// `decimal` for loads, `numeric` for whole numbers.
    #[prop_or(AttrValue::Static("decimal"))]
    pub inputmode: AttrValue,
    #[prop_or_default]
    pub placeholder: AttrValue,
    pub oninput: Callback<String>,
}

/// A number the lifter types.
#[function_component(NumberField)]
pub fn number_field(p: &NumberFieldProps) -> Html {
    let oninput = {
        let cb = p.oninput.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            cb.emit(input.value());
        })
    };
    let error_id = format!("{}-error", p.id);
    html! {
        <div class={if p.error.is_some() { "field invalid" } else { "field" }}>
            <label for={p.id.clone()}>{ p.label.clone() }</label>
            <div class="input-row">
                <input id={p.id.clone()} type="text" inputmode={p.inputmode.clone()}
                    autocomplete="off" enterkeyhint="done" placeholder={p.placeholder.clone()}
                    value={p.value.clone()} {oninput}
                    aria-invalid={p.error.is_some().then_some("true")}
                    aria-describedby={error_id.clone()} />
                if !p.suffix.is_empty() { <span class="suffix" aria-hidden="true">{ p.suffix.clone() }</span> }
            </div>
            <p id={error_id} class="field-error" aria-live="polite">{ p.error.clone().unwrap_or_default() }</p>
        </div>
    }
}
