//! "Back up everything" and "Restore from a backup": one text file holding both stored values
//! (the page's own, with plans, settings and the back-off log, and the history), read back
//! only whole, summarised before anything changes, and merged into what is here or put in its
//! place.

use std::collections::HashSet;
use std::rc::Rc;

use super::changes::merge_changes;
use super::gyms::{new_gym_id, same_name, Gym, MAX_GYMS, MAX_GYM_NAME};
use super::history::{append, decode_history, encode_history, DoneSet};
use super::named_schemes::{new_scheme_id, NamedScheme, MAX_SCHEMES, MAX_SCHEME_NAME};
use super::page::start;
use super::plans::{PlanId, StoredPlan, MAX_PLANS, MAX_PLAN_NAME};
use super::programs::{new_program_id, Program, MAX_PROGRAMS};
use super::saved::{self, ReadStatus, Saved};
use super::session::push_log;

/// The file's first line: what it is and its format.
pub const BACKUP_HEADER: &str = "backoff-backup";
/// The format written now; a file of a later one is refused, not half read.
pub const BACKUP_FORMAT: u32 = 1;
const PAGE_LINE: &str = "[page]";
const HISTORY_LINE: &str = "[history]";

/// A backup's file: the header, the page's stored value, then the history's lines.
pub fn write(page: Option<&str>, history: Option<&str>) -> String {
    let history = append(history, &[]);
    format!(
        "{BACKUP_HEADER} {BACKUP_FORMAT}\n{PAGE_LINE}\n{}\n{HISTORY_LINE}\n{history}\n",
        page.unwrap_or_default()
    )
}

/// A backup read back whole.
#[derive(Clone, Debug, PartialEq)]
pub struct Backup {
    /// The page's stored value, as it was written.
    pub page: String,
    /// The history, as stored (header included).
    pub history: String,
    /// What it holds, for the lifter to check before it changes anything.
    pub summary: Summary,
}

/// What a backup holds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Summary {
    pub plans: usize,
    /// Sessions in its history (one per lift and day trained), the one in progress included.
    pub sessions: usize,
    pub sets: usize,
    /// The first and last session's time, if any.
    pub first_ms: Option<f64>,
    pub last_ms: Option<f64>,
}

/// Why a file was not read: nothing here changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackupError {
    /// Not a Backoff backup (another app's file, a photo, an empty file).
    NotABackup,
    /// A backup from a newer Backoff: update the app (reload it online) first.
    Newer,
    /// Cut short or damaged: a part is missing or cannot be read.
    Damaged,
}

impl BackupError {
    /// What the lifter reads next to the button.
    pub fn message(self) -> &'static str {
        match self {
            BackupError::NotABackup => "This is not a Backoff backup: nothing was changed.",
            BackupError::Newer => {
                "This backup is from a newer Backoff: reload the app online to update it, then try again. Nothing was changed."
            }
            BackupError::Damaged => {
                "This backup is cut short or damaged, so it was not read: nothing was changed."
            }
        }
    }
}

/// Reads a backup's text.
pub fn read(text: &str) -> Result<Backup, BackupError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
    let head = lines.next().unwrap_or_default();
    let format = head
        .strip_prefix(BACKUP_HEADER)
        .and_then(|rest| rest.strip_prefix(' '))
        .ok_or(BackupError::NotABackup)?;
    match format.trim().parse::<u32>() {
        Ok(BACKUP_FORMAT) => {}
        Ok(n) if n > BACKUP_FORMAT => return Err(BackupError::Newer),
        _ => return Err(BackupError::Damaged),
    }
    if lines.next() != Some(PAGE_LINE) {
        return Err(BackupError::Damaged);
    }
    let page = lines.next().ok_or(BackupError::Damaged)?.to_string();
    if lines.next() != Some(HISTORY_LINE) {
        return Err(BackupError::Damaged);
    }
    let history: Vec<&str> = lines.collect();
    // The file ends with a line break: without it, it was cut short.
    if history.last() != Some(&"") {
        return Err(BackupError::Damaged);
    }
    let history = history[..history.len() - 1].join("\n");
    let (saved, status) = saved::decode((!page.is_empty()).then_some(page.as_str()));
    if matches!(status, ReadStatus::Unreadable | ReadStatus::Partial) {
        return Err(BackupError::Damaged);
    }
    let (sets, unread) = decode_history(&history);
    if !unread.is_empty() {
        return Err(BackupError::Damaged);
    }
    let summary = summary(&saved, &sets, !page.is_empty());
    Ok(Backup {
        page,
        history,
        summary,
    })
}

fn summary(saved: &Saved, sets: &[DoneSet], has_page: bool) -> Summary {
    let mut sessions: Vec<(f64, String)> = sets
        .iter()
        .map(|d| (d.at_ms, d.exercise.trim().to_lowercase()))
        .collect();
    // The session in progress: its ticks are kept with the plan, not yet in the history.
    for (i, done) in saved.done.iter().enumerate() {
        if saved.ticked_at > 0.0 && !done.is_empty() {
            sessions.push((saved.ticked_at, format!("\u{0}{i}")));
        }
    }
    sessions.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
    sessions.dedup();
    Summary {
        plans: usize::from(has_page && !saved.plan.is_empty()) + saved.plans.len(),
        sessions: sessions.len(),
        sets: sets.len(),
        first_ms: sessions.first().map(|s| s.0),
        last_ms: sessions.last().map(|s| s.0),
    }
}

/// The two stored values after restoring `backup` over what is here (`None`: nothing stored):
/// in its place, or merged. A merge keeps this device's settings and plan in force, adds the
/// backup's plans it does not have, by name and sets (as other plans of the library, up to its
/// limit), its schemes and gyms this device does not have, and every set and back-off result it
/// does not have.
pub fn restore(
    backup: &Backup,
    page: Option<&str>,
    history: Option<&str>,
    merge: bool,
) -> (String, String) {
    if !merge || page.is_none() {
        return (backup.page.clone(), append(Some(&backup.history), &[]));
    }
    let (mut here, _) = saved::decode(page);
    let (theirs, _) = saved::decode(Some(&backup.page));
    // A plan is known by its name and its sets together: two names for one plan stay two.
    let mut known: Vec<(String, String)> = here
        .plans
        .iter()
        .map(|p| (p.name.clone(), p.query.clone()))
        .collect();
    known.push((here.plan_name.clone(), here.plan.clone()));
    let mut next_id = here
        .plans
        .iter()
        .map(|p| p.id.0)
        .chain([here.plan_id.0])
        .max()
        .unwrap_or(0);
    let mut offered: Vec<StoredPlan> = theirs.plans.clone();
    if !theirs.plan.is_empty() {
        offered.push(StoredPlan {
            id: theirs.plan_id,
            name: theirs.plan_name.clone(),
            query: theirs.plan.clone(),
        });
    }
    // Their plan ids as they are here, for their programs' days.
    let mut ids: Vec<(PlanId, PlanId)> = Vec::new();
    for plan in offered {
        let key = (plan.name.clone(), plan.query.clone());
        let same = |p: &StoredPlan| (&p.name, &p.query) == (&key.0, &key.1);
        if let Some(mine) = here.plans.iter().find(|p| same(p)) {
            ids.push((plan.id, mine.id));
        } else if (&here.plan_name, &here.plan) == (&key.0, &key.1) {
            ids.push((plan.id, here.plan_id));
        }
        if here.plans.len() + 1 >= MAX_PLANS || known.contains(&key) {
            continue;
        }
        next_id += 1;
        known.push(key);
        ids.push((plan.id, PlanId(next_id)));
        here.plans.push(StoredPlan {
            id: PlanId(next_id),
            ..plan
        });
    }
    merge_programs(&mut here, &theirs.programs, &ids);
    // The lifter's own schemes: each of the backup's not here by name and sets joins them;
    // one whose name is taken here by other sets joins as "… (backup)", so saving under a
    // name still finds one scheme.
    for scheme in theirs.schemes {
        let mine = &here.schemes;
        let taken = |name: &str| mine.iter().any(|o| o.name.eq_ignore_ascii_case(name));
        let same = |o: &NamedScheme| {
            o.name.eq_ignore_ascii_case(&scheme.name)
                && (o.base, o.warm_up) == (scheme.base, scheme.warm_up)
                && o.groups == scheme.groups
        };
        if mine.iter().any(same) {
            continue;
        }
        let name: String = match taken(&scheme.name) {
            false => scheme.name.clone(),
            true => backup_name(&scheme.name, MAX_SCHEME_NAME),
        };
        if mine.len() >= MAX_SCHEMES || taken(&name) {
            continue;
        }
        let id = new_scheme_id(mine);
        here.schemes.push(NamedScheme { id, name, ..scheme });
    }
    // Gyms: each of the backup's not here joins them; one whose name is taken here by other
    // equipment joins as "… (backup)", so a name still finds one gym.
    for gym in theirs.gyms {
        let mine = &here.gyms;
        let taken = |name: &str| mine.iter().any(|g| same_name(&g.name, name));
        // The same gym: its name (case aside) and every piece of its equipment.
        let same = |g: &Gym| {
            let theirs = Gym {
                id: g.id,
                name: g.name.clone(),
                ..gym.clone()
            };
            same_name(&g.name, &gym.name) && theirs == *g
        };
        if mine.iter().any(same) {
            continue;
        }
        let name: String = match taken(&gym.name) {
            false => gym.name.clone(),
            true => backup_name(&gym.name, MAX_GYM_NAME),
        };
        if mine.len() >= MAX_GYMS || taken(&name) {
            continue;
        }
        let id = new_gym_id(mine);
        here.gyms.push(Gym { id, name, ..gym });
    }
    let log = Rc::make_mut(&mut here.log);
    for entry in theirs.log.iter() {
        if !log.contains(entry) {
            push_log(log, entry.clone());
        }
    }
    log.sort_by(|a, b| a.at_ms.total_cmp(&b.at_ms));
    here.changes = merge_changes(&here.changes, &theirs.changes);
    // Sets: every session of either, once (a session is a lift at a time).
    let (mut sets, unread) = decode_history(&append(history, &[]));
    let session = |d: &DoneSet| (d.at_ms.to_bits(), d.exercise.clone());
    let ours: HashSet<(u64, String)> = sets.iter().map(session).collect();
    let (mut their_sets, _) = decode_history(&backup.history);
    // The backup's sets not yet in its history (a session in progress, or closed and not yet
    // filed) would stay behind with its plan in force, which a merge does not take: they join
    // the history instead.
    let their_page = start(Some(&backup.page), "", theirs.ticked_at).state;
    their_sets.extend(their_page.unfiled.iter().cloned());
    if their_page.ticked_at > 0.0 {
        their_sets.extend(their_page.done_sets());
    }
    sets.extend(
        their_sets
            .into_iter()
            .filter(|d| !ours.contains(&session(d))),
    );
    sets.sort_by(|a, b| a.at_ms.total_cmp(&b.at_ms));
    (saved::encode(&here), encode_history(&sets, &unread))
}

/// Adds the backup's programs this device does not have, their days as they are here (`ids`:
/// their plan id, and its id here). One with a day that did not come over is left out; one whose
/// name is taken here by other days joins as "… (backup)".
fn merge_programs(here: &mut Saved, theirs: &[Program], ids: &[(PlanId, PlanId)]) {
    let here_of = |id: PlanId| ids.iter().find(|(t, _)| *t == id).map(|(_, h)| *h);
    for program in theirs {
        let Some(days) = program
            .days
            .iter()
            .map(|&d| here_of(d))
            .collect::<Option<Vec<_>>>()
        else {
            continue;
        };
        let mine = Rc::make_mut(&mut here.programs);
        if mine
            .iter()
            .any(|p| p.name == program.name && p.days == days)
        {
            continue;
        }
        // A plan is a day of one program at most.
        let taken = |d: &PlanId| mine.iter().any(|p| p.days.contains(d));
        if mine.len() >= MAX_PROGRAMS || days.iter().any(taken) {
            continue;
        }
        let name: String = match mine.iter().any(|p| p.name == program.name) {
            false => program.name.clone(),
            true => backup_name(&program.name, MAX_PLAN_NAME),
        };
        let Some(next) = here_of(program.next).or(days.first().copied()) else {
            continue;
        };
        if mine.iter().any(|p| p.name == name) {
            continue;
        }
        mine.push(Program {
            id: new_program_id(mine),
            name,
            days,
            next,
            ..program.clone()
        });
    }
}

/// `name` marked as the backup's ("Day A (backup)"), within `max` characters: the name gives way,
/// so the mark always shows.
fn backup_name(name: &str, max: usize) -> String {
    const MARK: &str = " (backup)";
    let room = max.saturating_sub(MARK.chars().count());
    let kept: String = name.chars().take(room).collect();
    format!("{}{MARK}", kept.trim_end())
}
