//! A small hand-built model (転入-like), for the documentation's examples and the
//! engine's tests: real content is compiled by `guide-content`, which the engine cannot
//! depend on.

use crate::model::*;

fn ix<T>(i: usize) -> Idx<T> {
    Idx::new(i)
}

fn ixs<T>(is: &[usize]) -> Vec<Idx<T>> {
    is.iter().map(|&i| Idx::new(i)).collect()
}

/// 転入-like model: q0 from (domestic|abroad), q1 online move-out (yes|no, unknown
/// allowed), q2 insurance (kokuho|company), q3 moving date.
/// P0 転入届 always, with document D1 (転出証明書) only when domestic and not online;
/// P1 国保 when insurance=kokuho.
pub fn model() -> Model {
    let choice = |id: &str, opts: &[&str], unknown| Question {
        id: id.into(),
        kind: QuestionKind::Single,
        text: 0,
        label: 0,
        help: None,
        options: opts.iter().map(|o| Choice { id: (*o).into(), text: 0, hint: None }).collect(),
        allow_unknown: unknown,
    };
    let date = Question { kind: QuestionKind::Date, options: vec![], ..choice("moving_date", &[], true) };
    let procedure = |id: &str, documents: Vec<DocumentUse>| Procedure {
        id: id.into(),
        title: 0,
        summary: None,
        section: ix(0),
        offices: ixs(&[0]),
        documents,
        deadline: Some(Deadline { text: 0, offset_days: Some(14) }),
        fee: None,
        online: vec![],
        notes: vec![],
        sources: vec![],
    };
    let domestic_paper = Condition::All(vec![
        Condition::Equals(ix(0), ix(0)),
        Condition::Not(Box::new(Condition::Equals(ix(1), ix(0)))),
    ]);
    Model {
        ui: vec![],
        events: vec![Event {
            id: "tennyu".into(),
            title: 0,
            summary: 0,
            available: true,
            questions: ixs(&[3, 0, 1, 2]),
            date_question: Some(ix(3)),
            procedures: vec![
                EventProcedure {
                    procedure: ix(0),
                    applies_if: Condition::Always,
                    summary: None,
                    deadline: None,
                    notes: vec![],
                    documents: None,
                },
                EventProcedure {
                    procedure: ix(1),
                    applies_if: Condition::Equals(ix(2), ix(0)),
                    summary: None,
                    deadline: None,
                    notes: vec![],
                    documents: None,
                },
            ],
        }],
        questions: vec![
            choice("from", &["domestic", "abroad"], false),
            choice("online", &["yes", "no"], true),
            choice("insurance", &["kokuho", "company"], false),
            date,
        ],
        procedures: vec![
            procedure(
                "todoke",
                vec![
                    DocumentUse { document: ix(0), when: Condition::Always, note: None },
                    DocumentUse { document: ix(1), when: domestic_paper, note: None },
                ],
            ),
            procedure("kokuho", vec![DocumentUse { document: ix(0), when: Condition::Always, note: None }]),
        ],
        documents: vec![],
        sections: vec![],
        offices: vec![],
        online_kinds: vec![],
        languages: vec![],
        stamp: 0,
        readings: vec![],
        journeys: Default::default(),
    }
}
