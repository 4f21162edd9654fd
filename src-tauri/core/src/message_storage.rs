//! What the core says when a file cannot be read or written: backups and restore, exports, the
//! data file's path, signing keys, encryption, settings, signed records and reports read back.
//! Paths and file names are parameters, shown as they are; a technical detail from the system
//! (`{detail}`, `{error}`) stays as the system gave it.

use std::path::Path;

use crate::error::{Error, ErrorCode};
use crate::message::{messages, Message, Msg};

messages! {
    /// A condition that should not happen (data the app made could not be encoded or read back).
    INTERNAL: "core.storage.internal",
        "Something went wrong while saving ({detail}). Nothing was saved. Try again; if it happens \
         again, ask your IT support for help.";
    SQLITE_OTHER: "core.storage.sqliteOther",
        "Something went wrong reading or writing the data file; nothing was saved. ({detail})";
    NO_RANDOM: "core.storage.noRandom", "No random numbers for a signing key ({error}). Try again.";
    SIGNING_KEY_DAMAGED: "core.storage.signingKeyDamaged",
        "The signing key in the data file is damaged: it cannot be read.";
    SIGNED_REPORT_UNREADABLE: "core.storage.signedReportUnreadable",
        "A signed report could not be read back.";
    SIGNED_RECORD_UNREADABLE: "core.storage.signedRecordUnreadable",
        "A signed final record could not be read back.";
    OLD_SIGNATURE_RECORD: "core.storage.oldSignatureRecord",
        "A finalised record was signed by an older version of Contact Records without a real \
         signature, so it cannot be exported. Run `contact-records verify`.";
    OLD_SIGNATURE_ADDENDUM: "core.storage.oldSignatureAddendum",
        "An addendum was signed by an older version of Contact Records without a real signature, \
         so it cannot be exported.";
    PERSON_NOT_IN_CASE: "core.storage.personNotInCase",
        "A person named on a referral is not in the case.";
    PDF_WRITE: "core.storage.pdfWrite", "The PDF could not be written ({error}).";
    REPORT_GLYPH: "core.storage.reportGlyph",
        "The character U+{code} {ch} cannot be printed with the report font. It is in \
         “{context}”: remove or replace it, then export again.";
    REPORT_FONT: "core.storage.reportFont",
        "The report font could not be loaded ({error}). Please report this problem.";
    REPORT_PDF: "core.storage.reportPdf",
        "The PDF could not be written ({error}). Please report this problem.";
    REPORT_DOC_EMPTY: "core.storage.reportDocEmpty", "This report's document has no report in it.";
    WRITE_READ_ONLY: "core.storage.writeReadOnly",
        "{name} could not be written: the folder is read-only or the file is open in another \
         program. Close it, or choose another folder.";
    WRITE_NO_FOLDER: "core.storage.writeNoFolder",
        "{name} could not be written: its folder does not exist. Choose another folder.";
    WRITE_DISK_FULL: "core.storage.writeDiskFull",
        "{name} could not be written: the disk is full. Free some space and try again.";
    WRITE_OTHER: "core.storage.writeOther",
        "{name} could not be written ({error}). Choose another folder and try again.";
    FILE_NOT_FOLDER: "core.storage.fileNotFolder", "Give the path of a file to write, not a folder.";
    NO_DATA_FILE_AT: "core.storage.noDataFileAt",
        "There is no data file at {path}. Check the path, or create one with `contact-records \
         init`.";
    PATH_IS_FOLDER: "core.storage.pathIsFolder",
        "The data file path points to a folder. Give the path of a file instead.";
    NEEDS_UPGRADE: "core.storage.needsUpgrade",
        "This data file was saved by an older version of Contact Records and must be upgraded \
         before it can be read. Nothing has been changed. Run `contact-records upgrade`, or open \
         it in the app.";
    ALREADY_AT: "core.storage.alreadyAt",
        "There is already a data file at {path}. Nothing has been changed.";
    ALREADY_THERE: "core.storage.alreadyThere", "There is already a data file at that path.";
    FOLDER_NOT_CREATED: "core.storage.folderNotCreated",
        "The folder for the data file could not be created. Check that it can be written to.";
    FILE_NOT_CREATED: "core.storage.fileNotCreated",
        "The data file could not be created. Check that its folder can be written to.";
    NO_SALT: "core.storage.noSalt",
        "The data file's salt could not be read, so no recovery key could be made.";
    BACKUP_NOT_WRITTEN: "core.storage.backupNotWritten",
        "Could not write the backup; nothing was changed. Check there is free disk space and that \
         the folder can be written to.";
    BACKUP_CHECK_FAILED: "core.storage.backupCheckFailed",
        "The backup was written but did not pass its check. Try again; if it fails again, check \
         the disk.";
    BACKUP_BEFORE_UPGRADE: "core.storage.backupBeforeUpgrade",
        "Could not back up the data file before upgrading it; nothing was changed. Check there is \
         free disk space.";
    BACKUP_NOT_PUT: "core.storage.backupNotPut",
        "Could not put the backup at {path}. Check that the folder can be written to.";
    NO_BACKUP_AT: "core.storage.noBackupAt", "There is no backup at {path}. Check the path.";
    RESTORE_FAILED: "core.storage.restoreFailed", "Could not restore the backup: {reason}.";
    RESTORE_NO_FOLDER: "core.storage.restoreNoFolder",
        "the data file's folder could not be created";
    RESTORE_NOT_COPIED: "core.storage.restoreNotCopied",
        "it could not be copied; check there is free disk space";
    RESTORE_NOT_ASIDE: "core.storage.restoreNotAside",
        "the current data file could not be moved aside";
    RESTORE_NOT_PLACED: "core.storage.restoreNotPlaced", "the copy could not be put in place";
    SIGNED_RECORD_DAMAGED: "core.storage.signedRecordDamaged",
        "A signed record could not be read back: it may have been signed by an older version or \
         changed in the file. Run `contact-records verify`.";
    RECORD_NO_CHAIN: "core.storage.recordNoChain",
        "This record's signed document cannot be read, so no addendum can be chained to it. Run \
         `contact-records verify`.";
    ALREADY_IN_PROGRESS: "core.storage.alreadyInProgress",
        "Another change is already in progress on this data file; try again.";
    REPORT_TEXT_DAMAGED: "core.storage.reportTextDamaged",
        "A report in the data file cannot be read: its text is damaged. Run `contact-records \
         verify`.";
    REPORT_DOC_UNREADABLE: "core.storage.reportDocUnreadable",
        "This report's signed document cannot be read. Run `contact-records verify`.";
    REPORT_NO_CHAIN: "core.storage.reportNoChain",
        "This report's signed document cannot be read, so no addendum can be chained to it. Run \
         `contact-records verify`.";
    CALENDAR_DAMAGED: "core.storage.calendarDamaged",
        "The calendar setting in the data file is damaged; choose it again.";
    OFFICE_DEADLINES_DAMAGED: "core.storage.officeDeadlinesDamaged",
        "The office's deadline settings in the data file are damaged; set them again in Settings.";
    ENCRYPT_FAILED: "core.storage.encryptFailed",
        "The data file could not be encrypted: {reason}. Nothing has been changed; the file is as \
         it was.";
    ENCRYPT_NO_FILE: "core.storage.encryptNoFile", "no new file could be made beside it";
    ENCRYPT_OPEN_ELSEWHERE: "core.storage.encryptOpenElsewhere",
        "another program has it open; close it and try again";
    ENCRYPT_NOT_PLACED: "core.storage.encryptNotPlaced",
        "the encrypted copy could not be put in its place";
    ENCRYPT_DAMAGED: "core.storage.encryptDamaged", "it is damaged; restore it from a backup first";
    ENCRYPT_CHECK_FAILED: "core.storage.encryptCheckFailed",
        "the encrypted copy did not pass its check";
    ENCRYPT_MISSING_ROWS: "core.storage.encryptMissingRows", "the encrypted copy is missing rows";
    ALREADY_ENCRYPTED: "core.storage.alreadyEncrypted",
        "That data file is already encrypted, or is not a data file. Nothing has been changed.";
    FORM_UNKNOWN: "core.storage.formUnknown", "That is not the name of a form.";
    DRAFT_TOO_BIG: "core.storage.draftTooBig",
        "This form holds more text than can be kept as a draft. Save it, or shorten it.";
    DRAFT_UNREADABLE: "core.storage.draftUnreadable", "The form's draft could not be read.";
    // Said by the app's shell (src-tauri/src).
    FILE_GONE: "core.storage.fileGone",
        "{path} is no longer there: it was moved, renamed or deleted after it was exported. Export \
         it again if you need it.";
    FILE_MANAGER: "core.storage.fileManager",
        "The file manager could not be opened. The file is at {path}.";
    NO_FOLDER_FOR_FILE: "core.storage.noFolderForFile",
        "Could not find a folder for the data file. Set CONTACT_RECORDS_DB to the path of the file \
         to use.";
    TASK_NOT_FINISHED: "core.storage.taskNotFinished",
        "The app could not finish that task. Try again.";
    NO_DATA_FILE: "core.storage.noDataFile", "There is no data file.";
    DIALOGS_NOT_READY: "core.storage.dialogsNotReady",
        "The file dialogs are not ready yet. Try again.";
    CHOOSE_BUNDLE_FIRST: "core.storage.chooseBundleFirst",
        "Choose the bundle file to import first.";
}

/// A storage error said as `m` with no parameters.
pub fn storage(m: Msg) -> Error {
    Error::said(ErrorCode::Storage, Message::new(m))
}

/// A condition that should not happen, with its technical detail (in the system's words).
pub fn internal(detail: impl std::fmt::Display) -> Error {
    Error::said(
        ErrorCode::Storage,
        Message::new(INTERNAL).text("detail", detail.to_string()),
    )
}

/// A storage error naming a path.
pub fn at_path(m: Msg, path: &Path) -> Error {
    Error::said(
        ErrorCode::Storage,
        Message::new(m).text("path", path.display().to_string()),
    )
}

/// A storage error with the system's error in brackets.
pub fn with_error(m: Msg, e: impl std::fmt::Display) -> Error {
    Error::said(
        ErrorCode::Storage,
        Message::new(m).text("error", e.to_string()),
    )
}

/// Why `path` could not be written, from the system's error, said so a person can act on it.
pub fn write_error(path: &Path, e: &std::io::Error) -> Error {
    use std::io::ErrorKind;
    let m = match e.kind() {
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => WRITE_READ_ONLY,
        ErrorKind::NotFound => WRITE_NO_FOLDER,
        ErrorKind::StorageFull => WRITE_DISK_FULL,
        _ => WRITE_OTHER,
    };
    Error::said(
        ErrorCode::Storage,
        Message::new(m)
            .text("name", path.display().to_string())
            .text("error", e.to_string()),
    )
}

#[cfg(test)]
#[path = "message_storage_tests.rs"]
mod tests;
