//! The guide's checked content model and its rule engine.
//!
//! Pure and deterministic: no I/O, no clock, no web dependencies, so every rule is
//! testable natively. Data flows one way: the content compiler (`guide-content`)
//! builds a [`Model`] from YAML, the engine turns a model plus [`Answers`] into a
//! [`Flow`] (which question comes next) and a [`Plan`] (the checklist), and the app
//! only renders them.

pub mod answers;
pub mod catalogue;
pub mod condition;
pub mod date;
#[doc(hidden)]
pub mod example;
pub mod flow;
pub mod home;
pub mod html;
pub mod ics;
pub mod idx;
pub mod journey;
pub mod markup;
pub mod model;
pub mod plan;
pub mod route;
pub mod ruby;
pub mod text;
pub mod ui;
pub mod words;

pub use answers::{Answer, Answers, Problem, ProblemKind};
pub use condition::{Truth, eval};
pub use date::{Date, Urgency};
pub use flow::{Flow, Rules, flow};
pub use journey::{Journey, JourneyPlan, Place, Visit};
pub use model::*;
pub use plan::{Group, MergedDocument, Plan, PlannedDocument, PlannedProcedure, Reason, Status, plan};
pub use route::{Route, Step};
pub use text::{Texts, fill};
pub use ui::UiKey;
