//! The history page's import, before and after the tap: what a file holds (its app, sessions
//! and sets, dates, unit, each name and what it is filed as, the rows skipped or refused), the
//! names the lifter renames, and the sets it adds: never one already in the history.

use std::collections::HashMap;
use std::rc::Rc;

use super::calendar::Offsets;
use super::history::DoneSet;
use super::import::{read, ImportError, Reading};
use super::import_names::{filed_as, Remembered};
use super::session::MAX_NAME;
use super::units::{convert, parse_name, InputError, Unit};

/// What the lifter does to an import.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportEdit {
    /// A file picked and read: its text, and the local clock's offsets to read its times at.
    Read {
        text: String,
        offsets: Offsets,
    },
    /// A file picked that the browser would not read (`too_big`: over the size read).
    NotRead {
        too_big: bool,
    },
    /// The unit of a file that names none.
    Unit(Unit),
    /// What a name of the file (by its position in the preview) is filed as, retyped.
    Rename(usize, String),
    /// The lifter agrees (or not) to import without the rows that cannot be read.
    SkipBad(bool),
    /// The tap that imports.
    Import,
    Cancel,
    /// Takes the last import back.
    Undo,
}

/// A file read, shown before anything changes.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPreview {
    pub reading: Rc<Reading>,
    /// The unit of the loads: the file's, or the one picked for a file that names none.
    pub unit: Unit,
    /// What each name of the file is filed as (by its position in `reading.names`).
    pub filed: Vec<String>,
    /// A name retyped and refused: its position, the text, and why.
    pub refused: Option<(usize, String, InputError)>,
    /// The lifter agreed to import without the rows that cannot be read.
    pub skip_bad: bool,
}

impl ImportPreview {
    /// The preview of `text`, read with loads in `unit` when it names none.
    pub fn of(text: &str, unit: Unit, offsets: &Offsets) -> Result<Self, ImportError> {
        let reading = read(text, unit, offsets)?;
        let filed = reading.names.iter().map(|(_, f)| f.clone()).collect();
        Ok(ImportPreview {
            reading: Rc::new(reading),
            unit,
            filed,
            refused: None,
            skip_bad: false,
        })
    }

    /// The preview with each name the lifter filed otherwise before filed so again.
    pub fn remembering(mut self, names: &[Remembered]) -> Self {
        self.filed = self
            .reading
            .names
            .iter()
            .map(|(from, mapped)| filed_as(names, from, mapped))
            .collect();
        self
    }

    /// Each name of the file, what the import maps it to, and what it is filed as.
    pub fn filed_names(&self) -> Vec<(&str, &str, &str)> {
        self.reading
            .names
            .iter()
            .zip(&self.filed)
            .map(|((from, mapped), to)| (from.as_str(), mapped.as_str(), to.as_str()))
            .collect()
    }

    /// The sets as they would be filed: each under its name as renamed, in the unit picked.
    pub fn sets(&self) -> Vec<DoneSet> {
        let r = &self.reading;
        r.sets
            .iter()
            .zip(&r.origin)
            .map(|(d, &n)| DoneSet {
                exercise: self
                    .filed
                    .get(n)
                    .cloned()
                    .unwrap_or_else(|| d.exercise.clone()),
                unit: if r.unit_asked { self.unit } else { d.unit },
                ..d.clone()
            })
            .collect()
    }

    /// How many workouts the file holds (each start or end time once).
    pub fn workouts(&self) -> usize {
        let mut times: Vec<u64> = self
            .reading
            .sets
            .iter()
            .map(|d| d.at_ms.to_bits())
            .collect();
        times.sort_unstable();
        times.dedup();
        times.len()
    }

    /// The first and last workout's times.
    pub fn range(&self) -> Option<(f64, f64)> {
        let times = self.reading.sets.iter().map(|d| d.at_ms);
        let first = times.clone().reduce(f64::min)?;
        let last = times.reduce(f64::max)?;
        Some((first, last))
    }

    /// Takes a retyped name: a good one is filed under (within an exercise name's limit), a
    /// bad one stays in its box with why until that box is fixed.
    pub fn rename(&mut self, at: usize, text: String) {
        match parse_name(&text, MAX_NAME) {
            Ok(name) => {
                if let Some(slot) = self.filed.get_mut(at) {
                    *slot = name;
                }
                if self.refused.as_ref().is_some_and(|r| r.0 == at) {
                    self.refused = None;
                }
            }
            Err(e) => self.refused = Some((at, text, e)),
        }
    }

    /// Why the import cannot be done yet, if it cannot.
    pub fn blocked(&self) -> Option<String> {
        let r = &self.reading;
        if r.bad_count > 0 && !self.skip_bad {
            return Some(format!(
                "{} row{} cannot be read: agree to import without {}, or fix the file.",
                r.bad_count,
                if r.bad_count == 1 { "" } else { "s" },
                if r.bad_count == 1 { "it" } else { "them" }
            ));
        }
        if self.refused.is_some() {
            return Some("A name above will not do: give it a name.".into());
        }
        None
    }
}

/// How far apart in time two sets of the same lift, load and reps may be and be one set: an
/// hour, and a second, since an app that wrote every time at one offset is an hour off in the
/// other season.
const SAME_SET_MS: f64 = 3_601_000.0;

/// The sets of `imported` that `history` does not hold already: a set is there when one of
/// the same lift (case aside), load and reps is, within [`SAME_SET_MS`], each matched once
/// (five sets of 100 kg × 5 in a session are five sets). Loads compare to 50 g, whatever their
/// unit: an export in Strong's layout writes 225 lb as 102.06 kg.
pub fn new_sets(history: &[&DoneSet], imported: Vec<DoneSet>) -> Vec<DoneSet> {
    type Key = (String, i64, Option<u32>);
    let key = |d: &DoneSet| -> Key {
        (
            d.exercise.trim().to_lowercase(),
            (convert(d.load, d.unit, Unit::Kg) * 20.0).round() as i64,
            d.reps,
        )
    };
    // For each kind of set, the times it was done, each taken once by a match.
    let mut held: HashMap<Key, Vec<f64>> = HashMap::new();
    for d in history {
        held.entry(key(d)).or_default().push(d.at_ms);
    }
    imported
        .into_iter()
        .filter(|d| {
            let Some(times) = held.get_mut(&key(d)) else {
                return true;
            };
            // The nearest time within reach is this set.
            let near = times
                .iter()
                .enumerate()
                .map(|(i, t)| (i, (t - d.at_ms).abs()))
                .filter(|(_, gap)| *gap <= SAME_SET_MS)
                .min_by(|a, b| a.1.total_cmp(&b.1));
            match near {
                Some((i, _)) => {
                    times.swap_remove(i);
                    false
                }
                None => true,
            }
        })
        .collect()
}
