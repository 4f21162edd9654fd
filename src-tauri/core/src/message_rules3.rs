//! Messages of remote suitability (what an FCA/FCSW recorded on assessing remote supervised
//! contact) and of the office's own deadlines set in Settings.

use crate::message::{messages, Msg};

messages! {
    ENTER_ASSESSED_BY: "core.remote.enterAssessedBy",
        "Enter who assessed remote contact as suitable";
    ENTER_DISCUSSED: "core.remote.enterDiscussed",
        "Enter what was discussed with the parties (and the court, where appropriate) about \
         remote contact";
    ENTER_LIMITATIONS: "core.remote.enterLimitations",
        "Enter the limitations of remote contact explained to the parties";
    ENTER_FEEDBACK: "core.remote.enterFeedback",
        "Enter the feedback arrangements agreed with the parties";
    REMOTE_INCOMPLETE: "core.remote.incomplete",
        "Session {number} on {date} is remote supervised contact, which takes place only once an \
         FCA/FCSW has assessed remote contact as suitable ({source}). Complete the assessment on \
         the referral first: its date, who assessed it, what was discussed with the parties, the \
         limitations explained and the feedback arrangements.";
    REMOTE_NEEDS_DISCUSSION: "core.remote.needsDiscussion",
        "Remote contact was assessed as suitable, but what was discussed with the parties, the \
         limitations explained and the feedback arrangements are not recorded ({source}). Add \
         them to this referral before the next remote session: until then no remote session can \
         be added or changed.";
    MISSING_DISCUSSED: "core.missing.remoteDiscussed",
        "what was discussed with the parties about remote contact";
    MISSING_LIMITATIONS: "core.missing.remoteLimitations",
        "the limitations of remote contact explained to the parties";
    MISSING_FEEDBACK: "core.missing.remoteFeedback", "the feedback arrangements";

    OFFICE_PRACTICE: "core.source.officePractice", "Your office's practice (set in Settings)";
    SESSION_RECORD_RULE: "core.office.sessionRecordRule",
        "Your office sets how many working days after a session its record is due";
    FOLLOW_UP_RULE: "core.office.followUpRule",
        "Your office sets how many working days after an incident is reported its written \
         follow-up is due";
    ENTER_SESSION_RECORD_DAYS: "core.office.enterSessionRecordDays",
        "Enter the working days after a session that its record is due, as a whole number from \
         0 to {max}";
    ENTER_FOLLOW_UP_DAYS: "core.office.enterFollowUpDays",
        "Enter the working days after an incident is reported that its written follow-up is \
         due, as a whole number from 0 to {max}";
}
