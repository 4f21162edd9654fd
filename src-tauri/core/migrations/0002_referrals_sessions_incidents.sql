-- Referrals to contact services, their sessions and attendance, incidents, the user's closure
-- days and the app's settings.
--
-- Dates are ISO 8601 text (YYYY-MM-DD) and times are 24-hour HH:MM text; the CHECKs below refuse
-- anything else, so every reader can parse what it finds. A referral's status is not stored: it is
-- derived from its dates (see model/referral.rs), so it can never disagree with them.

CREATE TABLE referrals (
    id                        INTEGER PRIMARY KEY,
    case_id                   INTEGER NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
    service                   TEXT NOT NULL CHECK (service IN (
        'supported_contact', 'supervised_contact', 'remote_supervised_contact',
        'child_contact_intervention', 'level1_indirect_contact_support',
        'level1_individual_work_with_children', 'level1_escorted_contact',
        'level2_contact_intervention', 'level3_contact_supervision', 'spip')),
    -- A JSON array of CCI kinds of work; only a CCI may have any.
    cci_kinds                 TEXT NOT NULL DEFAULT '[]'
        CHECK (cci_kinds GLOB '[[]*]'
               AND (service = 'child_contact_intervention' OR cci_kinds = '[]')),
    basis                     TEXT NOT NULL CHECK (basis IN (
        'ordered_at_fhdra', 'fca_recommendation', 'self_referral')),
    provider_name             TEXT NOT NULL DEFAULT '',
    provider_address          TEXT NOT NULL DEFAULT '',
    provider_naccc_accredited INTEGER NOT NULL DEFAULT 0 CHECK (provider_naccc_accredited IN (0, 1)),
    provider_email            TEXT NOT NULL DEFAULT '',
    risk_assessment           TEXT NOT NULL DEFAULT '',
    risk_assessed_on          TEXT CHECK (risk_assessed_on IS NULL OR date(risk_assessed_on) IS risk_assessed_on),
    risk_assessed_by          TEXT NOT NULL DEFAULT '',
    session_plan              TEXT NOT NULL DEFAULT '',
    planned_sessions          INTEGER CHECK (planned_sessions IS NULL OR planned_sessions BETWEEN 1 AND 100),
    -- Only remote supervised contact records the FCA/FCSW's suitability assessment.
    remote_assessed_on        TEXT CHECK (remote_assessed_on IS NULL OR date(remote_assessed_on) IS remote_assessed_on),
    remote_assessed_by        TEXT NOT NULL DEFAULT '',
    sent_on                   TEXT CHECK (sent_on IS NULL OR date(sent_on) IS sent_on),
    received_on               TEXT CHECK (received_on IS NULL OR date(received_on) IS received_on),
    accepted_on               TEXT CHECK (accepted_on IS NULL OR date(accepted_on) IS accepted_on),
    declined_on               TEXT CHECK (declined_on IS NULL OR date(declined_on) IS declined_on),
    started_on                TEXT CHECK (started_on IS NULL OR date(started_on) IS started_on),
    ceased_on                 TEXT CHECK (ceased_on IS NULL OR date(ceased_on) IS ceased_on),
    reviewed_on               TEXT CHECK (reviewed_on IS NULL OR date(reviewed_on) IS reviewed_on),
    created_at                TEXT NOT NULL,
    updated_at                TEXT NOT NULL,
    CHECK (service = 'remote_supervised_contact'
           OR (remote_assessed_on IS NULL AND remote_assessed_by = '')),
    CHECK (accepted_on IS NULL OR declined_on IS NULL),
    CHECK (received_on IS NULL OR sent_on IS NOT NULL)
) STRICT;

CREATE INDEX referrals_by_case ON referrals (case_id);

-- The people named on a referral: the only people who may attend its sessions (seed 001).
CREATE TABLE referral_attendees (
    id          INTEGER PRIMARY KEY,
    referral_id INTEGER NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    child_id    INTEGER REFERENCES children (id) ON DELETE RESTRICT,
    adult_id    INTEGER REFERENCES adults (id) ON DELETE RESTRICT,
    CHECK ((child_id IS NULL) <> (adult_id IS NULL))
) STRICT;

CREATE UNIQUE INDEX referral_attendees_child ON referral_attendees (referral_id, child_id)
    WHERE child_id IS NOT NULL;
CREATE UNIQUE INDEX referral_attendees_adult ON referral_attendees (referral_id, adult_id)
    WHERE adult_id IS NOT NULL;
CREATE INDEX referral_attendees_by_child ON referral_attendees (child_id) WHERE child_id IS NOT NULL;
CREATE INDEX referral_attendees_by_adult ON referral_attendees (adult_id) WHERE adult_id IS NOT NULL;

CREATE TABLE sessions (
    id               INTEGER PRIMARY KEY,
    referral_id      INTEGER NOT NULL REFERENCES referrals (id) ON DELETE RESTRICT,
    number           INTEGER NOT NULL CHECK (number >= 1),
    date             TEXT NOT NULL CHECK (date(date) IS date),
    start_time       TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]' AND start_time < '24:00'),
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 720),
    -- For remote supervised contact this is the platform (e.g. "Microsoft Teams").
    venue            TEXT NOT NULL DEFAULT '',
    supervisor       TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL CHECK (status IN ('scheduled', 'took_place', 'cancelled', 'did_not_attend')),
    cancelled_by     TEXT CHECK (cancelled_by IN ('resident_party', 'visiting_party', 'provider', 'referrer', 'other')),
    cancel_reason    TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    CHECK ((status = 'cancelled') = (cancelled_by IS NOT NULL)),
    CHECK (status = 'cancelled' OR cancel_reason = '')
) STRICT;

CREATE UNIQUE INDEX sessions_number ON sessions (referral_id, number);
-- Serves the hour totals, the review and period starts, and the detail page of a referral.
CREATE INDEX sessions_by_referral ON sessions (referral_id, status, date, start_time);
-- Serves the Record of Observed Contact deadlines across all cases.
CREATE INDEX sessions_took_place ON sessions (referral_id) WHERE status = 'took_place';

-- Who was present at (or, for SPIP, booked into) a session, with their times.
CREATE TABLE attendance (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE RESTRICT,
    child_id    INTEGER REFERENCES children (id) ON DELETE RESTRICT,
    adult_id    INTEGER REFERENCES adults (id) ON DELETE RESTRICT,
    arrived     TEXT CHECK (arrived IS NULL OR (arrived GLOB '[0-2][0-9]:[0-5][0-9]' AND arrived < '24:00')),
    departed    TEXT CHECK (departed IS NULL OR (departed GLOB '[0-2][0-9]:[0-5][0-9]' AND departed < '24:00')),
    brought_by  TEXT NOT NULL DEFAULT '',
    late_reason TEXT NOT NULL DEFAULT '',
    CHECK ((child_id IS NULL) <> (adult_id IS NULL)),
    CHECK (arrived IS NULL OR departed IS NULL OR departed > arrived)
) STRICT;

CREATE UNIQUE INDEX attendance_child ON attendance (session_id, child_id) WHERE child_id IS NOT NULL;
CREATE UNIQUE INDEX attendance_adult ON attendance (session_id, adult_id) WHERE adult_id IS NOT NULL;
CREATE INDEX attendance_by_child ON attendance (child_id) WHERE child_id IS NOT NULL;
CREATE INDEX attendance_by_adult ON attendance (adult_id) WHERE adult_id IS NOT NULL;

CREATE TABLE incidents (
    id                          INTEGER PRIMARY KEY,
    case_id                     INTEGER NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
    referral_id                 INTEGER REFERENCES referrals (id) ON DELETE RESTRICT,
    session_id                  INTEGER REFERENCES sessions (id) ON DELETE RESTRICT,
    occurred_on                 TEXT NOT NULL CHECK (date(occurred_on) IS occurred_on),
    occurred_time               TEXT CHECK (occurred_time IS NULL OR (occurred_time GLOB '[0-2][0-9]:[0-5][0-9]' AND occurred_time < '24:00')),
    kind                        TEXT NOT NULL CHECK (kind IN (
        'violent', 'threatening', 'abusive', 'discriminatory',
        'safeguarding_concern', 'child_protection_concern')),
    by_whom                     TEXT NOT NULL DEFAULT '',
    people_involved             TEXT NOT NULL DEFAULT '',
    what_happened               TEXT NOT NULL,
    action_taken                TEXT NOT NULL DEFAULT '',
    police_told_on              TEXT CHECK (police_told_on IS NULL OR date(police_told_on) IS police_told_on),
    police_told_whom            TEXT NOT NULL DEFAULT '',
    social_services_told_on     TEXT CHECK (social_services_told_on IS NULL OR date(social_services_told_on) IS social_services_told_on),
    social_services_told_whom   TEXT NOT NULL DEFAULT '',
    reported_to_referrer_on     TEXT CHECK (reported_to_referrer_on IS NULL OR date(reported_to_referrer_on) IS reported_to_referrer_on),
    written_followup_sent_on    TEXT CHECK (written_followup_sent_on IS NULL OR date(written_followup_sent_on) IS written_followup_sent_on),
    created_at                  TEXT NOT NULL,
    updated_at                  TEXT NOT NULL,
    CHECK (session_id IS NULL OR referral_id IS NOT NULL),
    CHECK (written_followup_sent_on IS NULL OR reported_to_referrer_on IS NOT NULL)
) STRICT;

CREATE INDEX incidents_by_case ON incidents (case_id, occurred_on);
CREATE INDEX incidents_by_referral ON incidents (referral_id) WHERE referral_id IS NOT NULL;
CREATE INDEX incidents_by_session ON incidents (session_id) WHERE session_id IS NOT NULL;
-- Serves the dashboard: only incidents with something still to do.
CREATE INDEX incidents_open ON incidents (case_id)
    WHERE reported_to_referrer_on IS NULL
                 OR written_followup_sent_on IS NULL
                 OR (kind IN ('safeguarding_concern', 'child_protection_concern')
                     AND police_told_on IS NULL AND social_services_told_on IS NULL);

-- The user's own closure days (office closures), which are not working days.
CREATE TABLE closure_days (
    id     INTEGER PRIMARY KEY,
    date   TEXT NOT NULL UNIQUE CHECK (date(date) IS date),
    reason TEXT NOT NULL DEFAULT ''
) STRICT;

-- Settings of this data file, such as which bank-holiday calendar its deadlines use.
CREATE TABLE settings (
    key   TEXT NOT NULL PRIMARY KEY CHECK (key IN ('calendar_kind')),
    value TEXT NOT NULL,
    CHECK (key <> 'calendar_kind' OR value IN ('england_wales', 'jersey'))
) STRICT;
