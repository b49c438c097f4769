//! Small reusable pieces, one per file.

mod answer_list;
mod back_link;
mod error_summary;
mod external_link;
mod language_menu;
mod notice;
mod office_details;
mod qr_code;
mod site_header;
mod skip_link;

pub use answer_list::AnswerList;
pub use back_link::BackLink;
pub use error_summary::ErrorSummary;
pub use external_link::ExternalLink;
pub use language_menu::LanguageMenu;
pub use notice::{LinkProblems, Notice};
pub use office_details::{OfficeDetails, office_link, phone_link};
pub use qr_code::QrCode;
pub use site_header::SiteHeader;
pub use skip_link::SkipLink;
