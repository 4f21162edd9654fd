-- Speed: the search index's update triggers of migration 8 ran on EVERY update of their row, so
-- each change to a case's sessions, attendance or records (which marks the case as changed, its
-- `updated_at`) deleted and re-added the case's index entry, and a case bundle's import did that
-- dozens of times per case. Now an entry is re-made only when a column its source view reads has
-- changed: what the index holds is the same, entry for entry.

DROP TRIGGER search_cases_update;
CREATE TRIGGER search_cases_update AFTER UPDATE ON cases
WHEN OLD.court_case_number IS NOT NEW.court_case_number OR OLD.case_name IS NOT NEW.case_name
    OR OLD.court IS NOT NEW.court OR OLD.cafcass_number IS NOT NEW.cafcass_number
    OR OLD.adviser_name IS NOT NEW.adviser_name OR OLD.notes IS NOT NEW.notes
    OR OLD.id IS NOT NEW.id
BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 1;
    INSERT INTO search_index (rowid, case_id, source, source_id, referral_id, session_id, title, body)
    SELECT entry_id, case_id, source, source_id, referral_id, session_id, title, body
    FROM search_source_cases WHERE source_id = NEW.id;
END;

DROP TRIGGER search_referrals_update;
CREATE TRIGGER search_referrals_update AFTER UPDATE ON referrals
WHEN OLD.provider_name IS NOT NEW.provider_name OR OLD.provider_address IS NOT NEW.provider_address
    OR OLD.provider_email IS NOT NEW.provider_email
    OR OLD.risk_assessment IS NOT NEW.risk_assessment
    OR OLD.risk_assessed_by IS NOT NEW.risk_assessed_by OR OLD.session_plan IS NOT NEW.session_plan
    OR OLD.remote_assessed_by IS NOT NEW.remote_assessed_by OR OLD.case_id IS NOT NEW.case_id
    OR OLD.id IS NOT NEW.id
BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 4;
    INSERT INTO search_index (rowid, case_id, source, source_id, referral_id, session_id, title, body)
    SELECT entry_id, case_id, source, source_id, referral_id, session_id, title, body
    FROM search_source_referrals WHERE source_id = NEW.id;
END;

DROP TRIGGER search_records_update;
CREATE TRIGGER search_records_update AFTER UPDATE ON records
WHEN OLD.status IS NOT NEW.status OR OLD.content_json IS NOT NEW.content_json
    OR OLD.signed_json IS NOT NEW.signed_json OR OLD.referral_id IS NOT NEW.referral_id
    OR OLD.session_id IS NOT NEW.session_id OR OLD.id IS NOT NEW.id
BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 5;
    INSERT INTO search_index (rowid, case_id, source, source_id, referral_id, session_id, title, body)
    SELECT entry_id, case_id, source, source_id, referral_id, session_id, title, body
    FROM search_source_records WHERE source_id = NEW.id;
END;
