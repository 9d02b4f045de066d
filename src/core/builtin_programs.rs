//! The programs Backoff comes with, each from a public source named in a line: the lifter copies
//! one into the library and changes anything. Maxes are left empty, so each lift asks for its
//! own; steps are written in kg and converted for a lifter in lb.

use super::implements::Implement;
use super::query::build;
use super::session::Settings;
use super::units::Unit;
use super::url_state::{decode_program, LinkProgram, ProgramLink};

/// A built-in program: what the setup page lists, and its days as a link writes exercises
/// (`name~max~scheme~groups~gear~warm-up~kept~rule`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BuiltinProgram {
    pub name: &'static str,
    /// What it is, in a line.
    pub about: &'static str,
    /// Where it comes from.
    pub source: &'static str,
    pub days: &'static [(&'static str, &'static [&'static str])],
}

/// Every built-in program, in the order the setup page lists them.
pub const BUILTIN_PROGRAMS: [BuiltinProgram; 4] = [
    BuiltinProgram {
        name: "Back-off 3-day",
        about: "Three days, each with two or three lifts ending in a back-off set to failure at \
                50%; none on deadlifts. Linear steps on the big lifts, double progression on \
                the rest.",
        source: "Goto et al. 2004, J Strength Cond Res, and the back-off article (About)",
        days: &[
            (
                "Day A",
                &[
                    "Squat~~strength~~~~~l5",
                    "Bench press~~strength~~~~~l2.5",
                    "Barbell row~~accessory~~~~~d6-10:2.5@6",
                ],
            ),
            (
                "Day B",
                &[
                    "Deadlift~~strength~w1x4@50,w1x4@60,k3x3@85~~~~l5",
                    "Overhead press~~strength~~~~~l2.5",
                    "EZ-bar curl~~accessory~~~~~d6-10:2.5@6",
                ],
            ),
            (
                "Day C",
                &[
                    "Bench press~~goto~~~~~l2.5",
                    "Squat~~goto~~~~~l5",
                    "Lat pulldown~~accessory~~~~~d6-10:2.5@6",
                ],
            ),
        ],
    },
    BuiltinProgram {
        name: "5×5 A/B",
        about: "Two days in turn, five sets of five; add a step each session every set was \
                done, 10% off after three sessions short.",
        source: "The common novice 5×5 A/B, as StrongLifts 5×5 popularised it",
        days: &[
            (
                "Day A",
                &[
                    "Squat~~strength~k5x5@80~~ramp~~l5",
                    "Bench press~~strength~k5x5@80~~ramp~~l2.5",
                    "Barbell row~~strength~k5x5@80~~ramp~~l2.5",
                ],
            ),
            (
                "Day B",
                &[
                    "Squat~~strength~k5x5@80~~ramp~~l5",
                    "Overhead press~~strength~k5x5@80~~ramp~~l2.5",
                    "Deadlift~~strength~k1x5@85~~ramp~~l5",
                ],
            ),
        ],
    },
    BuiltinProgram {
        name: "5/3/1 + BBB",
        about: "Four days, one main lift each: the week's 5/3/1 sets, then Boring But Big \
                5×10 at 50%. The training max rises after week 3 when the last + set made \
                its reps.",
        source: "Jim Wendler, 5/3/1, with its Boring But Big assistance",
        days: &[
            ("Press day", &["Overhead press~~531w1~~~~~w2.5"]),
            ("Deadlift day", &["Deadlift~~531w1~~~~~w5"]),
            ("Bench day", &["Bench press~~531w1~~~~~w2.5"]),
            ("Squat day", &["Squat~~531w1~~~~~w5"]),
        ],
    },
    BuiltinProgram {
        name: "GZCLP",
        about: "Four days of three tiers: T1 heavy (5×3+, then 6×2+, then 10×1+ when a \
                session falls short), T2 volume (3×10, 3×8, 3×6), T3 light (3×15+, a step \
                once the + set reaches 25).",
        source: "Cody Lefever, the GZCL method's linear progression (GZCLP)",
        days: &[
            (
                "Day 1",
                &[
                    "Squat~~strength~k5x3@85~~ramp~~g10:5",
                    "Bench press~~strength~k3x10@65r120~~ramp~~g20:2.5",
                    "Lat pulldown~~accessory~k3x15@55r90~~none~~g30:2.5",
                ],
            ),
            (
                "Day 2",
                &[
                    "Overhead press~~strength~k5x3@85~~ramp~~g10:2.5",
                    "Deadlift~~strength~k3x10@65r120~~ramp~~g20:5",
                    "Dumbbell row~~accessory~k3x15@55r90~~none~~g30:2.5",
                ],
            ),
            (
                "Day 3",
                &[
                    "Bench press~~strength~k5x3@85~~ramp~~g10:2.5",
                    "Squat~~strength~k3x10@65r120~~ramp~~g20:5",
                    "Lat pulldown~~accessory~k3x15@55r90~~none~~g30:2.5",
                ],
            ),
            (
                "Day 4",
                &[
                    "Deadlift~~strength~k5x3@85~~ramp~~g10:5",
                    "Overhead press~~strength~k3x10@65r120~~ramp~~g20:2.5",
                    "Dumbbell row~~accessory~k3x15@55r90~~none~~g30:2.5",
                ],
            ),
        ],
    },
];

impl BuiltinProgram {
    /// The program as a link would bring it, its first day next, its steps in kg.
    pub fn program(&self) -> LinkProgram {
        let mut p: Vec<(&str, String)> = vec![("prog", self.name.into()), ("at", "0".into())];
        for (day, exercises) in self.days {
            p.push(("day", (*day).into()));
            p.extend(exercises.iter().map(|e| ("e", (*e).to_string())));
        }
        p.push(("end", self.days.len().to_string()));
        let kg = Settings::for_unit(Unit::Kg);
        match decode_program(&format!("?{}", build(&p)), &kg) {
            ProgramLink::Whole(program, _) => program,
            ProgramLink::None | ProgramLink::Damaged => LinkProgram {
                name: self.name.into(),
                days: Vec::new(),
                at: 0,
            },
        }
    }

    /// [`BuiltinProgram::program`] with its rules' steps in `unit`, each lift on the gear its
    /// name suggests (an EZ bar for curls, a stack for pulldowns, dumbbells for rows).
    pub fn in_unit(&self, unit: Unit) -> LinkProgram {
        let mut program = self.program();
        for (_, exercises) in &mut program.days {
            for e in exercises {
                e.rule = e.rule.converted(Unit::Kg, unit);
                e.gear = Implement::for_name(&e.name).gear(unit);
            }
        }
        program
    }
}
