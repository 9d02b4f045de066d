//! What Backoff keeps in local storage: every setting, the back-off log and the session's
//! progress (the rest timer, the checked-off sets), as one query-string value under one
//! versioned key. A value that cannot be read never breaks the page: defaults
//! load, the page says so, and the shell keeps the unreadable text under `BACKUP_KEY`.

use super::progression::{decode_offer, encode_offer, Offer};
use std::rc::Rc;

use super::changes::newest;
use super::gyms::{decode_gym, encode_gym, Gym, GymId, MAX_GYMS};
use super::history::{decode_set, encode_set, inherit_plan, push_history, DoneSet};
use super::named_schemes::{decode_scheme, encode_scheme, NamedScheme, MAX_SCHEMES};
use super::plans::{parse_plan_name, PlanId, StoredPlan, MAX_PLANS};
use super::programs::{decode_program, encode_program, Program, ProgramId, MAX_PROGRAMS};
use super::query::{build, escape, pairs, read, unescape};
use super::rest_timer::RestTimer;
use super::scheme::parse_rest_s;
use super::session::{
    clip_name, parse_bar, parse_collar, push_log, LogEntry, Settings, Spare, MAX_EXERCISES,
};
use super::set_fix::{decode_fix, encode_fix, SetFix, MAX_FIXES};
use super::units::{fmt, parse_bounded, parse_number, parse_reps, Unit, MAX_LB};
use super::url_state::{apply_setting, decode_plates, encode_equipment, encode_plates};

/// The storage key; the number changes only with a format no migration can read.
pub const KEY: &str = "backoff.v1";
/// Where an unreadable value is moved instead of being overwritten.
pub const BACKUP_KEY: &str = "backoff.unreadable";
/// The format written now; older ones are migrated on read. 2 added the plan library: a
/// format-1 value has only the plan in force, which becomes the library's first plan, named
/// from its exercises.
pub const FORMAT: u32 = 2;

/// What was read back.
#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    pub settings: Settings,
    /// Shared with the page's state, so writing it back copies no entries.
    pub log: Rc<Vec<LogEntry>>,
    /// The rest timer, so a reload or a discarded tab resumes it with the right time.
    pub timer: RestTimer,
    /// Checked-off sets per exercise (by position), so a reload keeps the lifter's place.
    pub done: Vec<Vec<usize>>,
    /// Ticked sets corrected to what was done, per exercise (by position).
    pub fixes: Vec<Vec<SetFix>>,
    /// Exercises (by position) whose back-off result is already in the log.
    pub logged: Vec<usize>,
    /// The last plan's query string, for a start with none in the address (an installed app
    /// opens its `start_url`, which holds no plan).
    pub plan: String,
    /// The stored plan is still the first visit's example, untouched.
    pub example: bool,
    /// The plan in force: its id and name (empty before the library, format 1).
    pub plan_id: PlanId,
    pub plan_name: String,
    /// Every other plan of the library.
    pub plans: Vec<StoredPlan>,
    /// When a set was last ticked (0: none this session), and the sets of sessions gone by.
    pub ticked_at: f64,
    /// When the session's first set was ticked (0: not known).
    pub began_at: f64,
    /// Sets of sessions gone by, not yet in the history store (format 2 before the store kept
    /// every set here: they move there on the page's first run).
    pub unfiled: Rc<Vec<DoneSet>>,
    /// The lifter's own schemes, for every plan.
    pub schemes: Vec<NamedScheme>,
    /// The lifter's gyms.
    pub gyms: Vec<Gym>,
    /// The gym in use, if any.
    pub gym: Option<GymId>,
    /// What each exercise's rule offers (by position), until applied or kept.
    pub offers: Vec<(usize, Offer)>,
    /// The lifter's programs: days of the library in rotation (shared with the page's state).
    pub programs: Rc<Vec<Program>>,
    /// What the rules did to each lift's max: its lines (`changes.rs`).
    pub changes: String,
}

impl Default for Saved {
    fn default() -> Self {
        Saved {
            settings: Settings::default(),
            log: Rc::default(),
            timer: RestTimer::Idle,
            done: Vec::new(),
            fixes: Vec::new(),
            logged: Vec::new(),
            plan: String::new(),
            example: false,
            plan_id: PlanId(1),
            plan_name: String::new(),
            plans: Vec::new(),
            ticked_at: 0.0,
            began_at: 0.0,
            unfiled: Rc::default(),
            schemes: Vec::new(),
            gyms: Vec::new(),
            gym: None,
            offers: Vec::new(),
            programs: Rc::default(),
            changes: String::new(),
        }
    }
}

/// How reading went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadStatus {
    /// Nothing was stored: a first visit.
    Empty,
    Ok,
    /// Some fields could not be read and took defaults; the rest was kept.
    Partial,
    /// Nothing could be read (garbage, or a format from the future): all defaults.
    Unreadable,
}

/// The stored text for settings and log.
pub fn encode(saved: &Saved) -> String {
    let s = &saved.settings;
    let flag = |b: bool| if b { "1" } else { "0" }.to_string();
    let mut p: Vec<(&str, String)> = vec![("fmt", FORMAT.to_string())];
    p.extend(encode_equipment(s));
    p.extend([
        ("rw", s.rests.warm_up_s.to_string()),
        ("rk", s.rests.work_s.to_string()),
        ("rb", s.rests.back_off_s.to_string()),
        ("snd", flag(s.sound)),
        ("beeps", flag(s.countdown_beeps)),
        ("vib", flag(s.vibrate)),
        ("awake", flag(s.keep_awake)),
        ("notify", flag(s.notify)),
    ]);
    // Written only when folded: a value from before reads as shown.
    if !s.details {
        p.push(("det", flag(false)));
    }
    if s.weighed_at > 0.0 {
        p.push(("bwat", fmt(s.weighed_at.floor())));
    }
    if let Some(spare) = &s.spare {
        let text = format!(
            "{}~{}~{}~{}",
            spare.unit.symbol(),
            fmt(spare.bar),
            fmt(spare.collar),
            encode_plates(&spare.plates, spare.unit)
        );
        p.push(("spare", text));
    }
    for e in saved.log.iter() {
        let entry = format!(
            "{}~{}~{}~{}~{}",
            e.exercise.replace('~', "-"),
            fmt(e.at_ms.max(0.0).floor()),
            fmt(e.load),
            e.unit.symbol(),
            e.reps
        );
        p.push(("log", entry));
    }
    if !saved.changes.is_empty() {
        p.push(("chg", newest(&saved.changes).to_string()));
    }
    if let Some(t) = encode_timer(&saved.timer) {
        p.push(("timer", t));
    }
    for (i, sets) in saved.done.iter().enumerate().filter(|(_, d)| !d.is_empty()) {
        let list: Vec<String> = sets.iter().map(|n| n.to_string()).collect();
        p.push(("done", format!("{i}:{}", list.join(","))));
    }
    for (i, fixes) in saved.fixes.iter().enumerate() {
        p.extend(fixes.iter().map(|f| ("fix", encode_fix(i, f))));
    }
    if !saved.logged.is_empty() {
        let list: Vec<String> = saved.logged.iter().map(|n| n.to_string()).collect();
        p.push(("logged", list.join(",")));
    }
    if !saved.plan.is_empty() {
        p.push(("plan", saved.plan.clone()));
    }
    if saved.example {
        p.push(("example", flag(true)));
    }
    p.push(("pid", saved.plan_id.0.to_string()));
    if !saved.plan_name.is_empty() {
        p.push(("pname", saved.plan_name.clone()));
    }
    if saved.ticked_at > 0.0 {
        p.push(("ticked", fmt(saved.ticked_at.floor())));
        p.push(("began", fmt(saved.began_at.floor())));
    }
    for d in saved.unfiled.iter() {
        p.push(("h", encode_set(d)));
    }
    for plan in &saved.plans {
        // Escaped twice over, so a `~` in the name cannot split the entry.
        let name = escape(&plan.name).replace('~', "%7E");
        p.push(("lib", format!("{}~{name}~{}", plan.id.0, plan.query)));
    }
    p.extend(saved.schemes.iter().map(|s| ("sch", encode_scheme(s))));
    p.extend(saved.gyms.iter().map(|g| ("gym", encode_gym(g))));
    if let Some(id) = saved.gym {
        p.push(("gymin", id.0.to_string()));
    }
    p.extend(
        saved
            .offers
            .iter()
            .map(|(i, o)| ("offer", encode_offer(&i.to_string(), o))),
    );
    for g in saved.programs.iter() {
        p.push(("prog", encode_program(g)));
        let waiting = g.waiting.iter();
        // "2:<the lift's key>", the key escaped twice so a `~` cannot split the entry.
        let at = |key: &str| format!("{}:{}", g.id.0, escape(key).replace('~', "%7E"));
        p.extend(waiting.map(|(k, o)| ("pwait", encode_offer(&at(k), o))));
    }
    build(&p)
}

/// Reads stored text (`None`: nothing stored). Every number goes through the same parser and
/// limits as the page's field for it.
pub fn decode(text: Option<&str>) -> (Saved, ReadStatus) {
    let mut saved = Saved::default();
    let Some(text) = text else {
        return (saved, ReadStatus::Empty);
    };
    let format = pairs(text)
        .into_iter()
        .flatten()
        .find(|(k, _)| k == "fmt")
        .and_then(|(_, v)| v.parse::<u32>().ok());
    // Format 1 reads as 2 with no library (the start names its plan); an unknown one is refused.
    if !matches!(format, Some(1 | FORMAT)) {
        return (saved, ReadStatus::Unreadable);
    }
    let problems = read(text, |k, v| apply(&mut saved, k, v));
    let status = if problems == 0 {
        ReadStatus::Ok
    } else {
        ReadStatus::Partial
    };
    (saved, status)
}

fn apply(saved: &mut Saved, key: &str, value: &str) -> bool {
    let s = &mut saved.settings;
    let secs = |v: &str| parse_rest_s(v).ok();
    let flag = |v: &str| match v {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    };
    match key {
        "fmt" => true,
        "u" => Unit::parse(value)
            .map(|u| *s = Settings::for_unit(u))
            .is_some(),
        "rw" => secs(value).map(|n| s.rests.warm_up_s = n).is_some(),
        "rk" => secs(value).map(|n| s.rests.work_s = n).is_some(),
        "rb" => secs(value).map(|n| s.rests.back_off_s = n).is_some(),
        "snd" => flag(value).map(|b| s.sound = b).is_some(),
        "beeps" => flag(value).map(|b| s.countdown_beeps = b).is_some(),
        "vib" => flag(value).map(|b| s.vibrate = b).is_some(),
        "awake" => flag(value).map(|b| s.keep_awake = b).is_some(),
        "notify" => flag(value).map(|b| s.notify = b).is_some(),
        "det" => flag(value).map(|b| s.details = b).is_some(),
        "spare" => decode_spare(value).map(|sp| s.spare = Some(sp)).is_some(),
        "log" => decode_entry(value)
            .map(|e| push_log(Rc::make_mut(&mut saved.log), e))
            .is_some(),
        "plan" => {
            saved.plan = value.chars().take(MAX_PLAN_CHARS).collect();
            true
        }
        // Positions past the exercises a plan can hold are dropped, not the whole list.
        "logged" => positions(value)
            .map(|l| saved.logged = l.into_iter().filter(|&n| n < MAX_EXERCISES).collect())
            .is_some(),
        "example" => flag(value).map(|b| saved.example = b).is_some(),
        "ticked" => parse_number(value)
            .ok()
            .filter(|t| *t >= 0.0)
            .map(|t| saved.ticked_at = t)
            .is_some(),
        "began" => parse_number(value)
            .ok()
            .filter(|t| *t >= 0.0)
            .map(|t| saved.began_at = t)
            .is_some(),
        "h" => decode_set(value)
            .map(|mut d| {
                let unfiled = Rc::make_mut(&mut saved.unfiled);
                inherit_plan(unfiled, &mut d);
                push_history(unfiled, vec![d]);
            })
            .is_some(),
        "pid" => value.parse().map(|id| saved.plan_id = PlanId(id)).is_ok(),
        "pname" => parse_plan_name(value).map(|n| saved.plan_name = n).is_ok(),
        "lib" if saved.plans.len() + 1 >= MAX_PLANS => false,
        "lib" => decode_plan(value)
            .filter(|p| saved.plans.iter().all(|o| o.id != p.id))
            .map(|p| saved.plans.push(p))
            .is_some(),
        "sch" if saved.schemes.len() >= MAX_SCHEMES => false,
        "sch" => decode_scheme(value)
            .filter(|n| saved.schemes.iter().all(|o| o.id != n.id))
            .map(|n| saved.schemes.push(n))
            .is_some(),
        "gym" if saved.gyms.len() >= MAX_GYMS => false,
        "gym" => decode_gym(value)
            .filter(|g| saved.gyms.iter().all(|o| o.id != g.id))
            .map(|g| saved.gyms.push(g))
            .is_some(),
        "prog" if saved.programs.len() >= MAX_PROGRAMS => false,
        "prog" => decode_program(value)
            .filter(|g| saved.programs.iter().all(|o| o.id != g.id))
            .map(|g| Rc::make_mut(&mut saved.programs).push(g))
            .is_some(),

        "gymin" => value.parse().map(|id| saved.gym = Some(GymId(id))).is_ok(),
        // After the unit: its loads are in it.
        // An exercise's, or one waiting in a program (after the program).
        "offer" | "pwait" => decode_offer(value, s.unit)
            .and_then(|(at, offer)| place_offer(saved, key == "pwait", at, offer))
            .is_some(),
        "timer" => decode_timer(value).map(|t| saved.timer = t).is_some(),
        // Read line by line on the history page, which shows them.
        "chg" => {
            saved.changes = newest(value).to_string();
            true
        }
        "done" => decode_done(value)
            .map(|(i, sets)| {
                if saved.done.len() <= i {
                    saved.done.resize(i + 1, Vec::new());
                }
                if let Some(slot) = saved.done.get_mut(i) {
                    *slot = sets;
                }
            })
            .is_some(),
        // After the unit (`u` comes first): its loads are in it.
        "fix" => decode_fix(value, s.unit)
            .map(|(i, f)| {
                if saved.fixes.len() <= i {
                    saved.fixes.resize(i + 1, Vec::new());
                }
                if let Some(slot) = saved.fixes.get_mut(i).filter(|v| v.len() < MAX_FIXES) {
                    slot.retain(|o| o.set != f.set);
                    slot.push(f);
                }
            })
            .is_some(),
        "bwat" => parse_number(value).map(|v| s.weighed_at = v).is_ok(),
        // Unknown keys from a newer build of the same format are ignored, not reported.
        _ => apply_setting(s, key, value).unwrap_or(true),
    }
}

/// Puts a stored offer where `at` says: on an exercise (its position), or `waiting` in a program
/// for one of its lifts ("2:<key>"). `None` when there is no such place.
fn place_offer(saved: &mut Saved, waiting: bool, at: &str, offer: Offer) -> Option<()> {
    if !waiting {
        let i = at.parse().ok().filter(|i| *i < MAX_EXERCISES)?;
        saved.offers.push((i, offer));
        return Some(());
    }
    let (id, key) = at.split_once(':')?;
    let id = ProgramId(id.parse().ok()?);
    let key = unescape(key)?;
    let programs = Rc::make_mut(&mut saved.programs);
    programs.iter_mut().find(|g| g.id == id)?.wait(key, offer);
    Some(())
}

/// A plan of the library: "3~Day A~?v=1&e=...".
fn decode_plan(text: &str) -> Option<StoredPlan> {
    let mut p = text.splitn(3, '~');
    let id = PlanId(p.next()?.parse().ok()?);
    let name = parse_plan_name(&unescape(p.next()?)?).ok()?;
    let query = p.next()?.chars().take(MAX_PLAN_CHARS).collect();
    Some(StoredPlan { id, name, query })
}

fn decode_spare(text: &str) -> Option<Spare> {
    let mut p = text.splitn(4, '~');
    let unit = Unit::parse(p.next()?)?;
    let bar = parse_bar(p.next()?).ok()?;
    let collar = parse_collar(p.next()?).ok()?;
    let (plates, _) = decode_plates(p.next()?, unit)?;
    Some(Spare {
        unit,
        bar,
        collar,
        plates,
    })
}

fn decode_entry(text: &str) -> Option<LogEntry> {
    let mut p = text.split('~');
    let exercise = clip_name(p.next()?);
    let at_ms = parse_number(p.next()?).ok().filter(|v| *v >= 0.0)?;
    let load = p.next()?;
    let unit = Unit::parse(p.next()?)?;
    // A planned load, not a typed one: any the plan could make (up to the lb ceiling).
    let load = parse_bounded(load, 0.0, MAX_LB).ok().filter(|l| *l > 0.0)?;
    // The same limit as the field the result was typed into.
    let reps = parse_reps(p.next()?).ok()?;
    Some(LogEntry {
        exercise,
        at_ms,
        load,
        unit,
        reps,
    })
}

fn encode_timer(t: &RestTimer) -> Option<String> {
    let ms = |v: f64| fmt(v.max(0.0).round());
    match *t {
        RestTimer::Idle => None,
        RestTimer::Running {
            ends_at_ms,
            duration_ms,
        } => Some(format!("run:{}:{}", ms(ends_at_ms), ms(duration_ms))),
        RestTimer::Paused {
            remaining_ms,
            duration_ms,
        } => Some(format!("pause:{}:{}", ms(remaining_ms), ms(duration_ms))),
        RestTimer::Finished {
            ended_at_ms,
            duration_ms,
        } => Some(format!("done:{}:{}", ms(ended_at_ms), ms(duration_ms))),
    }
}

fn decode_timer(text: &str) -> Option<RestTimer> {
    let mut p = text.split(':');
    let kind = p.next()?;
    let a = parse_number(p.next()?)
        .ok()
        .filter(|v| v.is_finite() && *v >= 0.0)?;
    let duration_ms = parse_number(p.next()?)
        .ok()
        .filter(|v| v.is_finite() && *v >= 0.0)?;
    let t = match kind {
        "run" => RestTimer::Running {
            ends_at_ms: a,
            duration_ms,
        },
        "pause" => RestTimer::Paused {
            remaining_ms: a,
            duration_ms,
        },
        "done" => RestTimer::Finished {
            ended_at_ms: a,
            duration_ms,
        },
        _ => return None,
    };
    Some(t.repaired())
}

/// A saved plan longer than this is cut: far above 12 exercises with long edited schemes.
const MAX_PLAN_CHARS: usize = 32_000;

fn decode_done(text: &str) -> Option<(usize, Vec<usize>)> {
    let (i, list) = text.split_once(':')?;
    let i = i.parse::<usize>().ok().filter(|&i| i < MAX_EXERCISES)?;
    let mut sets = positions(list)?;
    sets.truncate(200);
    sets.iter().all(|&n| n < 400).then_some((i, sets))
}

/// A comma-separated list of positions; `None` if any is not a number.
fn positions(text: &str) -> Option<Vec<usize>> {
    let mut out = Vec::new();
    for n in text.split(',').filter(|n| !n.is_empty()).take(400) {
        out.push(n.parse::<usize>().ok()?);
    }
    Some(out)
}
