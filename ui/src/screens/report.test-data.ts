// A CCI report being written and one signed, for the writing screen's tests (in Welsh).
import type { ReportOutline, ReportView_Serialize as ReportView } from '../lib/bindings';

export const reportOutline: ReportOutline = {
  kind: 'cci',
  sections: ['work_done', 'how_contact_went', 'child_views', 'parents', 'recommendations'],
  children: 1,
};

export const draftReport: ReportView = {
  id: 1,
  referral_id: 1,
  kind: 'cci',
  status: 'draft',
  body: {
    work_done: ['prepare_children'],
    sections: [
      {
        code: 'how_contact_went',
        entries: [
          { text: 'Roedd Siân yn hapus i weld ei mam.', source: 'own', session: 1, date: '2026-11-17', speaker: '' },
          { text: 'Dw i eisiau dod eto.', source: 'quote', session: 1, date: '2026-11-17', speaker: 'Siân, 7' },
        ],
      },
    ],
    recommendations: [],
    papers_read: [],
    people_spoken_to: [],
    meetings: [],
    log: [],
  },
  revision: 2,
  saved_at: '2026-11-18T10:00:00Z',
  signature: null,
  fingerprint: null,
  addenda: [],
};

export const finalReport: ReportView = {
  ...draftReport,
  referral_id: 2,
  status: 'final',
  body: { ...draftReport.body, recommendations: ['direct_contact'] },
  signature: { name: 'Ffion Llwyd', role: 'Cynghorydd Teulu’r Llys', signed_at: '2026-11-20T15:00:00', key_fingerprint: '1a2b 3c4d 5e6f 7a8b' },
  fingerprint: 'ab12cd34ef56',
};

export const welfareOutline: ReportOutline = {
  kind: 'welfare',
  sections: ['wishes_and_feelings', 'needs', 'effect_of_change', 'characteristics', 'harm', 'capability', 'range_of_powers', 'viability', 'recommendations'],
  children: 2,
};

export const welfareDraft: ReportView = {
  ...draftReport,
  referral_id: 3,
  kind: 'welfare',
  body: {
    ...draftReport.body,
    work_done: [],
    sections: [{ code: 'harm', entries: [{ text: 'Rhegodd y tad ar y goruchwyliwr.', source: 'incident', session: null, date: '2026-11-17', speaker: '' }] }],
    papers_read: [{ date: '2026-09-01', text: 'Gorchymyn y llys.' }],
  },
};
