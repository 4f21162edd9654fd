//! Checks of a bundle's shape made before anything is written: how many of each thing it holds,
//! the same court case number given to two of its cases, and the `ref`s that name its people.
//! Refusing these first keeps a hostile bundle from costing minutes, and says what is wrong in
//! the bundle's own terms ("cases[1] and cases[3]") rather than the data file's.

use std::collections::HashMap;

use super::format::*;
use super::paths::{field, item};
use crate::error::{FieldError, Problems};
use crate::model::case::{court_case_number_key, short};
use crate::model::limits::*;
use crate::model::record::MAX_CONTENT_BYTES;
use crate::text::clean;

/// A signed snapshot holds the record's content and the names and dates around it; twice the
/// largest draft is room enough.
pub const MAX_SNAPSHOT_BYTES: usize = 2 * MAX_CONTENT_BYTES;

/// Every problem of shape, each with its JSON path.
pub(super) fn check_shape(b: &CaseBundle) -> Vec<FieldError> {
    let mut p = Problems::default();
    let bundle = "in this bundle";
    too_many(
        &mut p,
        "cases",
        "cases",
        b.cases.len(),
        MAX_CASES_PER_BUNDLE,
        bundle,
    );
    too_many(
        &mut p,
        "settings.closure_days",
        "closure days",
        b.settings.closure_days.len(),
        MAX_CLOSURE_DAYS,
        bundle,
    );
    let mut numbers: HashMap<String, usize> = HashMap::new();
    for (i, c) in b.cases.iter().enumerate() {
        let at = item("", "cases", i);
        let key = court_case_number_key(&clean(&c.court_case_number));
        match numbers.get(&key) {
            Some(first) if !key.is_empty() => p.say(
                field(&at, "court_case_number"),
                crate::message::Message::new(crate::message_import::SAME_NUMBER)
                    .text("first", first.to_string())
                    .text("number", &b.cases[*first].court_case_number),
            ),
            _ => {
                numbers.insert(key, i);
            }
        }
        case_shape(&mut p, &at, c);
    }
    p.into_fields()
}

fn case_shape(p: &mut Problems, at: &str, c: &BundleCase) {
    let case = "in this case";
    too_many(
        p,
        &field(at, "children"),
        "children",
        c.children.len(),
        MAX_CHILDREN_PER_CASE,
        case,
    );
    too_many(
        p,
        &field(at, "adults"),
        "adults",
        c.adults.len(),
        MAX_ADULTS_PER_CASE,
        case,
    );
    too_many(
        p,
        &field(at, "referrals"),
        "referrals",
        c.referrals.len(),
        MAX_REFERRALS_PER_CASE,
        case,
    );
    too_many(
        p,
        &field(at, "incidents"),
        "incidents",
        c.incidents.len(),
        MAX_INCIDENTS_PER_CASE,
        case,
    );
    too_many(
        p,
        &field(at, "sendings"),
        "entries of the log of sending",
        c.sendings.len(),
        crate::model::limits::MAX_SENDINGS_PER_CASE,
        case,
    );
    for (i, ch) in c.children.iter().enumerate() {
        short(
            p,
            &field(&item(at, "children", i), "ref"),
            &ch.reference,
            "The ref",
        );
    }
    for (i, a) in c.adults.iter().enumerate() {
        short(
            p,
            &field(&item(at, "adults", i), "ref"),
            &a.reference,
            "The ref",
        );
    }
    let people = MAX_CHILDREN_PER_CASE + MAX_ADULTS_PER_CASE;
    for (j, r) in c.referrals.iter().enumerate() {
        let at = item(at, "referrals", j);
        let referral = "in this referral";
        too_many(
            p,
            &field(&at, "permitted"),
            "people permitted",
            r.permitted.len(),
            people,
            referral,
        );
        too_many(
            p,
            &field(&at, "sessions"),
            "sessions",
            r.sessions.len(),
            MAX_SESSIONS_PER_REFERRAL,
            referral,
        );
        too_many(
            p,
            &field(&at, "review_overrides"),
            "reasons to go ahead without the review",
            r.review_overrides.len(),
            crate::model::limits::MAX_REVIEW_OVERRIDES_PER_REFERRAL,
            referral,
        );
        for (k, s) in r.sessions.iter().enumerate() {
            let at = item(&at, "sessions", k);
            too_many(
                p,
                &field(&at, "attendance"),
                "attendance entries",
                s.attendance.len(),
                MAX_ATTENDANCE_PER_SESSION,
                "for this session",
            );
            if let Some(rec) = &s.record {
                record_shape(p, &field(&at, "record"), rec);
            }
        }
        if let Some(rec) = &r.supported_record {
            record_shape(p, &field(&at, "supported_record"), rec);
        }
    }
}

fn record_shape(p: &mut Problems, at: &str, r: &BundleRecord) {
    too_many(
        p,
        &field(at, "addenda"),
        "addenda",
        r.addenda.len(),
        MAX_ADDENDA_PER_RECORD,
        "to this record",
    );
    let snapshot = r
        .signed_snapshot
        .as_ref()
        .map_or(0, |s| serde_json::to_string(s).map_or(0, |t| t.len()));
    if snapshot > MAX_SNAPSHOT_BYTES {
        p.say(
            field(at, "signed_snapshot"),
            crate::message::Message::new(crate::message_limits::SNAPSHOT_TOO_BIG)
                .text("mb", (MAX_SNAPSHOT_BYTES / 1_000_000).to_string()),
        );
    }
    let content = serde_json::to_string(&r.content).map_or(0, |s| s.len());
    if content > MAX_CONTENT_BYTES {
        p.say(
            field(at, "content"),
            crate::message::Message::new(crate::message_limits::CONTENT_TOO_BIG)
                .text("mb", (MAX_CONTENT_BYTES / 1_000_000).to_string()),
        );
    }
}
