//! What a bundle import refuses with: the file itself (not text, too big, not JSON, not a
//! bundle, another version), the summary of a refused bundle, and the problems of the bundle's
//! own (refs, session numbers, court case numbers). Each problem keeps its JSON path as the
//! field; a rule or a field check refused on import keeps the key it was refused with.

use crate::message::{messages, Msg};

messages! {
    REFUSED_ONE: "core.import.refusedOne",
        "The bundle was not imported and nothing was changed: 1 problem was found. Fix it and \
         import it again.";
    REFUSED_MANY: "core.import.refusedMany",
        "The bundle was not imported and nothing was changed: {count} problems were found. Fix \
         them and import it again.";
    COULD_NOT_READ: "core.import.couldNotRead",
        "Could not read {name} ({error}). Check the file is there and try again.";
    NOT_TEXT: "core.import.notText",
        "{name} is not a text file (UTF-8), so it is not a case bundle. Check you chose the right \
         file.";
    TOO_BIG: "core.import.tooBig",
        "This file is {size} MB; a case bundle can be at most {max} MB, so it was not read. Export \
         fewer cases to each bundle, or check it is the right file.";
    NOT_JSON: "core.import.notJson",
        "The file is not valid JSON (line {line}, column {column}): {detail}. It may be damaged or \
         not a case bundle.";
    NOT_OBJECT: "core.import.notObject",
        "This file is not a Contact Records case bundle: it should be a JSON object with \
         \"format\": \"{format}\".";
    OTHER_FORMAT: "core.import.otherFormat",
        "This file is not a Contact Records case bundle: its format is \"{other}\", not \
         \"{format}\".";
    NO_FORMAT: "core.import.noFormat",
        "This file is not a Contact Records case bundle: it has no \"format\": \"{format}\".";
    VERSION_ONE: "core.import.versionOne",
        "This bundle is version 1, written before records carried real signatures, so its \
         finalised records cannot be checked. Ask whoever sent it to export the cases again with \
         an up-to-date Contact Records (which writes version 2), and import that file.";
    VERSION_NEWER: "core.import.versionNewer",
        "This bundle is version {version}, written by a newer Contact Records; this version reads \
         version {reads} only. Update Contact Records and import it again.";
    VERSION_UNKNOWN: "core.import.versionUnknown",
        "This bundle's version ({version}) is not one Contact Records knows: it reads version \
         {reads}.";
    NO_CASES: "core.import.noCases", "The bundle has no cases to import";
    GIVE_REF: "core.import.giveRef", "Give this person a ref, such as \"child-1\"";
    REF_TWICE: "core.import.refTwice",
        "The ref \"{ref}\" is used twice in this case: each person needs their own";
    NO_PERSON_REF: "core.import.noPersonRef",
        "There is no child or adult with ref \"{ref}\" in this case";
    NO_CHILD_REF: "core.import.noChildRef", "There is no child with ref \"{ref}\" in this case";
    NO_SESSION_NUMBER: "core.import.noSessionNumber",
        "Referral {referral} has no session number {number}";
    SAME_NUMBER: "core.import.sameNumber",
        "cases[{first}] in this bundle has the same court case number ({number}): each case in a \
         bundle needs its own number. Correct one of them, or remove the case that is there twice";
}

// Signed records and reports checked on import (store/record_import.rs, store/final_record.rs,
// store/court_report_import.rs): given as English words, keyed by them.
pub mod signed {
    use crate::message::{messages, Msg};

    messages! {
        FINGERPRINT: "core.import.fingerprint",
            "the fingerprint is not the fingerprint of the signed document: one of them was \
             changed";
        SIGNER_DIFFERS: "core.import.signerDiffers",
            "the name, role or signing time differs from the signed document's";
        SUPPORTED_EMPTY: "core.import.supportedEmpty",
            "A Record of Supported Contact holds attendance only: its content must be empty";
        RECORD_ADDENDA_ORDER: "core.import.recordAddendaOrder",
            "this addendum does not follow on from the record and the addendum before it: \
             addenda were removed, reordered or moved";
        ADDENDUM_DIFFERS: "core.import.addendumDiffers",
            "the addendum's text or signer differs from its signed document";
        NOT_FINAL_OBSERVED: "core.import.notFinalObserved",
            "this is not a final Record of Observed Contact";
        OTHER_REPORT_KIND: "core.import.otherReportKind",
            "this referral's service makes another kind of report";
        DRAFT_NO_ADDENDA: "core.import.draftNoAddenda", "a draft report has no addenda";
        NOT_THE_KIND: "core.import.notTheKind",
            "this is not the kind of report the referral makes";
        REPORT_TEXT_DIFFERS: "core.import.reportTextDiffers",
            "the report's text differs from its signed document";
        REPORT_ADDENDA_ORDER: "core.import.reportAddendaOrder",
            "this addendum does not follow on from the report and the addendum before it: \
             addenda were removed, reordered or moved";
        NOT_AN_ADDENDUM: "core.import.notAnAddendum", "this is not an addendum";
    }
}
