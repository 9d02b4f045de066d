//! The scheme's groups, editable in place on the setup page: sets, reps, intensity and rest of
//! each group; a group moved up or down or removed; a warm-up, work or back-off group added.

use yew::prelude::*;

use crate::app::events::{changed, drafted, send, toggled, Dispatch};
use crate::core::page::{shown, ExerciseId, Field, SetupAction, SetupField, SetupPanel};
use crate::core::scheme::{GroupField, Intensity, Reps, SetGroup, SetKind, MAX_GROUPS};
use crate::core::scheme_edits::GroupEdit;
use crate::core::units::fmt;

/// What [`scheme_editor`] draws.
pub struct SchemeEditorProps<'a> {
    /// The exercise's stable id.
    pub id: ExerciseId,
    pub groups: Vec<SetGroup>,
    pub edited: bool,
    /// Open: only then is the table drawn.
    pub open: bool,
    /// Text being typed into a cell (cells take their value when left).
    pub draft: Option<&'a (Field, String)>,
    pub dispatch: Dispatch,
}

/// A collapsible table of the groups.
/// A plain function, not a component: it keeps no state, and each component type costs the
/// page its own lifecycle code.
pub fn scheme_editor(p: &SchemeEditorProps) -> Html {
    html! {
        <details class="scheme-editor" open={p.open} ontoggle={toggled(&p.dispatch, SetupPanel::Scheme(p.id))}>
            <summary>{ if p.edited { "Edit sets (edited)" } else { "Edit sets" } }</summary>
            if p.open {
                // The roles are spelled out: each row is laid out as a grid (its buttons under its
                // boxes, at 360 px), which some browsers take as no longer a table.
                <table role="table">
                    <thead role="rowgroup"><tr role="row">
                        <th scope="col" role="columnheader">{ "Kind" }</th><th scope="col" role="columnheader">{ "Sets" }</th>
                        <th scope="col" role="columnheader">{ "Reps" }</th><th scope="col" role="columnheader">{ "Load" }</th>
                        <th scope="col" role="columnheader">{ "Rest (s)" }</th>
                        <th scope="col" role="columnheader" class="visually-hidden">{ "Move or remove" }</th>
                    </tr></thead>
                    <tbody role="rowgroup">{ for p.groups.iter().enumerate().map(|(g, group)| row(p, g, group)) }</tbody>
                </table>
                <div class="row-buttons add-groups">
                    { for [(SetKind::WarmUp, "Add warm-up"), (SetKind::Work, "Add work sets"), (SetKind::BackOff, "Add back-off")].map(|(kind, label)| html! {
                        <button type="button" disabled={p.groups.len() >= MAX_GROUPS}
                            onclick={send(&p.dispatch, SetupAction::EditGroups(p.id, GroupEdit::Add(kind)))}>{ label }</button>
                    }) }
                </div>
                if p.edited { <button type="button" onclick={send(&p.dispatch, SetupAction::ResetScheme(p.id))}>{ "Back to the scheme's sets" }</button> }
            }
        </details>
    }
}

fn row(p: &SchemeEditorProps, g: usize, group: &SetGroup) -> Html {
    let cell = |field: GroupField, value: String, label: String, enabled: bool| {
        let at = SetupField::Cell {
            exercise: p.id,
            group: g,
            field,
        };
        // Text the group cannot take is dropped when the cell is left: the cell then shows the
        // value in force, never a number the plan is not using.
        html! {
            <td role="cell"><input type="text" inputmode="decimal" class="cell" aria-label={label} value={shown(p.draft, at, value)}
                disabled={!enabled} oninput={drafted(&p.dispatch, at)} onchange={changed(&p.dispatch, at)} /></td>
        }
    };
    let (pct, pct_label) = match group.intensity {
        Intensity::OfMax(v) => (fmt(v), "% of 1RM"),
        Intensity::OfTrainingMax(v) => (fmt(v), "% of training max"),
        Intensity::Rpe(v) => (fmt(v), "RPE"),
        Intensity::OfTopSet(v) => (fmt(v), "% of top set"),
    };
    let (reps, amrap) = match group.reps {
        Reps::Exact(r) => (r.to_string(), false),
        Reps::Amrap => ("AMRAP".to_string(), true),
    };
    let n = g + 1;
    let edit = |edit: GroupEdit| send(&p.dispatch, SetupAction::EditGroups(p.id, edit));
    let count = p.groups.len();
    html! {
        <tr role="row">
            <th scope="row" role="rowheader">{ group.kind.label() }</th>
            { cell(GroupField::Sets, group.sets.to_string(), format!("Group {n} sets"), true) }
            { cell(GroupField::Reps, reps, format!("Group {n} reps"), !amrap) }
            { cell(GroupField::Percent, pct, format!("Group {n} {pct_label}"), true) }
            { cell(GroupField::Rest, group.rest_s.map(|r| r.to_string()).unwrap_or_default(), format!("Group {n} rest before each set, seconds (empty: default)"), true) }
            // In the group's row, drawn under its boxes: five columns stay readable at 360 px.
            <td role="cell" class="group-actions">
                <button type="button" class="icon" aria-label={format!("Move group {n} up")} disabled={g == 0}
                    onclick={edit(GroupEdit::Move { group: g, up: true })}>{ "↑" }</button>
                <button type="button" class="icon" aria-label={format!("Move group {n} down")} disabled={n >= count}
                    onclick={edit(GroupEdit::Move { group: g, up: false })}>{ "↓" }</button>
                <button type="button" class="icon" aria-label={format!("Remove group {n}")} disabled={count <= 1}
                    onclick={edit(GroupEdit::Remove(g))}>{ "✕" }</button>
            </td>
        </tr>
    }
}
