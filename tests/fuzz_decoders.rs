//! No input reaches a panic: the URL decoder, the storage decoder and the number parsers on
//! arbitrary text. `make fuzz` runs these with PROPTEST_CASES=100000; `cargo test` runs 256.

use backoff::core::query::{pairs, unescape};
use backoff::core::rest_timer::parse_duration;
use backoff::core::rpe::parse_rpe;
use backoff::core::saved;
use backoff::core::session::Settings;
use backoff::core::units::{parse_number, parse_reps, parse_weight, Unit};
use backoff::core::url_state::{decode, encode};
use proptest::prelude::*;

/// Text shaped like our formats, so the fuzzing reaches deep into the decoders.
fn near_query() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just("v=1".to_string()),
        Just("&".to_string()),
        Just("e=".to_string()),
        Just("~".to_string()),
        Just(",".to_string()),
        Just(":".to_string()),
        Just("@".to_string()),
        Just("x".to_string()),
        Just("%".to_string()),
        Just("plates=".to_string()),
        Just("fmt=1&".to_string()),
        Just("timer=run:".to_string()),
        Just("done=".to_string()),
        Just("log=".to_string()),
        Just("lib=".to_string()),
        Just("pid=".to_string()),
        Just("pname=".to_string()),
        Just("fmt=2&".to_string()),
        "[a-z]{1,4}",
        "[0-9.]{1,6}",
        "-?[0-9]{1,20}",
        any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(token, 0..40).prop_map(|t| t.concat())
}

proptest! {
    #[test]
    fn url_decoder_never_panics(text in near_query()) {
        let state = decode(&text, &Settings::default());
        // Whatever was read encodes and reads back the same.
        let again = decode(&encode(&state.settings, &state.exercises), &Settings::default());
        prop_assert_eq!(again.problems, 0);
        prop_assert_eq!(again.exercises.len(), state.exercises.len());
    }

    #[test]
    fn url_decoder_never_panics_on_any_text(text in any::<String>()) {
        let _ = decode(&text, &Settings::default());
        let _ = pairs(&text);
        let _ = unescape(&text);
    }

    #[test]
    fn storage_decoder_never_panics(text in near_query()) {
        let (saved, _) = saved::decode(Some(&text));
        let (again, status) = saved::decode(Some(&saved::encode(&saved)));
        prop_assert_eq!(status, saved::ReadStatus::Ok);
        prop_assert_eq!(again.log.len(), saved.log.len());
    }

    #[test]
    fn storage_decoder_never_panics_on_any_text(text in any::<String>()) {
        let _ = saved::decode(Some(&text));
    }

    #[test]
    fn number_parsers_never_panic(text in any::<String>()) {
        for unit in [Unit::Kg, Unit::Lb] {
            if let Ok(w) = parse_weight(&text, unit) {
                prop_assert!(w.value.is_finite() && w.value > 0.0);
            }
        }
        let _ = parse_number(&text);
        let _ = parse_reps(&text);
        let _ = parse_rpe(&text);
        let _ = parse_duration(&text);
    }

    #[test]
    fn numbers_read_as_the_float_parser_does(text in "[0-9]{0,8}(\\.[0-9]{0,6})?") {
        if let Ok(expected) = text.parse::<f64>() {
            prop_assert_eq!(parse_number(&text), Ok(expected));
        }
    }
}
