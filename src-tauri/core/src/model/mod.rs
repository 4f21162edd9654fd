//! The domain model: what a case, a child and an adult are, and how their forms are checked.

pub mod case;
pub mod dates;
pub mod person;

pub use case::{CafcassSystem, Case, CaseDetail, CaseInput, CaseList, CaseStatus, CaseSummary};
pub use person::{Adult, AdultInput, AdultRole, Child, ChildInput, Language, Party};
