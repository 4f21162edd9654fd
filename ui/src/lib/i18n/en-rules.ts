// English messages for the rules of issue 14: going ahead without the review, with a reason.
export const enRules = {
  'override.title': 'Go ahead without the review?',
  'override.lead':
    'The guidance expects a review at this point, but you may go ahead when there is a good reason. Your reason is kept on the referral with your name and today’s date, and cannot be changed later.',
  'override.reason': 'Why the sessions go ahead without the review',
  'override.reason.hint': 'For example, the review meeting is booked for next week and the child asked to keep weekly contact until then',
  'override.save': 'Record the reason and save the session',
  'override.saved': 'Reason recorded and session saved',
  'overrides.title': 'Sessions held without the review',
  'overrides.by': '{date}, recorded by {who}',
} as const;
