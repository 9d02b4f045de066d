//! An exercise's scheme list, on the plan page and the setup page: the built-ins, then the
//! lifter's own schemes; and the scheme's name as a summary says it.

use yew::prelude::*;

use crate::core::named_schemes::{fitting, NamedScheme};
use crate::core::scheme::Builtin;
use crate::core::session::Exercise;

/// The `<option>`s of the list, the exercise's scheme chosen: one of the lifter's own when its
/// sets are exactly that, else its built-in.
pub fn scheme_options(e: &Exercise, schemes: &[NamedScheme]) -> Html {
    let own = fitting(schemes, e).map(|s| s.id);
    html! {
        <>
            { for Builtin::ALL.iter().map(|b| html! {
                <option value={b.key()} selected={own.is_none() && *b == e.scheme}>{ b.name() }</option>
            }) }
            if !schemes.is_empty() {
                <optgroup label="Your schemes">
                    { for schemes.iter().map(|s| html! {
                        <option value={s.key()} selected={own == Some(s.id)}>{ s.name.clone() }</option>
                    }) }
                </optgroup>
            }
        </>
    }
}

/// "My heavy triples", or "Goto back-off (edited)".
pub fn scheme_label(e: &Exercise, schemes: &[NamedScheme]) -> String {
    match fitting(schemes, e) {
        Some(own) => own.name.clone(),
        None if e.is_edited() => format!("{} (edited)", e.scheme.name()),
        None => e.scheme.name().to_string(),
    }
}
