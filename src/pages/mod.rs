//! One module per kind of page.

mod home;
mod offices;
mod privacy;
mod question;
mod results;
mod review;
mod staff;

pub use home::Home;
pub use offices::OfficesPage;
pub use privacy::{ForgetButton, PrivacyPage};
pub use question::QuestionPage;
pub use results::ResultsPage;
pub use review::ReviewPage;
pub use staff::StaffPage;
