-- The guards of a finalised session (0003) asked `IN (SELECT session_id FROM locked_sessions)`:
-- that view is a UNION over every finalised record, so each change to any session or attendance
-- entry read the whole records table. Harmless while the file fits SQLite's cache, it cost about
-- 20 MB of reads per change in a file of 5,000 cases. The same guards, each answered through an
-- index: the record of the session itself (`records.session_id` is unique), or the finalised
-- Record of Supported Contact of its referral (`records_one_supported`).

DROP TRIGGER attendance_locked_insert;
DROP TRIGGER attendance_locked_update;
DROP TRIGGER attendance_locked_delete;
DROP TRIGGER sessions_locked_update;
DROP TRIGGER sessions_locked_delete;

CREATE TRIGGER attendance_locked_insert BEFORE INSERT ON attendance
WHEN EXISTS (SELECT 1 FROM records rc WHERE rc.session_id = NEW.session_id AND rc.status = 'final')
  OR EXISTS (SELECT 1 FROM sessions s JOIN records rc ON rc.referral_id = s.referral_id
             WHERE s.id = NEW.session_id AND rc.kind = 'supported' AND rc.status = 'final')
BEGIN
    SELECT RAISE(ABORT, 'This session''s record is finalised, so its attendance cannot be changed. Add an addendum to the record instead.');
END;

CREATE TRIGGER attendance_locked_update BEFORE UPDATE ON attendance
WHEN EXISTS (SELECT 1 FROM records rc WHERE rc.session_id IN (OLD.session_id, NEW.session_id)
             AND rc.status = 'final')
  OR EXISTS (SELECT 1 FROM sessions s JOIN records rc ON rc.referral_id = s.referral_id
             WHERE s.id IN (OLD.session_id, NEW.session_id) AND rc.kind = 'supported'
               AND rc.status = 'final')
BEGIN
    SELECT RAISE(ABORT, 'This session''s record is finalised, so its attendance cannot be changed. Add an addendum to the record instead.');
END;

CREATE TRIGGER attendance_locked_delete BEFORE DELETE ON attendance
WHEN EXISTS (SELECT 1 FROM records rc WHERE rc.session_id = OLD.session_id AND rc.status = 'final')
  OR EXISTS (SELECT 1 FROM sessions s JOIN records rc ON rc.referral_id = s.referral_id
             WHERE s.id = OLD.session_id AND rc.kind = 'supported' AND rc.status = 'final')
BEGIN
    SELECT RAISE(ABORT, 'This session''s record is finalised, so its attendance cannot be changed. Add an addendum to the record instead.');
END;

CREATE TRIGGER sessions_locked_update BEFORE UPDATE ON sessions
WHEN EXISTS (SELECT 1 FROM records rc WHERE rc.session_id = OLD.id AND rc.status = 'final')
  OR EXISTS (SELECT 1 FROM records rc WHERE rc.referral_id = OLD.referral_id
             AND rc.kind = 'supported' AND rc.status = 'final')
BEGIN
    SELECT RAISE(ABORT, 'This session''s record is finalised, so the session cannot be changed. Add an addendum to the record instead.');
END;

CREATE TRIGGER sessions_locked_delete BEFORE DELETE ON sessions
WHEN EXISTS (SELECT 1 FROM records rc WHERE rc.session_id = OLD.id AND rc.status = 'final')
  OR EXISTS (SELECT 1 FROM records rc WHERE rc.referral_id = OLD.referral_id
             AND rc.kind = 'supported' AND rc.status = 'final')
BEGIN
    SELECT RAISE(ABORT, 'This session''s record is finalised, so the session cannot be deleted. Add an addendum to the record instead.');
END;
