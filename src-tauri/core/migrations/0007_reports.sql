-- The adviser's reports to court (CCI, Level 2, Level 3 welfare checklist) and the Level 1 logs:
-- one per referral, drafted then signed as a document of kind 'report' (model/signed.rs), and
-- amended only by signed addenda, as records are.

CREATE TABLE reports (
    id           INTEGER PRIMARY KEY,
    referral_id  INTEGER NOT NULL UNIQUE REFERENCES referrals (id) ON DELETE RESTRICT,
    kind         TEXT NOT NULL CHECK (kind IN ('cci', 'level2', 'welfare', 'contact_log')),
    status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
    -- What the adviser typed (model/court_report.rs ReportBody), JSON.
    body_json    TEXT NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 1,
    saved_at     TEXT NOT NULL,
    -- Once final: the canonical signed document, its Ed25519 signature and SHA-256, hex.
    signed_json  TEXT,
    signature    TEXT,
    fingerprint  TEXT,
    signed_at    TEXT,
    CHECK (status = 'draft' OR (signed_json IS NOT NULL AND signature IS NOT NULL
                                AND fingerprint IS NOT NULL AND signed_at IS NOT NULL))
) STRICT;

CREATE TABLE report_addenda (
    id           INTEGER PRIMARY KEY,
    report_id    INTEGER NOT NULL REFERENCES reports (id) ON DELETE RESTRICT,
    reason       TEXT NOT NULL CHECK (reason <> ''),
    text         TEXT NOT NULL CHECK (text <> ''),
    signed_json  TEXT NOT NULL,
    signature    TEXT NOT NULL,
    fingerprint  TEXT NOT NULL,
    signed_at    TEXT NOT NULL
) STRICT;

CREATE INDEX report_addenda_by_report ON report_addenda (report_id, id);

CREATE TRIGGER reports_final_no_update BEFORE UPDATE ON reports
WHEN OLD.status = 'final'
BEGIN
    SELECT RAISE(ABORT, 'This report is signed and cannot be changed. Add an addendum instead.');
END;

CREATE TRIGGER reports_final_no_delete BEFORE DELETE ON reports
WHEN OLD.status = 'final'
BEGIN
    SELECT RAISE(ABORT, 'This report is signed and cannot be deleted. Add an addendum instead.');
END;

CREATE TRIGGER report_addenda_no_update BEFORE UPDATE ON report_addenda
BEGIN
    SELECT RAISE(ABORT, 'An addendum to a signed report cannot be changed. Add another addendum instead.');
END;

CREATE TRIGGER report_addenda_no_delete BEFORE DELETE ON report_addenda
BEGIN
    SELECT RAISE(ABORT, 'An addendum to a signed report cannot be deleted. Add another addendum instead.');
END;

CREATE TRIGGER report_addenda_final_only BEFORE INSERT ON report_addenda
WHEN (SELECT status FROM reports WHERE id = NEW.report_id) IS NOT 'final'
BEGIN
    SELECT RAISE(ABORT, 'Only a signed report takes addenda. Edit the draft instead.');
END;
