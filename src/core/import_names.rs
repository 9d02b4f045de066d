//! The names a lifter gave another app's exercises when importing, remembered so the next
//! export of that app files them the same way ("Squat (Barbell)" as "Back squat" again, not as
//! "Squat"). Kept under their own storage key, [`NAMES_KEY`], one name a line; a convenience,
//! not training data, so a backup does not carry them.

use super::session::clip_name;

/// The storage key, beside the history's.
pub const NAMES_KEY: &str = "backoff.import-names";
/// The first line of the stored names: their format.
const HEADER: &str = "backoff-import-names 1";
/// The most names kept, the newest: far more than any lifter's exercises.
pub const MAX_REMEMBERED: usize = 300;

/// One name remembered: as the other app wrote it, and what the lifter files it as.
#[derive(Clone, Debug, PartialEq)]
pub struct Remembered {
    pub from: String,
    pub to: String,
}

/// The names stored under [`NAMES_KEY`] (`None`: nothing yet); a line that is not a name is
/// skipped, as is another format.
pub fn read_names(text: Option<&str>) -> Vec<Remembered> {
    let Some(body) = text.and_then(|t| t.strip_prefix(HEADER)) else {
        return Vec::new();
    };
    body.lines()
        .filter_map(|line| {
            let (from, to) = line.split_once('\t')?;
            let (from, to) = (clip_name(from), clip_name(to));
            (!from.is_empty() && !to.is_empty()).then_some(Remembered { from, to })
        })
        .take(MAX_REMEMBERED)
        .collect()
}

/// The text stored for `names`: a name never holds a tab or a line break (names keep no
/// control character).
pub fn write_names(names: &[Remembered]) -> String {
    let mut text = HEADER.to_string();
    for n in names.iter().take(MAX_REMEMBERED) {
        text.push('\n');
        text.push_str(&n.from);
        text.push('\t');
        text.push_str(&n.to);
    }
    text
}

/// What `from` is filed as: as the lifter filed it last, else as the import `mapped` it.
pub fn filed_as(names: &[Remembered], from: &str, mapped: &str) -> String {
    names
        .iter()
        .find(|n| n.from == from.trim())
        .map_or_else(|| mapped.to_string(), |n| n.to.clone())
}

/// `names` after an import that filed each name `from` of the file, mapped as `mapped`, as
/// `to`: a name filed other than its mapping is remembered (newest first), one filed as its
/// mapping is forgotten.
pub fn remember(names: &[Remembered], filed: &[(&str, &str, &str)]) -> Vec<Remembered> {
    let mut renamed: Vec<Remembered> = filed
        .iter()
        .filter(|(_, mapped, to)| mapped != to)
        .map(|(from, _, to)| Remembered {
            from: clip_name(from),
            to: to.to_string(),
        })
        .collect();
    let said = |n: &Remembered| filed.iter().any(|(from, _, _)| from.trim() == n.from);
    renamed.extend(names.iter().filter(|n| !said(n)).cloned());
    renamed.truncate(MAX_REMEMBERED);
    renamed
}
