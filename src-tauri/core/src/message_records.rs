//! What a record still needs before it is finalised, beyond its sections (those are in
//! `message.rs`): the attendance times of a Record of Observed Contact, the entries of a
//! communications log, and the sessions of a Record of Supported Contact (store/record_checks.rs).

use crate::message::{messages, Msg};

messages! {
    WHO_ATTENDED: "core.attendance.whoAttended",
        "Record who attended the session, with their arrival and departure times";
    ENTER_ARRIVED: "core.attendance.enterArrived", "Enter the time {name} arrived";
    ENTER_LEFT: "core.attendance.enterLeft", "Enter the time {name} left";
    LEFT_BEFORE_ARRIVED: "core.attendance.leftBeforeArrived",
        "{name} is recorded as leaving before they arrived: correct the times";
    ARRIVED_AFTER_END: "core.attendance.arrivedAfterEnd",
        "{name} is recorded as arriving after the session ended";
    LEFT_AFTER_END: "core.attendance.leftAfterEnd",
        "{name} is recorded as leaving after the session ended";
    LEFT_BEFORE_START: "core.attendance.leftBeforeStart",
        "{name} is recorded as leaving before the session started";

    AT_LEAST_ONE_COMMUNICATION: "core.log.atLeastOne",
        "Record at least one communication, with its date and what it was";
    COMMUNICATION_DATE: "core.log.date",
        "Enter the date of communication {number} as dd/mm/yyyy";
    COMMUNICATION_WHAT: "core.log.what", "Say what communication {number} was";

    CEASED_FIRST: "core.supported.ceasedFirst",
        "Enter the date contact ceased on the referral before finalising";
    SAY_WHETHER: "core.supported.sayWhether",
        "Say whether session {number} ({date}) took place, was cancelled or was not attended";
    WHO_ATTENDED_SESSION: "core.supported.whoAttended",
        "Record who attended session {number} ({date})";
    ARRIVED_AND_LEFT: "core.supported.arrivedAndLeft",
        "Enter when {name} arrived and left at session {number} ({date})";
}
