//! One module per kind of page.

mod home;
mod offices;
mod question;
mod results;
mod review;

pub use home::Home;
pub use offices::OfficesPage;
pub use question::QuestionPage;
pub use results::ResultsPage;
pub use review::ReviewPage;
