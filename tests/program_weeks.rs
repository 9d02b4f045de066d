//! Twelve weeks of each built-in program (three or four sessions a week, one a day): the days come in their rotation,
//! every lift's max changes only by an offer applied, every offered load is what the lift's work
//! sets are planned at once it is applied, and every fifth session falls short, which holds the
//! load (or moves a GZCLP stage), never raises it.

mod common;

use backoff::core::builtin_programs::BUILTIN_PROGRAMS;
use backoff::core::page::{start_local, MaxField, PageState, PlanAction, PlanField, SetupAction};
use backoff::core::plan::PlannedSet;
use backoff::core::programs::lift_key;
use backoff::core::scheme::SetKind;
use backoff::core::session::MaxSource;
use backoff::core::units::Unit;
use common::*;

/// A plausible max for each built-in lift, in kg.
fn max_for(name: &str) -> &'static str {
    match name {
        "Squat" => "140",
        "Bench press" => "100",
        "Deadlift" => "180",
        "Overhead press" => "60",
        "Barbell row" => "90",
        "EZ-bar curl" => "45",
        "Lat pulldown" => "80",
        "Dumbbell row" => "40",
        other => panic!("no max for {other}"),
    }
}

/// The heaviest work set's load of exercise `i`.
fn top_work(s: &PageState, i: usize) -> f64 {
    let sets: &[PlannedSet] = s.exercises[i].sets();
    sets.iter()
        .filter(|p| p.kind == SetKind::Work)
        .filter_map(PlannedSet::load)
        .fold(0.0, f64::max)
}

/// One session: every set ticked at `at`, but when `short`, the first exercise's last work set.
fn train(mut s: PageState, at: f64, short: bool) -> PageState {
    for i in 0..s.exercises.len() {
        let sets: &[PlannedSet] = s.exercises[i].sets();
        let skip = (short && i == 0)
            .then(|| sets.iter().rposition(|p| p.kind == SetKind::Work))
            .flatten();
        let n = sets.len();
        let ticks: Vec<_> = (0..n)
            .filter(|&set| Some(set) != skip)
            .map(|set| tick(&s, i, set, at))
            .collect();
        s = run(s, ticks);
    }
    s
}

#[test]
fn twelve_weeks_of_each_built_in_program() {
    for (n, program) in BUILTIN_PROGRAMS.iter().enumerate() {
        let s = start_local(None, "", EVENING, 0.0).state;
        let mut s = run(s, [SetupAction::StartProgram(n).into()]);
        let days: Vec<&str> = program.days.iter().map(|d| d.0).collect();
        // A lift's max as the lifter left it, by its name and rule: it changes only by Apply.
        let mut maxes: Vec<(String, Option<MaxSource>)> = Vec::new();
        let sessions = 12 * days.len().clamp(3, 4);
        let (mut applied, mut raised) = (0, 0);
        for k in 0..sessions {
            let at = EVENING + k as f64 * DAY;
            assert_eq!(
                s.plan_name,
                days[k % days.len()],
                "{} session {k}",
                program.name
            );
            for i in 0..s.exercises.len() {
                let e = &s.exercises[i].exercise;
                if let Some(m) = maxes.iter().find(|m| m.0 == lift_key(e, Unit::Kg)) {
                    assert_eq!(e.max, m.1, "{}: {} changed by itself", program.name, e.name);
                }
                if e.max.is_none() {
                    let field = PlanField::Max(id(&s, i), MaxField::OneRepMax);
                    s = run(s.clone(), [text(field, max_for(&e.name.clone()))]);
                }
            }
            // Every offer is applied, and plans the work sets at the load it said.
            for i in 0..s.exercises.len() {
                let Some(offer) = s.exercises[i].offer.clone() else {
                    continue;
                };
                let before = top_work(&s, i);
                applied += 1;
                s = run(
                    s.clone(),
                    [PlanAction::Offer {
                        id: id(&s, i),
                        apply: true,
                    }
                    .into()],
                );
                let after = top_work(&s, i);
                let said = offer
                    .text
                    .split(' ')
                    .next()
                    .and_then(|t| t.parse::<f64>().ok());
                if let Some(load) = said {
                    assert!(
                        (after - load).abs() < 1e-6,
                        "{}: {} offered {load}, planned {after}",
                        program.name,
                        offer.text
                    );
                }
                if offer.text.contains("done last time") || offer.text.contains("made its reps") {
                    raised += 1;
                    assert!(
                        after > before,
                        "{}: {} did not move (session {k}, {} {before} -> {after})",
                        program.name,
                        offer.text,
                        s.exercises[i].exercise.name
                    );
                }
            }
            let short = k % 5 == 3;
            let first_before = top_work(&s, 0);
            let first = s.exercises[0].exercise.clone();
            s = train(s, at, short);
            for e in &s.exercises {
                maxes.retain(|m| m.0 != lift_key(&e.exercise, Unit::Kg));
                maxes.push((lift_key(&e.exercise, Unit::Kg), e.exercise.max));
            }
            let (_, stored) = s.texts();
            s = start_local(Some(&stored), "", at + DAY, 0.0).state;
            // A short session never raises the load: where the lift comes again, its offer (if
            // any) is no higher than what was done.
            if short {
                let again = s
                    .exercises
                    .iter()
                    .find(|e| lift_key(&e.exercise, Unit::Kg) == lift_key(&first, Unit::Kg));
                if let Some(offer) = again.and_then(|e| e.offer.as_ref()) {
                    let load = offer
                        .text
                        .split(' ')
                        .next()
                        .and_then(|t| t.parse::<f64>().ok());
                    assert!(
                        load.is_none_or(|l| l <= first_before + 1e-6),
                        "{}: a short session offered {}",
                        program.name,
                        offer.text
                    );
                }
            }
        }
        // Twelve weeks of offers (5/3/1 makes one a lift a cycle), most of them steps up.
        assert!(
            applied >= sessions / 6,
            "{}: {applied} offers in {sessions} sessions",
            program.name
        );
        assert!(
            raised * 2 >= applied,
            "{}: {raised} of {applied} raised",
            program.name
        );
        for e in s.exercises.iter() {
            assert!(
                e.exercise.max.is_some(),
                "{}: {}",
                program.name,
                e.exercise.name
            );
        }
    }
}
