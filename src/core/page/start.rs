//! The first state of the page: what storage held, with the address's plan over it. The shell
//! reads storage, the address and the clock and passes them in; nothing here touches a browser.

use std::rc::Rc;

use super::library::arrive;
use super::state::PageState;
use crate::core::history::{done_sets, fill_back_off_reps, push_history, session_over};
use crate::core::plans::{name_from, StoredPlan, UNNAMED_PLAN};
use crate::core::rest_timer::RestTimer;
use crate::core::saved::{self, ReadStatus};
use crate::core::scheme::Builtin;
use crate::core::session::{Exercise, Settings};
use crate::core::url_state;

/// Overtime after which a stored rest is dropped when the page opens again.
pub const STALE_REST_MS: f64 = 10.0 * 60.0 * 1000.0;

/// Said when stored text could not be read (it is kept aside, never overwritten).
pub const STORAGE_NOTICE: &str =
    "Some saved settings could not be read, so defaults are used for them.";
/// Said when part of the address could not be read.
pub const LINK_NOTICE: &str =
    "Part of this link could not be read: the rest of the plan is shown with defaults.";

/// Where another page (history, setup) keeps the plan page's address from before it first
/// changed the stored plan; the plan page removes it as it opens.
pub const SUPERSEDED_KEY: &str = "backoff.superseded";

/// Whether `query` is the plan page's own address from before another page changed the stored
/// plan (`was`, kept under [`SUPERSEDED_KEY`]). The back button and a reload bring such an
/// address back: it must open the plan as stored, not add its older copy as a link's plan.
pub fn superseded(query: &str, was: Option<&str>) -> bool {
    let Some(was) = was else {
        return false;
    };
    let base = Settings::default();
    let (a, b) = (
        url_state::decode(query, &base),
        url_state::decode(was, &base),
    );
    a.present && a.exercises == b.exercises && a.settings == b.settings
}

/// How the page starts.
#[derive(Clone, Debug, PartialEq)]
pub struct Start {
    pub state: PageState,
    /// The stored text could not all be read: the shell keeps it under
    /// [`saved::BACKUP_KEY`] before anything overwrites it.
    pub keep_aside: bool,
}

/// The exercise a first visit starts with: the article's bench example.
pub fn first_exercise() -> Exercise {
    Exercise::new("Bench press", 100.0, Builtin::StrengthBackOff)
}

/// The page as it opens, from the stored text (`None`: nothing stored), the address's query
/// string and the time now, in UTC (see [`start_local`]).
pub fn start(stored: Option<&str>, query: &str, now_ms: f64) -> Start {
    start_local(stored, query, now_ms, 0.0)
}

/// [`start`] where the local time is `utc_offset_min` minutes east of UTC: a session ticked
/// last on another local day, or more than 6 hours ago, is over, and the page opens on a fresh
/// one (its ticked sets kept as history).
pub fn start_local(stored: Option<&str>, query: &str, now_ms: f64, utc_offset_min: f64) -> Start {
    let (saved, status) = saved::decode(stored);
    let keep_aside =
        stored.is_some() && matches!(status, ReadStatus::Unreadable | ReadStatus::Partial);
    let mut notices: Vec<String> = Vec::new();
    if keep_aside {
        notices.push(STORAGE_NOTICE.into());
    }
    let stored_plan = url_state::decode(&saved.plan, &saved.settings);
    // An address with no plan (an installed app opens its bare start URL) takes the last plan.
    let from_url = match url_state::decode(query, &saved.settings) {
        state if !state.present && !saved.plan.is_empty() => stored_plan.clone(),
        state => state,
    };
    if from_url.problems > 0 {
        notices.push(LINK_NOTICE.into());
    }
    // Checks and logged results belong to the stored plan: on another plan (a friend's link, an
    // older bookmark) they would land on the wrong sets.
    let same_plan = from_url.exercises == stored_plan.exercises;
    let mut exercises = from_url.exercises;
    // The example stays one across reloads until the lifter changes it.
    let mut example = saved.example && same_plan;
    if exercises.is_empty() && !from_url.present {
        exercises.push(first_exercise());
        example = true;
    }
    let mut state = PageState::new(from_url.settings, exercises);
    state.example = example;
    state.plan_id = saved.plan_id;
    // Stored before the library (format 1): the plan is named from its exercises.
    let stored_name = match saved.plan_name.as_str() {
        "" => name_from(&stored_plan.exercises, UNNAMED_PLAN),
        name => name.to_string(),
    };
    state.plan_name = match same_plan {
        true => stored_name.clone(),
        false => name_from(&state.session(), UNNAMED_PLAN),
    };
    state.plans = Rc::new(saved.plans);
    state.schemes = Rc::new(saved.schemes);
    state.gyms = Rc::new(saved.gyms);
    state.programs = Rc::clone(&saved.programs);
    state.gym = saved.gym;
    // A link to another plan adds it (or opens its copy in the library); the stored plan stays
    // in the library. The untouched first-visit example is not worth keeping.
    if from_url.present && !same_plan && !saved.plan.is_empty() && !saved.example {
        let stored = StoredPlan {
            id: state.plan_id,
            name: stored_name.clone(),
            query: saved.plan.clone(),
        };
        let link = state.session();
        arrive(&mut state, stored, &link);
    }
    // A link's own equipment is not the gym's: no gym is in use until one is picked.
    let fits = state.gym_in_use().is_some_and(|g| g.fits(&state.settings));
    state.gym = state.gym.filter(|_| fits);
    notices.extend(state.notice.take());
    if same_plan {
        for (i, e) in state.exercises.iter_mut().enumerate() {
            let count = e.set_count();
            let done = saved.done.get(i).map_or(&[][..], Vec::as_slice);
            // Only sets the plan has, once each: a check past its end means nothing.
            for &n in done {
                if n < count && !e.done.contains(&n) {
                    e.done.push(n);
                }
            }
            let fixes = saved.fixes.get(i).map_or(&[][..], Vec::as_slice);
            e.fixes = fixes
                .iter()
                .filter(|f| e.done.contains(&f.set))
                .copied()
                .collect();
            e.logged = saved.logged.contains(&i);
            e.offer = saved
                .offers
                .iter()
                .find(|(j, _)| *j == i)
                .map(|(_, o)| o.clone());
        }
    }
    state.log = Rc::clone(&saved.log);
    state.unfiled = Rc::clone(&saved.unfiled);
    state.changes = saved.changes.clone();
    if same_plan {
        state.ticked_at = saved.ticked_at;
        state.began_at = saved.began_at;
        if session_over(saved.ticked_at, now_ms, utc_offset_min) {
            let done = state.exercises.iter().any(|e| !e.done.is_empty());
            state.judge_session();
            state.archive_session();
            // What the rules made of it.
            notices.extend(state.notice.take());
            for e in &mut state.exercises {
                e.untick_all();
                e.logged = false;
            }
            if done {
                super::program::next_day(&mut state);
                notices.extend(state.notice.take());
            }
        }
    } else if !saved.done.iter().all(Vec::is_empty) {
        // The stored plan's ticks do not carry onto the link's plan: they are kept as history.
        let s = &saved.settings;
        let plans: Vec<_> = stored_plan.exercises.iter().map(|e| e.plan(s)).collect();
        let each = stored_plan.exercises.iter().zip(&plans).zip(&saved.done);
        let each = each.enumerate().map(|(i, ((e, p), done))| {
            let sets = p.as_ref().map_or(&[][..], |(_, sets)| sets.as_slice());
            let fixes = saved.fixes.get(i).map_or(&[][..], Vec::as_slice);
            (e, sets, done.as_slice(), fixes)
        });
        let mut done = done_sets(
            each,
            (saved.began_at, saved.ticked_at),
            s.unit,
            &stored_name,
        );
        fill_back_off_reps(&mut done, &saved.log);
        push_history(Rc::make_mut(&mut state.unfiled), done);
    }
    // A rest that ended long ago (the page was closed) is history, not a timer.
    state.timer = match saved.timer.settle(now_ms) {
        t if t.overtime_ms(now_ms) > STALE_REST_MS => RestTimer::Idle,
        t => t,
    };
    state.notice = (!notices.is_empty()).then(|| notices.join(" "));
    Start { state, keep_aside }
}
