-- The log of sending (model/sending.rs): each record, final record, Record of Supported Contact,
-- incident follow-up and report is sent on a date, to someone, by some means. What was sent is
-- named by its kind and id (a session's, a referral's, an incident's or a report's), so that any
-- document can join the log. The log is evidence: rows are never changed or removed, and every
-- row is in the audit log too.

CREATE TABLE sendings (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
    item_kind       TEXT NOT NULL CHECK (item_kind IN ('session_record', 'final_record',
                        'supported_record', 'incident_follow_up', 'report')),
    item_id         INTEGER NOT NULL,
    sent_on         TEXT NOT NULL,
    recipient       TEXT NOT NULL CHECK (recipient IN ('referrer', 'court', 'party')),
    recipient_name  TEXT NOT NULL DEFAULT '',
    method          TEXT NOT NULL CHECK (method IN ('secure_email', 'post', 'court_portal')),
    notes           TEXT NOT NULL DEFAULT '',
    recorded_at     TEXT NOT NULL
) STRICT;

CREATE INDEX sendings_item ON sendings (item_kind, item_id);
CREATE INDEX sendings_case ON sendings (case_id);

-- The messages carry no colon: a colon in a trigger's text broke copying the file (backup after
-- a new passphrase), seen in tests/lock.rs.
CREATE TRIGGER sendings_append_only_update BEFORE UPDATE ON sendings
BEGIN
    SELECT RAISE(ABORT, 'the sending log is append-only');
END;

CREATE TRIGGER sendings_append_only_delete BEFORE DELETE ON sendings
BEGIN
    SELECT RAISE(ABORT, 'the sending log is append-only');
END;
