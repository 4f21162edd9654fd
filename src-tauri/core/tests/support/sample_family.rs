//! The sample family: the case, Siân (7) and Dylan (4), their mother Heledd Llŷr, their father
//! Mark Thompson and their grandmother Gwenllïan Gŵyn, with their languages and contact details.

use contact_records_core::model::*;
use contact_records_core::Store;

use super::{sample_today, SAMPLE_CASE_NUMBER};

/// Makes the case and its people: (case id, [Siân, Dylan, mother, father, grandmother]).
pub fn build_family(s: &mut Store) -> (i64, [PersonRef; 5]) {
    let today = sample_today();
    let case_id = s
        .create_case(&CaseInput {
            court: "Family Court at Swansea".into(),
            court_case_number: SAMPLE_CASE_NUMBER.into(),
            cafcass_number: "IRIS-204417".into(),
            cafcass_system: CafcassSystem::Iris,
            adviser_name: "Ffion Hughes".into(),
            case_name: "Re: S and D (children)".into(),
            status: CaseStatus::Open,
            notes: "Invented sample case. Mae Siân yn siarad Cymraeg gartref.".into(),
        })
        .unwrap()
        .case
        .id;
    let child = |name: &str, dob: &str, lang, needs: &str| ChildInput {
        full_name: name.into(),
        date_of_birth: dob.into(),
        language: lang,
        needs: needs.into(),
    };
    s.add_child(
        case_id,
        &child(
            "Siân Llŷr-Thompson",
            "14/02/2019",
            Language::Welsh,
            "Welsh-speaking; prefers her toy dŵr-bottle at handover.",
        ),
        today,
    )
    .unwrap();
    let d = s
        .add_child(
            case_id,
            &child("Dylan Thompson", "03/08/2022", Language::English, ""),
            today,
        )
        .unwrap();
    let (sian, dylan) = (
        PersonRef::Child(d.children[0].id),
        PersonRef::Child(d.children[1].id),
    );
    let adult = |name: &str, role, party, lang, contact: &str| AdultInput {
        full_name: name.into(),
        role,
        party,
        contact_details: contact.into(),
        language: lang,
    };
    s.add_adult(
        case_id,
        &adult(
            "Heledd Llŷr",
            AdultRole::Mother,
            Party::Resident,
            Language::Welsh,
            "07700 900417",
        ),
    )
    .unwrap();
    s.add_adult(
        case_id,
        &adult(
            "Mark Thompson",
            AdultRole::Father,
            Party::Visiting,
            Language::English,
            "mark.thompson@example.org",
        ),
    )
    .unwrap();
    let d = s
        .add_adult(
            case_id,
            &adult(
                "Gwenllïan Gŵyn",
                AdultRole::Grandparent,
                Party::Visiting,
                Language::Welsh,
                "Tŷ Gwyn, Heol y Dŵr, Abertawe",
            ),
        )
        .unwrap();
    let (mother, father, nain) = (
        PersonRef::Adult(d.adults[0].id),
        PersonRef::Adult(d.adults[1].id),
        PersonRef::Adult(d.adults[2].id),
    );
    (case_id, [sian, dylan, mother, father, nain])
}
