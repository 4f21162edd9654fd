-- Records of contact: a Record of Observed Contact (or a communications log) per session, one
-- Record of Supported Contact per supported referral, and the addenda of finalised records.
--
-- A finalised record is evidence: the triggers below refuse, in SQL and whatever program writes
-- the file, to change or delete it, to change or delete an addendum, or to change the attendance
-- and session it reports. Their messages are shown to people as they are (see store/errors.rs).

CREATE TABLE records (
    id           INTEGER PRIMARY KEY,
    referral_id  INTEGER NOT NULL REFERENCES referrals (id) ON DELETE RESTRICT,
    -- NULL for the supported record, which covers every session of its referral.
    session_id   INTEGER UNIQUE REFERENCES sessions (id) ON DELETE RESTRICT,
    kind         TEXT NOT NULL CHECK (kind IN ('observed', 'supported', 'communications')),
    status       TEXT NOT NULL CHECK (status IN ('draft', 'final')),
    -- The form as typed (model::record::RecordContent), autosaved while a draft.
    content_json TEXT NOT NULL,
    revision     INTEGER NOT NULL CHECK (revision >= 1),
    saved_at     TEXT NOT NULL,
    signed_name  TEXT,
    signed_role  TEXT,
    -- Local (Europe/London) date and time, ISO 8601: 2026-11-23T16:30:00.
    signed_at    TEXT,
    -- The frozen report snapshot the signature covers.
    signed_json  TEXT,
    -- SHA-256 of a canonical text over the snapshot and signature (store/record_sign.rs).
    fingerprint  TEXT,
    created_at   TEXT NOT NULL,
    CHECK ((kind = 'supported') = (session_id IS NULL)),
    CHECK (status = 'final' OR (signed_name IS NULL AND signed_role IS NULL AND signed_at IS NULL
                                AND signed_json IS NULL AND fingerprint IS NULL)),
    CHECK (status = 'draft' OR (signed_name IS NOT NULL AND signed_role IS NOT NULL
                                AND signed_at IS NOT NULL AND signed_json IS NOT NULL
                                AND fingerprint IS NOT NULL))
) STRICT;

-- A referral has at most one Record of Supported Contact.
CREATE UNIQUE INDEX records_one_supported ON records (referral_id) WHERE kind = 'supported';
CREATE INDEX records_by_referral ON records (referral_id, status);

CREATE TABLE record_addenda (
    id          INTEGER PRIMARY KEY,
    record_id   INTEGER NOT NULL REFERENCES records (id) ON DELETE RESTRICT,
    reason      TEXT NOT NULL CHECK (reason <> ''),
    text        TEXT NOT NULL CHECK (text <> ''),
    signed_name TEXT NOT NULL CHECK (signed_name <> ''),
    signed_role TEXT NOT NULL CHECK (signed_role <> ''),
    signed_at   TEXT NOT NULL,
    -- Chained on the previous addendum's fingerprint, or the record's for the first.
    fingerprint TEXT NOT NULL
) STRICT;

CREATE INDEX record_addenda_by_record ON record_addenda (record_id, id);

CREATE TRIGGER records_final_no_update BEFORE UPDATE ON records
WHEN OLD.status = 'final'
BEGIN
    SELECT RAISE(ABORT, 'This record is finalised and cannot be changed. Add an addendum instead.');
END;

CREATE TRIGGER records_final_no_delete BEFORE DELETE ON records
WHEN OLD.status = 'final'
BEGIN
    SELECT RAISE(ABORT, 'This record is finalised and cannot be deleted. Add an addendum instead.');
END;

CREATE TRIGGER record_addenda_no_update BEFORE UPDATE ON record_addenda
BEGIN
    SELECT RAISE(ABORT, 'An addendum to a finalised record cannot be changed. Add another addendum instead.');
END;

CREATE TRIGGER record_addenda_no_delete BEFORE DELETE ON record_addenda
BEGIN
    SELECT RAISE(ABORT, 'An addendum to a finalised record cannot be deleted. Add another addendum instead.');
END;

CREATE TRIGGER record_addenda_final_only BEFORE INSERT ON record_addenda
WHEN (SELECT status FROM records WHERE id = NEW.record_id) IS NOT 'final'
BEGIN
    SELECT RAISE(ABORT, 'Only a finalised record takes addenda: edit the draft instead.');
END;

-- A session is locked once its own record is final, or its referral's supported record is.
CREATE VIEW locked_sessions AS
    SELECT rc.session_id AS session_id FROM records rc
    WHERE rc.status = 'final' AND rc.session_id IS NOT NULL
    UNION
    SELECT s.id FROM records rc JOIN sessions s ON s.referral_id = rc.referral_id
    WHERE rc.status = 'final' AND rc.kind = 'supported';

CREATE TRIGGER attendance_locked_insert BEFORE INSERT ON attendance
WHEN NEW.session_id IN (SELECT session_id FROM locked_sessions)
BEGIN
    SELECT RAISE(ABORT, 'This session''s record is finalised, so its attendance cannot be changed. Add an addendum to the record instead.');
END;

CREATE TRIGGER attendance_locked_update BEFORE UPDATE ON attendance
WHEN OLD.session_id IN (SELECT session_id FROM locked_sessions)
  OR NEW.session_id IN (SELECT session_id FROM locked_sessions)
BEGIN
    SELECT RAISE(ABORT, 'This session''s record is finalised, so its attendance cannot be changed. Add an addendum to the record instead.');
END;

CREATE TRIGGER attendance_locked_delete BEFORE DELETE ON attendance
WHEN OLD.session_id IN (SELECT session_id FROM locked_sessions)
BEGIN
    SELECT RAISE(ABORT, 'This session''s record is finalised, so its attendance cannot be changed. Add an addendum to the record instead.');
END;

CREATE TRIGGER sessions_locked_update BEFORE UPDATE ON sessions
WHEN OLD.id IN (SELECT session_id FROM locked_sessions)
BEGIN
    SELECT RAISE(ABORT, 'This session''s record is finalised, so the session cannot be changed. Add an addendum to the record instead.');
END;

CREATE TRIGGER sessions_locked_delete BEFORE DELETE ON sessions
WHEN OLD.id IN (SELECT session_id FROM locked_sessions)
BEGIN
    SELECT RAISE(ABORT, 'This session''s record is finalised, so the session cannot be deleted. Add an addendum to the record instead.');
END;

-- Once the Record of Supported Contact is final it covers every session: none can be added.
CREATE TRIGGER sessions_locked_insert BEFORE INSERT ON sessions
WHEN EXISTS (SELECT 1 FROM records rc WHERE rc.referral_id = NEW.referral_id
             AND rc.kind = 'supported' AND rc.status = 'final')
BEGIN
    SELECT RAISE(ABORT, 'The Record of Supported Contact of this referral is finalised, so no session can be added to it. Make a new referral instead.');
END;
