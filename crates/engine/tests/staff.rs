//! Conditions in words and the counter's catalogue search, on a small hand-built model
//! whose texts are real Japanese.

use guide_engine::catalogue::{Filter, entries, events_of, find, search_key, search_texts};
use guide_engine::words::condition;
use guide_engine::*;

/// A typed index from a plain number, for hand-built models.
fn ix<T>(i: usize) -> Idx<T> {
    Idx::new(i)
}

fn ixs<T>(is: &[usize]) -> Vec<Idx<T>> {
    is.iter().map(|&i| Idx::new(i)).collect()
}

/// Texts, interned as the content compiler does.
#[derive(Default)]
struct Table(Vec<String>);

impl Table {
    fn add(&mut self, s: &str) -> TextId {
        self.0.push(s.to_string());
        (self.0.len() - 1) as TextId
    }
}

/// q0 引っ越し前 (市外|国外|県外), q1 健康保険 (国保|会社), q2 子ども (multiple: 小学生|中学生).
/// Two events: 転入 (P0 転入届 always, P1 国保 when insurance=kokuho, P2 学校 when a
/// schoolchild) and 出生 (P1 国保 with its own documents). Offices 本庁 (0) and 支所 (1);
/// sections 市民課 (0, at 本庁) and 保険年金課 (1, at 本庁).
fn model() -> (Model, Table) {
    let mut t = Table::default();
    let ui = UiKey::ALL
        .iter()
        .map(|(key, _)| {
            t.add(match key {
                UiKey::CondEquals => "「{question}」が「{answer}」",
                UiKey::CondIncludes => "「{question}」で「{answer}」を選んだ",
                UiKey::CondNotIncludes => "「{question}」で「{answer}」を選んでいない",
                UiKey::CondOneOf => "「{question}」が{answers}のどれか",
                UiKey::CondIncludesOneOf => "「{question}」で{answers}のどれかを選んだ",
                UiKey::CondAnswer => "「{answer}」",
                UiKey::CondNot => "{condition}ではない",
                UiKey::CondAnd => "{a} かつ {b}",
                UiKey::CondOr => "{a} または {b}",
                UiKey::CondGroup => "（{condition}）",
                UiKey::ListSeparator => "、",
                UiKey::ReasonEveryone => "全員",
                _ => "",
            })
        })
        .collect();
    let mut question = |id: &str, label: &str, kind, opts: &[(&str, &str)]| Question {
        id: id.into(),
        kind,
        text: 0,
        label: t.add(label),
        help: None,
        options: opts.iter().map(|(id, text)| Choice { id: (*id).into(), text: t.add(text), hint: None }).collect(),
        allow_unknown: false,
    };
    let questions = vec![
        question("from", "引っ越し前", QuestionKind::Single, &[("city", "市外"), ("abroad", "国外"), ("pref", "県外")]),
        question("insurance", "健康保険", QuestionKind::Single, &[("kokuho", "国民健康保険"), ("company", "会社")]),
        question("children", "子ども", QuestionKind::Multi, &[("es", "小学生"), ("js", "中学生")]),
    ];
    let mut procedure = |id: &str, title: &str, section: usize, offices: &[usize], documents| Procedure {
        id: id.into(),
        title: t.add(title),
        summary: None,
        section: ix(section),
        offices: ixs(offices),
        documents,
        deadline: None,
        fee: None,
        online: vec![],
        notes: vec![],
        sources: vec![],
    };
    let doc = |document, when| DocumentUse { document: ix(document), when, note: None };
    let procedures = vec![
        procedure(
            "todoke",
            "転入届",
            0,
            &[0, 1],
            vec![doc(0, Condition::Always), doc(1, Condition::Equals(ix(0), ix(0)))],
        ),
        procedure("kokuho", "国民健康保険の加入", 1, &[0], vec![doc(0, Condition::Always)]),
        procedure("gakko", "学校の転入学", 0, &[0], vec![]),
    ];
    let mut document = |id: &str, name: &str| Document { id: id.into(), name: t.add(name), detail: None };
    let documents = vec![
        document("honnin", "本人確認書類"),
        document("tenshutsu", "転出証明書"),
        document("boshi", "母子健康手帳"),
    ];
    let use_ = |procedure, applies_if, documents| EventProcedure {
        procedure: ix(procedure),
        applies_if,
        summary: None,
        deadline: None,
        notes: vec![],
        documents,
    };
    let event = |id: &str, procedures, available| Event {
        id: id.into(),
        title: 0,
        summary: 0,
        available,
        questions: ixs(&[0, 1, 2]),
        date_question: None,
        procedures,
    };
    let schoolchild = Condition::Any(vec![Condition::Includes(ix(2), ix(0)), Condition::Includes(ix(2), ix(1))]);
    let events = vec![
        event(
            "tennyu",
            vec![
                use_(0, Condition::Always, None),
                use_(1, Condition::Equals(ix(1), ix(0)), None),
                use_(2, schoolchild, None),
            ],
            true,
        ),
        event("shussei", vec![use_(1, Condition::Equals(ix(1), ix(0)), Some(vec![doc(2, Condition::Always)]))], true),
        event("coming", vec![use_(0, Condition::Always, None)], false),
    ];
    let section = |office| Section { id: String::new(), name: 0, counter: None, phone: None, office: ix(office) };
    let model = Model {
        ui,
        events,
        questions,
        procedures,
        documents,
        sections: vec![section(0), section(0)],
        offices: vec![],
        online_kinds: vec![],
        languages: vec![],
        stamp: 0,
        readings: vec![],
        journeys: Default::default(),
    };
    (model, t)
}

fn words(cond: &Condition) -> String {
    let (m, t) = model();
    condition(&m, cond, &|id| t.0[id as usize].as_str())
}

#[test]
fn conditions_read_as_plain_words() {
    use Condition::*;
    assert_eq!(words(&Always), "全員");
    assert_eq!(words(&Equals(ix(1), ix(0))), "「健康保険」が「国民健康保険」");
    assert_eq!(words(&Includes(ix(2), ix(1))), "「子ども」で「中学生」を選んだ");
    assert_eq!(words(&Not(Box::new(Includes(ix(2), ix(1))))), "「子ども」で「中学生」を選んでいない");
    assert_eq!(words(&Not(Box::new(Equals(ix(0), ix(1))))), "「引っ越し前」が「国外」ではない");
    // Several answers to one question: one phrase, not a chain of "or".
    assert_eq!(
        words(&Any(vec![Equals(ix(0), ix(0)), Equals(ix(0), ix(2))])),
        "「引っ越し前」が「市外」、「県外」のどれか"
    );
    assert_eq!(words(&Any(vec![Equals(ix(0), ix(0))])), "「引っ越し前」が「市外」", "one part is just that part");
    assert_eq!(words(&All(vec![])), "全員");
}

#[test]
fn nested_conditions_are_bracketed_only_inside_others() {
    use Condition::*;
    let cond = All(vec![
        Equals(ix(1), ix(0)),
        Any(vec![Includes(ix(2), ix(0)), Equals(ix(0), ix(1))]),
        Not(Box::new(All(vec![Equals(ix(0), ix(0)), Equals(ix(1), ix(1))]))),
    ]);
    assert_eq!(
        words(&cond),
        "「健康保険」が「国民健康保険」 かつ （「子ども」で「小学生」を選んだ または 「引っ越し前」が「国外」） かつ \
         （「引っ越し前」が「市外」 かつ 「健康保険」が「会社」）ではない"
    );
    assert_eq!(
        words(&Any(vec![Includes(ix(2), ix(0)), Includes(ix(2), ix(1))])),
        "「子ども」で「小学生」、「中学生」のどれかを選んだ"
    );
    assert_eq!(
        words(&Any(vec![Includes(ix(2), ix(0)), Equals(ix(0), ix(1))])),
        "「子ども」で「小学生」を選んだ または 「引っ越し前」が「国外」",
        "different questions are joined"
    );
}

/// The titles of the entries shown for a filter, searching the Japanese texts.
fn shown(filter: &Filter) -> Vec<String> {
    let (m, t) = model();
    entries(&m)
        .into_iter()
        .filter(|e| {
            let haystack: String =
                search_texts(&m, e).iter().map(|id| search_key(&t.0[*id as usize])).collect::<Vec<_>>().join("\n");
            filter.matches(&m, e, &haystack)
        })
        .map(|e| t.0[m.procedures[e.procedure].title as usize].clone())
        .collect()
}

#[test]
fn every_procedure_once_with_the_events_that_use_it() {
    let (m, _) = model();
    let all = entries(&m);
    assert_eq!(all.iter().map(|e| e.procedure).collect::<Vec<_>>(), ixs::<Procedure>(&[0, 1, 2]));
    assert_eq!(all[1].uses, [(ix(0), 1), (ix(1), 0)], "国保 is used by 転入 and 出生");
    assert_eq!(all[0].uses, [(ix(0), 0)], "an event still being written is left out");
}

#[test]
fn search_by_name_document_and_several_words() {
    let q = |query: &str| shown(&Filter { query: query.into(), ..Filter::default() });
    assert_eq!(q(""), ["転入届", "国民健康保険の加入", "学校の転入学"]);
    assert_eq!(q("転入"), ["転入届", "学校の転入学"]);
    assert_eq!(q("転出証明書"), ["転入届"], "a document name finds the procedures that ask for it");
    // An event's own documents count too (出生's 国保 asks for the 母子健康手帳).
    assert_eq!(q("母子"), ["国民健康保険の加入"]);
    assert_eq!(q("本人確認"), ["転入届", "国民健康保険の加入"]);
    assert_eq!(q("転入　学校"), ["学校の転入学"], "every word must occur (full-width space too)");
    assert_eq!(q("住民票"), Vec::<String>::new());
}

#[test]
fn filters_narrow_the_list() {
    let f = |event: Option<usize>, section: Option<usize>, office: Option<usize>| {
        shown(&Filter { query: String::new(), event: event.map(ix), section: section.map(ix), office: office.map(ix) })
    };
    assert_eq!(f(Some(1), None, None), ["国民健康保険の加入"]);
    assert_eq!(f(None, Some(0), None), ["転入届", "学校の転入学"]);
    assert_eq!(f(None, None, Some(1)), ["転入届"], "only 転入届 is accepted at the 支所");
    assert_eq!(f(Some(0), Some(1), None), ["国民健康保険の加入"]);
    assert_eq!(shown(&Filter { query: "転入".into(), event: Some(ix(1)), ..Filter::default() }), Vec::<String>::new());
}

#[test]
fn a_citizen_finds_a_procedure_by_name_with_the_events_that_use_it() {
    let (m, t) = model();
    let all = entries(&m);
    let haystacks: Vec<String> =
        all.iter().map(|e| search_texts(&m, e).iter().map(|id| search_key(&t.0[*id as usize])).collect()).collect();
    let titles = |query: &str| -> Vec<String> {
        find(&m, &all, &haystacks, query)
            .into_iter()
            .map(|i| t.0[m.procedures[all[i].procedure].title as usize].clone())
            .collect()
    };
    assert_eq!(titles("国民健康保険"), ["国民健康保険の加入"]);
    assert_eq!(titles("転入"), ["転入届", "学校の転入学"]);
    assert_eq!(titles("  "), Vec::<String>::new(), "an empty search lists nothing (not everything)");
    assert_eq!(titles("住民票"), Vec::<String>::new());
    // Each event that uses it, once, to start that event from the result.
    let kokuho = find(&m, &all, &haystacks, "国民健康保険")[0];
    assert_eq!(events_of(&all[kokuho]), ixs::<Event>(&[0, 1]));
}
