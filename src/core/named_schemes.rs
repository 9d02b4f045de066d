//! The lifter's own schemes: the sets of an exercise (its groups, the built-in they came from
//! and its warm-up choice) saved under a name, to be picked in any plan. They are kept on the
//! device with the settings, not in a plan's address: an exercise given one holds its own copy
//! of the sets, so a link still plans exactly them and deleting the scheme changes no plan.

use super::query::{escape, unescape};
use super::scheme::{Builtin, SetGroup, MAX_GROUPS};
use super::session::Exercise;
use super::units::{parse_name, InputError};
use super::url_state::{decode_group, encode_group};
use super::warm_ups::WarmUpChoice;

/// A scheme's stable id: names change, positions move.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct SchemeId(pub u32);

/// A scheme the lifter saved.
#[derive(Clone, Debug, PartialEq)]
pub struct NamedScheme {
    pub id: SchemeId,
    pub name: String,
    /// The built-in the sets were edited from (a link names it, with the edited groups).
    pub base: Builtin,
    pub groups: Vec<SetGroup>,
    pub warm_up: WarmUpChoice,
}

/// The most schemes kept.
pub const MAX_SCHEMES: usize = 30;
/// The longest scheme name, in characters.
pub const MAX_SCHEME_NAME: usize = 40;
/// What the scheme pickers' values start with (then the id): built-ins' keys never do.
const KEY_PREFIX: &str = "my";

/// A scheme name as typed: trimmed, not empty, at most [`MAX_SCHEME_NAME`] characters.
pub fn parse_scheme_name(text: &str) -> Result<String, InputError> {
    parse_name(text, MAX_SCHEME_NAME)
}

impl NamedScheme {
    /// The sets of `e`, under `name`.
    pub fn of(id: SchemeId, name: String, e: &Exercise) -> NamedScheme {
        NamedScheme {
            id,
            name,
            base: e.scheme,
            groups: e.groups.clone(),
            warm_up: e.warm_up,
        }
    }

    /// The value of its option in a scheme picker (`my3`).
    pub fn key(&self) -> String {
        format!("{KEY_PREFIX}{}", self.id.0)
    }

    /// Gives `e` these sets (its name, max and equipment stay).
    pub fn put_on(&self, e: &mut Exercise) {
        e.scheme = self.base;
        e.groups = self.groups.clone();
        e.warm_up = self.warm_up;
    }

    /// Whether `e` does these sets (whatever its warm-up choice, which is the lifter's to
    /// change for the day).
    pub fn fits(&self, e: &Exercise) -> bool {
        self.base == e.scheme && self.groups == e.groups
    }
}

/// The scheme a picker's value names, if it names one of `schemes`.
pub fn by_key<'a>(schemes: &'a [NamedScheme], key: &str) -> Option<&'a NamedScheme> {
    let id = key.strip_prefix(KEY_PREFIX)?.parse().ok().map(SchemeId)?;
    schemes.iter().find(|s| s.id == id)
}

/// The scheme whose sets `e` does, for its name.
pub fn fitting<'a>(schemes: &'a [NamedScheme], e: &Exercise) -> Option<&'a NamedScheme> {
    schemes.iter().find(|s| s.fits(e))
}

/// The smallest id no scheme in `schemes` has (an id read from a file may be any number, so
/// counting up from the largest could run out).
pub fn new_scheme_id(schemes: &[NamedScheme]) -> SchemeId {
    let free = (1..).find(|n| schemes.iter().all(|s| s.id.0 != *n));
    SchemeId(free.unwrap_or(0))
}

/// A scheme as stored: `id~name~base~groups~warm-up` (the groups as a link writes them).
pub fn encode_scheme(s: &NamedScheme) -> String {
    let groups: Vec<String> = s.groups.iter().map(encode_group).collect();
    // Escaped twice over, so a `~` in the name cannot split the entry.
    let name = escape(&s.name).replace('~', "%7E");
    format!(
        "{}~{name}~{}~{}~{}",
        s.id.0,
        s.base.key(),
        groups.join(","),
        s.warm_up.key()
    )
}

/// Reads [`encode_scheme`]'s text; `None` when any part cannot be read.
pub fn decode_scheme(text: &str) -> Option<NamedScheme> {
    let mut p = text.split('~');
    let id = SchemeId(p.next()?.parse().ok()?);
    let name = parse_scheme_name(&unescape(p.next()?)?).ok()?;
    let base = Builtin::from_key(p.next()?)?;
    let list: Vec<&str> = p.next()?.split(',').collect();
    if list.len() > MAX_GROUPS {
        return None;
    }
    let groups = list
        .into_iter()
        .map(decode_group)
        .collect::<Option<Vec<_>>>()?;
    let warm_up = WarmUpChoice::from_key(p.next()?)?;
    if groups.is_empty() || p.next().is_some() {
        return None;
    }
    Some(NamedScheme {
        id,
        name,
        base,
        groups,
        warm_up,
    })
}
