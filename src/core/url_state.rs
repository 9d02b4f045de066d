//! The session in the URL's query string, so a bookmark, a home-screen icon or a shared link
//! brings the whole plan back. Compact and readable, e.g.
//! `?v=1&u=kg&bar=20&plates=25:6,20:4&e=Bench+press~100~strength&e=Squat~140x5@8~goto~k5x1@90,b1xa@50r30`.
//! Reading is forgiving: what can be read is used, the rest falls back to defaults and is counted
//! so the page can say so.

use super::implements::{
    parse_add_ons, parse_base, parse_load, parse_signed, parse_weights, Implement, Run,
};
use super::one_rep_max::Formula;
use super::plans::parse_plan_name;
use super::plate_moves::LoadingGoal;
use super::plates::{parse_pairs, parse_plate, Plate, PlateStock, Rounding, MAX_PLATE_KINDS};
use super::programs::{parse_program_name, MAX_DAYS};
use super::progression::Rule;
use super::query::{build, read};
use super::rpe::parse_rpe;
use super::scheme::{
    parse_percent, parse_rest_s, parse_sets, Builtin, Intensity, Reps, SetGroup, SetKind,
    MAX_GROUPS,
};
use super::session::{
    clip_name, parse_bar, parse_bodyweight, parse_collar, parse_step, Exercise, Gear, MaxSource,
    Settings, Trust, MAX_EXERCISES,
};
use super::units::{fmt, parse_bounded, parse_reps, parse_weight, Unit};
use super::warm_ups::WarmUpChoice;

/// The format's version; a reader meets it as `v=1`.
pub const VERSION: &str = "1";

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

/// A program as a link carries it: its name, its days in order and where it stands.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkProgram {
    pub name: String,
    pub days: Vec<(String, Vec<Exercise>)>,
    /// The day the next session is (an index into `days`).
    pub at: usize,
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

/// The query string (with its `?`) of a whole program: the equipment, `prog` (its name), `at`
/// (the next day's position), each day as `day` (its name) and its exercises, and `end` (the
/// number of days) last, so a link cut short is known.
pub fn encode_program(settings: &Settings, program: &LinkProgram) -> String {
    // The name first: a link cut anywhere after `v` still says it was a program's.
    let mut p: Vec<(&str, String)> = vec![
        ("v", VERSION.into()),
        ("prog", program.name.clone()),
        ("at", program.at.to_string()),
    ];
    p.extend(encode_equipment(settings));
    for (name, exercises) in &program.days {
        p.push(("day", name.clone()));
        p.extend(exercises.iter().map(|e| ("e", encode_exercise(e))));
    }
    p.push(("end", program.days.len().to_string()));
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
    .into_iter()
    // Only once given: a link from before bodyweight lifts reads the same.
    .chain((s.bodyweight > 0.0).then(|| ("bw", fmt(s.bodyweight))))
    .chain((s.goal != LoadingGoal::FewestPlates).then(|| ("goal", s.goal.key().into())))
    .collect()
}

/// Reads a query string over `base` settings. Every number goes through the same parser and
/// limits as the page's field for it: a value the form would refuse counts as unreadable.
pub fn decode(query: &str, base: &Settings) -> UrlState {
    decode_with(query, base, |_, _, _| None)
}

/// [`decode`], with `extra` reading keys of its own first (`None`: not its key), given how many
/// exercises were read so far; an accepted `day` starts a new day's exercises.
fn decode_with(
    query: &str,
    base: &Settings,
    mut extra: impl FnMut(&str, &str, usize) -> Option<bool>,
) -> UrlState {
    let mut settings = base.clone();
    let mut exercises = Vec::new();
    let mut present = false;
    let mut inner = 0;
    let mut day_start = 0;
    let problems = read(query, |k, v| {
        // Only our own keys make a plan: a tracker's `?fbclid=` must not hide the saved one.
        present |= k == "v" || k == "e";
        match k {
            "v" => v == VERSION,
            // The equipment in use is kept for switching back (the link's own follows).
            "u" => Unit::parse(v)
                .map(|u| settings = settings.switched_to(u))
                .is_some(),
            "e" if exercises.len() - day_start >= MAX_EXERCISES => false,
            "e" => decode_exercise(v, settings.unit)
                .map(|(e, p)| {
                    exercises.push(e);
                    inner += p;
                })
                .is_some(),
            _ => match extra(k, v, exercises.len()) {
                Some(ok) => {
                    if ok && k == "day" {
                        day_start = exercises.len();
                    }
                    ok
                }
                None => apply_setting(&mut settings, k, v).unwrap_or(true),
            },
        }
    });
    UrlState {
        settings,
        exercises,
        problems: problems + inner,
        present,
    }
}

/// What a program's link holds.
#[derive(Clone, Debug, PartialEq)]
pub enum ProgramLink {
    /// No program: a plan's link, or none.
    None,
    /// A program cut short or damaged: not one to keep.
    Damaged,
    /// The whole program, and the equipment its link carries.
    Whole(LinkProgram, Settings),
}

/// Reads a program's link ([`encode_program`]) over `base` settings.
pub fn decode_program(query: &str, base: &Settings) -> ProgramLink {
    // Its name, where it stands, its days (name, first exercise) and their count.
    let (mut name, mut at, mut end) = (None, 0, None);
    let mut days: Vec<(String, usize)> = Vec::new();
    let read = decode_with(query, base, |k, v, read| {
        let ok = match k {
            "prog" => parse_program_name(v).map(|n| name = Some(n)).is_ok(),
            "at" => v.parse().map(|n| at = n).is_ok(),
            "day" if days.len() >= MAX_DAYS => false,
            "day" => parse_plan_name(v).map(|n| days.push((n, read))).is_ok(),
            "end" => v.parse().map(|n: usize| end = Some(n)).is_ok(),
            _ => return None,
        };
        Some(ok)
    });
    let Some(name) = name else {
        return ProgramLink::None;
    };
    let mut all = read.exercises;
    let mut split = Vec::new();
    for (day, start) in days.iter().rev() {
        split.push((day.clone(), all.split_off((*start).min(all.len()))));
    }
    split.reverse();
    // No days, or cut short of its last: `end` says how many it has.
    let n = split.len();
    if read.problems > 0 || n == 0 || end != Some(n) || at >= n {
        return ProgramLink::Damaged;
    }
    let program = LinkProgram {
        name,
        days: split,
        at,
    };
    ProgramLink::Whole(program, read.settings)
}

/// Applies one shareable setting; `None` for a key this module does not know (left to others),
/// `Some(false)` for a value that cannot be read.
pub fn apply_setting(s: &mut Settings, key: &str, value: &str) -> Option<bool> {
    let ok = match key {
        "bar" => parse_bar(value).map(|v| s.bar = v).is_ok(),
        "col" => parse_collar(value).map(|v| s.collar = v).is_ok(),
        "plates" => match decode_plates(value, s.unit) {
            Some((plates, all)) => {
                s.plates = plates;
                all
            }
            None => false,
        },
        "round" => rounding_from_key(value).map(|r| s.rounding = r).is_some(),
        "f" => Formula::from_key(value).map(|f| s.formula = f).is_some(),
        "goal" => LoadingGoal::from_key(value).map(|g| s.goal = g).is_some(),
        "bw" => parse_bodyweight(value, s.unit)
            .map(|v| s.bodyweight = v)
            .is_ok(),
        _ => return None,
    };
    Some(ok)
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

/// A plate list, and whether all of it was kept: past [`MAX_PLATE_KINDS`] the rest is dropped
/// (older builds took any number), not the whole list.
pub(crate) fn decode_plates(text: &str, unit: Unit) -> Option<(Vec<PlateStock>, bool)> {
    if text.is_empty() {
        return Some((Vec::new(), true));
    }
    let items: Vec<&str> = text.split(',').collect();
    let all = items.len() <= MAX_PLATE_KINDS;
    let mut out = Vec::new();
    for item in items.into_iter().take(MAX_PLATE_KINDS) {
        let (w, n) = item.split_once(':')?;
        let (w, u) = match w.strip_suffix("lb").or_else(|| w.strip_suffix("kg")) {
            Some(num) => (num, Unit::parse(&w[num.len()..])?),
            None => (w, unit),
        };
        out.push(PlateStock {
            plate: Plate {
                weight: parse_plate(w).ok()?,
                unit: u,
            },
            pairs: parse_pairs(n).ok()?,
        });
    }
    Some((out, all))
}

fn encode_exercise(e: &Exercise) -> String {
    let max = match e.max {
        None => String::new(),
        Some(MaxSource::OneRepMax(m)) => fmt(m),
        Some(MaxSource::FromSet {
            load,
            reps,
            rpe: None,
            ..
        }) => format!("{}x{}", fmt(load), reps),
        // `f`: the formula trusted over the chart; a link saying nothing trusts the chart, as
        // every link did before the choice.
        Some(MaxSource::FromSet {
            load,
            reps,
            rpe: Some(r),
            trust,
        }) => format!(
            "{}x{}@{}{}",
            fmt(load),
            reps,
            fmt(r),
            if trust == Trust::Formula { "f" } else { "" }
        ),
    };
    let gear = encode_gear(&e.gear);
    // Said only when it is not the scheme's own warm-ups, which a link saying nothing means: a
    // link made before the choice keeps planning exactly the sets it did.
    let kept: Vec<String> = e.kept.iter().map(encode_gear).collect();
    let warm = match e.warm_up != WarmUpChoice::Scheme || !kept.is_empty() {
        true => e.warm_up.key(),
        false => "",
    };
    let groups = match e.is_edited() {
        true => e
            .groups
            .iter()
            .map(encode_group)
            .collect::<Vec<_>>()
            .join(","),
        false => String::new(),
    };
    // Each part after the scheme is empty when it is the default, and trailing empty parts are
    // left out: a plain exercise reads "Bench press~100~strength", as links always did.
    let mut parts = vec![
        e.name.replace('~', "-"),
        max,
        e.scheme.key().to_string(),
        groups,
        gear,
        warm.to_string(),
        // The gear of other kinds it was set up on, `*`-separated.
        kept.join("*"),
        e.rule.encode(),
    ];
    while parts.len() > 3 && parts.last().is_some_and(String::is_empty) {
        parts.pop();
    }
    parts.join("~")
}

/// An exercise and how many of its parts could not be read: each falls back on its own (a max
/// the form would refuse leaves the exercise without one, so it asks for it), keeping the rest.
/// `None` when there is no exercise to speak of (no `~` at all).
fn decode_exercise(text: &str, unit: Unit) -> Option<(Exercise, usize)> {
    let mut parts = text.split('~');
    let name = clip_name(parts.next()?.trim());
    let max_text = parts.next()?;
    // The gear first: on a bodyweight lift the max is what is added, below zero when assisted.
    let gear = match text.split('~').nth(4) {
        None | Some("") | Some("bb") => Some(Gear::Barbell),
        Some(g) => decode_gear(g, unit),
    };
    let signed = matches!(gear, Some(Gear::Bodyweight { .. }));
    let mut problems = 0;
    let mut or_fallback = |ok: bool| {
        if !ok {
            problems += 1;
        }
    };
    let max = match max_text {
        "" => None,
        t => {
            let max = decode_max(t, unit, signed);
            or_fallback(max.is_some());
            max
        }
    };
    let scheme = parts.next().and_then(Builtin::from_key);
    or_fallback(scheme.is_some());
    let scheme = scheme.unwrap_or(Builtin::Goto);
    let groups = match parts.next() {
        None | Some("") => Some(scheme.groups()),
        Some(g) => {
            let list: Vec<&str> = g.split(',').collect();
            (list.len() <= MAX_GROUPS)
                .then(|| list.into_iter().map(decode_group).collect())
                .flatten()
        }
    };
    or_fallback(groups.is_some());
    parts.next();
    or_fallback(gear.is_some());
    let warm_up = match parts.next() {
        None | Some("") => Some(WarmUpChoice::Scheme),
        Some(w) => WarmUpChoice::from_key(w),
    };
    or_fallback(warm_up.is_some());
    let kept: Option<Vec<Gear>> = match parts.next() {
        None | Some("") => Some(Vec::new()),
        Some(k) => k
            .split('*')
            .take(Implement::ALL.len())
            .map(|g| decode_gear(g, unit))
            .collect(),
    };
    or_fallback(kept.is_some());
    let rule = match parts.next() {
        None | Some("") => Some(Rule::Manual),
        Some(r) => Rule::decode(r, unit),
    };
    or_fallback(rule.is_some());
    let exercise = Exercise {
        name,
        max,
        scheme,
        groups: groups.unwrap_or_else(|| scheme.groups()),
        gear: gear.unwrap_or(Gear::Barbell),
        kept: kept.unwrap_or_default(),
        warm_up: warm_up.unwrap_or(WarmUpChoice::Scheme),
        rule: rule.unwrap_or(Rule::Manual),
    };
    Some((exercise, problems))
}

/// An exercise's gear in a link: nothing for the gym's barbell; `zez:10` a bar of its own and
/// its weight; `s50` / `o0` a plate-loaded machine on two sleeves / one and its sled;
/// `m5:5:200` a stack (step, lightest, heaviest) and its add-ons after (`:1.25,2.5`);
/// `d1-10:1,12-50:2` dumbbells and `k8-48:4` kettlebells as runs of weights; `w5` bodyweight
/// and its assistance step.
pub fn encode_gear(g: &Gear) -> String {
    match g {
        Gear::Barbell => String::new(),
        Gear::Bar { kind, weight } => {
            format!("z{}:{}", Implement::Bar(*kind).key(), fmt(*weight))
        }
        Gear::Sled { base, one_sleeve } => {
            format!("{}{}", if *one_sleeve { 'o' } else { 's' }, fmt(*base))
        }
        Gear::Stack {
            step,
            min,
            max,
            add_ons,
        } => {
            let mut t = format!("m{}:{}:{}", fmt(*step), fmt(*min), fmt(*max));
            if !add_ons.is_empty() {
                t.push(':');
                t.push_str(
                    &add_ons
                        .iter()
                        .map(|a| fmt(*a))
                        .collect::<Vec<_>>()
                        .join(","),
                );
            }
            t
        }
        Gear::Weights { bells, runs } => {
            let each = |r: &Run| match r.from == r.to {
                true => fmt(r.from),
                false => format!("{}-{}:{}", fmt(r.from), fmt(r.to), fmt(r.step)),
            };
            let list: Vec<String> = runs.iter().map(each).collect();
            format!("{}{}", if *bells { 'k' } else { 'd' }, list.join(","))
        }
        Gear::Bodyweight { assist_step } => format!("w{}", fmt(*assist_step)),
    }
}

/// Reads [`encode_gear`]'s text (and `f{step}:{lightest}:{heaviest}`, dumbbells or a stack as
/// links wrote them before), with the limits of the page's fields.
pub fn decode_gear(text: &str, unit: Unit) -> Option<Gear> {
    let (code, rest) = (text.get(..1)?, text.get(1..)?);
    match code {
        "f" => {
            let mut n = rest.split(':');
            let step = parse_step(n.next()?, unit).ok()?;
            let mut end = || parse_bounded(n.next()?, 0.0, unit.max_load()).ok();
            let (min, max) = (end()?, end()?);
            (min <= max && n.next().is_none()).then(|| Gear::fixed(step, min, max, unit))
        }
        "z" => {
            let (key, weight) = rest.split_once(':')?;
            let Implement::Bar(kind) = Implement::from_key(key)? else {
                return None;
            };
            let weight = parse_base(weight).ok()?;
            Some(Gear::Bar { kind, weight })
        }
        "s" | "o" => Some(Gear::Sled {
            base: parse_base(rest).ok()?,
            one_sleeve: code == "o",
        }),
        "m" => {
            let mut n = rest.split(':');
            let step = parse_step(n.next()?, unit).ok()?;
            let mut end = || parse_load(n.next()?, unit).ok();
            let (min, max) = (end()?, end()?);
            let add_ons = match n.next() {
                None => Vec::new(),
                Some(list) => parse_add_ons(list, unit).ok()?,
            };
            (min <= max && n.next().is_none()).then_some(Gear::Stack {
                step,
                min,
                max,
                add_ons,
            })
        }
        "d" | "k" => {
            let runs = parse_weights(&rest.replace(':', "/"), unit).ok()?;
            Some(Gear::Weights {
                bells: code == "k",
                runs,
            })
        }
        "w" => Some(Gear::Bodyweight {
            assist_step: parse_base(rest).ok()?,
        }),
        _ => None,
    }
}

/// A load as the max field reads it, in the link's unit (`signed`: a bodyweight lift's added
/// load, below zero when assisted).
fn load(text: &str, unit: Unit, signed: bool) -> Option<f64> {
    match signed {
        true => parse_signed(text, unit.max_load()).ok(),
        false => parse_weight(text, unit).ok().map(|w| w.to(unit)),
    }
}

fn decode_max(text: &str, unit: Unit, signed: bool) -> Option<MaxSource> {
    let Some((weight, rest)) = text.split_once('x') else {
        return Some(MaxSource::OneRepMax(load(text, unit, signed)?));
    };
    let (reps, rpe, trust) = match rest.split_once('@') {
        Some((r, p)) => match p.strip_suffix('f') {
            Some(p) => (r, Some(parse_rpe(p).ok()?), Trust::Formula),
            None => (r, Some(parse_rpe(p).ok()?), Trust::Chart),
        },
        None => (rest, None, Trust::Chart),
    };
    Some(MaxSource::FromSet {
        load: load(weight, unit, signed)?,
        reps: parse_reps(reps).ok()?,
        rpe,
        trust,
    })
}

/// A group as a link (and a stored scheme) writes it: `k5x1@90r180`.
pub(crate) fn encode_group(g: &SetGroup) -> String {
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

/// Reads [`encode_group`]'s text, with the editor's limits.
pub(crate) fn decode_group(text: &str) -> Option<SetGroup> {
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
            (i, Some(parse_rest_s(r).ok()?))
        }
        _ => (rest, None),
    };
    let intensity = if let Some(p) = intensity.strip_prefix("tm") {
        Intensity::OfTrainingMax(parse_percent(p).ok()?)
    } else if let Some(p) = intensity.strip_prefix("rpe") {
        Intensity::Rpe(parse_rpe(p).ok()?)
    } else if let Some(p) = intensity.strip_prefix("top") {
        Intensity::OfTopSet(parse_percent(p).ok()?)
    } else {
        Intensity::OfMax(parse_percent(intensity).ok()?)
    };
    let reps = if reps == "a" {
        Reps::Amrap
    } else {
        Reps::Exact(parse_reps(reps).ok()?)
    };
    Some(SetGroup {
        kind,
        sets: parse_sets(sets).ok()?,
        reps,
        intensity,
        rest_s,
    })
}
