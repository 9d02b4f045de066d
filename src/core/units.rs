//! Units of load (kg, lb), reading what a person types, and showing numbers the way a lifter
//! writes them (`100`, `102.5`, `1.25`).

/// Kilograms in one pound, exactly (the international avoirdupois pound).
pub const KG_PER_LB: f64 = 0.453_592_37;

/// The heaviest load anyone types on purpose; above it the input is a typo.
pub const MAX_KG: f64 = 1000.0;
/// The same ceiling in pounds, as a round figure a lifter recognises.
pub const MAX_LB: f64 = 2200.0;

/// A unit of load.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Unit {
    #[default]
    Kg,
    Lb,
}

impl Unit {
    /// The symbol shown after a number.
    pub fn symbol(self) -> &'static str {
        match self {
            Unit::Kg => "kg",
            Unit::Lb => "lb",
        }
    }

    /// The other unit, for a load said in both.
    pub fn other(self) -> Unit {
        match self {
            Unit::Kg => Unit::Lb,
            Unit::Lb => Unit::Kg,
        }
    }

    /// Kilograms in one of this unit.
    pub fn in_kg(self) -> f64 {
        match self {
            Unit::Kg => 1.0,
            Unit::Lb => KG_PER_LB,
        }
    }

    /// The largest load accepted as input in this unit.
    pub fn max_load(self) -> f64 {
        match self {
            Unit::Kg => MAX_KG,
            Unit::Lb => MAX_LB,
        }
    }

    /// Reads `kg`/`lb` (and common spellings); anything else is `None`.
    pub fn parse(text: &str) -> Option<Unit> {
        match text.trim().to_ascii_lowercase().as_str() {
            "kg" | "kgs" | "kilo" | "kilos" => Some(Unit::Kg),
            "lb" | "lbs" | "pound" | "pounds" | "#" => Some(Unit::Lb),
            _ => None,
        }
    }
}

/// Converts `value` from one unit to another.
pub fn convert(value: f64, from: Unit, to: Unit) -> f64 {
    if from == to {
        value
    } else {
        value * from.in_kg() / to.in_kg()
    }
}

/// A load with the unit it was given in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Weight {
    pub value: f64,
    pub unit: Unit,
}

impl Weight {
    /// A load of `value` in `unit`.
    pub fn new(value: f64, unit: Unit) -> Self {
        Weight { value, unit }
    }

    /// The same load in another unit.
    pub fn to(self, unit: Unit) -> f64 {
        convert(self.value, self.unit, unit)
    }
}

/// Why typed input was refused; the page turns each into a sentence next to the field.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InputError {
    /// Nothing typed.
    Empty,
    /// Not a number (text, two decimal points, an unknown unit).
    NotANumber,
    /// Zero or less.
    NotPositive,
    /// More than anyone lifts: a typo.
    TooLarge { max: f64, unit: Unit },
    /// Reps must be whole numbers.
    NotWhole,
    /// Outside the range this field takes.
    OutOfRange { min: f64, max: f64 },
    /// An RPE off the chart: not 6 to 10 in half steps.
    OffChart,
    /// A name with nothing in it.
    NoName,
    /// Not a range of reps, lower first ("8-12").
    NotARange,
    /// A name longer than its limit, in characters.
    TooLong { max: usize },
}

/// A name as typed (a plan's, a scheme's, a gym's): trimmed, not empty, at most `max`
/// characters.
pub fn parse_name(text: &str, max: usize) -> Result<String, InputError> {
    let name = text.trim();
    match name.chars().count() {
        0 => Err(InputError::NoName),
        n if n > max => Err(InputError::TooLong { max }),
        _ => Ok(name.to_string()),
    }
}

impl InputError {
    /// A short sentence for the message next to the field.
    pub fn message(self) -> String {
        match self {
            InputError::Empty => "Enter a number.".into(),
            InputError::NotANumber => "That is not a number.".into(),
            InputError::NotPositive => "Must be more than zero.".into(),
            InputError::OffChart => "RPE goes from 6 to 10 in half steps.".into(),
            InputError::NoName => "Give it a name.".into(),
            InputError::TooLong { max } => format!("At most {max} characters."),
            InputError::TooLarge { max, unit } => {
                format!(
                    "That is more than {} {}: check for a typo.",
                    fmt(max),
                    unit.symbol()
                )
            }
            InputError::NotWhole => "Use a whole number.".into(),
            InputError::NotARange => "Type a range of reps, lower first: 8-12.".into(),
            InputError::OutOfRange { min, max } => {
                format!("Use a value from {} to {}.", fmt(min), fmt(max))
            }
        }
    }
}

/// Reads a plain decimal number: `102.5`, `102,5` and surrounding spaces are fine; `1e3`, `inf`,
/// `NaN`, hex and two separators are not.
pub fn parse_number(text: &str) -> Result<f64, InputError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(InputError::Empty);
    }
    let t = t.replace(',', ".");
    let (negative, body) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(&t)),
    };
    let (whole, frac) = body.split_once('.').unwrap_or((body, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.len() + frac.len() == 0 || !all_digits(whole) || !all_digits(frac) {
        return Err(InputError::NotANumber);
    }
    let value = decimal(whole, frac);
    Ok(if negative { -value } else { value })
}

/// The value of decimal digits, without the float parser (it would add kilobytes to the page).
/// Up to 15 significant digits the result is exactly what `str::parse` gives, since the
/// mantissa and the power of ten are both exact and one division rounds correctly; later digits
/// are dropped, far below anything a lifter types.
fn decimal(whole: &str, frac: &str) -> f64 {
    let mut mantissa: u64 = 0;
    let mut digits = 0;
    let mut scale = 0;
    let mut extra_whole = 0;
    for (i, b) in whole.bytes().chain(frac.bytes()).enumerate() {
        let in_frac = i >= whole.len();
        if digits >= 15 {
            if !in_frac {
                extra_whole += 1;
            }
            continue;
        }
        mantissa = mantissa * 10 + u64::from(b - b'0');
        if mantissa > 0 {
            digits += 1;
        }
        if in_frac {
            scale += 1;
        }
    }
    let value = mantissa as f64 / 10f64.powi(scale);
    value * 10f64.powi(extra_whole)
}

/// Reads a plain number that must lie in `min..=max` (a bar, a collar, a rest in seconds).
pub fn parse_bounded(text: &str, min: f64, max: f64) -> Result<f64, InputError> {
    let value = parse_number(text)?;
    if (min..=max).contains(&value) {
        Ok(value)
    } else {
        Err(InputError::OutOfRange { min, max })
    }
}

/// Reads a load such as `100`, `102,5`, `100kg` or `225 lb`. A load with no unit is in
/// `default_unit`. Refuses zero, negatives and anything above 1000 kg / 2200 lb.
pub fn parse_weight(text: &str, default_unit: Unit) -> Result<Weight, InputError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(InputError::Empty);
    }
    let split = t
        .find(|c: char| c.is_ascii_alphabetic() || c == '#')
        .unwrap_or(t.len());
    let (num, unit_text) = t.split_at(split);
    let unit = if unit_text.trim().is_empty() {
        default_unit
    } else {
        Unit::parse(unit_text).ok_or(InputError::NotANumber)?
    };
    // To the hundredth, as it is written back: a value that rounds to nothing would not read
    // back from the link or storage.
    let value = (parse_number(num)? * 100.0).round() / 100.0;
    if value <= 0.0 {
        return Err(InputError::NotPositive);
    }
    if value > unit.max_load() {
        return Err(InputError::TooLarge {
            max: unit.max_load(),
            unit,
        });
    }
    Ok(Weight::new(value, unit))
}

/// The most reps the page accepts for a set.
pub const MAX_REPS: u32 = 50;

/// Reads a rep count: a whole number from 1 to 50.
pub fn parse_reps(text: &str) -> Result<u32, InputError> {
    let value = parse_number(text)?;
    if value.fract() != 0.0 {
        return Err(InputError::NotWhole);
    }
    if !(1.0..=MAX_REPS as f64).contains(&value) {
        return Err(InputError::OutOfRange {
            min: 1.0,
            max: MAX_REPS as f64,
        });
    }
    Ok(value as u32)
}

/// An estimate or a percentage to 0.1, as the page says it: more digits would claim a
/// precision the formulas do not have.
pub fn tenth(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// Shows a number with at most two decimals and no trailing zeros: `100`, `102.5`, `1.25`.
/// Non-finite values show as `–` rather than `NaN`.
pub fn fmt(value: f64) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    // Integer arithmetic only: float formatting would add kilobytes of code to the page.
    // `as` saturates, so absurd values cannot overflow.
    let hundredths = (value * 100.0).round() as i64;
    let abs = hundredths.unsigned_abs();
    let (whole, frac) = (abs / 100, abs % 100);
    let mut s = String::new();
    if hundredths < 0 {
        s.push('-');
    }
    s.push_str(&whole.to_string());
    if frac != 0 {
        s.push('.');
        s.push(char::from(b'0' + (frac / 10) as u8));
        if frac % 10 != 0 {
            s.push(char::from(b'0' + (frac % 10) as u8));
        }
    }
    s
}

/// A count with its thousands grouped, as the page says it: `20,000`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut s = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            s.push(',');
        }
        s.push(c);
    }
    s
}

/// Shows a load with its unit: `102.5 kg`.
pub fn fmt_weight(value: f64, unit: Unit) -> String {
    format!("{} {}", fmt(value), unit.symbol())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_people_type() {
        assert_eq!(
            parse_weight("102.5", Unit::Kg),
            Ok(Weight::new(102.5, Unit::Kg))
        );
        assert_eq!(
            parse_weight("102,5", Unit::Kg),
            Ok(Weight::new(102.5, Unit::Kg))
        );
        assert_eq!(
            parse_weight(" 100 ", Unit::Kg),
            Ok(Weight::new(100.0, Unit::Kg))
        );
        assert_eq!(
            parse_weight("100kg", Unit::Lb),
            Ok(Weight::new(100.0, Unit::Kg))
        );
        assert_eq!(
            parse_weight("225 lb", Unit::Kg),
            Ok(Weight::new(225.0, Unit::Lb))
        );
        assert_eq!(
            parse_weight("225 LBS", Unit::Kg),
            Ok(Weight::new(225.0, Unit::Lb))
        );
    }

    #[test]
    fn refuses_bad_loads() {
        assert_eq!(parse_weight("", Unit::Kg), Err(InputError::Empty));
        assert_eq!(parse_weight("  ", Unit::Kg), Err(InputError::Empty));
        assert_eq!(parse_weight("0", Unit::Kg), Err(InputError::NotPositive));
        assert_eq!(parse_weight("-5", Unit::Kg), Err(InputError::NotPositive));
        assert_eq!(parse_weight("abc", Unit::Kg), Err(InputError::NotANumber));
        assert_eq!(parse_weight("NaN", Unit::Kg), Err(InputError::NotANumber));
        assert_eq!(parse_weight("inf", Unit::Kg), Err(InputError::NotANumber));
        assert_eq!(parse_weight("1e3", Unit::Kg), Err(InputError::NotANumber));
        assert_eq!(parse_weight("1.2.3", Unit::Kg), Err(InputError::NotANumber));
        assert_eq!(
            parse_weight("100 st", Unit::Kg),
            Err(InputError::NotANumber)
        );
        assert_eq!(
            parse_weight("1001", Unit::Kg),
            Err(InputError::TooLarge {
                max: 1000.0,
                unit: Unit::Kg
            })
        );
        assert_eq!(
            parse_weight("2201 lb", Unit::Kg).map_err(InputError::message),
            Err("That is more than 2200 lb: check for a typo.".into())
        );
        assert!(parse_weight("2200", Unit::Lb).is_ok());
        assert!(parse_weight("2201 lb", Unit::Kg).is_err());
    }

    #[test]
    fn reps() {
        assert_eq!(parse_reps("5"), Ok(5));
        assert_eq!(parse_reps("50"), Ok(50));
        assert!(parse_reps("0").is_err());
        assert!(parse_reps("51").is_err());
        assert_eq!(parse_reps("2.5"), Err(InputError::NotWhole));
    }

    #[test]
    fn conversions() {
        assert!((convert(100.0, Unit::Kg, Unit::Lb) - 220.46).abs() < 0.01);
        assert!((convert(45.0, Unit::Lb, Unit::Kg) - 20.41).abs() < 0.01);
        assert_eq!(convert(1.0, Unit::Lb, Unit::Kg), 0.453_592_37);
        assert_eq!(convert(7.0, Unit::Kg, Unit::Kg), 7.0);
    }

    #[test]
    fn numbers_read_like_the_float_parser() {
        for t in [
            "0",
            "1",
            "102.5",
            "0.1",
            "2.675",
            "1732000090000",
            "007.50",
            ".5",
            "5.",
            "123456.789012345",
        ] {
            assert_eq!(
                parse_number(t),
                Ok(t.parse::<f64>().unwrap_or(f64::NAN)),
                "{t}"
            );
        }
        assert_eq!(parse_number("-2,5"), Ok(-2.5));
        assert_eq!(parse_number("."), Err(InputError::NotANumber));
        assert_eq!(parse_number("1.2.3"), Err(InputError::NotANumber));
        assert!(parse_number("99999999999999999999999").is_ok_and(|v| v > 1e22));
    }

    #[test]
    fn display() {
        assert_eq!(fmt(100.0), "100");
        assert_eq!(fmt(102.5), "102.5");
        assert_eq!(fmt(1.25), "1.25");
        assert_eq!(fmt(116.666_666), "116.67");
        assert_eq!(fmt(-0.001), "0");
        assert_eq!(fmt(f64::NAN), "–");
        assert_eq!(fmt_weight(60.0, Unit::Kg), "60 kg");
        assert_eq!(fmt(-2.5), "-2.5");
        assert_eq!(fmt(0.05), "0.05");
        assert_eq!(fmt(1e300), "92233720368547758.07"); // saturates, never panics
    }
}
