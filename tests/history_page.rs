//! The history page's state and reducer natively: every edit, the writes it returns as data, its
//! Undo (never over a change made since), and random edit sequences against invariants.

mod common;

use backoff::core::calendar::Offsets;
use backoff::core::export::Layout;
use backoff::core::history::{append, decode_history, DoneSet};
use backoff::core::history_edits::{HistoryEdit, SessionKey, SetPart};
use backoff::core::history_import::ImportEdit;
use backoff::core::history_page::{HistoryPage, HistoryUndo, Stored, Writes};
use backoff::core::page::{start, MaxField, PlanAction, PlanField, Timed};
use backoff::core::saved;
use backoff::core::scheme::SetKind;
use backoff::core::suggestions::suggest;
use common::*;
use proptest::prelude::*;

const MONDAY: f64 = EVENING;
const PLAN: &str = "?v=1&e=Bench+press~100~goto&e=Squat~140~goto";

/// Two bench sessions (the second with a counted set that implies a higher max) and a squat
/// session, stored; the plan page's value holds the bench + squat plan and the back-off log.
fn stored() -> Stored {
    let mut counted = set(MONDAY + DAY, "Bench press", 100.0, Some(8));
    counted.counted = true;
    let mut back_off = set(MONDAY + DAY, "Bench press", 50.0, None);
    back_off.kind = SetKind::BackOff;
    back_off.reps = Some(20);
    back_off.counted = true;
    let sets = [
        set(MONDAY, "Bench press", 90.0, Some(5)),
        set(MONDAY, "Squat", 140.0, Some(3)),
        counted,
        back_off,
    ];
    // The back-off result logged on the plan page.
    let page = start(None, PLAN, MONDAY).state;
    let bench = id(&page, 0);
    let (n, _) = page.exercises[0]
        .back_off_set()
        .unwrap_or_else(|| panic!("Goto ends in a back-off set"));
    let logged = [
        tick(&page, 0, n, MONDAY + DAY),
        PlanAction::Text(PlanField::Result(bench), "20".into()).into(),
        PlanAction::At(Timed::LogBackOff { exercise: bench }, MONDAY + DAY).into(),
    ];
    let page = run(page, logged);
    assert_eq!(page.log.len(), 1);
    Stored {
        page: Some(page.texts().1),
        history: Some(append(None, &sets)),
        backed_up_ms: 0.0,
        names: None,
    }
}

fn page() -> HistoryPage {
    HistoryPage::read(stored(), MONDAY + 2.0 * DAY, 0.0)
}

/// What a store holds after `w`.
fn written(before: &Stored, w: &Writes) -> Stored {
    Stored {
        page: w.page.clone().or(before.page.clone()),
        history: w.history.clone().or(before.history.clone()),
        backed_up_ms: before.backed_up_ms,
        names: w.names.clone().or(before.names.clone()),
    }
}

fn bench_key(p: &HistoryPage) -> SessionKey {
    let first = p.sets.iter().find(|d| d.exercise == "Bench press");
    first.map_or(
        SessionKey {
            at_ms: 0.0,
            lift: String::new(),
        },
        SessionKey::of,
    )
}

fn reduce(p: &HistoryPage, e: HistoryEdit) -> (HistoryPage, Writes) {
    p.reduce(e)
        .unwrap_or_else(|| panic!("the edit changes the page"))
}

#[test]
fn the_page_reads_every_lift_and_the_sessions_since_the_last_backup() {
    let p = page();
    let names: Vec<&str> = p.lifts.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(names, ["Bench press", "Squat"]);
    assert_eq!(p.unsaved_sessions, 3);
    let backed_up = Stored {
        backed_up_ms: MONDAY + 1.0,
        ..stored()
    };
    assert_eq!(
        HistoryPage::read(backed_up, MONDAY, 0.0).unsaved_sessions,
        1
    );
    // Nothing stored: an empty page, nothing to correct.
    let empty = HistoryPage::read(Stored::default(), MONDAY, 0.0);
    assert!(empty.lifts.is_empty() && empty.sets.is_empty());
}

#[test]
fn opening_and_closing_a_session_writes_nothing() {
    let p = page();
    let key = bench_key(&p);
    let (open, w) = reduce(&p, HistoryEdit::Open(key.clone()));
    assert_eq!(w, Writes::default());
    assert_eq!(open.open, Some(key));
    let (closed, w) = reduce(&open, HistoryEdit::Close);
    assert_eq!((closed.open, w), (None, Writes::default()));
}

#[test]
fn a_correction_writes_the_history_and_the_page_shows_what_was_written() {
    let p = page();
    let key = bench_key(&p);
    let (next, w) = reduce(
        &p,
        HistoryEdit::Correct(key.clone(), 0, SetPart::Reps, "4".into()),
    );
    let history = w.history.clone().unwrap_or_default();
    assert_eq!(decode_history(&history).0[0].reps, Some(4));
    assert_eq!(w.page, None);
    assert_eq!(next.sets[0].reps, Some(4));
    // The state is what reading the written texts gives.
    assert_eq!(
        next,
        p.reread(written(&p.stored, &w), p.now_ms),
        "the page shows what it wrote"
    );
    // A bad value says why beside its box and writes nothing.
    let (refused, w) = reduce(
        &p,
        HistoryEdit::Correct(key, 0, SetPart::Reps, "lots".into()),
    );
    assert_eq!(w, Writes::default());
    assert_eq!(
        refused.refused,
        Some((0, SetPart::Reps, "That is not a number.".to_string()))
    );
}

#[test]
fn a_corrected_back_off_set_corrects_the_logged_result_too() {
    let p = page();
    let back_off = p.sets.iter().find(|d| d.kind == SetKind::BackOff).cloned();
    let back_off = back_off.unwrap_or_else(|| panic!("a back-off set"));
    let key = SessionKey::of(&back_off);
    let position = p
        .sets
        .iter()
        .filter(|d| SessionKey::of(d) == key)
        .position(|d| d.kind == SetKind::BackOff)
        .unwrap_or(0);
    let (_, w) = reduce(
        &p,
        HistoryEdit::Correct(key, position, SetPart::Reps, "18".into()),
    );
    let page = saved::decode(w.page.as_deref()).0;
    assert_eq!(page.log.last().map(|e| e.reps), Some(18));
}

#[test]
fn a_deleted_session_comes_back_on_undo_as_it_was() {
    let p = page();
    let key = bench_key(&p);
    let (deleted, w) = reduce(&p, HistoryEdit::Delete(key));
    assert!(
        matches!(&deleted.undo, Some(HistoryUndo::Session { name, sets, .. })
        if name == "Bench press" && sets.len() == 1)
    );
    assert_eq!(deleted.sets.len(), p.sets.len() - 1);
    let deleted = deleted.reread(written(&p.stored, &w), p.now_ms);
    let (back, w) = reduce(&deleted, HistoryEdit::UndoDelete);
    // Back in its place in time (beside the squat of the same moment).
    let sorted = |mut sets: Vec<DoneSet>| {
        sets.sort_by(|a, b| {
            (a.at_ms, &a.exercise)
                .partial_cmp(&(b.at_ms, &b.exercise))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        sets
    };
    let history = decode_history(w.history.as_deref().unwrap_or_default()).0;
    assert_eq!(sorted(history), sorted(p.sets.clone()));
    assert_eq!(back.undo, None);
    assert_eq!(sorted(back.sets.clone()), sorted(p.sets.clone()));
    // Nothing to undo now.
    assert_eq!(back.reduce(HistoryEdit::UndoDelete), None);
}

#[test]
fn a_suggested_max_goes_in_with_undo_and_undo_never_writes_over_a_later_change() {
    let p = page();
    let bench = &p.lifts[0];
    let offer = suggest(bench, &p.plan, &p.settings, p.now_ms);
    let offer = offer.unwrap_or_else(|| panic!("8 counted reps at 100 suggest a max"));
    let (updated, w) = reduce(&p, HistoryEdit::UpdateMax(offer.clone()));
    let after = w.page.clone().unwrap_or_default();
    let plan = start(Some(&after), "", MONDAY).state;
    assert!(matches!(
        plan.exercises[0].exercise.max,
        Some(backoff::core::session::MaxSource::OneRepMax(m)) if m == offer.offered
    ));
    assert!(
        matches!(&updated.undo, Some(HistoryUndo::Max { said, .. }) if said.contains("Bench press"))
    );
    // The lift's list of changes says it, dated now.
    let change = updated.changes.last().expect("the change is listed");
    assert_eq!(change.exercise, "Bench press");
    assert_eq!(change.at_ms, p.now_ms);
    assert!(change.text.starts_with("max "), "{}", change.text);
    assert!(
        change.text.contains("from the history (100 kg × 8)"),
        "{}",
        change.text
    );
    // Undo puts the value from before back.
    let (undone, w) = reduce(&updated, HistoryEdit::UndoMax);
    assert_eq!(w.page, p.stored.page);
    assert_eq!(undone.undo, None);
    assert!(undone.changes.is_empty(), "an undone change is not listed");
    // The plan page changed the max again meanwhile: Undo says so and writes nothing.
    let later = run(
        plan.clone(),
        [text(
            PlanField::Max(id(&plan, 0), MaxField::OneRepMax),
            "130",
        )],
    );
    let moved_on = updated.reread(
        Stored {
            page: Some(later.texts().1),
            ..updated.stored.clone()
        },
        p.now_ms,
    );
    let (refused, w) = reduce(&moved_on, HistoryEdit::UndoMax);
    assert_eq!(w, Writes::default());
    assert!(refused.notice.is_some_and(|n| n.contains("changed since")));
}

#[test]
fn an_export_says_where_it_went() {
    let p = page();
    let (next, w) = reduce(
        &p,
        HistoryEdit::Exported {
            name: "backoff-history-2025-11-26-kg.csv".into(),
            layout: Layout::Strong,
            saved: true,
        },
    );
    assert_eq!(w, Writes::default());
    assert_eq!(
        next.notice.as_deref(),
        Some("Saved backoff-history-2025-11-26-kg.csv: one row per set in Strong's layout, every load in kg.")
    );
    // The file and its name come from the page: today's date, the page's unit.
    let (name, text) = p.export(Layout::Strong, &Offsets::fixed(0.0));
    assert_eq!(name, "backoff-history-2025-11-26-kg.csv");
    assert!(text.starts_with("Date,Workout Name,Duration,"), "{text}");
    let (name, text) = p.export(Layout::StrongWithUnits, &Offsets::fixed(0.0));
    assert_eq!(name, "backoff-history-2025-11-26-with-units.csv");
    assert!(text.contains(",Weight Unit,"), "{text}");
}

#[test]
fn nothing_stored_and_nothing_to_edit_changes_nothing() {
    let p = HistoryPage::read(Stored::default(), MONDAY, 0.0);
    let key = SessionKey {
        at_ms: MONDAY,
        lift: "bench press".into(),
    };
    assert_eq!(p.reduce(HistoryEdit::Delete(key)), None);
    assert_eq!(p.reduce(HistoryEdit::UndoMax), None);
}

/// A random edit, naming stored sessions through `pick`.
fn edit(p: &HistoryPage, kind: u8, pick: usize, t: &str) -> HistoryEdit {
    let keys: Vec<SessionKey> = p.sets.iter().map(SessionKey::of).collect();
    let key = keys
        .get(pick % keys.len().max(1))
        .cloned()
        .unwrap_or(SessionKey {
            at_ms: 1.0,
            lift: "x".into(),
        });
    let part = [SetPart::Reps, SetPart::Load, SetPart::Rpe][pick % 3];
    let offer = p
        .lifts
        .iter()
        .find_map(|l| suggest(l, &p.plan, &p.settings, p.now_ms));
    match kind % 11 {
        0 => HistoryEdit::Open(key),
        1 => HistoryEdit::Close,
        2 => HistoryEdit::Correct(key, pick % 3, part, t.into()),
        3 => HistoryEdit::Delete(key),
        4 => HistoryEdit::UndoDelete,
        5 => offer.map_or(HistoryEdit::Close, HistoryEdit::UpdateMax),
        6 => HistoryEdit::UndoMax,
        7 => HistoryEdit::Import(ImportEdit::Read {
            text: STRONG.into(),
            offsets: Offsets::fixed(0.0),
        }),
        8 => HistoryEdit::Import(ImportEdit::Import),
        9 => HistoryEdit::Import(ImportEdit::Undo),
        _ => HistoryEdit::Exported {
            name: "h.csv".into(),
            layout: [Layout::Strong, Layout::StrongWithUnits][pick % 2],
            saved: pick % 3 == 0,
        },
    }
}

fn total_sets(p: &HistoryPage) -> usize {
    let waiting = match &p.undo {
        Some(HistoryUndo::Session { sets, .. }) => sets.len(),
        Some(HistoryUndo::Max { .. } | HistoryUndo::Import { .. }) | None => 0,
    };
    p.sets.len() + waiting
}

proptest! {
    #[test]
    fn any_edits_keep_the_page_what_storage_holds_and_lose_no_set(
        steps in proptest::collection::vec((any::<u8>(), any::<usize>(), "[0-9a-z. ]{0,5}"), 0..30)
    ) {
        let mut p = page();
        let mut store = p.stored.clone();
        let all = p.sets.len();
        // Sets the imports added and no Undo took back.
        let mut imported = 0;
        for (kind, pick, t) in steps {
            let e = edit(&p, kind, pick, &t);
            let before = p.sets.len();
            if let Some((next, w)) = p.reduce(e.clone()) {
                store = written(&store, &w);
                // What the page shows is what storage now holds.
                prop_assert_eq!(&next, &next.reread(store.clone(), next.now_ms), "{:?}", e);
                p = next;
            }
            // Only a deletion takes sets out of the history, and they wait for Undo; an import's
            // Undo takes out only what it added.
            if matches!(e, HistoryEdit::Import(ImportEdit::Undo)) {
                prop_assert!(p.sets.len() + imported >= before);
                imported -= before - p.sets.len();
            } else if !matches!(e, HistoryEdit::Delete(_)) {
                prop_assert!(p.sets.len() >= before, "{:?} lost a set", e);
            } else if p.sets.len() < before {
                prop_assert_eq!(total_sets(&p), before);
            }
            if matches!(e, HistoryEdit::Import(ImportEdit::Import)) {
                imported += p.sets.len() - before;
            }
            prop_assert!(total_sets(&p) <= all + imported);
            // The plan page's value always reads cleanly.
            prop_assert_eq!(saved::decode(store.page.as_deref()).1, saved::ReadStatus::Ok);
        }
        let sets: Vec<DoneSet> = decode_history(store.history.as_deref().unwrap_or_default()).0;
        prop_assert_eq!(sets, p.sets);
    }
}

/// A Strong export of two sets, one of a lift the history does not have.
const STRONG: &str =
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE\n\
    2025-11-20 18:00:00,Push,,Bench Press (Barbell),1,100.0,5,,,\n\
    2025-11-20 18:00:00,Push,,Deadlift (Barbell),1,180.0,3,,,\n";

#[test]
fn an_import_is_seen_first_then_merged_once_and_undone_whole() {
    let strong = STRONG;
    let p = page();
    let before = p.stored.history.clone();
    let import = |e| HistoryEdit::Import(e);
    // Read: shown, nothing written.
    let (seen, w) = reduce(
        &p,
        import(ImportEdit::Read {
            text: strong.into(),
            offsets: Offsets::fixed(0.0),
        }),
    );
    assert_eq!(w, Writes::default());
    let preview = seen.import.clone().expect("a preview");
    assert_eq!(preview.reading.sets.len(), 2);
    assert_eq!(seen.lifts.len(), p.lifts.len());
    // Renamed, then imported: the sets join the history.
    let (renamed, _) = reduce(
        &seen,
        import(ImportEdit::Rename(1, "Conventional deadlift".into())),
    );
    let (done, w) = reduce(&renamed, import(ImportEdit::Import));
    let history = w.history.clone().expect("the history is written");
    let sets = decode_history(&history).0;
    assert_eq!(sets.len(), p.sets.len() + 2);
    assert!(sets.iter().any(|d| d.exercise == "Conventional deadlift"));
    assert!(done.import.is_none());
    assert!(
        matches!(&done.undo, Some(HistoryUndo::Import { said, .. }) if said.contains("Imported 2 sets from Strong"))
    );
    // The same file again, its names filed the same, adds nothing.
    let again = done.reread(written(&done.stored, &w), p.now_ms);
    let (seen, _) = reduce(
        &again,
        import(ImportEdit::Read {
            text: strong.into(),
            offsets: Offsets::fixed(0.0),
        }),
    );
    let (seen, _) = reduce(
        &seen,
        import(ImportEdit::Rename(1, "Conventional deadlift".into())),
    );
    let (twice, w2) = reduce(&seen, import(ImportEdit::Import));
    assert_eq!(w2.history, None, "nothing new: nothing written");
    assert!(twice
        .notice
        .is_some_and(|n| n.contains("Imported 0 sets from Strong; 2 already here.")));
    assert!(
        matches!(twice.undo, Some(HistoryUndo::Import { .. })),
        "the last import's Undo stays"
    );
    // Undo gives back the history as it was.
    let (undone, w) = reduce(&done, import(ImportEdit::Undo));
    assert_eq!(w.history, before);
    assert_eq!(undone.undo, None);
    // A file of another kind: said, nothing written.
    let (refused, w) = reduce(
        &p,
        import(ImportEdit::Read {
            text: "a,b\n1,2\n".into(),
            offsets: Offsets::fixed(0.0),
        }),
    );
    assert_eq!(w, Writes::default());
    assert!(refused
        .import_refused
        .is_some_and(|m| m.contains("not a Strong, Hevy or Backoff")));
}

#[test]
fn a_lift_with_years_of_sessions_shows_its_newest_and_more_on_a_tap() {
    use backoff::core::history_page::SESSIONS_SHOWN;
    let sets: Vec<DoneSet> = (0..40)
        .map(|i| set(MONDAY - f64::from(i) * 3.0 * DAY, "Squat", 140.0, Some(3)))
        .collect();
    let stored = Stored {
        history: Some(append(None, &sets)),
        ..Stored::default()
    };
    let p = HistoryPage::read(stored, MONDAY + DAY, 0.0);
    assert_eq!(p.lifts[0].sessions.len(), 40);
    assert_eq!(p.sessions_shown("Squat"), SESSIONS_SHOWN);
    let (more, w) = reduce(&p, HistoryEdit::ShowMore("squat ".into()));
    assert_eq!(w, Writes::default());
    assert_eq!(more.sessions_shown("Squat"), 2 * SESSIONS_SHOWN);
    let (more, _) = reduce(&more, HistoryEdit::ShowMore("Squat".into()));
    assert_eq!(more.sessions_shown("SQUAT"), 3 * SESSIONS_SHOWN);
    // What is shown stays as the page reads storage again.
    let again = more.reread(more.stored.clone(), more.now_ms);
    assert_eq!(again.sessions_shown("Squat"), 3 * SESSIONS_SHOWN);
}

#[test]
fn undo_takes_out_the_import_alone_when_a_session_was_filed_since() {
    let p = page();
    let (seen, _) = reduce(
        &p,
        HistoryEdit::Import(ImportEdit::Read {
            text: STRONG.into(),
            offsets: Offsets::fixed(0.0),
        }),
    );
    let (done, w) = reduce(&seen, HistoryEdit::Import(ImportEdit::Import));
    let store = written(&done.stored, &w);
    // The plan page files a session meanwhile.
    let filed = set(MONDAY + 3.0 * DAY, "Squat", 145.0, Some(3));
    let store = Stored {
        history: Some(append(
            store.history.as_deref(),
            std::slice::from_ref(&filed),
        )),
        ..store
    };
    let later = done.reread(store, p.now_ms);
    let (_, w) = reduce(&later, HistoryEdit::Import(ImportEdit::Undo));
    let sets = decode_history(&w.history.unwrap_or_default()).0;
    let mut want = p.sets.clone();
    want.push(filed);
    assert_eq!(sets, want);
}

#[test]
fn an_import_past_the_historys_cap_keeps_what_is_here_and_leaves_the_files_oldest_out() {
    use backoff::core::history::MAX_DONE_SETS;
    // A history two sets short of its cap, one set a session, long before the file's.
    let held: Vec<DoneSet> = (0..MAX_DONE_SETS - 2)
        .map(|i| set(MONDAY - (i as f64 + 400.0) * DAY, "Row", 60.0, Some(8)))
        .rev()
        .collect();
    let p = HistoryPage::read(
        Stored {
            page: None,
            history: Some(append(None, &held)),
            backed_up_ms: 0.0,
            names: None,
        },
        MONDAY + 2.0 * DAY,
        0.0,
    );
    let mut file = String::from(
        "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE\n",
    );
    for day in 1..=5 {
        file.push_str(&format!(
            "2025-10-0{day} 18:00:00,Pull,,Chin Up,1,10.0,{day},,,\n"
        ));
    }
    let (seen, _) = reduce(
        &p,
        HistoryEdit::Import(ImportEdit::Read {
            text: file,
            offsets: Offsets::fixed(0.0),
        }),
    );
    let (done, w) = reduce(&seen, HistoryEdit::Import(ImportEdit::Import));
    let sets = decode_history(&w.history.expect("the history is written")).0;
    assert_eq!(sets.len(), MAX_DONE_SETS);
    // Every set that was here stays; of the file's, the newest two (4 and 5 reps) come in.
    let chins: Vec<Option<u32>> = sets
        .iter()
        .filter(|d| d.exercise == "Chin Up")
        .map(|d| d.reps)
        .collect();
    assert_eq!(chins, [Some(4), Some(5)]);
    let Some(HistoryUndo::Import { said, .. }) = &done.undo else {
        panic!("the import waits for Undo");
    };
    assert_eq!(
        said,
        "Imported 2 sets from Strong; 0 already here. The oldest 3 left out: the history keeps 20,000 sets."
    );
}

#[test]
fn a_name_filed_otherwise_is_filed_so_again_in_the_next_file() {
    use backoff::core::import_names::read_names;
    let read = |p: &HistoryPage| {
        let text = STRONG.into();
        let offsets = Offsets::fixed(0.0);
        reduce(p, HistoryEdit::Import(ImportEdit::Read { text, offsets })).0
    };
    let rename = |p: &HistoryPage, name: &str| {
        reduce(p, HistoryEdit::Import(ImportEdit::Rename(1, name.into()))).0
    };
    let seen = read(&page());
    assert_eq!(
        seen.import.as_ref().map(|p| p.filed.clone()),
        Some(vec!["Bench press".to_string(), "Deadlift".into()])
    );
    let (done, w) = reduce(
        &rename(&seen, "Conventional deadlift"),
        HistoryEdit::Import(ImportEdit::Import),
    );
    assert!(w.names.is_some(), "the rename is kept");
    // The same file again files the deadlift as the lifter did, with nothing to retype.
    let again = read(&done);
    assert_eq!(
        again.import.as_ref().map(|p| p.filed.clone()),
        Some(vec![
            "Bench press".to_string(),
            "Conventional deadlift".into()
        ])
    );
    let (unchanged, w) = reduce(&again, HistoryEdit::Import(ImportEdit::Import));
    assert_eq!(
        (w.history, w.names),
        (None, None),
        "nothing new, nothing to write"
    );
    // Filed as the import maps it once more, the name is forgotten.
    let back = rename(&read(&unchanged), "Deadlift");
    let (_, w) = reduce(&back, HistoryEdit::Import(ImportEdit::Import));
    assert_eq!(read_names(w.names.as_deref()), []);
}
