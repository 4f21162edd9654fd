//! The outline of a referral's report for the writing screen: the kind its service makes, the
//! sections in the order they are printed, and the number of children on the case.

use super::court_reports::kind_of_referral;
use super::referral_read::load_referral;
use super::Store;
use crate::error::Result;
use crate::model::ReportOutline;

impl Store {
    /// The outline of the report a referral makes; refused for a service that makes none.
    pub fn report_outline(&self, referral_id: i64) -> Result<ReportOutline> {
        let conn = self.conn();
        let kind = kind_of_referral(conn, referral_id)?;
        let case_id = load_referral(conn, referral_id)?.case_id;
        let children: u32 = conn.query_row(
            "SELECT count(*) FROM children WHERE case_id = ?1",
            [case_id],
            |r| r.get(0),
        )?;
        Ok(ReportOutline {
            kind,
            sections: kind.sections().to_vec(),
            children,
        })
    }
}
