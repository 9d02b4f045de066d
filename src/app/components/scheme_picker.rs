//! An exercise's scheme list, on the plan page and the setup page: the built-ins, then the
//! lifter's own schemes; and the scheme's name as a summary says it.

use yew::prelude::*;

use crate::core::named_schemes::{fitting, NamedScheme};
use crate::core::scheme::{sets_words, Builtin};
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

/// "My heavy triples", "Goto back-off", or the sets when they are not a scheme's as it is
/// (edited, or moved by the rule: GZCLP's stage, a double progression's reps): "5×3+";
/// "Goto back-off (edited)" when they cannot be said in a few characters.
pub fn scheme_label(e: &Exercise, schemes: &[NamedScheme]) -> String {
    let planned = e.rule_groups();
    match fitting(schemes, e) {
        Some(own) if *planned == *own.groups => own.name.clone(),
        None if !e.is_edited() && *planned == *e.groups => e.scheme.name().to_string(),
        _ => sets_words(&planned).unwrap_or_else(|| format!("{} (edited)", e.scheme.name())),
    }
}
