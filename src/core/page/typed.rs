//! A typed field's text and what it parses to, side by side: parsed once, when typed, so the
//! reducer takes the value and the view shows the message without reading the text again.

use crate::core::units::InputError;

/// What the lifter typed into a field, and its value or why it has none.
#[derive(Clone, Debug, PartialEq)]
pub struct Typed<T> {
    pub text: String,
    pub value: Result<T, InputError>,
}

impl<T: Copy> Typed<T> {
    /// Reads `text` with `parse` (a plain function: one copy of this per value type).
    pub fn read(text: String, parse: fn(&str) -> Result<T, InputError>) -> Self {
        let value = parse(&text);
        Typed { text, value }
    }

    /// A field showing a value already in force, as `show` writes it.
    pub fn showing(value: T, show: fn(T) -> String) -> Self {
        Typed {
            text: show(value),
            value: Ok(value),
        }
    }

    /// The value, when the text is one.
    pub fn ok(&self) -> Option<T> {
        self.value.ok()
    }

    /// The message to show beside the field, if the text is not a value.
    pub fn message(&self) -> Option<String> {
        self.value.err().map(InputError::message)
    }

    /// The message, except for a field left empty (for fields that are fine blank until used).
    pub fn message_if_typed(&self) -> Option<String> {
        match self.value {
            Err(InputError::Empty) => None,
            _ => self.message(),
        }
    }
}

/// An empty field.
impl<T> Default for Typed<T> {
    fn default() -> Self {
        Typed {
            text: String::new(),
            value: Err(InputError::Empty),
        }
    }
}
