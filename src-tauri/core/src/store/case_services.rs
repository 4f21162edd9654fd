//! Which services each case has referrals for: the register filters by service with it, without
//! widening the register's own query (which the search works on).

use serde::Serialize;

use super::sql::parse_enum;
use super::Store;
use crate::error::Result;
use crate::model::Service;

/// One case and one service it has at least one referral for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
pub struct CaseService {
    pub case_id: i64,
    pub service: Service,
}

impl Store {
    /// Every (case, service) pair with a referral, by case then service name.
    pub fn case_services(&self) -> Result<Vec<CaseService>> {
        let mut st = self.conn().prepare_cached(
            "SELECT DISTINCT case_id, service FROM referrals ORDER BY case_id, service",
        )?;
        let rows = st.query_map([], |r| {
            Ok(CaseService {
                case_id: r.get(0)?,
                service: parse_enum(r, 1)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
