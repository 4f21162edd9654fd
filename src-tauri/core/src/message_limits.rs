//! The limits on counts and sizes (model/limits.rs, bundle/shape.rs) as keys: the sentence, and
//! the words it is made of (what is counted, and where), each a key so the Welsh is whole words
//! rather than English fragments.

use crate::message::{messages, Msg};

messages! {
    TOO_MANY: "core.limit.tooMany",
        "There are {found} {what} {within}; at most {max} are allowed. Split it up or remove the \
         extra ones";
    SNAPSHOT_TOO_BIG: "core.limit.snapshotTooBig",
        "The signed record is larger than {mb} MB, which no record made by Contact Records is: it \
         was not made by the app, or it was damaged";
    CONTENT_TOO_BIG: "core.limit.contentTooBig", "The record's text is larger than {mb} MB: shorten it";

    // What is counted.
    CASES: "core.count.cases", "cases";
    CLOSURE_DAYS: "core.count.closureDays", "closure days";
    CHILDREN: "core.count.children", "children";
    ADULTS: "core.count.adults", "adults";
    REFERRALS: "core.count.referrals", "referrals";
    INCIDENTS: "core.count.incidents", "incidents";
    SENDINGS: "core.count.sendings", "entries of the log of sending";
    PERMITTED: "core.count.permitted", "people permitted";
    SESSIONS: "core.count.sessions", "sessions";
    OVERRIDES: "core.count.overrides", "reasons to go ahead without the review";
    ATTENDANCE: "core.count.attendance", "attendance entries";
    ADDENDA: "core.count.addenda", "addenda";
    CHILDRENS_NOTES: "core.count.childrensNotes", "children's notes";
    QUOTES: "core.count.quotes", "quotes";
    INTERVENTIONS: "core.count.interventions", "interventions";
    COMMUNICATIONS: "core.count.communications", "communications";

    // Where.
    IN_BUNDLE: "core.within.bundle", "in this bundle";
    IN_CASE: "core.within.case", "in this case";
    IN_REFERRAL: "core.within.referral", "in this referral";
    FOR_SESSION: "core.within.session", "for this session";
    TO_RECORD: "core.within.toRecord", "to this record";
    IN_RECORD: "core.within.record", "in this record";
    FOR_CHILD: "core.within.child", "for this child";
}

/// The key of one of the words above, found by its English.
pub fn word(en: &str) -> Option<Msg> {
    TEMPLATES.iter().copied().find(|m| m.en == en)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words given to `too_many` in the source: every phrase (a literal with a space, in a
    /// `too_many(..)` call or a `let` naming where) has its key, so no English fragment reaches a
    /// Welsh sentence.
    #[test]
    fn every_counted_thing_and_place_has_its_key() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut phrases = 0;
        for file in ["model/limits.rs", "bundle/shape.rs"] {
            let text = std::fs::read_to_string(root.join(file)).unwrap();
            let mut inside = false;
            for line in text.lines() {
                let line = line.trim();
                if line.starts_with("too_many(") {
                    inside = true;
                }
                let naming = line.starts_with("let ") && line.contains("= \"");
                if inside || naming {
                    for (i, lit) in line.split('"').enumerate() {
                        if i % 2 == 1 && lit.contains(' ') && !lit.contains('{') {
                            phrases += 1;
                            assert!(word(lit).is_some(), "{file}: no key for {lit:?}");
                        }
                    }
                }
                if line.starts_with(");") {
                    inside = false;
                }
            }
        }
        assert!(phrases >= 12, "only {phrases} phrases found");
    }

    #[test]
    fn too_many_says_its_words_as_keys() {
        let mut p = crate::error::Problems::default();
        crate::model::limits::too_many(&mut p, "children", "children", 51, 50, "in this case");
        let f = &p.into_fields()[0];
        assert_eq!(
            f.message,
            "There are 51 children in this case; at most 50 are allowed. Split it up or remove \
             the extra ones"
        );
        let m = f.msg.as_ref().unwrap();
        assert_eq!(m.key, "core.limit.tooMany");
        assert_eq!(
            m.params.get("within"),
            Some(&crate::message::Param::Key("core.within.case".into()))
        );
    }
}
