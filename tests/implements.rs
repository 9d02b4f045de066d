//! Every lift on its real implement: the article's curl on an EZ bar, the Goto study's leg press
//! on a plate-loaded machine, dumbbells per hand from the rack on hand, kettlebells, a stack with
//! add-ons, bodyweight with a belt or assistance; defaults by name; the link keeps each one, and
//! every link from before plans exactly what it did.

mod common;

use backoff::core::implements::{
    beyond_body, holding, load_words, parse_add_ons, parse_signed, parse_weights, plates_on,
    weights_of, weights_text, BarKind, Gear, GearPart, Implement, Run,
};
use backoff::core::loading::{Equipment, FixedStep, Loader, Loading};
use backoff::core::page::{start, MaxField, PlanAction, PlanField, SetupField};
use backoff::core::plan::PlannedSet;
use backoff::core::plates::Rounding;
use backoff::core::scheme::{Builtin, SetKind};
use backoff::core::session::{Exercise, MaxSource, Settings};
use backoff::core::units::{InputError, Unit};
use backoff::core::url_state::{decode, decode_gear, encode, encode_gear};
use common::*;
use proptest::prelude::*;

fn on(name: &str, max: f64, scheme: Builtin, gear: Gear) -> Exercise {
    Exercise {
        gear,
        ..Exercise::new(name, max, scheme)
    }
}

fn sets(e: &Exercise, s: &Settings) -> Vec<PlannedSet> {
    e.plan(s).map(|(_, sets)| sets).unwrap_or_default()
}

fn loads(e: &Exercise, s: &Settings) -> Vec<Option<f64>> {
    sets(e, s).iter().map(|p| p.load()).collect()
}

fn body(kg: f64) -> Settings {
    Settings {
        bodyweight: kg,
        ..Settings::default()
    }
}

#[test]
fn the_articles_curl_loads_every_set_on_an_ez_bar() {
    let s = Settings::default();
    let curl = on(
        "Biceps curl",
        40.0,
        Builtin::AccessoryBackOff,
        Implement::for_name("Biceps curl").gear(Unit::Kg),
    );
    assert_eq!(
        curl.gear,
        Gear::Bar {
            kind: BarKind::Ez,
            weight: 10.0
        }
    );
    let planned = sets(&curl, &s);
    assert!(!planned.is_empty());
    for set in &planned {
        assert!(
            matches!(set.loading, Loading::Loaded { .. }),
            "set {} cannot be loaded: {:?}",
            set.number,
            set.loading
        );
    }
    // On the gym's 20 kg bar the lightest sets could not be made.
    let on_bar = on(
        "Biceps curl",
        40.0,
        Builtin::AccessoryBackOff,
        Gear::Barbell,
    );
    assert!(sets(&on_bar, &s)
        .iter()
        .any(|p| matches!(p.loading, Loading::BelowBar { .. })));
}

#[test]
fn the_goto_leg_press_loads_on_a_plate_loaded_machine() {
    let s = Settings::default();
    let press = on(
        "Leg press",
        250.0,
        Builtin::Goto,
        Implement::for_name("Leg press").gear(Unit::Kg),
    );
    assert_eq!(Implement::of(&press.gear), Implement::Sled);
    let planned = sets(&press, &s);
    let work: Vec<&PlannedSet> = planned.iter().filter(|p| p.kind == SetKind::Work).collect();
    // 90% of 250: 225 kg, counting plates only, 112.5 a side.
    assert!(work.iter().all(|p| p.load() == Some(225.0)));
    let side: f64 = work[0].plates().iter().map(|p| p.weight).sum();
    assert_eq!(side, 112.5);
    let back_off = planned.iter().find(|p| p.kind == SetKind::BackOff);
    assert_eq!(back_off.and_then(|p| p.load()), Some(125.0));
    // A sled of 50 kg comes off every set's plates.
    let sled = on(
        "Leg press",
        250.0,
        Builtin::Goto,
        Gear::Sled {
            base: 50.0,
            one_sleeve: false,
        },
    );
    let work = sets(&sled, &s);
    let work = work.iter().find(|p| p.kind == SetKind::Work);
    let side: f64 = work.map_or(0.0, |p| p.plates().iter().map(|p| p.weight).sum());
    assert_eq!(side, 87.5);
}

#[test]
fn dumbbells_are_per_hand_from_the_rack_on_hand() {
    let s = Settings::default();
    let press = on(
        "Dumbbell bench press",
        40.0,
        Builtin::StrengthBackOff,
        Implement::for_name("Dumbbell bench press").gear(Unit::Kg),
    );
    assert_eq!(Implement::of(&press.gear), Implement::Dumbbells);
    let rack = weights_of(&parse_weights("1-10/1, 12-50/2", Unit::Kg).unwrap_or_default());
    for l in loads(&press, &s).into_iter().flatten() {
        assert!(rack.contains(&l), "{l} kg is not a dumbbell of the rack");
    }
    assert_eq!(
        holding(Implement::Dumbbells, 14.0, 0.0, Unit::Kg).as_deref(),
        Some("14 kg each hand")
    );
    // Uneven steps: 1 kg to 10, then 2 kg: 11 kg rounds down to 10, 13 to 12.
    let gear = Gear::Weights {
        bells: false,
        runs: vec![Run::new(1.0, 10.0, 1.0), Run::new(12.0, 50.0, 2.0)],
    };
    let loader = Loader::new(&gear.equipment(&s.barbell(), weight(0.0), Unit::Kg));
    let total = |t: f64| match loader.load(t, Unit::Kg, Rounding::Down) {
        Loading::Loaded { total, .. } => Some(total),
        Loading::BelowBar { .. } | Loading::BeyondInventory { .. } => None,
    };
    assert_eq!(
        (total(11.0), total(13.0), total(9.0)),
        (Some(10.0), Some(12.0), Some(9.0))
    );
    assert_eq!(total(60.0), None);
}

fn weight(kg: f64) -> backoff::core::units::Weight {
    backoff::core::units::Weight::new(kg, Unit::Kg)
}

#[test]
fn kettlebells_and_a_stack_with_add_ons() {
    let s = Settings::default();
    let swing = on(
        "Kettlebell swing",
        40.0,
        Builtin::AccessoryBackOff,
        Implement::Kettlebells.gear(Unit::Kg),
    );
    for l in loads(&swing, &s).into_iter().flatten() {
        assert!((8.0..=48.0).contains(&l) && l % 4.0 == 0.0, "{l}");
    }
    let stack = Gear::Stack {
        step: 5.0,
        min: 5.0,
        max: 100.0,
        add_ons: vec![1.25, 2.5],
    };
    let loader = Loader::new(&stack.equipment(&s.barbell(), weight(0.0), Unit::Kg));
    let made = loader.load(63.75, Unit::Kg, Rounding::Down);
    assert!(matches!(made, Loading::Loaded { total, .. } if total == 63.75));
    // Beyond the stack and both add-ons.
    assert!(matches!(
        loader.load(200.0, Unit::Kg, Rounding::Down),
        Loading::BeyondInventory { maximum } if maximum == 103.75
    ));
}

#[test]
fn a_weighted_dip_and_an_assisted_pull_up_plan_on_the_whole_mass_moved() {
    // Domain brief, section 7: bodyweight 80 kg, a max of +40 (120 kg moved).
    let s = body(80.0);
    let dip = on(
        "Dip",
        40.0,
        Builtin::Goto,
        Implement::for_name("Dip").gear(Unit::Kg),
    );
    assert_eq!(Implement::of(&dip.gear), Implement::Bodyweight);
    let est = dip.estimate(s.formula, s.bodyweight).map(|e| e.max);
    assert_eq!(est, Ok(120.0));
    let planned = sets(&dip, &s);
    let work = planned.iter().find(|p| p.kind == SetKind::Work);
    // 90% of 120 is 108: bodyweight + 27.5 on the belt cannot be made with 2 plates of each, so
    // the belt takes what rounds down: 25 + 2.5.
    let total = work.and_then(|p| p.load()).unwrap_or_default();
    assert_eq!(total, 107.5);
    assert_eq!(
        load_words(Implement::Bodyweight, total, 80.0, Unit::Kg),
        "bodyweight + 27.5 kg"
    );
    // Assisted: a max of bodyweight − 15 (65 kg moved); the back-off at 50% is 32.5 kg moved,
    // 47.5 of assistance, which the machine gives in 5s: 50 kg (down rounding).
    let pull = on(
        "Pull-up",
        -15.0,
        Builtin::Goto,
        Implement::for_name("Pull-up").gear(Unit::Kg),
    );
    let planned = sets(&pull, &s);
    let back_off = planned.iter().find(|p| p.kind == SetKind::BackOff);
    let moved = back_off.and_then(|p| p.load()).unwrap_or_default();
    assert_eq!(moved, 30.0);
    assert_eq!(
        load_words(Implement::Bodyweight, moved, 80.0, Unit::Kg),
        "bodyweight − 50 kg"
    );
    assert_eq!(
        holding(Implement::Bodyweight, moved, 80.0, Unit::Kg).as_deref(),
        Some("50 kg of assistance")
    );
    // The row sets "bodyweight" small and the part beyond it large.
    assert_eq!(
        beyond_body(107.5, 80.0, Unit::Kg).as_deref(),
        Some("+ 27.5 kg")
    );
    assert_eq!(
        beyond_body(moved, 80.0, Unit::Kg).as_deref(),
        Some("− 50 kg")
    );
    assert_eq!(beyond_body(80.0, 80.0, Unit::Kg), None);
    let belt = work.map(|p| p.plates().to_vec()).unwrap_or_default();
    assert_eq!(
        plates_on(Implement::Bodyweight, &belt, Unit::Kg),
        "25 + 2.5 on the belt"
    );
    // No bodyweight given yet: the plan asks for it.
    assert!(dip.plan(&Settings::default()).is_err());
}

#[test]
fn the_name_gives_the_implement_and_the_lifter_can_change_it() {
    let cases = [
        ("Bench press", Implement::Barbell),
        ("Biceps curl", Implement::Bar(BarKind::Ez)),
        ("Leg curl", Implement::Machine),
        ("Leg press", Implement::Sled),
        ("Hack squat", Implement::Sled),
        ("Pull-up", Implement::Bodyweight),
        ("Chin-up", Implement::Bodyweight),
        ("Dips", Implement::Bodyweight),
        ("Lateral raise", Implement::Dumbbells),
        ("Leg extension", Implement::Machine),
        ("Lat pulldown", Implement::Machine),
        ("T-bar row", Implement::OneSleeve),
        ("Trap bar deadlift", Implement::Bar(BarKind::Trap)),
        ("Kettlebell swing", Implement::Kettlebells),
        ("Adjustable dumbbell press", Implement::Bar(BarKind::Handle)),
        ("Squat", Implement::Barbell),
    ];
    for (name, kind) in cases {
        assert_eq!(Implement::for_name(name), kind, "{name}");
    }
    // On the page: naming a new exercise "Leg press" puts it on the machine; one the lifter put
    // on a barbell stays there when renamed.
    let s = start(None, "?v=1&e=Squat~140~goto", T0).state;
    let s = run(s, [PlanAction::AddExercise.into()]);
    let added = id(&s, 1);
    let s = run(s, [text(PlanField::Name(added), "Leg press")]);
    assert_eq!(s.exercises[1].exercise.implement(), Implement::Sled);
    let s = run(
        s,
        [
            text(PlanField::Gear(added), "bar"),
            text(PlanField::Name(added), "Leg press (narrow)"),
        ],
    );
    assert_eq!(s.exercises[1].exercise.gear, Gear::Barbell);
}

#[test]
fn every_link_from_before_plans_exactly_what_it_did() {
    let s = Settings::default();
    // Dumbbells and a stack as `f{step}:{min}:{max}` wrote them: the same loads as the stack
    // of old (a fixed step) gives.
    for (code, max) in [("f2:2:60", 40.0), ("f5:5:200", 150.0), ("f2.5:5:50", 37.0)] {
        let gear = decode_gear(code, Unit::Kg).unwrap_or(Gear::Barbell);
        let mut parts = code[1..]
            .split(':')
            .map(|t| t.parse::<f64>().unwrap_or(0.0));
        let (step, min, top) = (
            parts.next().unwrap_or(0.0),
            parts.next().unwrap_or(0.0),
            parts.next().unwrap_or(0.0),
        );
        let old = Loader::new(&Equipment::Fixed(FixedStep {
            step,
            min,
            max: top,
            unit: Unit::Kg,
        }));
        let new = Loader::new(&gear.equipment(&s.barbell(), weight(0.0), Unit::Kg));
        for t in (0..=(max as usize * 2)).map(|t| t as f64 * 0.5) {
            for r in [Rounding::Down, Rounding::Nearest, Rounding::Up] {
                assert_eq!(
                    old.load(t, Unit::Kg, r),
                    new.load(t, Unit::Kg, r),
                    "{code} at {t}"
                );
            }
        }
    }
    // A barbell link says nothing, and a link with no `bw` plans no bodyweight.
    let link = "?v=1&e=Bench+press~100~strength";
    let decoded = decode(link, &s);
    assert_eq!(decoded.exercises[0].gear, Gear::Barbell);
    assert_eq!(decoded.settings.bodyweight, 0.0);
    assert!(encode(&decoded.settings, &decoded.exercises).ends_with("e=Bench+press~100~strength"));
}

#[test]
fn a_link_carries_each_implement_and_the_bodyweight() {
    let s = body(82.5);
    let exercises = vec![
        on(
            "Biceps curl",
            40.0,
            Builtin::AccessoryBackOff,
            Gear::Bar {
                kind: BarKind::Ez,
                weight: 8.5,
            },
        ),
        on(
            "Leg press",
            250.0,
            Builtin::Goto,
            Gear::Sled {
                base: 40.0,
                one_sleeve: false,
            },
        ),
        on(
            "Lateral raise",
            14.0,
            Builtin::AccessoryBackOff,
            Implement::Dumbbells.gear(Unit::Kg),
        ),
        on(
            "Pull-up",
            -15.0,
            Builtin::Goto,
            Gear::Bodyweight { assist_step: 2.5 },
        ),
        on(
            "Leg extension",
            90.0,
            Builtin::AccessoryBackOff,
            Gear::Stack {
                step: 5.0,
                min: 5.0,
                max: 100.0,
                add_ons: vec![2.5],
            },
        ),
    ];
    let link = encode(&s, &exercises);
    let fresh = decode(&link, &Settings::default());
    assert_eq!(fresh.problems, 0, "{link}");
    assert_eq!(fresh.exercises, exercises);
    assert_eq!(fresh.settings.bodyweight, 82.5);
    for (a, b) in fresh.exercises.iter().zip(&exercises) {
        assert_eq!(a.plan(&fresh.settings), b.plan(&s), "{}", a.name);
    }
}

#[test]
fn bad_gear_says_why_and_keeps_the_last_good_gear() {
    assert_eq!(parse_weights("", Unit::Kg), Err(InputError::Empty));
    assert_eq!(
        parse_weights("8, twelve", Unit::Kg),
        Err(InputError::NotANumber)
    );
    assert_eq!(parse_weights("1-10", Unit::Kg), Err(InputError::NotANumber));
    assert_eq!(
        parse_weights("10-1/1", Unit::Kg),
        Err(InputError::NotANumber)
    );
    assert!(
        parse_weights("0.5-200/0.5", Unit::Kg).is_err(),
        "more than 100 weights"
    );
    assert_eq!(
        parse_add_ons("1, 2, 3, 4, 5", Unit::Kg)
            .map(|a| a.len())
            .ok(),
        None
    );
    assert_eq!(parse_signed("-15", 500.0), Ok(-15.0));
    assert_eq!(parse_signed("+40", 500.0), Ok(40.0));
    let sled = Gear::Sled {
        base: 50.0,
        one_sleeve: false,
    };
    assert_eq!(
        sled.with_part(GearPart::Base, "-5", Unit::Kg),
        Err(InputError::OutOfRange {
            min: 0.0,
            max: 500.0
        })
    );
    // On the page: a bad value shows beside its box, and the plan keeps the last good gear.
    let s = start(None, "?v=1&e=Leg+press~250~goto~~s50", T0).state;
    let press = id(&s, 0);
    let before = s.exercises[0].sets().to_vec();
    let s = run(
        s,
        [text(SetupField::GearPart(press, GearPart::Base), "heavy")],
    );
    assert_eq!(s.exercises[0].exercise.gear, sled);
    assert_eq!(s.exercises[0].sets(), before.as_slice());
    assert!(
        matches!(&s.exercises[0].gear_refused, Some((GearPart::Base, t, InputError::NotANumber)) if t == "heavy")
    );
    let s = run(s, [text(SetupField::GearPart(press, GearPart::Base), "60")]);
    assert_eq!(s.exercises[0].gear_refused, None);
    assert_eq!(
        s.exercises[0].exercise.gear,
        Gear::Sled {
            base: 60.0,
            one_sleeve: false
        }
    );
    // A bodyweight of 0 is refused beside its box; the settings keep none.
    let s = run(s, [text(PlanField::Bodyweight, "0")]);
    assert_eq!(
        s.bodyweight.message().as_deref(),
        Some("Must be more than zero.")
    );
    assert_eq!(s.settings.bodyweight, 0.0);
}

#[test]
fn a_bodyweight_lift_is_typed_as_what_is_added_on_the_page() {
    let s = start(None, "?v=1&e=Pull-up~~goto~~w5", T0).state;
    let pull = id(&s, 0);
    let s = run(
        s,
        [
            text(PlanField::Bodyweight, "80"),
            text(PlanField::Max(pull, MaxField::OneRepMax), "-15"),
        ],
    );
    assert_eq!(
        s.exercises[0].exercise.max,
        Some(MaxSource::OneRepMax(-15.0))
    );
    assert!(!s.exercises[0].sets().is_empty());
    // And it reloads as typed.
    let back = reload(&s, "");
    assert_eq!(
        back.exercises[0].exercise.max,
        Some(MaxSource::OneRepMax(-15.0))
    );
    assert_eq!(back.settings.bodyweight, 80.0);
}

fn any_gear() -> impl Strategy<Value = Gear> {
    let w = || (1u32..400).prop_map(|h| f64::from(h) / 2.0);
    prop_oneof![
        Just(Gear::Barbell),
        (0usize..7, 0u32..100).prop_map(|(k, w)| Gear::Bar {
            kind: [
                BarKind::Ez,
                BarKind::Womens,
                BarKind::Trap,
                BarKind::SafetySquat,
                BarKind::Technique,
                BarKind::Smith,
                BarKind::Handle
            ][k],
            weight: f64::from(w) / 2.0
        }),
        (0u32..200, any::<bool>()).prop_map(|(b, one_sleeve)| Gear::Sled {
            base: f64::from(b) / 2.0,
            one_sleeve
        }),
        (1u32..20, w(), proptest::collection::vec(1u32..10, 0..4)).prop_map(|(step, min, add)| {
            Gear::Stack {
                step: f64::from(step) / 2.0,
                min,
                max: min + 50.0,
                add_ons: add.into_iter().map(|a| f64::from(a) / 4.0).collect(),
            }
        }),
        (any::<bool>(), w(), 1u32..10, 1u32..8).prop_map(|(bells, from, step, n)| Gear::Weights {
            bells,
            runs: vec![
                Run::new(from, from + f64::from(step * n), f64::from(step)),
                Run::new(from + 200.0, from + 200.0, 0.0)
            ],
        }),
        (0u32..20).prop_map(|a| Gear::Bodyweight {
            assist_step: f64::from(a) / 2.0
        }),
    ]
}

proptest! {
    #[test]
    fn every_gear_reads_back_from_its_link(g in any_gear()) {
        let text = encode_gear(&g);
        let back = match text.is_empty() {
            true => Some(Gear::Barbell),
            false => decode_gear(&text, Unit::Kg),
        };
        prop_assert_eq!(back, Some(g), "{}", text);
    }

    #[test]
    fn any_gear_text_is_read_without_panicking(t in "[a-z]?[0-9a-z.:,/ -]{0,20}") {
        let _ = decode_gear(&t, Unit::Kg);
        let _ = parse_weights(&t, Unit::Lb);
        let _ = parse_add_ons(&t, Unit::Kg);
    }
}

#[test]
fn the_weights_box_reads_back_what_it_shows() {
    let runs = parse_weights("1-10/1, 12-50/2, 55", Unit::Kg).unwrap_or_default();
    assert_eq!(weights_text(&runs), "1-10/1, 12-50/2, 55");
    assert_eq!(weights_of(&runs).len(), 10 + 20 + 1);
}

#[test]
fn an_implement_switched_away_and_back_keeps_its_weights_through_a_reload() {
    let s = start(None, "?v=1&e=Leg+press~250~goto~~s50", T0).state;
    let press = id(&s, 0);
    let s = run(
        s,
        [
            text(PlanField::Gear(press), "bar"),
            text(PlanField::Gear(press), "machine"),
            text(SetupField::GearPart(press, GearPart::Top), "300"),
            text(PlanField::Gear(press), "sled"),
        ],
    );
    assert_eq!(
        s.exercises[0].exercise.gear,
        Gear::Sled {
            base: 50.0,
            one_sleeve: false
        }
    );
    // A reload (and so a link) keeps the stack's weights too.
    let back = reload(&s, "");
    let press = id(&back, 0);
    let back = run(back, [text(PlanField::Gear(press), "machine")]);
    assert!(matches!(back.exercises[0].exercise.gear, Gear::Stack { max, .. } if max == 300.0));
    assert_eq!(back.notice, None);
}

#[test]
fn adjustable_dumbbells_are_a_handle_loaded_with_small_plates() {
    let s = Settings::default();
    let press = on(
        "Adjustable dumbbell press",
        30.0,
        Builtin::AccessoryBackOff,
        Implement::for_name("Adjustable dumbbell press").gear(Unit::Kg),
    );
    for set in sets(&press, &s) {
        let side: f64 = set.plates().iter().map(|p| p.weight).sum();
        assert_eq!(set.load(), Some(2.5 + 2.0 * side), "set {}", set.number);
    }
}

#[test]
fn what_is_on_the_bar_reads_the_total_from_the_plates_tapped() {
    use backoff::core::implements::weighed;
    use backoff::core::page::WeighStep;
    use backoff::core::plates::Plate;
    let kg = |weight: f64| Plate {
        weight,
        unit: Unit::Kg,
    };
    let s = Settings::default();
    let bar = s.barbell();
    // 20 kg bar, 25 + 10 + 2.5 a side: 95 kg.
    let side = [kg(25.0), kg(10.0), kg(2.5)];
    assert_eq!(
        weighed(&Gear::Barbell, &side, &bar, 0.0, Unit::Kg),
        Some(95.0)
    );
    let ez = Gear::Bar {
        kind: BarKind::Ez,
        weight: 10.0,
    };
    assert_eq!(weighed(&ez, &[kg(5.0)], &bar, 0.0, Unit::Kg), Some(20.0));
    let t_bar = Gear::Sled {
        base: 0.0,
        one_sleeve: true,
    };
    assert_eq!(
        weighed(&t_bar, &[kg(20.0), kg(20.0)], &bar, 0.0, Unit::Kg),
        Some(40.0)
    );
    assert_eq!(
        weighed(
            &Gear::Bodyweight { assist_step: 5.0 },
            &[kg(20.0)],
            &bar,
            80.0,
            Unit::Kg
        ),
        Some(100.0)
    );
    // A 45 lb plate on a kg bar counts in kg.
    let lb = Plate {
        weight: 45.0,
        unit: Unit::Lb,
    };
    let total = weighed(&Gear::Barbell, &[lb], &bar, 0.0, Unit::Kg).unwrap_or_default();
    assert!((total - 60.82).abs() < 0.01, "{total}");
    assert_eq!(
        weighed(&Implement::Machine.gear(Unit::Kg), &[], &bar, 0.0, Unit::Kg),
        None
    );
    // On the page: plates tapped on, the last taken off, all cleared.
    let page = start(None, "?v=1&e=Bench+press~100~strength", T0).state;
    let bench = id(&page, 0);
    let page = run(
        page,
        [
            PlanAction::Weigh(bench, WeighStep::Put(kg(25.0))).into(),
            PlanAction::Weigh(bench, WeighStep::Put(kg(10.0))).into(),
            PlanAction::Weigh(bench, WeighStep::Put(kg(5.0))).into(),
            PlanAction::Weigh(bench, WeighStep::TakeOff).into(),
        ],
    );
    assert_eq!(page.weighing, Some((bench, vec![kg(25.0), kg(10.0)])));
    let page = run(page, [PlanAction::Weigh(bench, WeighStep::Clear).into()]);
    assert_eq!(page.weighing, Some((bench, Vec::new())));
    // An exercise that is not there weighs nothing.
    assert_eq!(
        page.reduce_plan(PlanAction::Weigh(
            backoff::core::page::ExerciseId(99),
            WeighStep::Clear
        )),
        None
    );
}
