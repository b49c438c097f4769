//! What cannot wait, and the results summary in words that count right. Pure (the
//! day is passed in), so the page and the tests agree on which procedures are urgent.

use crate::date::{Date, Urgency};
use crate::model::TextId;
use crate::plan::{MergedDocument, Plan, Status};
use crate::ui::UiKey;

/// A procedure due within a week, or overdue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Urgent {
    /// Index into [`Plan::procedures`].
    pub procedure: usize,
    pub due: Date,
    pub urgency: Urgency,
}

/// The needed and maybe procedures whose last day has passed or is within 7 days of
/// `today`, earliest first (overdue ones lead), plan order among the same day. A
/// procedure without a date (the event's date is unknown, or the deadline is not a day
/// count) is never listed: the guide cannot say it is urgent.
pub fn urgent(plan: &Plan, today: Date) -> Vec<Urgent> {
    let mut out: Vec<Urgent> = plan
        .procedures
        .iter()
        .enumerate()
        .filter(|(_, p)| p.status != Status::NotNeeded)
        .filter_map(|(i, p)| {
            let due = p.due?;
            let urgency = due.urgency(today);
            (urgency != Urgency::Later).then_some(Urgent { procedure: i, due, urgency })
        })
        .collect();
    out.sort_by_key(|u| (u.due, u.procedure));
    out
}

/// The countdown beside an urgent procedure ("あと5日") and the number for `{days}`.
pub fn countdown(urgency: Urgency) -> Option<(UiKey, u8)> {
    match urgency {
        Urgency::Overdue => Some((UiKey::CountdownOverdue, 0)),
        Urgency::Soon(0) => Some((UiKey::CountdownToday, 0)),
        Urgency::Soon(1) => Some((UiKey::CountdownOne, 1)),
        Urgency::Soon(n) => Some((UiKey::Countdown, n)),
        Urgency::Later => None,
    }
}

/// The results summary as sentences: how many are needed, how many *of those* can be
/// done online, how many may be needed. Each count picks its singular text for 1 (the
/// singular texts say "1" themselves, so a language without plurals words both alike);
/// each sentence is (text, placeholder, count).
pub fn summary(needed: usize, online: usize, maybe: usize) -> Vec<(UiKey, &'static str, usize)> {
    let pick = |n: usize, one: UiKey, other: UiKey| if n == 1 { one } else { other };
    let mut out = vec![(pick(needed, UiKey::ResultsNeededOne, UiKey::ResultsNeeded), "needed", needed)];
    if online > 0 {
        out.push((pick(online, UiKey::ResultsOnlineOne, UiKey::ResultsOnline), "online", online));
    }
    if maybe > 0 {
        out.push((pick(maybe, UiKey::ResultsMaybeOne, UiKey::ResultsMaybe), "maybe", maybe));
    }
    out
}

/// The notes of the procedures that ask for a merged document ("one for every person
/// moving"), each once, in plan order: the merged list keeps what each card says.
pub fn document_notes(plan: &Plan, d: &MergedDocument) -> Vec<TextId> {
    let mut notes = Vec::new();
    for &i in &d.for_procedures {
        let note = plan.procedures[i].documents.iter().find(|pd| pd.document == d.document).and_then(|pd| pd.note);
        if let Some(n) = note.filter(|n| !notes.contains(n)) {
            notes.push(n);
        }
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::idx::Idx;
    use crate::plan::{PlannedDocument, PlannedProcedure, assemble};

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn procedure(i: usize, status: Status, due: Option<&str>, note: Option<TextId>) -> PlannedProcedure {
        PlannedProcedure {
            procedure: Idx::new(i),
            status,
            reasons: Vec::new(),
            documents: vec![PlannedDocument { document: Idx::new(0), status: Status::Needed, note }],
            summary: None,
            deadline: None,
            due: due.map(day),
            notes: Vec::new(),
        }
    }

    /// The example model has two procedures (0 and 1), both at one section.
    fn plan(procedures: Vec<PlannedProcedure>) -> Plan {
        assemble(&crate::example::model(), procedures)
    }

    #[test]
    fn overdue_and_this_week_lead_earliest_first_and_later_or_undated_are_left_out() {
        let p = plan(vec![
            procedure(0, Status::Needed, Some("2026-12-10"), None), // in 6 days
            procedure(1, Status::Maybe, Some("2026-12-01"), None),  // overdue
            procedure(0, Status::Needed, Some("2026-12-20"), None), // later
            procedure(1, Status::Needed, None, None),               // no date known
            procedure(0, Status::NotNeeded, Some("2026-12-05"), None),
            procedure(1, Status::Needed, Some("2026-12-04"), None), // today
        ]);
        let u = urgent(&p, day("2026-12-04"));
        let got: Vec<(usize, Urgency)> = u.iter().map(|u| (u.procedure, u.urgency)).collect();
        assert_eq!(got, [(1, Urgency::Overdue), (5, Urgency::Soon(0)), (0, Urgency::Soon(6))]);
        assert_eq!(urgent(&p, day("2026-11-01")), [], "nothing is urgent a month before");
    }

    #[test]
    fn countdown_says_today_one_day_and_days() {
        assert_eq!(countdown(Urgency::Soon(5)), Some((UiKey::Countdown, 5)));
        assert_eq!(countdown(Urgency::Soon(1)), Some((UiKey::CountdownOne, 1)));
        assert_eq!(countdown(Urgency::Soon(0)), Some((UiKey::CountdownToday, 0)));
        assert_eq!(countdown(Urgency::Overdue), Some((UiKey::CountdownOverdue, 0)));
        assert_eq!(countdown(Urgency::Later), None);
    }

    #[test]
    fn summary_counts_singular_and_plural_and_online_follows_needed() {
        let keys = |n, o, m| summary(n, o, m).into_iter().map(|(k, _, c)| (k, c)).collect::<Vec<_>>();
        assert_eq!(keys(1, 0, 0), [(UiKey::ResultsNeededOne, 1)]);
        assert_eq!(
            keys(3, 1, 2),
            [(UiKey::ResultsNeeded, 3), (UiKey::ResultsOnlineOne, 1), (UiKey::ResultsMaybe, 2)],
            "the online count (a part of the needed ones) comes right after them, not after the maybe ones"
        );
        assert_eq!(keys(0, 0, 1), [(UiKey::ResultsNeeded, 0), (UiKey::ResultsMaybeOne, 1)]);
        assert_eq!(keys(2, 2, 0), [(UiKey::ResultsNeeded, 2), (UiKey::ResultsOnline, 2)]);
    }

    #[test]
    fn merged_document_keeps_each_procedures_note_once() {
        let p = plan(vec![
            procedure(0, Status::Needed, None, Some(7)),
            procedure(1, Status::Needed, None, None),
            procedure(0, Status::Needed, None, Some(7)),
            procedure(1, Status::Needed, None, Some(9)),
        ]);
        assert_eq!(p.documents.len(), 1);
        assert_eq!(p.documents[0].for_procedures, [0, 1, 2, 3]);
        assert_eq!(document_notes(&p, &p.documents[0]), [7, 9]);
    }
}
