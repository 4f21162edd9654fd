-- Real signatures: the person who signs in this data file (name, role and an Ed25519 key pair),
-- the signers this file knows (its own and those of imported records), and the signed documents
-- of records and addenda with their signatures (model/signed.rs, model/signing.rs).
--
-- From this version `records.signed_json` and `record_addenda.signed_json` hold the canonical
-- (RFC 8785) text of the signed document, `fingerprint` its SHA-256 and `signature` its Ed25519
-- signature, all lower-case hex.

CREATE TABLE signer_identity (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT NOT NULL CHECK (name <> ''),
    role        TEXT NOT NULL CHECK (role <> ''),
    -- 32-byte Ed25519 public key and secret seed, hex. The secret never leaves this file.
    public_key  TEXT NOT NULL CHECK (length(public_key) = 64),
    secret_key  TEXT NOT NULL CHECK (length(secret_key) = 64),
    created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE known_signers (
    public_key  TEXT PRIMARY KEY CHECK (length(public_key) = 64),
    name        TEXT NOT NULL,
    role        TEXT NOT NULL,
    -- 'this_file' for the key made here, 'import' for a key trusted when a bundle was imported.
    source      TEXT NOT NULL CHECK (source IN ('this_file', 'import')),
    first_seen  TEXT NOT NULL
) STRICT;

ALTER TABLE records ADD COLUMN signature TEXT;
ALTER TABLE record_addenda ADD COLUMN signed_json TEXT;
ALTER TABLE record_addenda ADD COLUMN signature TEXT;

-- The final Record of Observed Contact of a referral: its own signed document, citing each
-- session record by fingerprint and listing missed and cancelled sessions.
CREATE TABLE final_records (
    id           INTEGER PRIMARY KEY,
    referral_id  INTEGER NOT NULL UNIQUE REFERENCES referrals (id) ON DELETE RESTRICT,
    signed_json  TEXT NOT NULL,
    signature    TEXT NOT NULL,
    fingerprint  TEXT NOT NULL,
    signed_at    TEXT NOT NULL
) STRICT;

CREATE TRIGGER final_records_no_update BEFORE UPDATE ON final_records
BEGIN
    SELECT RAISE(ABORT, 'The final record of this referral is signed and cannot be changed.');
END;

CREATE TRIGGER final_records_no_delete BEFORE DELETE ON final_records
BEGIN
    SELECT RAISE(ABORT, 'The final record of this referral is signed and cannot be deleted.');
END;

-- A referral with a signed final record takes no new session.
CREATE TRIGGER sessions_final_record_insert BEFORE INSERT ON sessions
WHEN EXISTS (SELECT 1 FROM final_records f WHERE f.referral_id = NEW.referral_id)
BEGIN
    SELECT RAISE(ABORT, 'The final Record of Observed Contact of this referral is signed, so no session can be added to it. Make a new referral instead.');
END;

-- A case imported as new under another number keeps the number its records were signed under,
-- so their documents are still checked against it (and exported with it).
ALTER TABLE cases ADD COLUMN signed_as_number TEXT;
