//! One module per kind of page.

mod home;
mod offices;
mod privacy;
mod question;
mod results;
mod review;
mod search;
mod staff;
mod together;

pub use home::Home;
pub use offices::OfficesPage;
pub use privacy::{ForgetButton, PrivacyPage};
pub use question::QuestionPage;
pub use results::ResultsPage;
pub use review::ReviewPage;
pub use search::SearchPage;
pub use staff::StaffPage;
pub use together::TogetherPage;
