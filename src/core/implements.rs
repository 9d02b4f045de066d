//! What an exercise is loaded on, as a kind: a barbell with plates, dumbbells, or a machine or
//! cable stack. The equipment list, the history's sets and the card's summary all name an
//! implement by this type, never by a string.

use super::session::Gear;
use super::units::Unit;

/// A kind of equipment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Implement {
    Barbell,
    Dumbbells,
    /// A stack or a cable: any other fixed-step equipment.
    Machine,
}

impl Implement {
    /// Every kind, in the order the equipment list offers them.
    pub const ALL: [Implement; 3] = [Implement::Barbell, Implement::Dumbbells, Implement::Machine];

    /// What a gear is in `unit`.
    pub fn of(gear: &Gear, unit: Unit) -> Implement {
        match gear {
            Gear::Barbell => Implement::Barbell,
            g if g.is_dumbbells(unit) => Implement::Dumbbells,
            Gear::Fixed { .. } => Implement::Machine,
        }
    }

    /// The key the equipment list sends.
    pub fn key(self) -> &'static str {
        match self {
            Implement::Barbell => "bar",
            Implement::Dumbbells => "db",
            Implement::Machine => "machine",
        }
    }

    /// The kind a key names.
    pub fn from_key(key: &str) -> Option<Implement> {
        Implement::ALL.into_iter().find(|i| i.key() == key)
    }

    /// What the lifter reads.
    pub fn label(self) -> &'static str {
        match self {
            Implement::Barbell => "Barbell",
            Implement::Dumbbells => "Dumbbells",
            Implement::Machine => "Machine / cable",
        }
    }

    /// Why a load `m` (said with its unit) is too light for this implement.
    pub fn below(self, m: &str) -> String {
        match self {
            Implement::Barbell => {
                format!("Lighter than the empty bar ({m}): use a lighter bar or dumbbells")
            }
            Implement::Dumbbells => format!("Lighter than the lightest dumbbell ({m})"),
            Implement::Machine => format!("Lighter than the lightest weight on the stack ({m})"),
        }
    }

    /// Why a load is too heavy for this implement, `m` its heaviest (said with its unit).
    pub fn beyond(self, m: &str) -> String {
        match self {
            Implement::Barbell => format!("More than your plates allow (max {m})"),
            Implement::Dumbbells => format!("Heavier than the heaviest dumbbell (max {m})"),
            Implement::Machine => format!("More than the stack (max {m})"),
        }
    }

    /// The usual gear of this kind in `unit`: the session's barbell, or the standard steps.
    pub fn gear(self, unit: Unit) -> Gear {
        match self {
            Implement::Barbell => Gear::Barbell,
            Implement::Dumbbells => Gear::dumbbells(unit),
            Implement::Machine => Gear::machine(unit),
        }
    }
}
