//! "What is a back-off set?": the idea behind the page, in a few sentences.

use yew::prelude::*;

/// A collapsible explainer. A plain function, not a component: it has no state, and each
/// component costs the page its own lifecycle code.
pub fn explainer() -> Html {
    html! {
        <details class="explainer" id="about">
            <summary>{ "What is a back-off set?" }</summary>
            <p>{ "After your heavy sets, rest 30 to 90 seconds, then do one more set at about half your max, \
                  for as many reps as you can with the same tempo and range of motion." }</p>
            <p>{ "In Goto and colleagues' 2004 study, lifters who added that one set after five heavy singles \
                  gained more strength, more muscular endurance and more muscle than those who did the heavy sets alone." }</p>
            <p>{ "It is not a drop set: a drop set cuts the load with no rest at all, and form tends to slip. \
                  The short rest lets the back-off set be done well." }</p>
            <p>{ "Use it on two or three exercises a session, on lifts like the bench press, squat, rows and \
                  overhead press. A back-off set of deadlifts is a bad idea. You do not need to test your max: \
                  half of an estimated max is enough." }</p>
        </details>
    }
}
