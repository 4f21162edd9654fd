// English messages for remote contact suitability on the referral form and page.
export const enSuitability = {
  'suitability.legend': 'Is remote contact suitable?',
  'suitability.hint':
    'Remote supervised contact takes place only once an FCA or FCSW has assessed it as suitable, after talking with both parties (and the court, where appropriate) so that everyone understands the limits of the service. Once you enter the date, record what was discussed, the limitations explained and the feedback arrangements.',
  'suitability.on.hint': 'For example, 23/11/2026. Leave empty until remote contact has been assessed.',
  'suitability.discussed': 'What was discussed with the parties',
  'suitability.discussed.hint':
    'Who you spoke to (both parties, and the court where appropriate), when, and any safeguarding issues raised.',
  'suitability.limitations': 'Limitations of remote contact explained to them',
  'suitability.limitations.hint':
    'For example, that the supervisor can end a call but cannot step in as at a centre, or that calls are not recorded.',
  'suitability.feedback': 'Feedback arrangements',
  'suitability.feedback.hint':
    'How and when the parties (and the court) hear back, including if remote contact stops being safe or suitable.',
  'suitability.summary': 'Remote contact assessed as suitable',
  'suitability.summary.value': '{date}, by {name}',
  'suitability.notAssessed': 'Not assessed yet',
};
