-- The rules of issue 14.
--
-- Going ahead without a review (model/review_override.rs): the adviser's written reason to hold
-- sessions past the review point of Cafcass Cymru Expectation Statement (3 to 4 sessions) or a CCI's 12 weeks (JFCAS: Child contact interventions).
-- It is evidence of a decision: rows are never changed or removed, and each is in the audit log.

CREATE TABLE review_overrides (
    id           INTEGER PRIMARY KEY,
    referral_id  INTEGER NOT NULL REFERENCES referrals (id) ON DELETE RESTRICT,
    reason       TEXT NOT NULL CHECK (length(reason) > 0),
    decided_on   TEXT NOT NULL,
    decided_by   TEXT NOT NULL,
    recorded_at  TEXT NOT NULL
) STRICT;

CREATE INDEX review_overrides_referral ON review_overrides (referral_id);

-- No colon in these messages (see 0006_sending.sql).
CREATE TRIGGER review_overrides_append_only_update BEFORE UPDATE ON review_overrides
BEGIN
    SELECT RAISE(ABORT, 'a reason to go ahead without the review is never changed');
END;

CREATE TRIGGER review_overrides_append_only_delete BEFORE DELETE ON review_overrides
BEGIN
    SELECT RAISE(ABORT, 'a reason to go ahead without the review is never removed');
END;

-- The consultation with the duty FCA/FCSW before a court orders contact at the FHDRA (Cafcass Cymru Expectation Statement):
-- recorded on a court-ordered referral; without it the referral is flagged for the area Practice
-- Manager on duty. Evidence too: never changed or removed; a correction is a later row.
CREATE TABLE duty_consultations (
    id            INTEGER PRIMARY KEY,
    referral_id   INTEGER NOT NULL REFERENCES referrals (id) ON DELETE RESTRICT,
    consulted_on  TEXT NOT NULL,
    duty_officer  TEXT NOT NULL CHECK (length(duty_officer) > 0),
    recorded_by   TEXT NOT NULL,
    recorded_at   TEXT NOT NULL
) STRICT;

CREATE INDEX duty_consultations_referral ON duty_consultations (referral_id);

CREATE TRIGGER duty_consultations_append_only_update BEFORE UPDATE ON duty_consultations
BEGIN
    SELECT RAISE(ABORT, 'a recorded consultation is never changed');
END;

CREATE TRIGGER duty_consultations_append_only_delete BEFORE DELETE ON duty_consultations
BEGIN
    SELECT RAISE(ABORT, 'a recorded consultation is never removed');
END;

-- Supported contact: the centre's pre-contact assessment session, held before the first session
-- to assess any risks to the parties (Cafcass Cymru Expectation Statement). No supported session is held before it is
-- recorded. Evidence: never changed or removed; a correction is a later row.
CREATE TABLE pre_contact_assessments (
    id            INTEGER PRIMARY KEY,
    referral_id   INTEGER NOT NULL REFERENCES referrals (id) ON DELETE RESTRICT,
    assessed_on   TEXT NOT NULL,
    assessed_by   TEXT NOT NULL CHECK (length(assessed_by) > 0),
    notes         TEXT NOT NULL DEFAULT '',
    recorded_by   TEXT NOT NULL,
    recorded_at   TEXT NOT NULL
) STRICT;

CREATE INDEX pre_contact_assessments_referral ON pre_contact_assessments (referral_id);

CREATE TRIGGER pre_contact_assessments_append_only_update BEFORE UPDATE ON pre_contact_assessments
BEGIN
    SELECT RAISE(ABORT, 'a recorded assessment is never changed');
END;

CREATE TRIGGER pre_contact_assessments_append_only_delete BEFORE DELETE ON pre_contact_assessments
BEGIN
    SELECT RAISE(ABORT, 'a recorded assessment is never removed');
END;
