// English messages for the settings screen: the working-day calendar and the office's closure days.
export const enSettings = {
  'nav.settings': 'Settings',
  'settings.title': 'Settings',
  'settings.lead':
    'Deadlines are counted in working days: Monday to Friday, less the bank holidays of the calendar you choose and your own closure days.',
  'settings.calendar': 'Bank holidays',
  'settings.calendar.england_wales': 'England and Wales (Cafcass, Cafcass Cymru)',
  'settings.calendar.jersey': 'Jersey: England and Wales plus Liberation Day, 9 May (JFCAS)',
  'settings.calendar.save': 'Save bank holidays',
  'settings.calendar.saved': 'Bank holidays saved. Every deadline now uses them.',
  'settings.closures': 'Closure days',
  'settings.closures.lead': 'Days your office is closed. They are not counted as working days.',
  'settings.closures.none': 'No closure days yet.',
  'settings.closures.date': 'Date',
  'settings.closures.reason': 'Reason (optional)',
  'settings.closures.reasonCol': 'Reason',
  'settings.closures.new': 'Add a closure day',
  'settings.closures.add': 'Add closure day',
  'settings.closures.added': 'Closure day added',
  'settings.closures.removed': 'Closure day removed',
  'settings.closures.remove': 'Remove {date}',
} as const;
