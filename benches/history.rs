//! Five years of training (20,000 stored sets) against none: what the plan page pays to open
//! (its start, and filing a closed session into the history store), what a keystroke pays
//! (reduce and the texts written back), what the history page pays to group and chart it all,
//! and how big the store is. No criterion: plain `Instant`, medians of repeated runs.
//!
//! Run with `cargo bench --bench history`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use backoff::core::calendar::{LocalTime, Offsets};
use backoff::core::chart::chart;
use backoff::core::history::{append, decode_history, encode_history, DoneSet, Implement};
use backoff::core::history_import::{new_sets, ImportPreview};
use backoff::core::history_page::{HistoryPage, Stored};
use backoff::core::one_rep_max::Formula;
use backoff::core::page::{start, MaxField, PlanAction, PlanField, Timed};
use backoff::core::progress::lifts;
use backoff::core::scheme::SetKind;
use backoff::core::units::Unit;

const DAY: f64 = 86_400_000.0;
const START: f64 = 1_609_502_400_000.0; // 2021-01-01 12:00 UTC
const PLAN: &str = "?v=1&e=Bench+press~100~goto&e=Squat~140~goto&e=Row~80~strength";

/// 20,000 sets: three sessions a week for five years, two lifts a session, 6 or 7 sets each.
fn five_years() -> Vec<DoneSet> {
    let mut sets = Vec::new();
    let mut day = 0.0;
    while sets.len() < 20_000 {
        let at = START + day * DAY;
        for (lift, load) in [("Bench press", 90.0), ("Squat", 125.0)] {
            for n in 0..6 {
                let kind = if n == 5 {
                    SetKind::BackOff
                } else {
                    SetKind::Work
                };
                sets.push(DoneSet {
                    at_ms: at,
                    exercise: lift.into(),
                    kind,
                    load: if n == 5 { load / 2.0 } else { load },
                    unit: Unit::Kg,
                    reps: Some(if n == 5 { 25 } else { 1 }),
                    counted: n == 5,
                    rpe: None,
                    implement: Implement::Barbell,
                    // A plan name, said once a session in the store.
                    plan: "Upper body, heavy".into(),
                    // A session's length, said once a session too.
                    began_ms: Some(at - 3_000_000.0),
                });
            }
        }
        day += if (day as u64) % 7 == 4 { 3.0 } else { 2.0 };
    }
    sets.truncate(20_000);
    sets
}

fn median(mut f: impl FnMut(), runs: usize) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn main() {
    let sets = five_years();
    let store: &'static str = Box::leak(encode_history(&sets, &[]).into_boxed_str());
    let empty: &'static str = Box::leak(encode_history(&[], &[]).into_boxed_str());
    println!(
        "stored history: {} sets, {} bytes ({:.0} bytes a set)",
        sets.len(),
        store.len(),
        store.len() as f64 / sets.len() as f64
    );

    // The plan page: its stored value, with a session just closed waiting to be filed.
    let s = start(None, PLAN, START).state;
    let id = s.exercises[0].id;
    let s = s
        .reduce(
            PlanAction::At(
                Timed::ToggleDone {
                    exercise: id,
                    set: 0,
                },
                START,
            )
            .into(),
        )
        .unwrap();
    let (query, page) = s.texts();
    let later = START + 2.0 * DAY;
    let (page_ref, query_ref) = (&page, &query);
    let open = |history: &'static str| {
        move || {
            let state = start(Some(page_ref), query_ref, later).state;
            black_box(append(Some(history), &state.unfiled));
        }
    };
    let with = median(open(store), 51);
    let without = median(open(empty), 51);
    println!("plan page opening (start + filing): {with:?} with 20,000 sets, {without:?} with none ({:.2}x)", ratio(with, without));

    // A keystroke: the state never holds the stored history, so its size cannot matter here.
    let state = start(Some(&page), &query, later).state;
    let field = PlanField::Max(id, MaxField::OneRepMax);
    let key = median(
        || {
            let next = state
                .reduce_plan(PlanAction::Text(field, "101".into()))
                .unwrap();
            black_box(next.texts());
        },
        501,
    );
    println!(
        "keystroke (reduce + texts written back): {key:?}; the page state holds no stored history"
    );

    // The history page: read the store, group by lift and session, chart each lift.
    let page_render = median(
        || {
            let (sets, _) = decode_history(store);
            let all = lifts(&sets, &[], Formula::Epley);
            for l in &all {
                black_box(chart(l, Unit::Kg, 0.0));
            }
        },
        11,
    );
    println!("history page data (decode + group + charts), 20,000 sets: {page_render:?}");
    let opened = median(
        || {
            let stored = Stored {
                page: Some(page.clone()),
                history: Some(store.to_string()),
                backed_up_ms: 0.0,
                names: None,
            };
            black_box(HistoryPage::read(stored, later, 0.0));
        },
        11,
    );
    println!(
        "history page opened (its whole state, suggestions included), 20,000 sets: {opened:?}"
    );

    // A five-year Strong export of the same sets (20,000 rows): read and previewed, then
    // merged into an empty history and into one that holds it all already.
    let mut csv = String::from(
        "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE\n",
    );
    for d in &sets {
        let t = LocalTime::at(d.at_ms, 0.0).iso_date_time();
        let name = format!("{} (Barbell)", d.exercise);
        let reps = d.reps.unwrap_or(1);
        csv.push_str(&format!("{t},Upper,1h 2m,{name},1,{},{reps},,,\n", d.load));
    }
    let read = median(
        || {
            black_box(ImportPreview::of(&csv, Unit::Kg, &Offsets::fixed(0.0)).ok());
        },
        5,
    );
    let Ok(preview) = ImportPreview::of(&csv, Unit::Kg, &Offsets::fixed(0.0)) else {
        return println!("import: the bench's own export did not read");
    };
    let rows = preview.reading.sets.len();
    let kb = csv.len() / 1000;
    println!("import: a {kb} KB Strong export of {rows} rows read and previewed in {read:?}");
    let into_empty = median(
        || {
            black_box(new_sets(&[], preview.sets()));
        },
        5,
    );
    let imported = preview.sets();
    let held: Vec<&DoneSet> = imported.iter().collect();
    let again = median(
        || {
            black_box(new_sets(&held, preview.sets()));
        },
        5,
    );
    println!(
        "import: merged into an empty history in {into_empty:?}; the same file again (nothing new) in {again:?}"
    );
}

fn ratio(a: Duration, b: Duration) -> f64 {
    a.as_secs_f64() / b.as_secs_f64().max(1e-9)
}
