// English messages for case bundles: importing, exporting and the sample case.
export const enBundles = {
  'sample.load': 'Load a sample case',
  'sample.lead': 'Or see how it works first: the sample is an invented family with records already written.',
  'sample.loading': 'Loading the sample case…',
  'sample.loaded': 'Sample case loaded: an invented family, so you can see the app working.',
  'bundle.import': 'Import a case bundle',
  'bundle.import.title': 'Import a case bundle',
  'bundle.import.lead':
    'A case bundle is one file holding a case with its people, referrals, sessions, records and incidents, as another Contact Records user exported it. Importing it adds the case here; nothing already here is changed.',
  'bundle.import.choose': 'Choose a file',
  'bundle.import.choosing': 'Waiting for you to choose a file…',
  'bundle.import.file': 'File',
  'bundle.import.exported': 'Exported',
  'bundle.import.holds': 'This file holds',
  'bundle.import.case':
    '{number}, {name}: {children}, {adults}, {referrals}, {sessions}, {records} ({final} finalised), {incidents}',
  'bundle.import.confirm': 'Import',
  'bundle.import.asNew': 'Import as a new case under the next free number',
  'bundle.import.asNew.hint':
    'A case with this court case number is already here. The imported case will be numbered, for example, {number}-2.',
  'bundle.import.importing': 'Importing…',
  'bundle.import.progress': 'Importing case {done} of {total}…',
  'bundle.import.done.one': 'Imported 1 case',
  'bundle.import.done.other': 'Imported {count} cases',
  'bundle.import.none': 'Nothing was imported.',
  'bundle.import.problems': 'The bundle was not imported. Nothing has been changed.',
  'bundle.export': 'Export case bundle',
  'bundle.export.lead':
    'One file with this case and everything under it, to hand it over to a colleague or keep a copy. It holds personal data about children: keep it as safely as this laptop.',
  'bundle.export.exporting': 'Exporting the case bundle…',
  'bundle.export.done': 'Case bundle saved: {path}',
  'bundle.import.signers': 'Signed by',
  'bundle.import.trust': 'I trust these signers’ keys',
  'bundle.import.trust.hint':
    'Records signed with a key this data file has not seen before are imported only if you agree. Check each key with its signer (by telephone, or against a PDF they sent) before you do.',
  'bundle.import.newSigners': 'New signers',
  'bundle.import.nameClash':
    'This data file already knows “{name}” by another key ({known}), but this bundle is signed by “{name}” with key {key}. Check with {name} which key is theirs: if it is not theirs, someone else signed in their name. Do not trust it until you have checked.',
} as const;
