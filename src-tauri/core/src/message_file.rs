//! What the core says when the data file cannot be opened, unlocked or written. These are
//! fixed texts given to `Error::new` as English words (`LOCKED_MESSAGE`, `WRONG_KEY_MESSAGE`),
//! which find their keys here by their English (`message::fixed`); the UI says them in the
//! chosen language.

use crate::message::{messages, Msg};

messages! {
    LOCKED: "core.file.locked",
        "The data file is in use by another program, perhaps another Contact Records window. \
         Close the other program and open Contact Records again.";
    FOREIGN: "core.file.foreign",
        "This file is not a Contact Records data file, or it is damaged. Nothing has been \
         changed. Choose your Contact Records data file, or restore it from a backup.";
    CORRUPT: "core.file.corrupt",
        "The data file is damaged. Nothing has been changed. Restore it from your most recent \
         backup, or ask your IT support for help.";
    WRONG_KEY: "core.file.wrongKey",
        "The passphrase is wrong, or the data file is damaged. Nothing has been changed. Check the \
         passphrase and try again, or use your recovery key; if neither opens it, restore the file \
         from a backup.";
    NOT_ENCRYPTED: "core.file.notEncrypted",
        "This data file is not encrypted yet. Nothing has been changed. Open it in Contact Records \
         and choose a passphrase to encrypt it.";
    NEWER: "core.file.newer",
        "This data file was saved by a newer version of Contact Records. Nothing has been \
         changed. Install the latest version of Contact Records to open it.";
    NOT_RECOVERY_KEY: "core.file.notRecoveryKey",
        "That is not a recovery key: it has 96 letters and digits (0-9, a-f), often written as \
         x'…'. Check it against your printout and type it again.";
    READ_ONLY: "core.file.readOnly",
        "Contact Records is not allowed to write to its data file. Check the file's permissions.";
    DISK_FULL: "core.file.diskFull", "The disk is full. Free some space; nothing was saved.";
    CANNOT_OPEN: "core.file.cannotOpen",
        "The data file could not be opened. Check that its folder exists and can be written to.";
    NOT_UNLOCKED: "core.file.notUnlocked", "The data file could not be unlocked. Try again.";
    BUSY: "core.file.busy", "Another change is in progress on this data file; try again.";
    BACKUP_DAMAGED: "core.file.backupDamaged",
        "That backup is damaged and was not restored. Nothing has been changed. Choose another \
         backup.";
}
