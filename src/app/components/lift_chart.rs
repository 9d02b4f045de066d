//! A lift's chart: estimated max (line, records as larger dots) and back-off reps (dashed line)
//! over time, drawn from the core's geometry. The table beside it says the same in words.

use yew::prelude::*;

use crate::core::chart::{fmt1, Chart, Point, HEIGHT, WIDTH};
use crate::core::units::Unit;

const LEFT: f64 = 34.0;
const RIGHT: f64 = 26.0;

/// The SVG of `chart`, labelled for a screen reader by `label`.
pub fn lift_chart(chart: &Chart, unit: Unit, label: String) -> Html {
    let dot = |p: &Point, class: &'static str| {
        let r = if p.record { "4.5" } else { "3" };
        let class = if p.record { "record" } else { class };
        html! { <circle cx={fmt1(p.x)} cy={fmt1(p.y)} {r} {class} /> }
    };
    let left_x = fmt1(LEFT - 4.0);
    let right_x = fmt1(WIDTH - RIGHT + 4.0);
    let bottom_y = fmt1(HEIGHT - 6.0);
    html! {
        <figure class="lift-chart">
            <svg viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-label={label} data-testid="chart">
                { for chart.max_ticks.iter().map(|t| html! {
                    <g class="tick">
                        <line x1={fmt1(LEFT)} x2={fmt1(WIDTH - RIGHT)} y1={fmt1(t.at)} y2={fmt1(t.at)} />
                        <text x={left_x.clone()} y={fmt1(t.at + 3.5)} text-anchor="end">{ &t.text }</text>
                    </g>
                }) }
                { for chart.rep_ticks.iter().map(|t| html! {
                    <text class="reps-tick" x={right_x.clone()} y={fmt1(t.at + 3.5)}>{ &t.text }</text>
                }) }
                { for chart.date_ticks.iter().map(|t| html! {
                    <text class="date-tick" x={fmt1(t.at)} y={bottom_y.clone()} text-anchor="middle">{ &t.text }</text>
                }) }
                <path class="max-line" d={chart.max_path.clone()} />
                <path class="reps-line" d={chart.rep_path.clone()} />
                { for chart.max_points.iter().map(|p| dot(p, "max-dot")) }
                { for chart.rep_points.iter().map(|p| dot(p, "reps-dot")) }
            </svg>
            <figcaption class="chart-key">
                <span class="key-max">{ format!("Estimated max ({}), left", unit.symbol()) }</span>
                <span class="key-reps">{ "Back-off reps, right" }</span>
                <span class="key-record">{ "Record" }</span>
            </figcaption>
        </figure>
    }
}
