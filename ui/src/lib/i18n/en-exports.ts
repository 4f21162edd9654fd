// English messages for what the app exported (a case's list of exports, "Show in folder") and the
// register's service filter.
export const enExports = {
  'register.filter.service': 'Service',
  'exports.title': 'Exported documents',
  'exports.none': 'Nothing has been exported from this case in the app yet.',
  'exports.show': 'Show in folder',
  'exports.showNamed': 'Show {name} in its folder',
  'exports.col.document': 'Document',
  'exports.col.when': 'Exported',
  'exports.col.where': 'Saved to',
  'exports.kind.observed_session': 'Record of Observed Contact (one session)',
  'exports.kind.observed_final': 'Final Record of Observed Contact',
  'exports.kind.supported': 'Record of Supported Contact',
  'exports.kind.court_report': 'Report to court',
  'exports.kind.bundle': 'Case bundle',
} as const;
