// English messages for the lock: first-run passphrase, recovery key, unlock, and the data file's
// safety in settings (new passphrase, backups).
export const enSecurity = {
  'setup.title': 'Choose a passphrase',
  'setup.lead':
    'Your records are kept in an encrypted file on this computer. Choose a passphrase to lock it. You will type it each time you open Contact Records.',
  'setup.convertTitle': 'Encrypt your data file',
  'setup.convertLead':
    'Your data file was made by an earlier version and is not encrypted yet. Choose a passphrase: the file is encrypted with it, and the unencrypted copies are removed once the encrypted file opens.',
  'setup.warning':
    'If you lose both the passphrase and the recovery key shown next, nobody can open your records: not you, not IT support, not us.',
  'setup.passphrase': 'Passphrase',
  'setup.passphraseHint':
    'At least 10 characters. Three or four random words are easy to remember and hard to guess.',
  'setup.confirm': 'Type the passphrase again',
  'setup.strength': 'Strength: {label}',
  'setup.submit': 'Encrypt and continue',
  'recovery.title': 'Your recovery key',
  'recovery.lead':
    'This key opens your data file if you forget the passphrase. Write it down or print it now and keep it somewhere safe, away from this computer. It will not be shown again.',
  'recovery.done': 'I have written down the recovery key',
  'unlock.title': 'Unlock Contact Records',
  'unlock.lead': 'Type your passphrase to open your records.',
  'unlock.passphrase': 'Passphrase',
  'unlock.submit': 'Unlock',
  'unlock.useRecovery': 'I have lost my passphrase: use the recovery key',
  'unlock.usePassphrase': 'Use my passphrase',
  'unlock.recoveryKey': 'Recovery key',
  'unlock.recoveryHint': 'The 96 letters and digits you wrote down, with or without spaces.',
  'unlock.afterRecovery':
    'You opened the file with the recovery key. Choose a new passphrase in Settings now.',
  'lock.button': 'Lock',
  'security.title': 'Passphrase and backups',
  'security.lead':
    'Contact Records locks itself after {minutes} minutes without use. What you were typing is saved first.',
  'security.change': 'Change the passphrase',
  'security.current': 'Current passphrase',
  'security.new': 'New passphrase',
  'security.changeSubmit': 'Change passphrase',
  'security.changed': 'Passphrase changed. Write down the new recovery key below: the old one no longer works.',
  'security.backup': 'Back up now',
  'security.backupLead':
    'A backup is made automatically once a day, beside the data file. You can also save one where you choose, for example on an encrypted USB drive. The same passphrase opens it.',
  'security.backedUp': 'Backup saved to {path}',
  'security.restore': 'Restore a backup',
  'security.restoreLead':
    'Replaces everything in Contact Records with the backup you choose. Type the passphrase the backup was made with.',
  'security.restorePassphrase': 'Passphrase of the backup',
  'security.restoreSubmit': 'Choose a backup and restore it',
  'security.restored': 'The backup has been restored.',
  'idleLock.legend': 'Lock after this long without use',
  'idleLock.minutes.one': '1 minute',
  'idleLock.minutes.other': '{count} minutes',
  'idleLock.save': 'Save the lock time',
  'idleLock.saved': 'Contact Records now locks itself after {minutes} minutes without use.',
} as const;
