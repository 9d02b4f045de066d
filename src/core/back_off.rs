//! The back-off set's load: the idea Backoff grew from (Goto et al. 2004: after the heavy sets,
//! one set to failure at about half the one-rep max).

use super::units::{parse_weight, InputError, Unit, Weight};

/// The share of the 1RM a back-off set uses by default.
pub const BACK_OFF_SHARE: f64 = 0.5;

/// The back-off load for a typed 1RM, in the unit it was typed in; bad input is an error value.
pub fn back_off_load(one_rep_max: &str, default_unit: Unit) -> Result<Weight, InputError> {
    let max = parse_weight(one_rep_max, default_unit)?;
    Ok(Weight::new(max.value * BACK_OFF_SHARE, max.unit))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_the_max() {
        assert_eq!(back_off_load("100", Unit::Kg), Ok(Weight::new(50.0, Unit::Kg)));
        assert_eq!(back_off_load("120", Unit::Kg), Ok(Weight::new(60.0, Unit::Kg)));
        assert_eq!(back_off_load("225 lb", Unit::Kg), Ok(Weight::new(112.5, Unit::Lb)));
    }

    #[test]
    fn bad_input_is_an_error_value() {
        assert_eq!(back_off_load("", Unit::Kg), Err(InputError::Empty));
        assert_eq!(back_off_load("-100", Unit::Kg), Err(InputError::NotPositive));
        assert_eq!(back_off_load("heavy", Unit::Kg), Err(InputError::NotANumber));
    }
}
