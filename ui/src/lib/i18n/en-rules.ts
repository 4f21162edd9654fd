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
  'duty.title': 'Consultation with the duty FCA or FCSW',
  'duty.flag':
    'No consultation with the duty FCA or FCSW is recorded for this court-ordered referral. Cafcass Cymru funds contact ordered at the FHDRA after that consultation; a referral made without it should be challenged by the area Practice Manager on duty. Tell the Practice Manager, or record the consultation here.',
  'duty.flag.short': 'For the Practice Manager',
  'duty.consulted': '{who} was consulted on {date}.',
  'duty.recordedBy': 'Recorded by {who}.',
  'duty.consultedOn': 'Date the duty FCA or FCSW was consulted',
  'duty.officer': 'Name of the duty FCA or FCSW',
  'duty.save': 'Record the consultation',
  'duty.saved': 'Consultation recorded',
  'preContact.title': 'Pre-contact assessment',
  'preContact.missing':
    'The centre holds a pre-contact assessment session to assess any risks to the parties before the first supported session. No session can be recorded as held until it is recorded here.',
  'preContact.done': 'Held on {date} by {who}.',
  'preContact.on': 'Date of the pre-contact assessment',
  'preContact.by': 'Who held it',
  'preContact.notes': 'What it found (optional)',
  'preContact.save': 'Record the assessment',
  'preContact.saved': 'Pre-contact assessment recorded',
  'sessionWarn.near': 'With this session, {after} of the {allowed} this referral allows will be used or planned, leaving {left}.',
  'sessionWarn.over': 'With this session, this referral would reach {after}, more than the {allowed} it allows: it will be refused. Shorten it, or cancel another session.',
} as const;
