//! What the screens and the CLI are shown when a view joins the model with the rules' answers
//! (hours, review, period, deadlines). The model itself never imports the rules.

pub mod referral_detail;

pub use referral_detail::ReferralDetail;
