// English messages for the About screen: version, where the files are, licences.
export const enAbout = {
  'nav.about': 'About',
  'about.title': 'About Contact Records',
  'about.version': 'Version',
  'about.dataFile': 'Data file',
  'about.backups': 'Automatic backups',
  'about.none': 'None: the first screen says why',
  'about.licences': 'Licences',
  'about.licences.lead':
    'Contact Records is built on the work of others. This list is made from the lock files of the version you are running: the fonts in its PDFs, the Rust libraries in the app and the JavaScript packages in its window.',
  'about.fonts': 'Fonts in the PDFs',
  'about.fonts.files': 'Files',
  'about.fonts.licence': 'Licence text',
  'about.rust': 'Rust libraries ({count})',
  'about.npm': 'JavaScript packages ({count})',
  'about.col.name': 'Name',
  'about.col.version': 'Version',
  'about.col.licence': 'Licence',
  'about.loading': 'Loading the licences',
} as const;
