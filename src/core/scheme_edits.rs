//! Editing a scheme's groups: add a warm-up, work or back-off group where it belongs, remove
//! one, move one up or down. The setup page's scheme editor sends these as
//! [`GroupEdit`]s.

pub use super::scheme::MAX_GROUPS;
use super::scheme::{Intensity, Reps, SetGroup, SetKind};

/// A change to a scheme's groups, by their positions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupEdit {
    Add(SetKind),
    Remove(usize),
    Move { group: usize, up: bool },
}

impl GroupEdit {
    /// Applies the edit; `false` when it changes nothing (a full scheme, the last group, an
    /// end reached).
    pub fn apply(self, groups: &mut Vec<SetGroup>) -> bool {
        match self {
            GroupEdit::Add(kind) => add_group(groups, kind).is_some(),
            GroupEdit::Remove(at) => remove_group(groups, at),
            GroupEdit::Move { group, up } => move_group(groups, group, up),
        }
    }
}

/// A new group of `kind`, with defaults that fit it: a light warm-up, a moderate work group
/// (its rest the lifter's default), and Goto's back-off (AMRAP at 50% after 30 s).
pub fn new_group(kind: SetKind) -> SetGroup {
    let (sets, reps, percent, rest_s) = match kind {
        SetKind::WarmUp => (1, Reps::Exact(8), 50.0, None),
        SetKind::Work => (3, Reps::Exact(5), 75.0, None),
        SetKind::BackOff => (1, Reps::Amrap, 50.0, Some(30)),
    };
    SetGroup {
        kind,
        sets,
        reps,
        intensity: Intensity::OfMax(percent),
        rest_s,
    }
}

/// Adds a group of `kind` where it belongs: a warm-up after the last warm-up (else first), a
/// work group after the last work group (else after the warm-ups), a back-off last. Returns
/// where it went; `None` when the scheme is full.
pub fn add_group(groups: &mut Vec<SetGroup>, kind: SetKind) -> Option<usize> {
    if groups.len() >= MAX_GROUPS {
        return None;
    }
    let after = |k: SetKind| groups.iter().rposition(|g| g.kind == k).map(|i| i + 1);
    let at = match kind {
        SetKind::WarmUp => after(SetKind::WarmUp).unwrap_or(0),
        SetKind::Work => after(SetKind::Work)
            .or_else(|| after(SetKind::WarmUp))
            .unwrap_or(0),
        SetKind::BackOff => groups.len(),
    };
    groups.insert(at, new_group(kind));
    Some(at)
}

/// Removes group `at`; the last group stays (a scheme with no sets plans nothing).
pub fn remove_group(groups: &mut Vec<SetGroup>, at: usize) -> bool {
    if groups.len() <= 1 || at >= groups.len() {
        return false;
    }
    groups.remove(at);
    true
}

/// Moves group `at` one place up (earlier) or down; `false` at either end.
pub fn move_group(groups: &mut [SetGroup], at: usize, up: bool) -> bool {
    let to = if up { at.checked_sub(1) } else { Some(at + 1) };
    match to {
        Some(to) if to < groups.len() && at < groups.len() => {
            groups.swap(at, to);
            true
        }
        _ => false,
    }
}
