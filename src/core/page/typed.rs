//! A typed field's text and what it parses to, side by side: parsed once, when typed, so the
//! reducer takes the value and the view shows the message without reading the text again.

use crate::core::units::InputError;

/// What the lifter typed into a field, and its value or why it has none.
#[derive(Clone, Debug, PartialEq)]
pub struct Typed<T> {
    pub text: String,
    pub value: Result<T, InputError>,
    /// The lifter typed into the field and left it, or tried to use it: only then does a bad
    /// value show its message (a half-typed number is not an error yet).
    pub left: bool,
}

impl<T: Copy> Typed<T> {
    /// Reads `text` with `parse` (a plain function: one copy of this per value type).
    pub fn read(text: String, parse: fn(&str) -> Result<T, InputError>) -> Self {
        let value = parse(&text);
        Typed {
            text,
            value,
            left: false,
        }
    }

    /// `text` with the value a parser that needs more than the text (a unit) read from it.
    pub fn parsed(text: String, value: Result<T, InputError>) -> Self {
        Typed {
            text,
            value,
            left: false,
        }
    }

    /// A field showing a value already in force, as `show` writes it.
    pub fn showing(value: T, show: fn(T) -> String) -> Self {
        Typed {
            text: show(value),
            value: Ok(value),
            left: false,
        }
    }

    /// The field retyped: a message already shown stays (and follows the text) until the value
    /// is good, so fixing it clears it at once but a new mistake waits for the field to be left.
    pub fn after(mut self, before: &Typed<T>) -> Self {
        self.left = before.left && self.value.is_err();
        self
    }

    /// Marks the field as left, so a bad value shows its message; `true` when that changed it.
    /// A good value is never marked, so a later mistake still waits for the field to be left.
    pub fn leave(&mut self) -> bool {
        let was = self.left;
        self.left = self.value.is_err();
        was != self.left
    }

    /// The value, when the text is one.
    pub fn ok(&self) -> Option<T> {
        self.value.ok()
    }

    /// Why the text is not a value, whether or not it shows yet.
    pub fn message(&self) -> Option<String> {
        self.value.err().map(InputError::message)
    }

    /// The message to show beside the field: only once the field was left or used.
    pub fn message_shown(&self) -> Option<String> {
        self.message().filter(|_| self.left)
    }
}

/// An empty field.
impl<T> Default for Typed<T> {
    fn default() -> Self {
        Typed {
            text: String::new(),
            value: Err(InputError::Empty),
            left: false,
        }
    }
}
