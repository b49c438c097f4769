//! What a citizen has ticked off on a results page (procedures done, documents packed),
//! kept in localStorage per results link. Storage is a convenience: where it is blocked
//! (private modes, some iframes) or holds something unreadable, the ticks simply live as
//! long as the page, and nothing else changes.
//!
//! Nothing stored spells the answers or the event (a phone may be shared, a counter PC is):
//! the key is a keyed hash of the results link and the value the keyed hashes of the ticked
//! ids, with a random key made on this device (`iga-guide/key`). Someone reading storage
//! sees only random-looking hex; this guide, with the key, finds a page's ticks again.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::storage::{keys, read, remove, write};

/// Kept as first released (ticks saved under it survive the rename of this module).
const PREFIX: &str = "iga-guide/checks/";
const SECRET: &str = "iga-guide/key";

/// The ticks of one results page, as a signal that writes itself back to storage.
#[derive(Clone, Copy)]
pub struct Ticks {
    /// None: nothing is written (staff mode: the counter keeps nothing of a citizen).
    key: StoredValue<Option<String>>,
    secret: StoredValue<String>,
    /// Keyed hashes of the ticked ids.
    ticked: RwSignal<BTreeSet<String>>,
}

impl Ticks {
    /// `link` identifies the results (their canonical hash): other answers, other ticks.
    /// With `keep` false (staff mode) nothing is read or written.
    pub fn new(link: &str, keep: bool) -> Ticks {
        forget_readable_keys();
        let secret = if keep { secret() } else { String::new() };
        let key = keep.then(|| format!("{PREFIX}{}", keyed(&secret, link)));
        let ticked = key.as_deref().and_then(read).map(|v| parse(&v)).unwrap_or_default();
        Ticks { key: StoredValue::new(key), secret: StoredValue::new(secret), ticked: RwSignal::new(ticked) }
    }

    fn hashed(&self, id: &str) -> String {
        self.secret.with_value(|s| keyed(s, id))
    }

    /// Unticks everything on screen (storage is emptied by `privacy::forget_everything`).
    pub fn clear(&self) {
        self.ticked.set(BTreeSet::new());
    }

    pub fn is_ticked(&self, id: &str) -> bool {
        let h = self.hashed(id);
        self.ticked.with(|t| t.contains(&h))
    }

    pub fn set(&self, id: &str, on: bool) {
        let h = self.hashed(id);
        self.ticked.update(|t| {
            if on {
                t.insert(h);
            } else {
                t.remove(&h);
            }
        });
        let value = self.ticked.with_untracked(|t| t.iter().cloned().collect::<Vec<_>>().join(" "));
        self.key.with_value(|key| {
            if let Some(key) = key {
                write(key, &value);
            }
        });
    }
}

/// This device's random key, made on first use.
fn secret() -> String {
    if let Some(s) = read(SECRET).filter(|s| is_hex(s, 32)) {
        return s;
    }
    let random = || (js_sys::Math::random() * 2f64.powi(53)) as u64;
    let s = format!("{:016x}{:016x}", random(), random());
    write(SECRET, &s);
    s
}

/// 128 bits (two FNV-1a 64 hashes) over the device key and `text`, as hex. Stable across
/// releases (unlike std's hasher), and not a cryptographic MAC: it need not be one, as the key
/// sits on the same device; it keeps storage from spelling a link to whoever reads it.
fn keyed(secret: &str, text: &str) -> String {
    let half = |domain: u8| {
        [domain]
            .iter()
            .chain(secret.as_bytes())
            .chain(&[0xff])
            .chain(text.as_bytes())
            .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3))
    };
    format!("{:016x}{:016x}", half(1), half(2))
}

fn is_hex(s: &str, len: usize) -> bool {
    s.len() == len && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Keys written before ticks were hashed spell the results link (`iga-guide/checks/#/…`).
fn forget_readable_keys() {
    for key in keys().into_iter().filter(|k| k.strip_prefix(PREFIX).is_some_and(|rest| !is_hex(rest, 32))) {
        remove(&key);
    }
}

/// Only keyed hashes are ever written; anything else in the stored value is ignored.
fn parse(value: &str) -> BTreeSet<String> {
    value.split(' ').filter(|h| is_hex(h, 32)).map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::{keyed, parse};

    #[test]
    fn unreadable_stored_values_are_ignored() {
        let h = keyed("0123", "proc:tennyu-todoke");
        let ids: Vec<String> = parse(&format!("doc:honnin  {h} <script> {}x", &h[1..])).into_iter().collect();
        assert_eq!(ids, [h]);
    }

    #[test]
    fn stored_keys_do_not_spell_the_link_and_depend_on_the_device_key() {
        let link = "#/rikon/results?children=yes";
        let a = keyed("device-a", link);
        assert_eq!(a.len(), 32);
        assert!(!a.contains("rikon") && a.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_eq!(a, keyed("device-a", link), "the same page finds its ticks again");
        assert_ne!(a, keyed("device-b", link), "another device's key gives another name");
        assert_ne!(a, keyed("device-a", "#/rikon/results?children=no"));
    }
}
