//! How many of each thing one case may hold, and the checks a record's free text must pass before
//! it is signed. The numbers are far above any real case (a family with 8 children, a referral of
//! 100 sessions): they exist so that a hostile or damaged bundle cannot fill the data file or
//! make a signed record of thousands of pages.

use super::case::{short, LONG_TEXT_MAX};
use super::fields::text_within;
use super::record::RecordContent;
use crate::error::Problems;

pub const MAX_CASES_PER_BUNDLE: usize = 5_000;
pub const MAX_CHILDREN_PER_CASE: usize = 50;
pub const MAX_ADULTS_PER_CASE: usize = 50;
pub const MAX_REFERRALS_PER_CASE: usize = 100;
pub const MAX_SESSIONS_PER_REFERRAL: usize = 1_000;
pub const MAX_ATTENDANCE_PER_SESSION: usize = 100;
pub const MAX_INCIDENTS_PER_CASE: usize = 1_000;
/// Entries of the log of sending one case may carry in a bundle: several per record at most.
pub const MAX_SENDINGS_PER_CASE: usize = 20_000;
pub const MAX_CLOSURE_DAYS: usize = 2_000;
/// Reasons to go ahead without the review: one is usual, a few at most.
pub const MAX_REVIEW_OVERRIDES_PER_REFERRAL: usize = 100;
pub const MAX_ADDENDA_PER_RECORD: usize = 200;
/// Children's notes, quotes, interventions and communications in one record.
pub const MAX_RECORD_ITEMS: usize = 500;
/// One quote of a child's own words.
pub const MAX_QUOTE_CHARS: usize = 2_000;

/// "There are 51 children in this case; a case may have at most 50" as a problem at `field`.
pub fn too_many(p: &mut Problems, field: &str, what: &str, found: usize, max: usize, within: &str) {
    if found > max {
        use crate::message::{Message, Param};
        use crate::message_limits::{word, TOO_MANY};
        let mut m = Message::new(TOO_MANY)
            .text("found", found.to_string())
            .text("max", max.to_string());
        // Every caller names its words from message_limits; a new one without a key is still
        // said, in English (and fails the test below).
        for (name, en) in [("what", what), ("within", within)] {
            m = match word(en) {
                Some(w) => m.key(name, w),
                None => {
                    m.params.insert(name.into(), Param::Text(en.into()));
                    m
                }
            };
        }
        p.say(field, m);
    }
}

/// The limits of a record's free text and lists, checked when it is finalised (a draft is kept
/// whatever it holds, so nothing typed is lost).
pub fn check_record_content(p: &mut Problems, c: &RecordContent) {
    let texts: [(&str, &str, &str); 9] = [
        ("aim_and_requirements", &c.aim_and_requirements, "The aim"),
        (
            "arrival_and_greeting",
            &c.arrival_and_greeting,
            "The arrival and greeting",
        ),
        (
            "adult_engagement",
            &c.adult_engagement,
            "The adult's engagement",
        ),
        (
            "physical_contact_gifts_food_photos_phones",
            &c.physical_contact_gifts_food_photos_phones,
            "Physical contact, gifts, food, photos and phones",
        ),
        (
            "conversation_about_case",
            &c.conversation_about_case,
            "Conversation about the case",
        ),
        (
            "concerns_and_safeguarding",
            &c.concerns_and_safeguarding,
            "Concerns and safeguarding",
        ),
        (
            "ending_and_handover",
            &c.ending_and_handover,
            "The ending and handover",
        ),
        ("summary", &c.summary, "The summary"),
        (
            "worker_reflections",
            &c.worker_reflections,
            "The worker's reflections",
        ),
    ];
    for (field, text, label) in texts {
        text_within(p, field, text, label, LONG_TEXT_MAX);
    }
    short(p, "actual_start", &c.actual_start, "The start time");
    short(p, "actual_end", &c.actual_end, "The end time");
    let record = "in this record";
    too_many(
        p,
        "children",
        "children's notes",
        c.children.len(),
        MAX_CHILDREN_PER_CASE,
        record,
    );
    for (i, ch) in c.children.iter().enumerate() {
        let at = format!("children[{i}]");
        text_within(
            p,
            &format!("{at}.observations"),
            &ch.observations,
            "The observations",
            LONG_TEXT_MAX,
        );
        too_many(
            p,
            &format!("{at}.quotes"),
            "quotes",
            ch.quotes.len(),
            MAX_RECORD_ITEMS,
            "for this child",
        );
        for (k, q) in ch.quotes.iter().enumerate() {
            text_within(
                p,
                &format!("{at}.quotes[{k}]"),
                q,
                "The quote",
                MAX_QUOTE_CHARS,
            );
        }
    }
    too_many(
        p,
        "interventions",
        "interventions",
        c.interventions.len(),
        MAX_RECORD_ITEMS,
        record,
    );
    for (i, n) in c.interventions.iter().enumerate() {
        let at = format!("interventions[{i}]");
        short(p, &format!("{at}.time"), &n.time, "The time");
        text_within(
            p,
            &format!("{at}.what"),
            &n.what,
            "What was done",
            LONG_TEXT_MAX,
        );
        text_within(p, &format!("{at}.why"), &n.why, "Why", LONG_TEXT_MAX);
        text_within(
            p,
            &format!("{at}.response"),
            &n.response,
            "The response",
            LONG_TEXT_MAX,
        );
    }
    too_many(
        p,
        "communications",
        "communications",
        c.communications.len(),
        MAX_RECORD_ITEMS,
        record,
    );
    for (i, n) in c.communications.iter().enumerate() {
        let at = format!("communications[{i}]");
        short(p, &format!("{at}.date"), &n.date, "The date");
        text_within(
            p,
            &format!("{at}.what"),
            &n.what,
            "What it was",
            LONG_TEXT_MAX,
        );
        text_within(
            p,
            &format!("{at}.child_response"),
            &n.child_response,
            "The child's response",
            LONG_TEXT_MAX,
        );
        text_within(
            p,
            &format!("{at}.parents_response"),
            &n.parents_response,
            "The parents' response",
            LONG_TEXT_MAX,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ChildNotes, InterventionNotes};

    #[test]
    fn a_record_within_the_limits_passes() {
        let mut p = Problems::default();
        let c = RecordContent {
            summary: "Went well.\nBoth relaxed.".into(),
            children: vec![ChildNotes {
                child_id: 1,
                observations: "Played".into(),
                quotes: vec!["I like the slide".into()],
            }],
            ..Default::default()
        };
        check_record_content(&mut p, &c);
        assert!(p.into_result().is_ok());
    }

    #[test]
    fn long_text_hidden_controls_and_long_lists_are_named() {
        let mut p = Problems::default();
        let c = RecordContent {
            summary: "x".repeat(LONG_TEXT_MAX + 1),
            adult_engagement: "said \u{202E}olleh".into(),
            interventions: vec![InterventionNotes::default(); MAX_RECORD_ITEMS + 1],
            ..Default::default()
        };
        check_record_content(&mut p, &c);
        let e = p.into_result().unwrap_err();
        let fields: Vec<_> = e.fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["adult_engagement", "summary", "interventions"]);
        assert!(
            e.fields[0].message.contains("U+202E"),
            "{}",
            e.fields[0].message
        );
        assert!(
            e.fields[2].message.contains("at most 500"),
            "{}",
            e.fields[2].message
        );
    }
}
