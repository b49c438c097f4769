//! The checklist: every procedure of the event with its status and reasons, grouped
//! by where to go, with documents merged ("bring these items").

use crate::answers::{Answer, Answers};
use crate::condition::{Truth, eval, explain_answers};
use crate::date::Date;
use crate::model::{DocumentIx, Event, Model, ProcedureIx, QuestionIx, SectionIx, TextId};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Needed,
    /// An answer it depends on was "わからない" (or not given).
    Maybe,
    NotNeeded,
}

impl From<Truth> for Status {
    fn from(t: Truth) -> Status {
        match t {
            Truth::Yes => Status::Needed,
            Truth::Unknown => Status::Maybe,
            Truth::No => Status::NotNeeded,
        }
    }
}

/// An answer that made a procedure apply (or left it open).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Reason {
    pub question: QuestionIx,
    /// `None` when the question was not answered.
    pub answer: Option<Answer>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PlannedDocument {
    pub document: DocumentIx,
    pub status: Status,
    pub note: Option<TextId>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PlannedProcedure {
    pub procedure: ProcedureIx,
    pub status: Status,
    /// Empty when the procedure applies to everyone with this life event.
    pub reasons: Vec<Reason>,
    /// Documents that are needed or may be needed.
    pub documents: Vec<PlannedDocument>,
    /// What it is, in this event's words.
    pub summary: Option<TextId>,
    /// The deadline rule in words.
    pub deadline: Option<TextId>,
    /// The last day, when the deadline is a day count and the event date is known.
    pub due: Option<Date>,
    /// The procedure's notes, then this event's.
    pub notes: Vec<TextId>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MergedDocument {
    pub document: DocumentIx,
    /// Needed if any procedure needs it, else maybe.
    pub status: Status,
    /// Indices into [`Plan::procedures`] of the procedures that ask for it.
    pub for_procedures: Vec<usize>,
}

/// Procedures handled at the same section (課) and what to bring there.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Group {
    pub section: SectionIx,
    /// Indices into [`Plan::procedures`], needed before maybe, event order within each.
    pub procedures: Vec<usize>,
    pub documents: Vec<MergedDocument>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Plan {
    /// Every procedure of the event in content order, not-needed ones included.
    pub procedures: Vec<PlannedProcedure>,
    /// Needed and maybe procedures grouped by section, in order of first appearance.
    pub groups: Vec<Group>,
    /// Every document across needed and maybe procedures.
    pub documents: Vec<MergedDocument>,
}

impl Plan {
    pub fn with_status(&self, status: Status) -> impl Iterator<Item = &PlannedProcedure> {
        self.procedures.iter().filter(move |p| p.status == status)
    }
}

/// The checklist for these answers: every procedure of the event with its status and
/// reasons, grouped by section, with the documents to bring.
///
/// # Usage
///
/// Plan with the answers the [`flow`](crate::flow()) kept (`known`): an answer to a
/// question that no longer matters stays in the link but not in the result.
///
/// ```
/// use guide_engine::{Answers, Status, flow, plan};
/// # let model = guide_engine::example::model();
/// let event = &model.events[model.event("tennyu").unwrap()];
/// let (answers, _) = Answers::decode(&model, event, "moving_date=2026-11-20&from=abroad&insurance=kokuho");
///
/// let p = plan(&model, event, &flow(&model, event, &answers).known);
/// let needed: Vec<&str> = p.with_status(Status::Needed).map(|pp| model.procedures[pp.procedure].id.as_str()).collect();
/// assert_eq!(needed, ["todoke", "kokuho"]);
/// // 14 days from the moving day, the day itself not counted.
/// assert_eq!(p.procedures[0].due.unwrap().to_string(), "2026-12-04");
/// ```
pub fn plan(model: &Model, event: &Event, answers: &Answers) -> Plan {
    let date = event.date_question.and_then(|q| answers.date(q));
    let procedures: Vec<PlannedProcedure> = event
        .procedures
        .iter()
        .map(|ep| {
            let procedure = &model.procedures[ep.procedure];
            let status = Status::from(eval(&ep.applies_if, answers));
            let reasons = explain_answers(&ep.applies_if, answers)
                .into_iter()
                .map(|(question, answer)| Reason { question, answer })
                .collect();
            let documents = ep
                .documents(model)
                .iter()
                .filter_map(|d| {
                    let truth = eval(&ep.document_condition(d), answers);
                    let status = Status::from(truth);
                    (status != Status::NotNeeded).then_some(PlannedDocument {
                        document: d.document,
                        status,
                        note: d.note,
                    })
                })
                .collect();
            let deadline = ep.deadline.as_ref().or(procedure.deadline.as_ref());
            let due = date.zip(deadline.and_then(|d| d.offset_days)).map(|(d, n)| d.add_days(n));
            PlannedProcedure {
                procedure: ep.procedure,
                status,
                reasons,
                documents,
                summary: ep.summary.or(procedure.summary),
                deadline: deadline.map(|d| d.text),
                due,
                notes: procedure.notes.iter().chain(&ep.notes).copied().collect(),
            }
        })
        .collect();
    assemble(model, procedures)
}

/// Groups planned procedures by section and merges their documents (for one event, or
/// for a journey's merged procedures).
pub fn assemble(model: &Model, procedures: Vec<PlannedProcedure>) -> Plan {
    let mut groups: Vec<Group> = Vec::new();
    for status in [Status::Needed, Status::Maybe] {
        for (i, p) in procedures.iter().enumerate().filter(|(_, p)| p.status == status) {
            let section = model.procedures[p.procedure].section;
            match groups.iter_mut().find(|g| g.section == section) {
                Some(g) => g.procedures.push(i),
                None => groups.push(Group { section, procedures: vec![i], documents: Vec::new() }),
            }
        }
    }
    for g in &mut groups {
        g.documents = merge(&procedures, &g.procedures);
    }
    let active: Vec<usize> = groups.iter().flat_map(|g| g.procedures.iter().copied()).collect();
    let documents = merge(&procedures, &active);
    Plan { procedures, groups, documents }
}

fn merge(procedures: &[PlannedProcedure], which: &[usize]) -> Vec<MergedDocument> {
    let mut out: Vec<MergedDocument> = Vec::new();
    for &i in which {
        for d in &procedures[i].documents {
            // A document is only as certain as the procedure that asks for it.
            let status = d.status.max(procedures[i].status);
            match out.iter_mut().find(|m| m.document == d.document) {
                Some(m) => {
                    m.status = m.status.min(status);
                    m.for_procedures.push(i);
                }
                None => out.push(MergedDocument { document: d.document, status, for_procedures: vec![i] }),
            }
        }
    }
    out
}
