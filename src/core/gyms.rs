//! Gyms: named sets of equipment ("Home", "Work gym"). A gym keeps its unit, its standard bar,
//! collars and plates, its loading goal, and its kit: the bars of other kinds, machines,
//! dumbbell racks and kettlebells it has, one per kind of implement. Putting a gym in use puts
//! its equipment on the plan (in its unit: maxes convert); while it is in use, what the lifter
//! changes in the equipment is kept in it.

use super::implements::{Gear, Implement};
use super::plate_moves::LoadingGoal;
use super::plates::{PlateStock, MAX_PLATE_KINDS};
use super::query::{build, escape, read, unescape};
use super::session::{parse_bar, parse_collar, Exercise, Settings};
use super::units::{fmt, parse_name, InputError, Unit};
use super::url_state::{decode_gear, decode_plates, encode_gear, encode_plates};

/// A gym's stable id: names change, positions move.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct GymId(pub u32);

/// The most gyms kept.
pub const MAX_GYMS: usize = 8;
/// The longest gym name, in characters.
pub const MAX_GYM_NAME: usize = 30;

/// A named set of equipment.
#[derive(Clone, Debug, PartialEq)]
pub struct Gym {
    pub id: GymId,
    /// As the lifter typed it (see [`parse_gym_name`]).
    pub name: String,
    /// The unit its weights are in; putting the gym in use switches the plan to it.
    pub unit: Unit,
    /// The standard bar and one collar, in `unit`.
    pub bar: f64,
    pub collar: f64,
    /// The plates on hand, in pairs.
    pub plates: Vec<PlateStock>,
    /// Fewest plates or fewest changes.
    pub goal: LoadingGoal,
    /// At most one gear per kind of implement, in `unit`; never the standard barbell (that is
    /// the bar above).
    pub kit: Vec<Gear>,
}

/// A gym name as typed: trimmed, not empty, at most [`MAX_GYM_NAME`] characters.
pub fn parse_gym_name(text: &str) -> Result<String, InputError> {
    parse_name(text, MAX_GYM_NAME)
}

/// Whether two gym names are the same to a lifter: case aside in Latin letters (Unicode's case
/// tables would cost every page that saves or merges gyms about 5 KB; "Übung" and "übung" stay
/// two names).
pub fn same_name(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// The highest gym id read back: far above what saving gyms one by one reaches, so ids can grow.
const MAX_GYM_ID: u32 = 1_000_000;

/// An id no gym in `gyms` has.
pub fn new_gym_id(gyms: &[Gym]) -> GymId {
    GymId(
        gyms.iter()
            .map(|g| g.id.0)
            .max()
            .unwrap_or(0)
            .saturating_add(1),
    )
}

impl Gym {
    /// The equipment of `settings` and of the plan's `exercises` (their gear in use first, then
    /// the gear they keep for other kinds).
    pub fn of(id: GymId, name: String, settings: &Settings, exercises: &[Exercise]) -> Gym {
        let mut gym = Gym {
            id,
            name,
            unit: settings.unit,
            bar: settings.bar,
            collar: settings.collar,
            plates: settings.plates.clone(),
            goal: settings.goal,
            kit: Vec::new(),
        };
        // The first exercise on a kind says what the gym has of it.
        for e in exercises.iter().rev() {
            for g in e.kept.iter().chain([&e.gear]) {
                gym.keep(g);
            }
        }
        gym
    }

    /// Keeps `gear` as what the gym has of its kind.
    pub fn keep(&mut self, gear: &Gear) {
        if *gear == Gear::Barbell {
            return;
        }
        let kind = Implement::of(gear);
        self.kit.retain(|g| Implement::of(g) != kind);
        self.kit.push(gear.clone());
    }

    /// What the gym has of `kind`, if it was set up there.
    pub fn kit_for(&self, kind: Implement) -> Option<&Gear> {
        self.kit.iter().find(|g| Implement::of(g) == kind)
    }

    /// Takes the bar, collars, plates and goal of `settings` (in the gym's unit).
    pub fn take_settings(&mut self, settings: &Settings) {
        self.bar = settings.bar;
        self.collar = settings.collar;
        self.plates = settings.plates.clone();
        self.goal = settings.goal;
    }

    /// Puts the gym's kit on `e`: the gear in use and the gear kept for other kinds, where the
    /// gym has that kind.
    pub fn equip(&self, e: &mut Exercise) {
        for g in e.kept.iter_mut().chain([&mut e.gear]) {
            if let Some(k) = self.kit_for(Implement::of(g)) {
                *g = k.clone();
            }
        }
    }

    /// Whether `settings` hold this gym's equipment.
    pub fn fits(&self, settings: &Settings) -> bool {
        (self.unit, self.bar, self.collar, self.goal)
            == (settings.unit, settings.bar, settings.collar, settings.goal)
            && self.plates == settings.plates
    }

    /// A line for the gym list: "kg · 20 kg bar · 9 plates · EZ bar, Dumbbells".
    pub fn summary(&self) -> String {
        let u = self.unit.symbol();
        let plates: u32 = self.plates.iter().map(|p| p.pairs * 2).sum();
        let mut text = format!("{u} · {} {u} bar · {plates} plates", fmt(self.bar));
        let kinds: Vec<&str> = self.kit.iter().map(|g| Implement::of(g).label()).collect();
        if !kinds.is_empty() {
            text.push_str(" · ");
            text.push_str(&kinds.join(", "));
        }
        text
    }
}

/// A gym as stored: `3~Home~u=kg&bar=20&col=0&plates=25:6&k=zez:10&k=d1-10:1`.
pub fn encode_gym(g: &Gym) -> String {
    let mut p: Vec<(&str, String)> = vec![
        ("u", g.unit.symbol().into()),
        ("bar", fmt(g.bar)),
        ("col", fmt(g.collar)),
        ("plates", encode_plates(&g.plates, g.unit)),
        ("goal", g.goal.key().into()),
    ];
    p.extend(g.kit.iter().map(|k| ("k", encode_gear(k))));
    // Escaped twice over, so a `~` in the name cannot split the entry.
    let name = escape(&g.name).replace('~', "%7E");
    format!("{}~{name}~{}", g.id.0, build(&p))
}

/// A stored gym; `None` when its id, name, unit, bar or plates cannot be read (a kit part that
/// cannot be read is left out).
pub fn decode_gym(text: &str) -> Option<Gym> {
    let mut parts = text.splitn(3, '~');
    let id = GymId(parts.next()?.parse().ok().filter(|&n| n <= MAX_GYM_ID)?);
    let name = parse_gym_name(&unescape(parts.next()?)?).ok()?;
    let query = parts.next()?;
    let mut gym = Gym {
        id,
        name,
        unit: Unit::Kg,
        bar: f64::NAN,
        collar: 0.0,
        plates: Vec::new(),
        goal: LoadingGoal::FewestPlates,
        kit: Vec::new(),
    };
    let mut plates_read = false;
    read(query, |k, v| match k {
        "u" => Unit::parse(v).map(|u| gym.unit = u).is_some(),
        "bar" => parse_bar(v).map(|b| gym.bar = b).is_ok(),
        "col" => parse_collar(v).map(|c| gym.collar = c).is_ok(),
        "plates" => decode_plates(v, gym.unit)
            .map(|(p, _)| {
                gym.plates = p;
                plates_read = true;
            })
            .is_some(),
        "goal" => LoadingGoal::from_key(v).map(|g| gym.goal = g).is_some(),
        "k" if gym.kit.len() >= Implement::ALL.len() => false,
        "k" => decode_gear(v, gym.unit).map(|g| gym.keep(&g)).is_some(),
        _ => true,
    });
    gym.plates.truncate(MAX_PLATE_KINDS);
    (gym.bar.is_finite() && plates_read).then_some(gym)
}
