//! `generate`: fills a new data file with invented, realistic cases for training and for
//! measuring: Welsh and English names, a referral of every service, weekly sessions with
//! attendance, draft records with long text, some finalised and signed, addenda and incidents.
//! Every case number starts "INV-" and every case's notes say it is invented. The same seed
//! makes the same cases (`today` aside).
//!
//! The cases go in as case bundles of at most 500 cases each (so through every check an import
//! makes, each in one transaction), then a last transaction signs a third of the records and
//! adds the addenda.

mod bundle;
mod rng;
mod words;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::Serialize;

use crate::bundle::{import_bundle, ImportOptions};
use crate::error::{Error, Result};
use crate::model::{AddendumInput, SignerInput};
use crate::Store;

pub use bundle::{invented_bundle, invented_bundles};

/// Cases per bundle when generating: each bundle is about 8.5 MB, well under the 50 MB limit.
const CASES_PER_BUNDLE: usize = 500;

/// The signer of the invented records: plainly not a person.
pub const INVENTED_SIGNER: &str = "Invented Adviser (training data)";
const INVENTED_ROLE: &str = "Family Court Adviser";

/// What was made.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Generated {
    pub cases: u32,
    pub referrals: u32,
    pub sessions: u32,
    pub records: u32,
    pub finalised: u32,
    pub addenda: u32,
    pub incidents: u32,
}

/// Fills `store`, which must hold no case yet, with `cases` invented cases made from `seed`,
/// every date before `today`.
pub fn generate(store: &mut Store, cases: u32, seed: u64, today: NaiveDate) -> Result<Generated> {
    if cases == 0 || cases > 100_000 {
        return Err(Error::rule(
            "Give a number of cases from 1 to 100,000 to generate.",
        ));
    }
    let existing: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM cases", [], |r| r.get(0))?;
    if existing > 0 {
        return Err(Error::rule(
            "Invented cases are only put in a new, empty data file, so they can never be mixed \
             with real ones. Give the path of a file that does not exist yet.",
        ));
    }
    let (bundles, mut made) = invented_bundles(cases, seed, today, CASES_PER_BUNDLE);
    // Each bundle is imported in its own transaction; the file was empty and is only for
    // invented cases, so a failure part way leaves nothing real half done.
    for json in &bundles {
        import_bundle(
            store,
            json,
            ImportOptions {
                as_new: false,
                trust_new_signers: false,
            },
            today,
        )?;
    }
    store.set_signer_identity(&SignerInput {
        name: INVENTED_SIGNER.into(),
        role: INVENTED_ROLE.into(),
    })?;
    let (finalised, addenda) = sign_some(store, today)?;
    made.finalised = finalised;
    made.addenda = addenda;
    Ok(made)
}

/// Signs every third draft (the older sessions first) and adds an addendum to every third of
/// those, all in one transaction.
fn sign_some(store: &mut Store, today: NaiveDate) -> Result<(u32, u32)> {
    let drafts: Vec<i64> = {
        let mut st = store.conn().prepare(
            "SELECT session_id FROM records WHERE status = 'draft' AND session_id IS NOT NULL
             ORDER BY session_id",
        )?;
        let ids = st
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<i64>>>()?;
        ids
    };
    let at = NaiveDateTime::new(today, NaiveTime::from_hms_opt(17, 0, 0).unwrap_or_default());
    let signer = SignerInput {
        name: INVENTED_SIGNER.into(),
        role: INVENTED_ROLE.into(),
    };
    store.all_or_nothing(|s| {
        let (mut finalised, mut addenda) = (0u32, 0u32);
        for (k, session_id) in drafts
            .iter()
            .enumerate()
            .filter(|(k, _)| k.is_multiple_of(3))
        {
            let view = s.finalise_record(*session_id, &signer, at)?;
            finalised += 1;
            if let (0, Some(record_id)) = (k % 9, view.record_id) {
                let text = words::ADDENDA[(k / 9) % words::ADDENDA.len()];
                s.add_addendum(
                    record_id,
                    &AddendumInput {
                        reason: "Correction".into(),
                        text: text.into(),
                        name: INVENTED_SIGNER.into(),
                        role: INVENTED_ROLE.into(),
                    },
                    at,
                )?;
                addenda += 1;
            }
        }
        Ok((finalised, addenda))
    })
}
