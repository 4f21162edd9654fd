//! The log of sending in an exported bundle: each entry names what was sent by position, as the
//! incidents do, so the bundle holds no database ids.

use std::collections::HashMap;

use super::format::BundleSending;
use crate::error::Result;
use crate::model::SentItemKind;
use crate::store::Store;

/// `referrals`: referral id -> (position, session id -> number); `incidents`: incident id ->
/// position. Entries for things a bundle does not carry (reports) are left out.
pub(super) fn export_sendings(
    store: &Store,
    case_id: i64,
    referrals: &HashMap<i64, (u32, HashMap<i64, u32>)>,
    incidents: &HashMap<i64, u32>,
) -> Result<Vec<BundleSending>> {
    let mut session_at: HashMap<i64, (u32, u32)> = HashMap::new();
    for (pos, numbers) in referrals.values() {
        for (sid, n) in numbers {
            session_at.insert(*sid, (*pos, *n));
        }
    }
    let mut out = Vec::new();
    for s in store.case_sendings(case_id)? {
        let (referral, session, incident) = match s.item_kind {
            SentItemKind::SessionRecord => match session_at.get(&s.item_id) {
                Some((pos, n)) => (Some(*pos), Some(*n), None),
                None => continue,
            },
            SentItemKind::FinalRecord | SentItemKind::SupportedRecord => {
                match referrals.get(&s.item_id) {
                    Some((pos, _)) => (Some(*pos), None, None),
                    None => continue,
                }
            }
            SentItemKind::IncidentFollowUp => match incidents.get(&s.item_id) {
                Some(pos) => (None, None, Some(*pos)),
                None => continue,
            },
            SentItemKind::Report => continue,
        };
        out.push(BundleSending {
            item_kind: s.item_kind,
            referral,
            session,
            incident,
            sent_on: s.sent_on,
            recipient: s.recipient,
            recipient_name: s.recipient_name,
            method: s.method,
            notes: s.notes,
        });
    }
    Ok(out)
}
