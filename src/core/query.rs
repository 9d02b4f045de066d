//! Query strings (`a=1&b=two+words`): the text form of the URL's state and of what is saved in
//! local storage. Reading is forgiving: a broken pair is skipped, never a panic.

/// Escapes a value so it survives in a query string and stays readable: letters, digits and
/// `-._~:,@*` stay as they are, a space becomes `+`, everything else is `%XX` (UTF-8).
pub fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' => out.push(b as char),
            b'-' | b'.' | b'_' | b'~' | b':' | b',' | b'@' | b'*' => out.push(b as char),
            b' ' => out.push('+'),
            _ => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                out.push('%');
                out.push(HEX[usize::from(b >> 4)] as char);
                out.push(HEX[usize::from(b & 15)] as char);
            }
        }
    }
    out
}

/// Undoes `escape` (and what browsers write): `+` is a space, `%XX` a byte. `None` when a `%` is
/// not followed by two hex digits or the bytes are not UTF-8.
pub fn unescape(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'+' => out.push(b' '),
            b'%' => {
                let hi = hex(*bytes.get(i + 1)?)?;
                let lo = hex(*bytes.get(i + 2)?)?;
                out.push(hi << 4 | lo);
                i += 2;
            }
            _ => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// The key/value pairs of a query string (a leading `?` is ignored). A pair that cannot be
/// unescaped is returned as `None` so the caller can say something was unreadable.
pub fn pairs(query: &str) -> Vec<Option<(String, String)>> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            Some((unescape(k)?, unescape(v)?))
        })
        .collect()
}

/// The one decode loop of both formats, the URL's and storage's: the `u` pairs first (bare
/// numbers in the others are in that unit, whatever the order), then every other pair in order,
/// each through `apply`, which says whether it could use the value. Returns how many pairs could
/// not be read, so the page can say so.
pub fn read(text: &str, mut apply: impl FnMut(&str, &str) -> bool) -> usize {
    let all = pairs(text);
    let is_unit = |p: &&Option<(String, String)>| matches!(p, Some((k, _)) if k == "u");
    let units = all.iter().filter(is_unit);
    let others = all.iter().filter(|p| !is_unit(p));
    let mut problems = 0;
    for pair in units.chain(others) {
        match pair {
            Some((k, v)) if apply(k, v) => {}
            _ => problems += 1,
        }
    }
    problems
}

/// Joins pairs into a query string without the leading `?`.
pub fn build(pairs: &[(&str, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", escape(k), escape(v)))
        .collect::<Vec<_>>()
        .join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_any_text() {
        for s in ["Bench press", "a&b=c", "100%", "Ü~é 😀", "", "+"] {
            assert_eq!(unescape(&escape(s)).as_deref(), Some(s));
        }
        assert_eq!(escape("Bench press"), "Bench+press");
    }

    #[test]
    fn broken_escapes_are_none() {
        assert_eq!(unescape("%"), None);
        assert_eq!(unescape("%4"), None);
        assert_eq!(unescape("%zz"), None);
        assert_eq!(unescape("%FF"), None);
    }

    #[test]
    fn splits_pairs() {
        let p = pairs("?a=1&&b=two+words&c&d=%");
        assert_eq!(p[0], Some(("a".into(), "1".into())));
        assert_eq!(p[1], Some(("b".into(), "two words".into())));
        assert_eq!(p[2], Some(("c".into(), "".into())));
        assert_eq!(p[3], None);
        assert_eq!(
            build(&[("a", "x y".into()), ("b", "1".into())]),
            "a=x+y&b=1"
        );
    }
}
