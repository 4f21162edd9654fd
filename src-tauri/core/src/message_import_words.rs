//! What a bundle import says about a value of the wrong type or an impossible date (bundle/
//! wording.rs), about broken JSON syntax, and about signed documents that do not match the
//! bundle. The field's JSON path is the problem's field; the value found is a parameter, shown
//! as it is.

use crate::message::{messages, Msg};

messages! {
    // A value that could not be read as the bundle's field.
    MISSING_FIELD: "core.bundle.missingField", "{name} is missing: add it";
    UNKNOWN_FIELD: "core.bundle.unknownField",
        "{name} is not a field of a case bundle here: check its spelling, or remove it";
    DUPLICATE_FIELD: "core.bundle.duplicateField", "{name} is given twice here: keep one";
    UNKNOWN_VARIANT: "core.bundle.unknownVariant",
        "{value} is not one of the values allowed here ({allowed}): use one of them";
    WRONG_TYPE: "core.bundle.wrongType", "this should be {wanted}, not {found}: correct it";
    /// serde's own words, when none of the above fits (kept as serde gave them).
    OTHER: "core.bundle.other", "this value cannot be read ({detail}): correct it";
    /// A problem with where it is in the file.
    AT_LINE: "core.bundle.atLine", "{problem} (line {line} column {column})";

    // What was wanted (`{wanted}`) and what was found (`{found}`).
    WANT_WHOLE_UP_TO: "core.bundle.wantWholeUpTo", "a whole number from 0 to {max}";
    WANT_WHOLE: "core.bundle.wantWhole", "a whole number";
    WANT_NUMBER: "core.bundle.wantNumber", "a number";
    WANT_TEXT: "core.bundle.wantText", "text in quotes";
    WANT_BOOLEAN: "core.bundle.wantBoolean", "true or false";
    WANT_LIST: "core.bundle.wantList", "a list in [ ]";
    WANT_OBJECT: "core.bundle.wantObject", "an object in { }";
    FOUND_TEXT: "core.bundle.foundText", "the text {shown}";
    FOUND_LIST: "core.bundle.foundList", "a list";
    FOUND_OBJECT: "core.bundle.foundObject", "an object";

    // A value that is not a date.
    DATE_NOT_TEXT: "core.bundle.dateNotText",
        "this should be a date in quotes, such as \"2026-11-23\", not {found}";
    NO_SUCH_MONTH: "core.bundle.noSuchMonth",
        "{shown} is not a real date: there is no month {month}. Correct it";
    DAYS_IN_MONTH: "core.bundle.daysInMonth",
        "{shown} is not a real date: {monthName} {year} has {days} days. Correct the day";
    JANUARY: "core.month.1", "January";
    FEBRUARY: "core.month.2", "February";
    MARCH: "core.month.3", "March";
    APRIL: "core.month.4", "April";
    MAY: "core.month.5", "May";
    JUNE: "core.month.6", "June";
    JULY: "core.month.7", "July";
    AUGUST: "core.month.8", "August";
    SEPTEMBER: "core.month.9", "September";
    OCTOBER: "core.month.10", "October";
    NOVEMBER: "core.month.11", "November";
    DECEMBER: "core.month.12", "December";
    DATE_NOT_KEPT: "core.bundle.dateNotKept",
        "{shown} is not a date this app can keep: give it as YYYY-MM-DD (year-month-day), for \
         example \"2026-11-23\"";
    DATE_AS_SHOWN: "core.bundle.dateAsShown",
        "{shown} is written the way the app shows dates; in a bundle, give it as YYYY-MM-DD \
         (year-month-day), for example \"2026-11-23\"";
    NOT_A_DATE: "core.bundle.notADate",
        "{shown} is not a date: give it as YYYY-MM-DD (year-month-day), for example \
         \"2026-11-23\"";

    // Broken JSON syntax: the `{detail}` of core.import.notJson.
    SYNTAX_CUT_SHORT: "core.json.cutShort",
        "the file ends too soon: it may have been cut short while it was copied or downloaded";
    SYNTAX_TOO_DEEP: "core.json.tooDeep",
        "it is nested too deeply (lists or objects more than 128 levels inside each other), which \
         a case bundle never is";
    SYNTAX_WORD: "core.json.word",
        "a word there is misspelt or cut short (JSON allows only true, false and null unquoted)";
    SYNTAX_VALUE: "core.json.value",
        "a value is missing or is not written as JSON allows (text in double quotes, a number, \
         true, false, null, a list or an object)";
    SYNTAX_COLON: "core.json.colon", "a colon is missing between a name and its value";
    SYNTAX_COMMA: "core.json.comma", "a comma or a closing bracket is missing";
    SYNTAX_QUOTES: "core.json.quotes", "a name is not in double quotes";
    SYNTAX_TRAILING_COMMA: "core.json.trailingComma",
        "there is a comma after the last item of a list or object";
    SYNTAX_TRAILING: "core.json.trailing", "there is more after the end of the bundle";
    SYNTAX_CONTROL: "core.json.control",
        "a piece of text holds a control character (such as a raw line break) that JSON allows \
         only written as an escape";
    SYNTAX_ESCAPE: "core.json.escape",
        "a piece of text holds a broken escape (a backslash sequence)";
    SYNTAX_NUMBER: "core.json.number", "a number is written wrongly or is far too large";
    SYNTAX_OTHER: "core.json.other", "it is not written as JSON allows";

    // A bundle's cases, sessions, incidents and records as they are taken in (bundle/import.rs).
    CASE_NUMBER_TAKEN: "core.import.caseNumberTaken",
        "A case with court case number {number} already exists in this data file. Import the \
         bundle as new to keep both: this case would become {free}";
    SESSION_NUMBER_ORDER: "core.import.sessionNumberOrder",
        "Sessions are numbered 1, 2, 3 … in order: this one should be number {expected}, not \
         {number}";
    NO_REFERRAL_AT: "core.import.noReferralAt",
        "This case has {count} referral(s), numbered from 0: there is no referral {position}";
    RECORD_KIND: "core.import.recordKind", "{service} keeps {kind} records, not {found}";
    // Given as English words and keyed by them.
    SIGNER_NOT_LISTED: "core.import.signerNotListed",
        "the signer's key is not in the bundle's signers list";
    SENT_NAMES_NOTHING: "core.import.sentNamesNothing",
        "This entry does not name a record, referral or incident of this case that was sent: give \
         its referral (and session), or its incident, by position";
    DRAFT_NO_SIGNATURE: "core.import.draftNoSignature",
        "A draft has no signature, snapshot, fingerprint or addenda: only a finalised record has \
         them";
    SUPPORTED_ONLY_FINAL: "core.import.supportedOnlyFinal",
        "A Record of Supported Contact is kept only once it is finalised";
    FINAL_NEEDS_SIGNATURE: "core.import.finalNeedsSignature",
        "A finalised record needs its signature, signed_snapshot, fingerprint and \
         signature_ed25519";
    GIVE_REFERRAL_TOO: "core.import.giveReferralToo",
        "Give the referral this session belongs to as well";

    // Signed documents checked on import. The first seven are model/signing.rs's
    // `check_signed`, given as English words and keyed by them.
    DOC_NOT_JSON: "core.signed.notJson", "The signed document is not JSON.";
    DOC_NOT_SIGNED_RECORD: "core.signed.notSignedRecord",
        "The signed document is not a contact-records/signed-record.";
    DOC_OTHER_VERSION: "core.signed.otherVersion",
        "The signed document is of a version this program does not know: use the latest version \
         of Contact Records.";
    DOC_NOT_CANONICAL: "core.signed.notCanonical",
        "The signed document is not in its canonical (RFC 8785) form.";
    DOC_NO_TIME: "core.signed.noTime",
        "The signed document's signing time is not a real date and time.";
    DOC_ADDENDUM_AMENDS: "core.signed.addendumAmends",
        "The signed addendum does not say what it amends.";
    DOC_SIGNATURE: "core.signed.signature",
        "The signature does not verify: the document was changed after it was signed, or it was \
         signed with another key.";
    CITES_OTHER_SESSION: "core.import.citesOtherSession",
        "it cites a record of session {number} that is not the one in the bundle";
    SESSION_NOT_HELD: "core.import.sessionNotHeld",
        "session {number} of this referral did not take place: cite another";
    FINAL_DIFFERS: "core.import.finalDiffers",
        "the signed final record does not match what the bundle gives for this referral: {fields}";
    RECORD_DIFFERS: "core.import.recordDiffers",
        "the signed document does not match what the bundle gives for this record: {fields}";
    SIGNER_OTHER_KEY: "core.import.signerOtherKey",
        "signed by \"{name}\" with key {fingerprint}, but this data file knows \"{name}\" by \
         another key ({others}). Check with the signer which key is theirs before trusting this \
         one (--trust-new-signers)";
    SIGNER_NEW: "core.import.signerNew",
        "signed by \"{name}\" ({role}) with key {fingerprint}, which this data file has not seen \
         before. If you trust this signer, import again agreeing to new signers \
         (--trust-new-signers)";
}
