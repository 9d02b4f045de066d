//! The lifter's own schemes on the page (the setup page): an exercise's sets saved under a
//! name, then picked in any plan's scheme list; one deleted, with Undo.

use std::rc::Rc;

use super::action::ExerciseId;
use super::state::{Naming, PageState, Undo, UNDO_ID};
use crate::core::named_schemes::{
    new_scheme_id, parse_scheme_name, NamedScheme, SchemeId, MAX_SCHEMES,
};

impl ExerciseId {
    /// The id of the box where the name to save its sets under is typed.
    pub fn scheme_name_element(self) -> String {
        self.element("scheme-name")
    }
}

/// The name being typed for exercise `id`'s sets: a message already shown stays until the name
/// is good.
pub(super) fn type_name(s: &mut PageState, id: ExerciseId, text: String) {
    let shown = s.setup.naming.as_ref().filter(|n| n.exercise == id);
    let refused = shown
        .and_then(|n| n.refused)
        .and(parse_scheme_name(&text).err());
    s.setup.naming = Some(Naming {
        exercise: id,
        text,
        refused,
    });
}

/// Saves exercise `id`'s sets under the name typed for it. A scheme of that name gets these
/// sets instead (a refined scheme keeps its name), and a scheme of these sets gets the name (a
/// rename); Undo gives either back. A bad name keeps its message by the box.
pub(super) fn save(s: &mut PageState, id: ExerciseId) -> Option<()> {
    let e = s.exercise(id)?.exercise.clone();
    let typed = s.setup.naming.as_ref().filter(|n| n.exercise == id);
    let text = typed.map(|n| n.text.clone()).unwrap_or_default();
    let name = match parse_scheme_name(&text) {
        Ok(name) => name,
        Err(err) => {
            s.setup.naming = Some(Naming {
                exercise: id,
                text,
                refused: Some(err),
            });
            s.focus.ask(id.scheme_name_element());
            return Some(());
        }
    };
    // A new notice: one Undo at a time, the one it offers if any.
    s.undo = None;
    // A built-in's own sets under another name would rename every exercise doing them.
    if !e.is_edited() {
        s.notice = Some(format!(
            "These are {}'s own sets: edit them first, then save them under a name.",
            e.scheme.name()
        ));
        return Some(());
    }
    s.setup.naming = None;
    let schemes = Rc::make_mut(&mut s.schemes);
    let same = |o: &&mut NamedScheme| o.name.eq_ignore_ascii_case(&name);
    if let Some(old) = schemes.iter_mut().find(same) {
        // Undo gives the sets it had back: a name typed twice by mistake loses nothing.
        let before = std::mem::replace(old, NamedScheme::of(old.id, name, &e));
        s.notice = Some(format!("Updated the scheme \"{}\".", old.name));
        s.undo = Some(Undo::Scheme(before));
    } else if let Some(old) = schemes.iter_mut().find(|o| o.fits(&e)) {
        // The same sets under a new name: a rename (two names for one scheme would leave the
        // cards saying only the first).
        let before = std::mem::replace(old, NamedScheme::of(old.id, name, &e));
        s.notice = Some(format!("Renamed \"{}\" to \"{}\".", before.name, old.name));
        s.undo = Some(Undo::Scheme(before));
    } else if schemes.len() >= MAX_SCHEMES {
        s.notice = Some(format!("At most {MAX_SCHEMES} schemes: delete one first."));
    } else {
        let scheme = NamedScheme::of(new_scheme_id(schemes), name, &e);
        s.notice = Some(format!(
            "Saved \"{}\": pick it under Scheme in any plan.",
            scheme.name
        ));
        schemes.push(scheme);
    }
    Some(())
}

/// Deletes scheme `id` (Undo brings it back); plans that use it keep their own copy of its sets.
pub(super) fn delete(s: &mut PageState, id: SchemeId) -> Option<()> {
    let schemes = Rc::make_mut(&mut s.schemes);
    let i = schemes.iter().position(|o| o.id == id)?;
    let gone = schemes.remove(i);
    s.notice = Some(format!(
        "Deleted the scheme \"{}\"; plans that use it keep their sets.",
        gone.name
    ));
    s.undo = Some(Undo::Scheme(gone));
    s.focus.ask(UNDO_ID);
    Some(())
}

/// Brings back the scheme deleted or updated last, as it was, in its place among the others.
pub(super) fn undo(s: &mut PageState) {
    if let Some(Undo::Scheme(scheme)) = s.undo.take() {
        let schemes = Rc::make_mut(&mut s.schemes);
        match schemes.iter_mut().find(|o| o.id == scheme.id) {
            Some(updated) => *updated = scheme,
            None => {
                let at = schemes.partition_point(|o| o.id < scheme.id);
                schemes.insert(at, scheme);
            }
        }
        s.notice = None;
    }
}
