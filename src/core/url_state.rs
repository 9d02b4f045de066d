//! The session in the URL's query string, so a bookmark, a home-screen icon or a shared link
//! brings the whole plan back. Compact and readable, e.g.
//! `?v=1&u=kg&bar=20&plates=25:6,20:4&e=Bench+press~100~strength&e=Squat~140x5@8~goto~k5x1@90,b1xa@50r30`.
//! Reading is forgiving: what can be read is used, the rest falls back to defaults and is counted
//! so the page can say so.

use super::one_rep_max::Formula;
use super::plates::{Plate, PlateStock, Rounding};
use super::query::{build, pairs};
use super::scheme::{
    Builtin, Intensity, Reps, SetGroup, SetKind, MAX_REST_S, MAX_SETS, PERCENT_RANGE,
};
use super::session::{
    Exercise, Gear, MaxSource, Settings, MAX_BAR, MAX_COLLAR, MAX_NAME, MAX_PAIRS,
};
use super::units::{fmt, parse_bounded, Unit, MAX_REPS};

/// The format's version; a reader meets it as `v=1`.
pub const VERSION: &str = "1";
/// Limits that keep a hand-edited or hostile URL from building a huge page.
pub const MAX_EXERCISES: usize = 12;
const MAX_GROUPS: usize = 12;
const MAX_PLATE_KINDS: usize = 24;

/// What a URL said, merged over a base.
#[derive(Clone, Debug, PartialEq)]
pub struct UrlState {
    pub settings: Settings,
    pub exercises: Vec<Exercise>,
    /// How many parts could not be read (and were replaced by defaults).
    pub problems: usize,
    /// Whether the URL held a plan (a version or an exercise), not just stray parameters.
    pub present: bool,
}

/// The query string (with its `?`) for a session.
pub fn encode(settings: &Settings, exercises: &[Exercise]) -> String {
    let mut p: Vec<(&str, String)> = vec![("v", VERSION.into())];
    p.extend(encode_equipment(settings));
    for e in exercises {
        p.push(("e", encode_exercise(e)));
    }
    format!("?{}", build(&p))
}

/// The shareable settings: unit, bar, collars, plates, rounding and formula.
pub fn encode_equipment(s: &Settings) -> Vec<(&'static str, String)> {
    vec![
        ("u", s.unit.symbol().into()),
        ("bar", fmt(s.bar)),
        ("col", fmt(s.collar)),
        ("plates", encode_plates(&s.plates, s.unit)),
        ("round", rounding_key(s.rounding).into()),
        ("f", s.formula.key().into()),
    ]
}

/// Reads a query string over `base` settings.
pub fn decode(query: &str, base: &Settings) -> UrlState {
    let mut state = UrlState {
        settings: base.clone(),
        exercises: Vec::new(),
        problems: 0,
        present: false,
    };
    let all = pairs(query);
    // The unit comes first: bare numbers in the other fields are in it.
    for (k, v) in all.iter().flatten() {
        if k == "u" {
            match Unit::parse(v) {
                // The equipment in use is kept for switching back (the link's own follows).
                Some(u) => state.settings = state.settings.switched_to(u),
                None => state.problems += 1,
            }
        }
    }
    for pair in &all {
        let Some((k, v)) = pair else {
            state.problems += 1;
            continue;
        };
        // Only our own keys make a plan: a tracker's `?fbclid=` must not hide the saved one.
        state.present |= k == "v" || k == "e";
        let ok = match k.as_str() {
            "v" => v == VERSION,
            "u" => true,
            "e" if state.exercises.len() >= MAX_EXERCISES => false,
            "e" => decode_exercise(v)
                .map(|e| state.exercises.push(e))
                .is_some(),
            _ => apply_setting(&mut state.settings, k, v).unwrap_or(true),
        };
        if !ok {
            state.problems += 1;
        }
    }
    state
}

/// Applies one shareable setting; `None` for a key this module does not know (left to others),
/// `Some(false)` for a value that cannot be read.
pub fn apply_setting(s: &mut Settings, key: &str, value: &str) -> Option<bool> {
    let ok = match key {
        "bar" => number(value, 0.0, MAX_BAR).map(|v| s.bar = v).is_some(),
        "col" => number(value, 0.0, MAX_COLLAR)
            .map(|v| s.collar = v)
            .is_some(),
        "plates" => decode_plates(value, s.unit).map(|p| s.plates = p).is_some(),
        "round" => rounding_from_key(value).map(|r| s.rounding = r).is_some(),
        "f" => Formula::from_key(value).map(|f| s.formula = f).is_some(),
        _ => return None,
    };
    Some(ok)
}

fn number(text: &str, min: f64, max: f64) -> Option<f64> {
    parse_bounded(text, min, max).ok()
}

fn whole(text: &str, min: u32, max: u32) -> Option<u32> {
    text.parse::<u32>().ok().filter(|v| (min..=max).contains(v))
}

/// `down`, `nearest` or `up`.
pub fn rounding_key(r: Rounding) -> &'static str {
    match r {
        Rounding::Down => "down",
        Rounding::Nearest => "nearest",
        Rounding::Up => "up",
    }
}

/// The rounding mode named by `rounding_key`.
pub fn rounding_from_key(key: &str) -> Option<Rounding> {
    match key {
        "down" => Some(Rounding::Down),
        "nearest" => Some(Rounding::Nearest),
        "up" => Some(Rounding::Up),
        _ => None,
    }
}

pub(crate) fn encode_plates(plates: &[PlateStock], unit: Unit) -> String {
    let one = |p: &PlateStock| {
        let u = if p.plate.unit == unit {
            ""
        } else {
            p.plate.unit.symbol()
        };
        format!("{}{}:{}", fmt(p.plate.weight), u, p.pairs)
    };
    plates.iter().map(one).collect::<Vec<_>>().join(",")
}

pub(crate) fn decode_plates(text: &str, unit: Unit) -> Option<Vec<PlateStock>> {
    if text.is_empty() {
        return Some(Vec::new());
    }
    let mut out = Vec::new();
    for item in text.split(',').take(MAX_PLATE_KINDS) {
        let (w, n) = item.split_once(':')?;
        let (w, u) = match w.strip_suffix("lb").or_else(|| w.strip_suffix("kg")) {
            Some(num) => (num, Unit::parse(&w[num.len()..])?),
            None => (w, unit),
        };
        let weight = number(w, 0.01, 100.0)?;
        out.push(PlateStock {
            plate: Plate { weight, unit: u },
            pairs: whole(n, 0, MAX_PAIRS)?,
        });
    }
    Some(out)
}

fn encode_exercise(e: &Exercise) -> String {
    let max = match e.max {
        MaxSource::OneRepMax(m) => fmt(m),
        MaxSource::FromSet {
            load,
            reps,
            rpe: None,
        } => format!("{}x{}", fmt(load), reps),
        MaxSource::FromSet {
            load,
            reps,
            rpe: Some(r),
        } => format!("{}x{}@{}", fmt(load), reps, fmt(r)),
    };
    let mut s = format!("{}~{}~{}", e.name.replace('~', "-"), max, e.scheme.key());
    let gear = match e.gear {
        Gear::Barbell => String::new(),
        Gear::Fixed { step, min, max } => format!("f{}:{}:{}", fmt(step), fmt(min), fmt(max)),
    };
    if e.is_edited() || !gear.is_empty() {
        s.push('~');
        if e.is_edited() {
            s.push_str(
                &e.groups
                    .iter()
                    .map(encode_group)
                    .collect::<Vec<_>>()
                    .join(","),
            );
        }
    }
    if !gear.is_empty() {
        s.push('~');
        s.push_str(&gear);
    }
    s
}

fn decode_exercise(text: &str) -> Option<Exercise> {
    let mut parts = text.split('~');
    let name: String = parts.next()?.trim().chars().take(MAX_NAME).collect();
    let max = decode_max(parts.next()?)?;
    let scheme = Builtin::from_key(parts.next()?)?;
    let groups = match parts.next() {
        None | Some("") => scheme.groups(),
        Some(g) => g
            .split(',')
            .take(MAX_GROUPS)
            .map(decode_group)
            .collect::<Option<Vec<_>>>()?,
    };
    let gear = match parts.next() {
        None | Some("") | Some("bb") => Gear::Barbell,
        Some(g) => {
            let mut n = g
                .strip_prefix('f')?
                .split(':')
                .map(|x| number(x, 0.0, 1000.0));
            let (step, min, max) = (n.next()??, n.next()??, n.next()??);
            (step > 0.0 && min <= max).then_some(Gear::Fixed { step, min, max })?
        }
    };
    Some(Exercise {
        name,
        max,
        scheme,
        groups,
        gear,
    })
}

fn decode_max(text: &str) -> Option<MaxSource> {
    let Some((load, rest)) = text.split_once('x') else {
        return Some(MaxSource::OneRepMax(number(text, 0.01, 2200.0)?));
    };
    let load = number(load, 0.01, 2200.0)?;
    let (reps, rpe) = match rest.split_once('@') {
        Some((r, p)) => (r, Some(number(p, 6.0, 10.0)?)),
        None => (rest, None),
    };
    Some(MaxSource::FromSet {
        load,
        reps: whole(reps, 1, MAX_REPS)?,
        rpe,
    })
}

fn encode_group(g: &SetGroup) -> String {
    let kind = match g.kind {
        SetKind::WarmUp => 'w',
        SetKind::Work => 'k',
        SetKind::BackOff => 'b',
    };
    let reps = match g.reps {
        Reps::Exact(r) => r.to_string(),
        Reps::Amrap => "a".into(),
    };
    let intensity = match g.intensity {
        Intensity::OfMax(p) => fmt(p),
        Intensity::OfTrainingMax(p) => format!("tm{}", fmt(p)),
        Intensity::Rpe(r) => format!("rpe{}", fmt(r)),
        Intensity::OfTopSet(p) => format!("top{}", fmt(p)),
    };
    let rest = g.rest_s.map(|r| format!("r{r}")).unwrap_or_default();
    format!("{kind}{}x{reps}@{intensity}{rest}", g.sets)
}

fn decode_group(text: &str) -> Option<SetGroup> {
    let kind = match text.get(..1)? {
        "w" => SetKind::WarmUp,
        "k" => SetKind::Work,
        "b" => SetKind::BackOff,
        _ => return None,
    };
    let (sets, rest) = text.get(1..)?.split_once('x')?;
    let (reps, rest) = rest.split_once('@')?;
    let (intensity, rest_s) = match rest.rsplit_once('r') {
        // "rpe" also holds an r: only a trailing r<digits> is the rest.
        Some((i, r)) if !i.is_empty() && r.chars().all(|c| c.is_ascii_digit()) => {
            (i, Some(whole(r, 0, MAX_REST_S)?))
        }
        _ => (rest, None),
    };
    let intensity = if let Some(p) = intensity.strip_prefix("tm") {
        Intensity::OfTrainingMax(number(p, *PERCENT_RANGE.start(), *PERCENT_RANGE.end())?)
    } else if let Some(p) = intensity.strip_prefix("rpe") {
        Intensity::Rpe(number(p, 6.0, 10.0)?)
    } else if let Some(p) = intensity.strip_prefix("top") {
        Intensity::OfTopSet(number(p, *PERCENT_RANGE.start(), *PERCENT_RANGE.end())?)
    } else {
        Intensity::OfMax(number(
            intensity,
            *PERCENT_RANGE.start(),
            *PERCENT_RANGE.end(),
        )?)
    };
    let reps = if reps == "a" {
        Reps::Amrap
    } else {
        Reps::Exact(whole(reps, 1, MAX_REPS)?)
    };
    Some(SetGroup {
        kind,
        sets: whole(sets, 0, MAX_SETS)?,
        reps,
        intensity,
        rest_s,
    })
}
