//! The people of a case in an import: children and adults through the case forms' own checks,
//! and the bundle-local `ref`s that name them elsewhere in the bundle.

use std::collections::HashMap;

use super::format::*;
use super::import::Importer;
use super::paths::{field, item};
use crate::error::Result;
use crate::model::*;
use crate::store::sql::iso;

impl Importer<'_> {
    /// Adds the children and adults; returns each `ref` with the person it now names.
    pub(super) fn people(
        &mut self,
        path: &str,
        case_id: i64,
        c: &BundleCase,
        out: &mut ImportedCase,
    ) -> Result<HashMap<String, PersonRef>> {
        let mut refs: HashMap<String, PersonRef> = HashMap::new();
        for (i, ch) in c.children.iter().enumerate() {
            let at = item(path, "children", i);
            self.check_ref(&at, &ch.reference, &refs);
            let input = ChildInput {
                full_name: ch.full_name.clone(),
                date_of_birth: iso(ch.date_of_birth),
                language: ch.language,
                needs: ch.needs.clone(),
            };
            let r = self.store.insert_child(case_id, &input, self.today);
            if let Some(id) = self.step(&at, r)? {
                refs.entry(ch.reference.clone())
                    .or_insert(PersonRef::Child(id));
                out.children += 1;
            }
        }
        for (i, a) in c.adults.iter().enumerate() {
            let at = item(path, "adults", i);
            self.check_ref(&at, &a.reference, &refs);
            let input = AdultInput {
                full_name: a.full_name.clone(),
                role: a.role,
                party: a.party,
                contact_details: a.contact_details.clone(),
                language: a.language,
            };
            let r = self.store.insert_adult(case_id, &input);
            if let Some(id) = self.step(&at, r)? {
                refs.entry(a.reference.clone())
                    .or_insert(PersonRef::Adult(id));
                out.adults += 1;
            }
        }
        Ok(refs)
    }

    fn check_ref(&mut self, path: &str, reference: &str, refs: &HashMap<String, PersonRef>) {
        if reference.trim().is_empty() {
            self.note(
                field(path, "ref"),
                "Give this person a ref, such as \"child-1\"",
            );
        } else if refs.contains_key(reference) {
            self.note(
                field(path, "ref"),
                crate::message::Message::new(crate::message_import::REF_TWICE)
                    .text("ref", reference),
            );
        }
    }

    pub(super) fn person(
        &mut self,
        path: String,
        reference: &str,
        refs: &HashMap<String, PersonRef>,
    ) -> Option<PersonRef> {
        let found = refs.get(reference).copied();
        if found.is_none() {
            self.note(
                path,
                crate::message::Message::new(crate::message_import::NO_PERSON_REF)
                    .text("ref", reference),
            );
        }
        found
    }
}
