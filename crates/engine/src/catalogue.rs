//! The counter's catalogue: every procedure of every event once, with the events that
//! use it, found by search (in Japanese: name, reading, documents) and filtered by event,
//! section and office. Pure, so the search is tested natively; the page only renders.

use crate::model::{EventIx, Model, OfficeIx, ProcedureIx, SectionIx, TextId};

/// One procedure and where it is used: `(event, index into that event's procedures)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub procedure: ProcedureIx,
    pub uses: Vec<(EventIx, usize)>,
}

/// Every procedure of the available events, in the order the events first list them.
pub fn entries(model: &Model) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    for (e, event) in model.available_events() {
        for (i, ep) in event.procedures.iter().enumerate() {
            match out.iter_mut().find(|x| x.procedure == ep.procedure) {
                Some(x) => x.uses.push((e, i)),
                None => out.push(Entry { procedure: ep.procedure, uses: vec![(e, i)] }),
            }
        }
    }
    out
}

/// The texts a procedure is found by: its title and summaries, the names of every
/// document it may need (its own list and each event's), and those documents' notes.
pub fn search_texts(model: &Model, entry: &Entry) -> Vec<TextId> {
    let p = &model.procedures[entry.procedure];
    let mut out = vec![p.title];
    out.extend(p.summary);
    for &(e, i) in &entry.uses {
        let ep = &model.events[e].procedures[i];
        out.extend(ep.summary);
        for d in ep.documents(model) {
            out.push(model.documents[d.document].name);
            out.extend(d.note);
        }
    }
    out.extend(p.documents.iter().map(|d| model.documents[d.document].name));
    out.sort_unstable();
    out.dedup();
    out
}

/// The reading of a name (procedure or document), where content gives one.
pub fn reading(model: &Model, id: TextId) -> Option<&str> {
    let i = model.readings.binary_search_by_key(&id, |(t, _)| *t).ok()?;
    Some(&model.readings[i].1)
}

/// What the staff asked for: words (all must occur) and the filters (`None`: any).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub query: String,
    pub event: Option<EventIx>,
    pub section: Option<SectionIx>,
    pub office: Option<OfficeIx>,
}

impl Filter {
    /// Whether `entry`, whose searchable text (already through [`search_key`]) is `haystack`, is shown.
    pub fn matches(&self, model: &Model, entry: &Entry, haystack: &str) -> bool {
        let p = &model.procedures[entry.procedure];
        self.event.is_none_or(|e| entry.uses.iter().any(|(x, _)| *x == e))
            && self.section.is_none_or(|s| p.section == s)
            && self.office.is_none_or(|o| p.offices.contains(&o) || model.sections[p.section].office == o)
            && self.query.split_whitespace().all(|word| haystack.contains(&search_key(word)))
    }
}

/// A citizen's search by name (home page): the entries whose searchable text holds every
/// word of `query`, in catalogue order; nothing for an empty query. `haystacks` is parallel
/// to `entries`, each already through [`search_key`].
pub fn find(model: &Model, entries: &[Entry], haystacks: &[String], query: &str) -> Vec<usize> {
    if query.split_whitespace().next().is_none() {
        return Vec::new();
    }
    let filter = Filter { query: query.to_string(), ..Filter::default() };
    (0..entries.len().min(haystacks.len())).filter(|i| filter.matches(model, &entries[*i], &haystacks[*i])).collect()
}

/// The events an entry is used by, each once, in model order.
pub fn events_of(entry: &Entry) -> Vec<EventIx> {
    let mut out: Vec<EventIx> = entry.uses.iter().map(|(e, _)| *e).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Text as search compares it: katakana as hiragana (マイナンバー finds まいなんばー),
/// full-width letters and digits as ASCII, Latin letters in lower case, no spaces
/// (ASCII only: Unicode case tables would weigh more in the wasm than they help here).
pub fn search_key(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            'ァ'..='ヶ' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
            '！'..='～' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            c => c,
        })
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::search_key;

    #[test]
    fn search_keys_fold_kana_width_and_case() {
        assert_eq!(search_key("マイナンバー カード"), "まいなんばーかーど");
        assert_eq!(search_key("ＡＢＣ１２　x"), "abc12x");
        assert_eq!(search_key("転入届"), "転入届");
    }
}
