//! The texts of the sample's Records of Observed Contact: four Saturday sessions of Siân and
//! Dylan with their father, written as a supervisor would, in English with Welsh words quoted.

use contact_records_core::model::*;

/// A complete Record of Observed Contact for supervised session `i` (from 0).
pub fn observed(i: usize, sian: i64, dylan: i64) -> RecordContent {
    let child = |id, observations: &str, quotes: &[&str]| record::ChildNotes {
        child_id: id,
        observations: observations.into(),
        quotes: quotes.iter().map(|q| q.to_string()).collect(),
    };
    RecordContent {
        actual_start: "10:00".into(),
        actual_end: "11:00".into(),
        aim_and_requirements: "To observe the quality of the father's interaction with Siân \
            and Dylan; the referrer asks that any talk of the court case is noted."
            .into(),
        arrival_and_greeting: "The children were brought by their mother. Siân ran to her \
            father and hugged him; Dylan stayed close to his mother at first."
            .into(),
        adult_engagement: "Mr Thompson played a board game with Siân and built a tower of \
            bricks with Dylan, following his lead. He brought a snack and a drink for each child."
            .into(),
        children: vec![
            child(
                sian,
                "Siân was relaxed and chatty, moving between Welsh and English.",
                &["Dadi, ti'n dod wythnos nesa?"],
            ),
            child(
                dylan,
                "Dylan warmed up after ten minutes and laughed often.",
                &["Again! Again!"],
            ),
        ],
        physical_contact_gifts_food_photos_phones: "Hugs on arrival and leaving. Sandwiches \
            and fruit brought. No photographs; phones stayed in the lockers."
            .into(),
        conversation_about_case: if i == 1 {
            "Mr Thompson began to talk about the court hearing; the supervisor reminded him not to."
                .into()
        } else {
            "None.".into()
        },
        interventions: if i == 1 {
            vec![record::InterventionNotes {
                time: "10:40".into(),
                what: "Reminded Mr Thompson not to discuss the case in front of the children."
                    .into(),
                why: "He spoke about the court hearing.".into(),
                response: "He raised his voice, then apologised and returned to the game.".into(),
            }]
        } else {
            vec![]
        },
        concerns_and_safeguarding: if i == 1 {
            "An incident was reported to Cafcass Cymru on 28/09/2026.".into()
        } else {
            "None.".into()
        },
        ending_and_handover: "Mr Thompson said goodbye warmly; the children returned to their \
            mother without distress."
            .into(),
        summary: format!(
            "Session {} of 4 went ahead as planned; warm interaction throughout.",
            i + 1
        ),
        worker_reflections: String::new(),
        communications: vec![],
    }
}
