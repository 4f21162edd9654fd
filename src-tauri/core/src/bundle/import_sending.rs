//! The log of sending in an import: each entry through the store's own check (the record must be
//! signed), naming what was sent by position as the bundle does.

use std::collections::HashMap;

use super::format::BundleSending;
use super::import::Importer;
use super::paths::field;
use crate::error::Result;
use crate::model::{SendingInput, SentItemKind};
use crate::store::sql::iso;

impl Importer<'_> {
    /// Adds one entry of the log. `referrals`: each referral's id and session ids by number (None
    /// when refused); `incidents`: each incident's id (None when refused).
    pub(super) fn sending(
        &mut self,
        path: &str,
        s: &BundleSending,
        referrals: &[Option<(i64, HashMap<u32, i64>)>],
        incidents: &[Option<i64>],
    ) -> Result<()> {
        let referral = |pos: Option<u32>| pos.and_then(|p| referrals.get(p as usize));
        let item_id = match s.item_kind {
            SentItemKind::SessionRecord => match (referral(s.referral), s.session) {
                (Some(Some((_, numbers))), Some(n)) => numbers.get(&n).copied(),
                (Some(None), _) => return Ok(()),
                _ => None,
            },
            SentItemKind::FinalRecord | SentItemKind::SupportedRecord => {
                match referral(s.referral) {
                    Some(Some((rid, _))) => Some(*rid),
                    Some(None) => return Ok(()),
                    None => None,
                }
            }
            SentItemKind::IncidentFollowUp => {
                match s.incident.and_then(|k| incidents.get(k as usize)) {
                    Some(Some(id)) => Some(*id),
                    Some(None) => return Ok(()),
                    None => None,
                }
            }
            SentItemKind::Report => None,
        };
        let Some(item_id) = item_id else {
            self.note(
                field(path, "item_kind"),
                "This entry does not name a record, referral or incident of this case that was \
                 sent: give its referral (and session), or its incident, by position",
            );
            return Ok(());
        };
        let input = SendingInput {
            item_kind: s.item_kind,
            item_id,
            sent_on: iso(s.sent_on),
            recipient: s.recipient,
            recipient_name: s.recipient_name.clone(),
            method: s.method,
            notes: s.notes.clone(),
        };
        let r = self.store.record_sending(&input, self.today);
        self.step(path, r)?;
        Ok(())
    }
}
