//! A small drawing of one side of the bar with its plates, sized and coloured by weight, with a
//! text equivalent for screen readers.

use yew::prelude::*;

use crate::core::plates::Plate;
use crate::core::units::{convert, fmt, Unit};

/// Plates on one sleeve, heaviest nearest the collar.
/// A plain function, not a component: it has no state, and each component costs the page its
/// own lifecycle code.
pub fn bar_view(plates: &[Plate]) -> Html {
    html! {
        <div class="bar" aria-hidden="true">
            <span class="sleeve-stop"></span>
            { for plates.iter().map(plate_html) }
            <span class="sleeve"></span>
        </div>
    }
}

fn plate_html(plate: &Plate) -> Html {
    let kg = convert(plate.weight, plate.unit, Unit::Kg);
    // Size and colour come from the class (no inline style: the CSP allows none): heavier
    // plates are taller, as on a rack.
    let size = match kg {
        k if k >= 24.0 => "25",
        k if k >= 19.0 => "20",
        k if k >= 14.0 => "15",
        k if k >= 9.0 => "10",
        k if k >= 4.5 => "5",
        _ => "small",
    };
    html! {
        <span class="plate" data-size={size}>
            <span class="plate-label">{ fmt(plate.weight) }</span>
        </span>
    }
}
