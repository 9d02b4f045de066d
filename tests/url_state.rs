//! The URL and storage encodings: round trips, readable output, and forgiving reads.

use backoff::core::changes::{push_change, read_changes, MaxChange};
use backoff::core::gyms::{Gym, GymId};
use backoff::core::history::{DoneSet, Implement};
use backoff::core::named_schemes::{NamedScheme, SchemeId};
use backoff::core::one_rep_max::Formula;
use backoff::core::plans::{PlanId, StoredPlan};
use backoff::core::plate_moves::LoadingGoal;
use backoff::core::plates::{Plate, PlateStock, Rounding};
use backoff::core::programs::{Program, ProgramId};
use backoff::core::progression::{Offer, Rule};
use backoff::core::rest_timer::RestTimer;
use backoff::core::saved::{self, ReadStatus, Saved};
use backoff::core::scheme::{Builtin, Intensity, Reps, SetKind};
use backoff::core::session::{Exercise, Gear, LogEntry, MaxSource, Settings, Trust};
use backoff::core::set_fix::SetFix;
use backoff::core::units::Unit;
use backoff::core::url_state::{decode, decode_gear, encode};
use backoff::core::warm_ups::WarmUpChoice;
use proptest::prelude::*;

fn session() -> (Settings, Vec<Exercise>) {
    let mut s = Settings::for_unit(Unit::Kg);
    s.collar = 2.5;
    s.rounding = Rounding::Nearest;
    s.formula = Formula::Wathan;
    s.plates.push(PlateStock {
        plate: Plate {
            weight: 45.0,
            unit: Unit::Lb,
        },
        pairs: 2,
    });
    let bench = Exercise::new("Bench press", 100.0, Builtin::StrengthBackOff);
    let mut squat = Exercise::new("Squat & friends ~ 100%", 1.0, Builtin::Goto);
    squat.max = Some(MaxSource::FromSet {
        load: 140.0,
        reps: 5,
        rpe: Some(8.5),
        trust: Trust::Formula,
    });
    squat.groups[0].sets = 4;
    squat.groups[1].rest_s = Some(45);
    let mut curl = Exercise::new("Curl", 30.0, Builtin::TopSetDownSets);
    curl.gear = Gear::fixed(2.0, 2.0, 40.0, Unit::Kg);
    curl.groups[0].intensity = Intensity::Rpe(7.5);
    curl.groups[1].reps = Reps::Amrap;
    curl.rule = Rule::Double {
        low: 8,
        high: 12,
        step: 2.0,
        at: 9,
    };
    let mut press = Exercise::new("Press", 60.0, Builtin::StrengthBackOff);
    press.rule = Rule::Linear {
        step: 2.5,
        misses: 1,
    };
    (s, vec![bench, squat, curl, press])
}

#[test]
fn a_session_round_trips_through_the_url() {
    let (s, ex) = session();
    let q = encode(&s, &ex);
    let back = decode(&q, &Settings::default());
    assert_eq!(back.problems, 0, "{q}");
    assert!(back.present);
    assert_eq!(back.settings, s);
    // The name's '~' is the field separator, so it is written as '-'.
    let mut expected = ex.clone();
    expected[1].name = "Squat & friends - 100%".into();
    assert_eq!(back.exercises, expected);
}

#[test]
fn a_rule_rides_at_the_end_of_its_exercise_and_a_bad_one_falls_back_to_manual() {
    let (s, ex) = session();
    let q = encode(&s, &ex);
    // The press's parts between the scheme and the rule are empty, not left out.
    assert!(q.contains("e=Press~60~strength~~~~~l2.5m1"), "{q}");
    // An exercise without a rule reads as it always did.
    assert!(q.contains("e=Bench+press~100~strength&"), "{q}");
    let bad = decode(
        "v=1&e=Press~60~strength~~~~~l0&e=Row~80~strength~~~~~d12-8:2.5@9",
        &Settings::default(),
    );
    assert_eq!(bad.problems, 2);
    assert_eq!(bad.exercises.len(), 2);
    assert!(bad.exercises.iter().all(|e| e.rule == Rule::Manual));
    assert_eq!(bad.exercises[0].max, Some(MaxSource::OneRepMax(60.0)));
}

#[test]
fn the_url_is_readable() {
    let (s, ex) = session();
    let q = encode(&s, &ex[..1]);
    assert!(q.starts_with("?v=1&u=kg&bar=20&col=2.5&plates=25:"), "{q}");
    assert!(q.contains("45lb:2"), "{q}");
    assert!(q.ends_with("&e=Bench+press~100~strength"), "{q}");
    let q = encode(&s, &ex[1..2]);
    assert!(
        q.contains("e=Squat+%26+friends+-+100%25~140x5@8.5f~goto~k4x1@90,b1xa@50r45"),
        "{q}"
    );
}

#[test]
fn garbage_keeps_what_can_be_read() {
    let q = "?v=1&u=lb&bar=banana&e=Bench+press~225~strength&e=Squat~~goto&e=%ZZ&plates=45:x&round=sideways";
    let back = decode(q, &Settings::default());
    assert_eq!(back.settings.unit, Unit::Lb);
    // A link may leave a max out: the exercise asks for it.
    assert_eq!(back.exercises.len(), 2);
    assert_eq!(back.exercises[0].max, Some(MaxSource::OneRepMax(225.0)));
    assert_eq!(back.exercises[1].max, None);
    // bar, the broken escape, plates, rounding.
    assert_eq!(back.problems, 4);
    // A line break in a name would split the history's line: names keep none.
    let back = decode("?v=1&e=Front%0A%0Dsquat%09~100~goto", &Settings::default());
    assert_eq!(back.exercises[0].name, "Frontsquat");
}

#[test]
fn numbers_the_form_would_refuse_are_unreadable_and_fall_back() {
    for (link, unit) in [
        ("?v=1&e=Bench~1500~goto", Unit::Kg),
        ("?v=1&u=lb&e=Bench~2500~goto", Unit::Lb),
        ("?v=1&e=Squat~140x5@8.3~goto", Unit::Kg),
        ("?v=1&e=Squat~140x51~goto", Unit::Kg),
        ("?v=1&e=Squat~0~goto", Unit::Kg),
    ] {
        let back = decode(link, &Settings::default());
        assert_eq!(back.problems, 1, "{link}");
        assert_eq!(back.settings.unit, unit, "{link}");
        // The exercise stays, without the max: the page asks for one.
        assert_eq!(back.exercises.len(), 1, "{link}");
        assert_eq!(back.exercises[0].max, None, "{link}");
    }
    // The limits the form uses, at their edges.
    assert_eq!(
        decode("?v=1&e=B~1000~goto", &Settings::default()).problems,
        0
    );
    assert_eq!(
        decode("?v=1&e=B~140x5@8.5~goto", &Settings::default()).problems,
        0
    );
    for part in [
        "bar=501",
        "col=51",
        "plates=25:51",
        "plates=101:1",
        "e=B~100~goto~k21x1@90",
        "e=B~100~goto~k1x1@151",
        "e=B~100~goto~k1x1@90r3601",
        "e=B~100~goto~k1x1@rpe8.3",
        "e=B~100~goto~~f51:2:60",
        "e=B~100~nope",
    ] {
        let back = decode(&format!("?v=1&{part}"), &Settings::default());
        assert_eq!(back.problems, 1, "{part}");
    }
}

#[test]
fn an_empty_query_is_no_session() {
    let back = decode("", &Settings::default());
    assert!(!back.present);
    assert_eq!(back.problems, 0);
    // A tracker's parameters or settings alone are no plan either.
    assert!(!decode("?fbclid=abc&utm_source=x", &Settings::default()).present);
    assert!(!decode("?u=lb&bar=35", &Settings::default()).present);
    assert!(decode("?v=1", &Settings::default()).present);
}

#[test]
fn settings_and_log_round_trip_through_storage() {
    let (mut s, _) = session();
    s.sound = false;
    s.notify = true;
    s.rests.back_off_s = 45;
    let log = vec![LogEntry {
        exercise: "Bench press".into(),
        at_ms: 1_732_000_000_000.0,
        load: 50.0,
        unit: Unit::Kg,
        reps: 28,
    }];
    let timer = RestTimer::Running {
        ends_at_ms: 1_732_000_090_000.0,
        duration_ms: 90_000.0,
    };
    let done = vec![vec![0, 1, 2], vec![], vec![4]];
    // Set 2 of the first exercise done for 3 reps at 82.5 at RPE 9.5; set 4 of the third for 6.
    let fixes = vec![
        vec![SetFix {
            set: 2,
            load: 82.5,
            reps: 3,
            rpe: Some(9.5),
        }],
        vec![],
        vec![SetFix {
            set: 4,
            load: 60.0,
            reps: 6,
            rpe: None,
        }],
    ];
    let plan = "?v=1&e=Bench+press~100~strength".to_string();
    let gyms = vec![
        Gym {
            id: GymId(4),
            name: "Home ~ garage & more".into(),
            unit: Unit::Lb,
            bar: 45.0,
            collar: 2.5,
            plates: vec![PlateStock {
                plate: Plate {
                    weight: 2.5,
                    unit: Unit::Kg,
                },
                pairs: 2,
            }],
            goal: LoadingGoal::FewestChanges,
            kit: ["zez:25", "d5-50:5,55-100:10", "m10:10:300:2.5,5"]
                .iter()
                .filter_map(|g| decode_gear(g, Unit::Lb))
                .collect(),
        },
        Gym {
            id: GymId(7),
            name: "Work".into(),
            ..Gym::of(GymId(0), String::new(), &Settings::default(), &[])
        },
    ];
    assert_eq!(gyms[0].kit.len(), 3);
    // A program of two days, with an offer waiting for a lift named with `~` and `&`.
    let programs = vec![Program {
        id: ProgramId(3),
        name: "5×5 A/B ~ & more".into(),
        days: vec![PlanId(1), PlanId(7)],
        next: PlanId(7),
        auto: true,
        waiting: vec![(
            "Row ~ & pull".into(),
            Offer {
                max: 80.0,
                text: "+2.5 kg".into(),
                applied: Rule::Linear {
                    step: 2.5,
                    misses: 0,
                },
                at_ms: 1_731_000_000_000.0,
            },
        )],
    }];
    let offers = vec![(
        1,
        Offer {
            max: 61.77,
            text: "52.5 kg next (+2.5 kg: every set done last time; 100% & ~ kept)".into(),
            applied: Rule::Double {
                low: 8,
                high: 12,
                step: 2.5,
                at: 8,
            },
            at_ms: 0.0,
        },
    )];
    // What the rules did (texts the page writes, with no separator), one with it in its name.
    let mut changes = String::new();
    let first = "102.5 kg next (+2.5 kg: every set done; 100% & more)";
    push_change(&mut changes, 1_731_000_000_000.0, "Squat ~ & pause", first);
    let second = "held: back-off 8 reps, 14 last time";
    push_change(&mut changes, 1_732_000_000_000.0, "Bench", second);
    let text = saved::encode(&Saved {
        settings: s.clone(),
        log: log.clone().into(),
        timer,
        done: done.clone(),
        fixes: fixes.clone(),
        logged: vec![0, 2],
        plan: plan.clone(),
        example: true,
        plan_id: PlanId(3),
        plan_name: "Day A".into(),
        plans: vec![StoredPlan {
            id: PlanId(1),
            name: "Upper ~ lower".into(),
            query: "?v=1&e=Squat~140~goto&e=Row~80~accessory".into(),
        }],
        ticked_at: 1_732_000_000_000.0,
        began_at: 1_731_997_000_000.0,
        unfiled: vec![DoneSet {
            at_ms: 1_731_000_000_000.0,
            exercise: "Squat".into(),
            kind: SetKind::BackOff,
            load: 70.0,
            unit: Unit::Kg,
            reps: None,
            counted: false,
            rpe: None,
            implement: Implement::Barbell,
            plan: String::new(),
            began_ms: Some(1_730_998_000_000.0),
        }]
        .into(),
        schemes: vec![NamedScheme {
            id: SchemeId(2),
            name: "Triples & more".into(),
            base: Builtin::TopSetDownSets,
            groups: Builtin::TopSetDownSets.groups(),
            warm_up: WarmUpChoice::Ramp,
        }],
        gyms: gyms.clone(),
        gym: Some(GymId(4)),
        offers: offers.clone(),
        programs: programs.clone().into(),
        changes: changes.clone(),
    });
    let (back, status) = saved::decode(Some(&text));
    assert_eq!(status, ReadStatus::Ok, "{text}");
    assert_eq!(back.settings, s);
    assert_eq!(*back.log, log);
    assert_eq!(back.timer, timer);
    assert_eq!(back.done, done);
    assert_eq!(back.fixes, fixes);
    assert_eq!(back.logged, vec![0, 2]);
    assert_eq!(back.offers, offers);
    assert_eq!(back.began_at, 1_731_997_000_000.0);
    assert_eq!(back.unfiled[0].began_ms, Some(1_730_998_000_000.0));
    assert_eq!(*back.programs, programs);
    assert_eq!(
        read_changes(&back.changes),
        [
            MaxChange {
                at_ms: 1_731_000_000_000.0,
                exercise: "Squat ~ & pause".into(),
                text: first.into(),
            },
            MaxChange {
                at_ms: 1_732_000_000_000.0,
                exercise: "Bench".into(),
                text: second.into(),
            }
        ],
        "a name may hold the separator"
    );
    assert_eq!(back.plan, plan);
    assert!(back.example);
    assert_eq!(
        (back.plan_id, back.plan_name.as_str()),
        (PlanId(3), "Day A")
    );
    // A name with the entry's separator in it and the plan's address come back whole.
    assert_eq!(back.plans[0].name, "Upper ~ lower");
    assert_eq!(back.schemes[0].name, "Triples & more");
    // Gyms come back whole: a name with separators in it, lb plates, the kit's gear.
    assert_eq!(back.gyms, gyms);
    assert_eq!(back.gym, Some(GymId(4)));
    assert_eq!(back.schemes[0].groups, Builtin::TopSetDownSets.groups());
    assert_eq!(
        back.plans[0].query,
        "?v=1&e=Squat~140~goto&e=Row~80~accessory"
    );
    let paused = RestTimer::Paused {
        remaining_ms: 30_000.0,
        duration_ms: 90_000.0,
    };
    let text = saved::encode(&Saved {
        timer: paused,
        ..Saved::default()
    });
    assert_eq!(saved::decode(Some(&text)).0.timer, paused);
}

#[test]
fn switching_units_and_back_loses_no_equipment() {
    let (mut kg, _) = session();
    kg.bar = 15.0;
    kg.collar = 2.5;
    kg.plates.push(PlateStock {
        plate: Plate {
            weight: 0.25,
            unit: Unit::Kg,
        },
        pairs: 2,
    });
    let lb = kg.switched_to(Unit::Lb);
    assert_eq!((lb.unit, lb.bar, lb.collar), (Unit::Lb, 45.0, 0.0));
    assert!(lb.plates.iter().all(|p| p.plate.unit == Unit::Lb));
    let mut lb_custom = lb.clone();
    lb_custom.bar = 35.0;
    let back = lb_custom.switched_to(Unit::Kg);
    assert_eq!(
        (back.bar, back.collar, &back.plates),
        (15.0, 2.5, &kg.plates)
    );
    // ...and the lb bar set meanwhile is there for the next switch.
    assert_eq!(back.switched_to(Unit::Lb).bar, 35.0);
    assert_eq!(kg.switched_to(Unit::Kg), kg);
    // The equipment kept aside survives storage.
    let text = saved::encode(&Saved {
        settings: back.clone(),
        ..Saved::default()
    });
    let (read, status) = saved::decode(Some(&text));
    assert_eq!(status, ReadStatus::Ok, "{text}");
    assert_eq!(read.settings, back);
}

#[test]
fn a_link_in_the_other_unit_keeps_my_equipment_for_switching_back() {
    let (mut mine, _) = session();
    mine.bar = 15.0;
    let link = encode(&Settings::for_unit(Unit::Lb), &[]);
    let opened = decode(&link, &mine).settings;
    assert_eq!((opened.unit, opened.bar), (Unit::Lb, 45.0));
    assert_eq!(opened.switched_to(Unit::Kg).bar, 15.0);
}

#[test]
fn unreadable_storage_falls_back_to_defaults() {
    assert_eq!(saved::decode(None).1, ReadStatus::Empty);
    let (back, status) = saved::decode(Some("{\"json\": true}"));
    assert_eq!(status, ReadStatus::Unreadable);
    assert_eq!(back.settings, Settings::default());
    assert_eq!(saved::decode(Some("fmt=99&u=lb")).1, ReadStatus::Unreadable);
    let (back, status) = saved::decode(Some("fmt=1&u=lb&rb=banana&log=x~y"));
    assert_eq!(status, ReadStatus::Partial);
    assert_eq!(back.settings.unit, Unit::Lb);
    assert_eq!(back.settings.rests.back_off_s, 30);
}

proptest! {
    #[test]
    fn decoders_never_panic(text in ".{0,300}") {
        let _ = decode(&text, &Settings::default());
        let _ = saved::decode(Some(&text));
    }

    #[test]
    fn decoders_never_panic_on_near_valid_text(tail in "[-a-z0-9~:,@.%&=x+]{0,120}") {
        let _ = decode(&format!("?v=1&e=A~100~goto~{tail}"), &Settings::default());
        let _ = decode(&format!("?plates={tail}"), &Settings::default());
        let _ = saved::decode(Some(&format!("fmt=1&log={tail}")));
    }
}
