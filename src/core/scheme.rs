//! Set schemes as data: ordered groups of sets (warm-up, work, back-off), each with a count, reps,
//! an intensity and the rest before each set. The built-ins come from the research and the
//! programs lifters know; a lifter's edits are just a changed copy of the groups.

use super::rpe::parse_rpe;
use super::units::{parse_bounded, parse_reps, InputError};

/// What a set is for; the page tells them apart by label and shape, not only colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SetKind {
    WarmUp,
    Work,
    /// Lighter set(s) after the heavy work, after a rest (unlike a drop set, which has none).
    BackOff,
}

impl SetKind {
    /// The label shown on each set.
    pub fn label(self) -> &'static str {
        match self {
            SetKind::WarmUp => "Warm-up",
            SetKind::Work => "Work",
            SetKind::BackOff => "Back-off",
        }
    }

    /// The label inside a sentence ("… (warm-up)"); spelled out, since lowercasing at run time
    /// would bring Unicode's case tables into the page.
    pub fn word(self) -> &'static str {
        match self {
            SetKind::WarmUp => "warm-up",
            SetKind::Work => "work",
            SetKind::BackOff => "back-off",
        }
    }
}

/// How many reps a set asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reps {
    Exact(u32),
    /// As many reps as possible, with the same tempo and range of motion.
    Amrap,
}

/// How heavy a set is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Intensity {
    /// Percent of the 1RM (85.0 = 85%).
    OfMax(f64),
    /// Percent of the 5/3/1 training max (90% of the 1RM).
    OfTrainingMax(f64),
    /// The load for the set's reps at this RPE, from the RTS chart.
    Rpe(f64),
    /// Percent of the heaviest set planned before this one (RTS "load drop").
    OfTopSet(f64),
}

/// The most groups one exercise's scheme holds: the editor, the URL decoder and the storage
/// decoder all stop there.
pub const MAX_GROUPS: usize = 12;

/// A run of identical sets.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SetGroup {
    pub kind: SetKind,
    pub sets: u32,
    pub reps: Reps,
    pub intensity: Intensity,
    /// Rest before each set of the group, in seconds; `None` takes the lifter's default for the
    /// kind. The very first set of an exercise has no rest before it.
    pub rest_s: Option<u32>,
}

/// The most sets one group may hold; more is a typo, and it keeps plans small.
pub const MAX_SETS: u32 = 20;
/// The longest rest a group may name, in seconds.
pub const MAX_REST_S: u32 = 3600;
/// Intensities in percent (of the max, training max or top set) stay within this range.
pub const PERCENT_RANGE: std::ops::RangeInclusive<f64> = 1.0..=150.0;

/// A field of a group that the lifter edits in place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupField {
    Sets,
    Reps,
    /// The intensity's number: a percent, or the RPE for an RPE group.
    Percent,
    /// Seconds of rest before each set; empty text goes back to the lifter's default.
    Rest,
}

/// Reads a group's set count: a whole number from 0 (the group is skipped) to [`MAX_SETS`].
pub fn parse_sets(text: &str) -> Result<u32, InputError> {
    parse_whole(text, 0, MAX_SETS)
}

/// Reads a rest in whole seconds, from 0 to [`MAX_REST_S`] (the settings, a group, the URL).
pub fn parse_rest_s(text: &str) -> Result<u32, InputError> {
    parse_whole(text, 0, MAX_REST_S)
}

/// Reads a percentage (of the max, training max or top set) within [`PERCENT_RANGE`].
pub fn parse_percent(text: &str) -> Result<f64, InputError> {
    parse_bounded(text, *PERCENT_RANGE.start(), *PERCENT_RANGE.end())
}

/// Reads a whole number in `min..=max`.
pub(crate) fn parse_whole(text: &str, min: u32, max: u32) -> Result<u32, InputError> {
    let v = parse_bounded(text, f64::from(min), f64::from(max))?;
    if v.fract() == 0.0 {
        Ok(v as u32)
    } else {
        Err(InputError::NotWhole)
    }
}

impl SetGroup {
    /// Applies what the lifter typed into one field; text that is not a valid value for it
    /// changes nothing. Returns whether the group changed.
    pub fn edit(&mut self, field: GroupField, text: &str) -> bool {
        let before = *self;
        match field {
            GroupField::Rest if text.trim().is_empty() => self.rest_s = None,
            GroupField::Rest => {
                if let Ok(n) = parse_rest_s(text) {
                    self.rest_s = Some(n);
                }
            }
            GroupField::Sets => {
                if let Ok(n) = parse_sets(text) {
                    self.sets = n;
                }
            }
            // An AMRAP group has no count to edit.
            GroupField::Reps => {
                if let (Ok(n), Reps::Exact(_)) = (parse_reps(text), self.reps) {
                    self.reps = Reps::Exact(n);
                }
            }
            GroupField::Percent => {
                if let Ok(i) = self.intensity.with_number(text) {
                    self.intensity = i;
                }
            }
        }
        *self != before
    }
}

impl Intensity {
    /// The same kind of intensity with the number typed for it: a percent, or an RPE.
    pub fn with_number(self, text: &str) -> Result<Intensity, InputError> {
        Ok(match self {
            Intensity::OfMax(_) => Intensity::OfMax(parse_percent(text)?),
            Intensity::OfTrainingMax(_) => Intensity::OfTrainingMax(parse_percent(text)?),
            Intensity::OfTopSet(_) => Intensity::OfTopSet(parse_percent(text)?),
            Intensity::Rpe(_) => Intensity::Rpe(parse_rpe(text)?),
        })
    }
}

/// A built-in scheme, named by a short stable key (used in URLs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Goto,
    StrengthBackOff,
    AccessoryBackOff,
    TopSetDownSets,
    FiveThreeOneWeek1,
    FiveThreeOneWeek2,
    FiveThreeOneWeek3,
}

const fn group(
    kind: SetKind,
    sets: u32,
    reps: Reps,
    intensity: Intensity,
    rest_s: Option<u32>,
) -> SetGroup {
    SetGroup {
        kind,
        sets,
        reps,
        intensity,
        rest_s,
    }
}

use Intensity::*;
use Reps::*;
use SetKind::*;

impl Builtin {
    /// Every built-in, in the order the page lists them.
    pub const ALL: [Builtin; 7] = [
        Builtin::Goto,
        Builtin::StrengthBackOff,
        Builtin::AccessoryBackOff,
        Builtin::TopSetDownSets,
        Builtin::FiveThreeOneWeek1,
        Builtin::FiveThreeOneWeek2,
        Builtin::FiveThreeOneWeek3,
    ];

    /// The name shown in the scheme picker.
    pub fn name(self) -> &'static str {
        match self {
            Builtin::Goto => "Goto back-off",
            Builtin::StrengthBackOff => "Strength + back-off",
            Builtin::AccessoryBackOff => "Accessory + back-off",
            Builtin::TopSetDownSets => "Top set + down sets",
            Builtin::FiveThreeOneWeek1 => "5/3/1 + BBB, week 1",
            Builtin::FiveThreeOneWeek2 => "5/3/1 + BBB, week 2",
            Builtin::FiveThreeOneWeek3 => "5/3/1 + BBB, week 3",
        }
    }

    /// A stable short key for URLs.
    pub fn key(self) -> &'static str {
        match self {
            Builtin::Goto => "goto",
            Builtin::StrengthBackOff => "strength",
            Builtin::AccessoryBackOff => "accessory",
            Builtin::TopSetDownSets => "topset",
            Builtin::FiveThreeOneWeek1 => "531w1",
            Builtin::FiveThreeOneWeek2 => "531w2",
            Builtin::FiveThreeOneWeek3 => "531w3",
        }
    }

    /// The built-in with this key, if any.
    pub fn from_key(key: &str) -> Option<Builtin> {
        Builtin::ALL.into_iter().find(|b| b.key() == key)
    }

    /// The scheme's groups, ready to be copied and edited.
    pub fn groups(self) -> Vec<SetGroup> {
        match self {
            // Goto et al. 2004: 5 x 1 @ 90%, then one set to failure at 50% after 30 s.
            Builtin::Goto => vec![
                group(Work, 5, Exact(1), OfMax(90.0), None),
                group(BackOff, 1, Amrap, OfMax(50.0), None),
            ],
            // The article's bench example.
            Builtin::StrengthBackOff => vec![
                group(WarmUp, 1, Exact(4), OfMax(50.0), None),
                group(WarmUp, 1, Exact(4), OfMax(60.0), None),
                group(Work, 5, Exact(2), OfMax(85.0), None),
                group(BackOff, 1, Amrap, OfMax(50.0), Some(60)),
            ],
            // The article's biceps-curl example.
            Builtin::AccessoryBackOff => vec![
                group(WarmUp, 1, Exact(8), OfMax(45.0), None),
                // Accessory work rests 90 s, not a heavy compound lift's 3:00.
                group(Work, 4, Exact(6), OfMax(65.0), Some(90)),
                group(BackOff, 1, Amrap, OfMax(50.0), Some(60)),
            ],
            // RTS: a top set of 3 at RPE 8, then repeats at a 7.5% load drop.
            Builtin::TopSetDownSets => vec![
                group(Work, 1, Exact(3), Rpe(8.0), None),
                group(BackOff, 3, Exact(3), OfTopSet(92.5), Some(180)),
            ],
            Builtin::FiveThreeOneWeek1 => five_three_one([65.0, 75.0, 85.0], [5, 5, 5]),
            Builtin::FiveThreeOneWeek2 => five_three_one([70.0, 80.0, 90.0], [3, 3, 3]),
            Builtin::FiveThreeOneWeek3 => five_three_one([75.0, 85.0, 95.0], [5, 3, 1]),
        }
    }
}

/// 5/3/1: warm-ups 40/50/60% x 5/5/3 of the training max, three main sets (the last one AMRAP),
/// then Boring But Big: 5 x 10 @ 50% of the training max.
fn five_three_one(percents: [f64; 3], reps: [u32; 3]) -> Vec<SetGroup> {
    vec![
        group(WarmUp, 1, Exact(5), OfTrainingMax(40.0), None),
        group(WarmUp, 1, Exact(5), OfTrainingMax(50.0), None),
        group(WarmUp, 1, Exact(3), OfTrainingMax(60.0), None),
        group(Work, 1, Exact(reps[0]), OfTrainingMax(percents[0]), None),
        group(Work, 1, Exact(reps[1]), OfTrainingMax(percents[1]), None),
        group(Work, 1, Amrap, OfTrainingMax(percents[2]), None),
        group(BackOff, 5, Exact(10), OfTrainingMax(50.0), Some(90)),
    ]
}

/// Whether a scheme ends in a back-off set (the page counts these against the article's advice
/// of 2-3 exercises a session).
pub fn has_back_off(groups: &[SetGroup]) -> bool {
    groups
        .iter()
        .any(|g| g.kind == SetKind::BackOff && g.sets > 0)
}

/// The work sets in a few characters, for a card's line: "5×5", "5×3+" (four triples and an
/// AMRAP of at least three), "4×9, back-off". `None` when the work sets differ in their reps
/// (5/3/1's 5, 3, 1+): the scheme's name says those better.
pub fn sets_words(groups: &[SetGroup]) -> Option<String> {
    let (mut sets, mut reps, mut plus) = (0, None, false);
    for g in groups.iter().filter(|g| g.kind == Work && g.sets > 0) {
        match g.reps {
            // Only one AMRAP, last, is a "+" set.
            _ if plus => return None,
            Exact(r) if reps.is_none_or(|x| x == r) => reps = Some(r),
            Amrap if g.sets == 1 => plus = true,
            Exact(_) | Amrap => return None,
        }
        sets += g.sets;
    }
    let r = reps?;
    let plus = if plus { "+" } else { "" };
    let back = if has_back_off(groups) {
        ", back-off"
    } else {
        ""
    };
    Some(format!("{sets}×{r}{plus}{back}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_read_in_a_few_characters() {
        let work = |n, reps| group(Work, n, reps, OfMax(80.0), None);
        let warm = group(WarmUp, 2, Exact(5), OfMax(40.0), None);
        let words = |g: &[SetGroup]| sets_words(g);
        assert_eq!(words(&[warm, work(5, Exact(5))]).as_deref(), Some("5×5"));
        assert_eq!(
            words(&[work(4, Exact(3)), work(1, Amrap)]).as_deref(),
            Some("5×3+")
        );
        assert_eq!(
            words(&Builtin::StrengthBackOff.groups()).as_deref(),
            Some("5×2, back-off")
        );
        // Reps that differ, an AMRAP not last, or only AMRAPs: the scheme's name says it.
        assert_eq!(words(&Builtin::FiveThreeOneWeek3.groups()), None);
        assert_eq!(words(&[work(1, Amrap), work(3, Exact(5))]), None);
        assert_eq!(words(&[work(3, Amrap)]), None);
    }

    #[test]
    fn in_place_edits_take_valid_values_only() {
        let mut g = Builtin::StrengthBackOff.groups()[2];
        assert!(g.edit(GroupField::Sets, "3"));
        assert_eq!(g.sets, 3);
        assert!(!g.edit(GroupField::Sets, "2.5"));
        assert!(!g.edit(GroupField::Sets, "21"));
        assert!(g.edit(GroupField::Reps, "1"));
        assert_eq!(g.reps, Exact(1));
        assert!(g.edit(GroupField::Percent, "87,5"));
        assert_eq!(g.intensity, OfMax(87.5));
        assert!(!g.edit(GroupField::Percent, "0"));
        assert!(g.edit(GroupField::Rest, "240"));
        assert_eq!(g.rest_s, Some(240));
        assert!(g.edit(GroupField::Rest, " "));
        assert_eq!(g.rest_s, None);
        assert!(!g.edit(GroupField::Rest, "soon"));
        let mut amrap = Builtin::Goto.groups()[1];
        assert!(!amrap.edit(GroupField::Reps, "10"));
        let mut rpe = Builtin::TopSetDownSets.groups()[0];
        assert!(rpe.edit(GroupField::Percent, "9.5"));
        assert_eq!(rpe.intensity, Rpe(9.5));
        assert!(!rpe.edit(GroupField::Percent, "11"));
    }

    #[test]
    fn keys_round_trip() {
        for b in Builtin::ALL {
            assert_eq!(Builtin::from_key(b.key()), Some(b));
        }
        assert_eq!(Builtin::from_key("nope"), None);
    }

    #[test]
    fn goto_is_five_heavy_singles_then_one_back_off_set() {
        let g = Builtin::Goto.groups();
        assert_eq!(g[0].sets, 5);
        assert_eq!(g[0].intensity, OfMax(90.0));
        assert_eq!(g[1].kind, BackOff);
        assert_eq!(g[1].reps, Amrap);
        assert!(has_back_off(&g));
    }
}
