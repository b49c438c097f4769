//! One module per kind of page.

mod home;
mod question;
mod results;

pub use home::Home;
pub use question::QuestionPage;
pub use results::ResultsPage;
