//! Import: a bundle goes in through the store's own methods, so every check the app makes on a
//! form (`*Input::checked`, the 6-hour rule, who may attend, dates in order) is made on the
//! bundle too. All of it runs in ONE transaction; each step runs in its own savepoint, so a
//! refused step is noted with its JSON path and the import goes on to find every other problem.
//! Any problem at all and the transaction is rolled back: nothing is written.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use serde::Serialize;

use super::format::*;
use super::parse::parse_bundle;
use super::paths::{field, item, problem, refused};
use super::shape::check_shape;
use crate::error::{Error, ErrorCode, FieldError, Result};
use crate::model::*;
use crate::store::sql::iso;
use crate::store::Store;

/// Imports every case of the bundle, or nothing: see the module comment. `today` is the day the
/// date checks count from (no session may have taken place in the future, and so on).
pub fn import_bundle(
    store: &mut Store,
    bundle_json: &str,
    options: ImportOptions,
    today: NaiveDate,
) -> Result<ImportSummary> {
    import_bundle_with_progress(store, bundle_json, options, today, &|_| {})
}

/// How far an import has got, for a progress bar: `done` of `total` cases have been taken in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
pub struct ImportProgress {
    pub done: u32,
    pub total: u32,
}

/// [`import_bundle`], calling `progress` before the first case and after each one.
pub fn import_bundle_with_progress(
    store: &mut Store,
    bundle_json: &str,
    options: ImportOptions,
    today: NaiveDate,
    progress: &dyn Fn(ImportProgress),
) -> Result<ImportSummary> {
    let bundle = parse_bundle(bundle_json)?;
    let shape = check_shape(&bundle);
    if !shape.is_empty() {
        return Err(refused(shape));
    }
    // Worked out before the import trusts anyone: afterwards every key in it is known.
    let candidates = super::signers::new_signers(store, &bundle.signers)?;
    store.all_or_nothing(|store| {
        let mut im = Importer {
            store,
            today,
            options,
            problems: Vec::new(),
            progress,
            bundle_case_number: String::new(),
            signer_keys: bundle
                .signers
                .iter()
                .map(|s| s.public_key.clone())
                .collect(),
        };
        let mut summary = im.run(&bundle)?;
        if im.problems.is_empty() {
            for c in candidates {
                if store.known_signer_name(&c.public_key)?.is_some() {
                    summary.new_signers.push(c);
                }
            }
            Ok(summary)
        } else {
            Err(refused(im.problems))
        }
    })
}

pub(super) struct Importer<'s> {
    pub(super) store: &'s mut Store,
    pub(super) today: NaiveDate,
    pub(super) options: ImportOptions,
    pub(super) problems: Vec<FieldError>,
    progress: &'s dyn Fn(ImportProgress),
    /// The court case number in the bundle of the case being imported.
    pub(super) bundle_case_number: String,
    /// The public keys the bundle's `signers` list.
    pub(super) signer_keys: Vec<String>,
}

/// Errors about the data file itself stop the import at once; anything else is a problem with
/// the bundle, to be reported with the others.
fn is_storage(e: &Error) -> bool {
    matches!(
        e.code,
        ErrorCode::Storage
            | ErrorCode::Locked
            | ErrorCode::Corrupt
            | ErrorCode::ForeignFile
            | ErrorCode::NewerVersion
            | ErrorCode::WrongKey
            | ErrorCode::NotEncrypted
            | ErrorCode::NeedsUnlock
    )
}

/// A refusal's words with its key, as an import problem keeps them.
pub(super) fn said(english: String, msg: Option<crate::message::Message>) -> crate::message::Said {
    crate::message::Said { english, msg }
}

/// The bundle's name for a field the store's forms name otherwise.
fn bundle_name(form_field: &str) -> &str {
    match form_field {
        "referral_id" => "referral",
        "session_id" => "session",
        other => other,
    }
}

impl Importer<'_> {
    /// Keeps the value of a step that worked; notes a refused step's problems at `path`.
    pub(super) fn step<T>(&mut self, path: &str, r: Result<T>) -> Result<Option<T>> {
        match r {
            Ok(v) => Ok(Some(v)),
            Err(e) if is_storage(&e) => Err(e),
            Err(e) if e.fields.is_empty() => {
                self.problems.push(problem(path, said(e.message, e.msg)));
                Ok(None)
            }
            Err(e) => {
                for f in e.fields {
                    let at = if f.field.is_empty() {
                        path.to_string()
                    } else {
                        field(path, bundle_name(&f.field))
                    };
                    self.problems.push(problem(at, said(f.message, f.msg)));
                }
                Ok(None)
            }
        }
    }

    pub(super) fn note(&mut self, path: String, message: impl Into<crate::message::Said>) {
        self.problems.push(problem(path, message));
    }

    fn run(&mut self, b: &CaseBundle) -> Result<ImportSummary> {
        if b.cases.is_empty() {
            self.note("cases".into(), "The bundle has no cases to import");
        }
        let settings_applied = self.store.list_cases("")?.total == 0;
        if settings_applied {
            self.settings(&b.settings)?;
        }
        let mut cases = Vec::new();
        let total = u32::try_from(b.cases.len()).unwrap_or(u32::MAX);
        (self.progress)(ImportProgress { done: 0, total });
        for (i, c) in b.cases.iter().enumerate() {
            if let Some(done) = self.case(&item("", "cases", i), c)? {
                cases.push(done);
            }
            let done = u32::try_from(i + 1).unwrap_or(u32::MAX);
            (self.progress)(ImportProgress { done, total });
        }
        Ok(ImportSummary {
            cases,
            settings_applied,
            new_signers: Vec::new(),
        })
    }

    /// Only into a data file with no cases: a file already in use keeps its own calendar and
    /// closure days, which its existing deadlines were counted on.
    fn settings(&mut self, s: &BundleSettings) -> Result<()> {
        if self.store.calendar_kind()? != s.calendar_kind {
            let r = self.store.set_calendar_kind(s.calendar_kind);
            self.step("settings.calendar_kind", r)?;
        }
        // The office's own deadlines, when the bundle carries them; each checked as in Settings.
        let mine = self.store.office_deadlines()?;
        let days = |d: Option<u32>, keep: u32| d.unwrap_or(keep).to_string();
        let office = OfficeDeadlinesInput {
            session_record_days: days(s.session_record_days, mine.session_record_days),
            incident_follow_up_days: days(s.incident_follow_up_days, mine.incident_follow_up_days),
        };
        let r = self.store.set_office_deadlines(&office);
        self.step("settings", r)?;
        let existing: HashSet<NaiveDate> = self
            .store
            .list_closure_days()?
            .into_iter()
            .map(|c| c.date)
            .collect();
        for (i, d) in s.closure_days.iter().enumerate() {
            if existing.contains(&d.date) {
                continue;
            }
            let input = ClosureDayInput {
                date: iso(d.date),
                reason: d.reason.clone(),
            };
            let r = self.store.add_closure_day(&input);
            self.step(&item("settings", "closure_days", i), r)?;
        }
        Ok(())
    }

    /// The number the case is imported under: its own, or with `as_new` the first free of
    /// "NUMBER-2", "NUMBER-3" …. A taken number without `as_new` is a problem, but the case is
    /// still tried under the free number so that every other problem in it is found too.
    fn case_number(&mut self, path: &str, number: &str) -> Result<(String, Option<String>)> {
        if self.store.find_case_by_number(number)?.is_none() {
            return Ok((number.to_string(), None));
        }
        let mut k = 2;
        let free = loop {
            let candidate = format!("{number}-{k}");
            if self.store.find_case_by_number(&candidate)?.is_none() {
                break candidate;
            }
            k += 1;
        };
        if !self.options.as_new {
            self.note(
                field(path, "court_case_number"),
                crate::message::Message::new(crate::message_import_words::CASE_NUMBER_TAKEN)
                    .text("number", number)
                    .text("free", &free),
            );
        }
        Ok((free, Some(number.to_string())))
    }

    fn case(&mut self, path: &str, c: &BundleCase) -> Result<Option<ImportedCase>> {
        let signed_as = c
            .signed_as_number
            .clone()
            .unwrap_or_else(|| c.court_case_number.clone());
        self.bundle_case_number = signed_as.clone();
        let (number, original) = self.case_number(path, &c.court_case_number)?;
        let input = CaseInput {
            court: c.court.clone(),
            court_case_number: number,
            cafcass_number: c.cafcass_number.clone(),
            cafcass_system: c.cafcass_system,
            adviser_name: c.adviser_name.clone(),
            case_name: c.case_name.clone(),
            status: c.status,
            notes: c.notes.clone(),
        };
        let r = self.store.create_case(&input);
        let Some(created) = self.step(path, r)? else {
            return Ok(None);
        };
        let case_id = created.case.id;
        if signed_as != created.case.court_case_number {
            self.store.set_signed_as_number(case_id, &signed_as)?;
        }
        let mut out = ImportedCase {
            case_id,
            court_case_number: created.case.court_case_number.clone(),
            original_court_case_number: original,
            case_name: created.case.case_name.clone(),
            children: 0,
            adults: 0,
            referrals: 0,
            sessions: 0,
            attendance: 0,
            records: 0,
            addenda: 0,
            incidents: 0,
            reports: 0,
        };
        let refs = self.people(path, case_id, c, &mut out)?;
        let mut imported = Vec::new();
        for (j, r) in c.referrals.iter().enumerate() {
            let at = item(path, "referrals", j);
            imported.push(self.referral(&at, case_id, r, &refs, &mut out)?);
        }
        let mut incident_ids = Vec::new();
        for (k, inc) in c.incidents.iter().enumerate() {
            let at = item(path, "incidents", k);
            let id = self.incident(&at, case_id, inc, &imported)?;
            if id.is_some() {
                out.incidents += 1;
            }
            incident_ids.push(id);
        }
        for (k, s) in c.sendings.iter().enumerate() {
            let at = item(path, "sendings", k);
            self.sending(&at, s, &imported, &incident_ids)?;
        }
        Ok(Some(out))
    }

    /// Adds an incident, linked to its referral and session when the bundle names them.
    fn incident(
        &mut self,
        path: &str,
        case_id: i64,
        i: &BundleIncident,
        referrals: &[Option<(i64, HashMap<u32, i64>)>],
    ) -> Result<Option<i64>> {
        let mut referral_id = None;
        let mut session_id = None;
        match (i.referral, i.session) {
            (None, Some(_)) => self.note(
                field(path, "session"),
                "Give the referral this session belongs to as well",
            ),
            (None, None) => {}
            (Some(pos), session) => match referrals.get(pos as usize) {
                None => self.note(
                    field(path, "referral"),
                    crate::message::Message::new(crate::message_import_words::NO_REFERRAL_AT)
                        .text("count", referrals.len().to_string())
                        .text("position", pos.to_string()),
                ),
                // A refused referral was reported where it is; the incident is still checked.
                Some(None) => {}
                Some(Some((rid, numbers))) => {
                    referral_id = Some(*rid);
                    if let Some(n) = session {
                        session_id = numbers.get(&n).copied();
                        if session_id.is_none() {
                            self.note(
                                field(path, "session"),
                                crate::message::Message::new(
                                    crate::message_import::NO_SESSION_NUMBER,
                                )
                                .text("referral", pos.to_string())
                                .text("number", n.to_string()),
                            );
                        }
                    }
                }
            },
        }
        let opt = |d: Option<NaiveDate>| d.map(iso).unwrap_or_default();
        let input = IncidentInput {
            referral_id,
            session_id,
            occurred_on: iso(i.occurred_on),
            occurred_time: i.occurred_time.clone().unwrap_or_default(),
            kind: i.kind,
            by_whom: i.by_whom.clone(),
            people_involved: i.people_involved.clone(),
            what_happened: i.what_happened.clone(),
            action_taken: i.action_taken.clone(),
            police_told_on: opt(i.police_told_on),
            police_told_whom: i.police_told_whom.clone(),
            social_services_told_on: opt(i.social_services_told_on),
            social_services_told_whom: i.social_services_told_whom.clone(),
            reported_to_referrer_on: opt(i.reported_to_referrer_on),
            written_followup_sent_on: opt(i.written_followup_sent_on),
        };
        let r = self.store.create_incident(case_id, &input, self.today);
        Ok(self.step(path, r)?.map(|i| i.id))
    }
}
