//! The names of an incident's "when told" dates, for the police and for social services, as the
//! date checks say them ("The date the police were told must be a real date").

use crate::message::{messages, Msg};

messages! {
    POLICE_TOLD_ON: "core.what.policeToldOn", "the date the police were told";
    SOCIAL_SERVICES_TOLD_ON: "core.what.socialServicesToldOn",
        "the date social services were told";
}
