// English messages for the office's own deadlines in Settings.
export const enOffice = {
  'office.title': 'Your office’s deadlines',
  'office.lead':
    'No source document sets these two deadlines: they are your office’s own practice. Deadlines, the dashboard and each case count them as you set them here, on working days (weekends, bank holidays and your closure days are skipped).',
  'office.sessionRecord': 'Record of a session',
  'office.sessionRecord.hint': 'Working days after the session that its record is due, from 0 (the same day) to 10. Usually 1: the next working day.',
  'office.followUp': 'Written follow-up of an incident',
  'office.followUp.hint':
    'Working days after the incident was reported that the written follow-up is due, from 0 (the same day) to 10. Usually 0.',
  'office.workingDays': 'working days',
  'office.save': 'Save deadlines',
  'office.saved': 'Your office’s deadlines are saved. Due dates now count them.',
};
