// English messages for "remember on this computer" (Settings) and for a remembered key that no
// longer opens the data file (the unlock screen).
export const enKeychain = {
  'keychain.title': 'Remember on this computer',
  'keychain.lead':
    'Contact Records can keep the key of your data file in this computer’s keychain, so that it opens without your passphrase when you start it.',
  'keychain.risk':
    'Only do this on a computer that is yours alone, that asks for your own password when it starts or wakes, and whose disk is encrypted. Anyone who can use your logged-in account can then open the records. Locking, and the lock after a quiet spell, still ask for your passphrase.',
  'keychain.unavailable':
    'This is not available on this computer: no keychain answered. Contact Records will ask for your passphrase each time it starts.',
  'keychain.on': 'The key is remembered on this computer. Contact Records opens without your passphrase when it starts.',
  'keychain.off': 'The key is not remembered. Contact Records asks for your passphrase each time it starts.',
  'keychain.passphrase': 'Your passphrase',
  'keychain.passphraseHint': 'To prove it is you before the key is kept.',
  'keychain.remember': 'Remember on this computer',
  'keychain.forget': 'Forget on this computer',
  'keychain.remembered': 'The key is now remembered on this computer.',
  'keychain.forgotten': 'The key has been removed from this computer’s keychain.',
  'keychain.refused':
    'The keychain did not do what was asked. It may be locked: unlock it (it may ask for your computer password) and try again.',
  'keychain.stale':
    'The key remembered on this computer no longer opens your data file (the passphrase may have been changed, or a backup restored), so it has been forgotten. Type your passphrase. You can remember the new key again in Settings.',
} as const;
