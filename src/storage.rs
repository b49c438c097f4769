//! localStorage as a convenience: where it is blocked (private modes, some iframes) or
//! full, reads give nothing and writes are dropped; nothing else changes.

fn storage() -> Option<web_sys::Storage> {
    // Both the property access and the result may fail where storage is blocked.
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn read(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

pub fn write(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = if value.is_empty() { s.remove_item(key) } else { s.set_item(key, value) };
    }
}

pub fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// Every key this guide may have written (`iga-guide/…`).
pub fn keys() -> Vec<String> {
    let Some(s) = storage() else { return Vec::new() };
    let n = s.length().unwrap_or(0);
    (0..n).filter_map(|i| s.key(i).ok().flatten()).filter(|k| k.starts_with("iga-guide/")).collect()
}
