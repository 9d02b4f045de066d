//! Progression rules against worked examples from their sources (`domain.md` section 8): linear
//! progression (Starting Strength, 5×5 A/B), double progression, and 5/3/1's training max; each
//! rule's text in links and storage, and what a bad one says.

mod common;

use backoff::core::progression::{
    decode_offer, encode_offer, gzclp_sets, parse_range, parse_step, usual_step, Change, Offer,
    Outcome, Rule, WorkSet, MISSES_BEFORE_RESET,
};
use backoff::core::units::{InputError, Unit};
use common::{double, linear};

const KG: Unit = Unit::Kg;

/// `n` work sets asking `asked` reps, done as `done` says (`None`: not ticked).
fn sets(asked: u32, done: &[Option<u32>]) -> Vec<WorkSet> {
    done.iter()
        .map(|&done| WorkSet {
            asked,
            amrap: false,
            done,
            lighter: false,
        })
        .collect()
}

fn outcome(load: f64, work: Vec<WorkSet>) -> Outcome {
    Outcome {
        work,
        load,
        week: None,
    }
}

fn gzclp(tier: u8, stage: u8, step: f64) -> Rule {
    Rule::Gzclp { tier, stage, step }
}

/// GZCLP's sets of a stage done as `done` says: the last is a "+" set when the tier has one.
fn gzclp_work(tier: u8, stage: u8, done: impl Fn(usize, u32) -> Option<u32>) -> Vec<WorkSet> {
    let (n, reps, plus) = gzclp_sets(tier, stage);
    (0..n as usize)
        .map(|i| WorkSet {
            asked: reps,
            amrap: plus && i + 1 == n as usize,
            done: done(i, reps),
            lighter: false,
        })
        .collect()
}

#[test]
fn gzclp_tier_1_adds_a_step_then_moves_5x3_to_6x2_to_10x1_and_starts_over_at_85_percent() {
    // 5×3+ at 100 kg, every set made: 105 next (lower body, 5 kg), still 5×3+.
    let t1 = gzclp(1, 0, 5.0);
    let d = t1
        .decide(&outcome(100.0, gzclp_work(1, 0, |_, r| Some(r))), KG)
        .expect("a decision");
    assert_eq!(d.change, Change::WorkLoad(105.0));
    assert_eq!(d.rule, t1);
    assert_eq!(d.why, "+5 kg: every set done last time");
    // The + set short (2 of 3): 6×2+ at the same load, said, no change of max.
    let short = gzclp_work(1, 0, |i, r| Some(if i == 4 { 2 } else { r }));
    let d = t1.decide(&outcome(105.0, short), KG).expect("a decision");
    assert_eq!(d.change, Change::Hold);
    assert_eq!(d.rule, gzclp(1, 1, 5.0));
    assert_eq!(d.why, "6×2+ next at the same load: set 5 was 2 of 3");
    // 6×2+ short: 10×1+.
    let short = gzclp_work(1, 1, |i, r| (i < 5).then_some(r));
    let d = gzclp(1, 1, 5.0)
        .decide(&outcome(105.0, short), KG)
        .expect("a decision");
    assert_eq!(d.rule, gzclp(1, 2, 5.0));
    assert_eq!(d.why, "10×1+ next at the same load: set 6 was not done");
    // 10×1+ short: back to 5×3+ at 85% of the load.
    let short = gzclp_work(1, 2, |i, r| (i < 9).then_some(r));
    let d = gzclp(1, 2, 5.0)
        .decide(&outcome(100.0, short), KG)
        .expect("a decision");
    assert_eq!(d.change, Change::WorkLoad(85.0));
    assert_eq!(d.rule, gzclp(1, 0, 5.0));
    assert_eq!(d.why, "−15%, the first sets again: set 10 was not done");
}

#[test]
fn gzclp_tier_2_moves_3x10_to_3x8_to_3x6_and_tier_3_adds_a_step_at_25_reps() {
    let short = gzclp_work(2, 0, |i, r| Some(if i == 2 { 8 } else { r }));
    let d = gzclp(2, 0, 2.5)
        .decide(&outcome(60.0, short), KG)
        .expect("a decision");
    assert_eq!((d.change, d.rule), (Change::Hold, gzclp(2, 1, 2.5)));
    assert_eq!(d.why, "3×8 next at the same load: set 3 was 8 of 10");
    let all = gzclp_work(2, 2, |_, r| Some(r));
    let d = gzclp(2, 2, 2.5)
        .decide(&outcome(60.0, all), KG)
        .expect("a decision");
    assert_eq!(
        (d.change, d.rule),
        (Change::WorkLoad(62.5), gzclp(2, 2, 2.5))
    );
    // Tier 3: the + set at 20 holds, at 25 adds the step.
    let t3 = gzclp(3, 0, 2.5);
    let d = t3
        .decide(
            &outcome(
                30.0,
                gzclp_work(3, 0, |i, r| Some(if i == 2 { 20 } else { r })),
            ),
            KG,
        )
        .expect("a decision");
    assert_eq!(
        (d.change, d.why.as_str()),
        (Change::Hold, "held: the + set made 20 of 25")
    );
    let d = t3
        .decide(
            &outcome(
                30.0,
                gzclp_work(3, 0, |i, r| Some(if i == 2 { 25 } else { r })),
            ),
            KG,
        )
        .expect("a decision");
    assert_eq!(d.change, Change::WorkLoad(32.5));
    // Tier 3 short: a hold, never 15% off.
    let short = gzclp_work(3, 0, |i, r| (i < 2).then_some(r));
    let d = t3.decide(&outcome(30.0, short), KG).expect("a decision");
    assert_eq!((d.change, d.rule), (Change::Hold, t3));
    assert_eq!(d.why, "held: set 3 was not done");
    // A + set asks at least its stage's reps.
    assert_eq!(gzclp(1, 1, 5.0).plus_least(None), 2);
    assert_eq!(Rule::FiveThreeOne { step: 5.0 }.plus_least(Some(2)), 3);
}

#[test]
fn linear_adds_a_step_when_every_set_is_done_and_takes_ten_percent_after_three_misses() {
    // 5×5 at 100 kg on the bench, all done: 102.5 next time.
    let rule = linear(usual_step(false, KG), 0);
    let all = outcome(100.0, sets(5, &[Some(5); 5]));
    let d = rule.decide(&all, KG).expect("a decision");
    assert_eq!(d.change, Change::WorkLoad(102.5));
    assert_eq!(d.why, "+2.5 kg: every set done last time");
    // A squat steps 5 kg.
    assert_eq!(usual_step(true, KG), 5.0);
    assert_eq!(usual_step(true, Unit::Lb), 10.0);
    // Short on set 4: held, and the miss is counted.
    let short = outcome(
        100.0,
        sets(5, &[Some(5), Some(5), Some(5), Some(4), Some(3)]),
    );
    let d = rule.decide(&short, KG).expect("a decision");
    assert_eq!(d.change, Change::Hold);
    assert_eq!(d.why, "held: set 4 was 4 of 5 (miss 1 of 3)");
    let rule = d.rule;
    // A set not ticked is a set not done.
    let skipped = outcome(100.0, sets(5, &[Some(5), Some(5), None, None, None]));
    let d = rule.decide(&skipped, KG).expect("a decision");
    assert_eq!(d.why, "held: set 3 was not done (miss 2 of 3)");
    // The third session in a row short: 10% off, and the count starts again.
    let d = d.rule.decide(&short, KG).expect("a decision");
    assert_eq!(d.change, Change::WorkLoad(90.0));
    assert_eq!(d.rule, linear(2.5, 0));
    assert!(d.why.starts_with("−10%: 3 sessions in a row short"));
    // A session with every set done clears the misses.
    let d = linear(2.5, MISSES_BEFORE_RESET - 1)
        .decide(&all, KG)
        .expect("a decision");
    assert_eq!(d.rule, linear(2.5, 0));
}

#[test]
fn double_progression_climbs_the_range_then_adds_a_step() {
    let rule = double(8, 12, 9);
    // Every set at 9: ask 10 next time, same load.
    let d = rule
        .decide(&outcome(20.0, sets(9, &[Some(9); 3])), KG)
        .expect("a decision");
    assert_eq!(d.change, Change::Step);
    assert_eq!(d.rule, double(8, 12, 10));
    assert_eq!(d.why, "10 reps: every set made 9 last time");
    // A set short: the same reps again.
    let d = rule
        .decide(&outcome(20.0, sets(9, &[Some(9), Some(9), Some(7)])), KG)
        .expect("a decision");
    assert_eq!((d.change, d.rule), (Change::Hold, rule));
    assert_eq!(d.why, "held at 9 reps: set 3 was 7 of 9");
    // At the top of the range: a step, back to the bottom.
    let top = double(8, 12, 12);
    let d = top
        .decide(&outcome(20.0, sets(12, &[Some(12); 3])), KG)
        .expect("a decision");
    assert_eq!(d.change, Change::WorkLoad(22.5));
    assert_eq!(d.rule, double(8, 12, 8));
}

#[test]
fn five_three_one_moves_the_week_and_raises_the_training_max_after_week_three() {
    let rule = Rule::FiveThreeOne { step: 2.5 };
    let week = |week: u8, plus_done: Option<u32>, min: u32| Outcome {
        work: vec![
            WorkSet {
                asked: min,
                amrap: false,
                done: Some(min),
                lighter: false,
            },
            WorkSet {
                asked: min,
                amrap: false,
                done: Some(min),
                lighter: false,
            },
            WorkSet {
                asked: min,
                amrap: true,
                done: plus_done,
                lighter: false,
            },
        ],
        load: 85.0,
        week: Some(week),
    };
    let d = rule.decide(&week(1, Some(8), 5), KG).expect("a decision");
    assert_eq!((d.change, d.week), (Change::Step, Some(2)));
    let d = rule.decide(&week(2, Some(2), 3), KG).expect("a decision");
    assert_eq!((d.change, d.week), (Change::Step, Some(3)));
    // Week 3's 1+ set made: the training max rises, and week 1 comes back.
    let d = rule.decide(&week(3, Some(4), 1), KG).expect("a decision");
    assert_eq!((d.change, d.week), (Change::TrainingMax(2.5), Some(1)));
    // Short of it: held.
    let d = rule.decide(&week(3, Some(0), 1), KG).expect("a decision");
    assert_eq!((d.change, d.week), (Change::Hold, Some(1)));
    assert_eq!(d.why, "training max held: set 3 was 0 of 1");
}

#[test]
fn a_manual_max_and_a_session_without_work_sets_decide_nothing() {
    let all = outcome(100.0, sets(5, &[Some(5); 5]));
    assert_eq!(Rule::Manual.decide(&all, KG), None);
    let none = outcome(100.0, vec![]);
    assert_eq!(linear(2.5, 0).decide(&none, KG), None);
}

#[test]
fn rules_round_trip_in_links_and_bad_ones_are_refused() {
    let rules = [
        Rule::Manual,
        linear(2.5, 0),
        linear(5.0, 2),
        Rule::Double {
            low: 8,
            high: 12,
            step: 1.25,
            at: 10,
        },
        Rule::FiveThreeOne { step: 5.0 },
        gzclp(1, 2, 2.5),
        gzclp(3, 0, 1.0),
    ];
    for r in rules {
        assert_eq!(Rule::decode(&r.encode(), KG), Some(r), "{}", r.encode());
    }
    assert_eq!(linear(2.5, 1).encode(), "l2.5m1");
    assert_eq!(gzclp(1, 2, 5.0).encode(), "g12:5");
    // A step of 0 or 500 kg, a range upside down, reps outside the range, three misses (the
    // reset has happened), an unknown letter: refused.
    for bad in [
        "l0",
        "l500",
        "d12-8:2.5@9",
        "d8-12:2.5@13",
        "l2.5m3",
        "x1",
        "w",
        "d8-12",
        // GZCLP: a tier or stage it does not have.
        "g13:2.5",
        "g31:2.5",
        "g40:2.5",
        "g1:2.5",
    ] {
        assert_eq!(Rule::decode(bad, KG), None, "{bad}");
    }
    assert_eq!(
        parse_step("0", KG),
        Err(InputError::OutOfRange {
            min: 0.25,
            max: 25.0
        })
    );
    assert!(parse_step("500", KG).is_err());
    assert_eq!(parse_step("5", Unit::Lb), Ok(5.0));
    assert_eq!(parse_range("8-12"), Ok((8, 12)));
    assert!(parse_range("12-8").is_err());
    assert!(parse_range("8").is_err());
    assert_eq!(double(8, 12, 8).describe(KG), "Double, 8-12 reps, +2.5 kg");
}

#[test]
fn a_rule_switched_to_lb_steps_as_lifters_pair_the_units() {
    let kg = linear(2.5, 1);
    let lb = kg.converted(KG, Unit::Lb);
    assert_eq!(lb, linear(5.0, 1));
    assert_eq!(lb.converted(Unit::Lb, KG), kg);
    // Kept within the other unit's limits.
    assert_eq!(
        Rule::FiveThreeOne { step: 0.5 }.converted(Unit::Lb, KG),
        Rule::FiveThreeOne { step: 0.25 }
    );
}

#[test]
fn a_set_corrected_to_a_lighter_load_fell_short_and_5_3_1_needs_a_5_3_1_week() {
    let mut work = sets(5, &[Some(5); 3]);
    work[1].lighter = true;
    let d = linear(2.5, 0)
        .decide(&outcome(100.0, work), KG)
        .expect("a decision");
    assert_eq!(d.change, Change::Hold);
    assert_eq!(d.why, "held: set 2 was lighter (miss 1 of 3)");
    // 5/3/1 on a session that was no 5/3/1 week: nothing to say.
    let all = outcome(100.0, sets(5, &[Some(5); 3]));
    assert_eq!(Rule::FiveThreeOne { step: 2.5 }.decide(&all, KG), None);
    // No work set could be loaded: nothing to judge by.
    assert_eq!(
        linear(2.5, 0).decide(&outcome(0.0, sets(5, &[Some(5); 3])), KG),
        None
    );
}

#[test]
fn a_stored_offer_keeps_its_session_and_one_kept_before_reads_with_none() {
    let offer = Offer {
        max: 105.0,
        text: "92.5 kg next (+2.5 kg: every set done last time)".into(),
        applied: Rule::Linear {
            step: 2.5,
            misses: 0,
        },
        at_ms: 1_764_000_000_000.0,
    };
    let text = encode_offer("2", &offer);
    assert_eq!(decode_offer(&text, Unit::Kg), Some(("2", offer.clone())));
    // Written before the session was kept: the text follows the rule.
    let old = "2~105~l2.5~92.5 kg next (+2.5 kg: every set done last time)";
    let (at, read) = decode_offer(old, Unit::Kg).expect("an older offer reads");
    assert_eq!((at, read.at_ms, read.text), ("2", 0.0, offer.text.clone()));
    // An old text with the separator in it stays whole.
    let old = "2~105~l2.5~held ~ 3 of 5";
    assert_eq!(
        decode_offer(old, Unit::Kg).map(|(_, o)| o.text),
        Some("held ~ 3 of 5".into())
    );
}

#[test]
fn the_list_of_changes_keeps_the_newest_hundred_and_takes_back_an_undone_one() {
    use backoff::core::changes::{newest, push_change, read_changes, take_back, MAX_CHANGES};
    let mut log = String::new();
    for n in 0..MAX_CHANGES + 5 {
        push_change(&mut log, n as f64, "Squat~", &format!("change ~{n}"));
    }
    // Storage keeps the newest lines, each starting with its newline.
    assert_eq!(newest(&log).matches('\n').count(), MAX_CHANGES);
    let read = read_changes(&log);
    assert_eq!(read.len(), MAX_CHANGES);
    assert_eq!(
        read[0].text, "change -5",
        "the text never holds the separator"
    );
    assert_eq!(read[0].exercise, "Squat~", "a name may");
    // Undo takes back the newest only when it is the one undone, and the oldest kept before
    // the Apply is kept after the Undo.
    let before = log.clone();
    push_change(&mut log, 1e6, "Squat~", "applied");
    take_back(&mut log, "change ~3", "Squat~");
    take_back(&mut log, "applied", "Bench");
    assert_eq!(
        read_changes(&log).last().map(|c| c.text.as_str()),
        Some("applied")
    );
    take_back(&mut log, "applied", "Squat~");
    assert_eq!(log, before);
    assert_eq!(read_changes(&log)[0].text, "change -5");
    // A line that is not a change is skipped, not the list.
    assert_eq!(read_changes("x~held~Squat\n5~held~Squat").len(), 1);
}

#[test]
fn a_merge_keeps_each_line_once_in_time_order_and_a_line_it_cannot_read() {
    use backoff::core::changes::{merge_changes, read_changes};
    let mine = "\n2~held~Squat\n4~held again~Squat";
    let theirs = "\n1~105 kg next~Squat\n2~held~Squat";
    let merged = merge_changes(mine, theirs);
    let texts: Vec<String> = read_changes(&merged).into_iter().map(|c| c.text).collect();
    assert_eq!(texts, ["105 kg next", "held", "held again"]);
    assert_eq!(merged.matches('\n').count(), 3);
    // A line a newer build wrote, which this one cannot read, is not lost.
    let merged = merge_changes("\nv2|a newer line", theirs);
    assert!(merged.starts_with("\nv2|a newer line\n"), "{merged}");
}
