// A final record signed but not sent: the link says what to send and the tag says it is signed,
// not yet sent, once each, in either language.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import type { Deadline } from '../lib/api';
import { setLang } from '../lib/i18n/index.svelte';

const { default: DeadlineList } = await import('./DeadlineList.svelte');

const waiting: Deadline = {
  kind: 'final_record',
  due: '2026-11-30',
  case_id: 1,
  case_number: 'CF26P00777',
  case_name: 'Ynghylch S ac E (plant)',
  referral_id: 1,
  session_id: null,
  incident_id: null,
  what: 'Send the Record of Supported Contact: it is signed, not yet sent',
  what_msg: { key: 'core.deadline.signedNotSent', params: { what: { key: 'core.deadline.finalSupportedWhat' } } },
  rule: 'The final record is sent within 7 days of contact ceasing',
  source: 'Cafcass Cymru Expectation Statement',
  done: false,
  state: 'due_soon',
  signed_not_sent: true,
};

describe('DeadlineList', () => {
  afterEach(() => {
    cleanup();
    setLang('en');
  });

  it('says "signed, not yet sent" once, in the tag', () => {
    render(DeadlineList, { deadlines: [waiting] });
    const row = screen.getByRole('link', { name: /Record of Supported Contact/ }).closest('tr')!;
    expect(row.textContent!.match(/not yet sent/gi)).toHaveLength(1);
    expect(screen.getByRole('link', { name: /Record of Supported Contact/ }).textContent).toBe('Send the Record of Supported Contact');
    expect(screen.getByTestId('signed-not-sent').textContent).toBe('Signed, not yet sent');
  });

  it('keeps the whole message when the record is not waiting to be sent', () => {
    const open = { ...waiting, signed_not_sent: false, what: 'Send the Record of Supported Contact', what_msg: { key: 'core.deadline.finalSupportedWhat', params: {} } };
    render(DeadlineList, { deadlines: [open] });
    expect(screen.getByRole('link', { name: /Record of Supported Contact/ }).textContent).toBe('Send the Record of Supported Contact');
    expect(screen.queryByTestId('signed-not-sent')).toBeNull();
  });

  it('says it in Welsh', () => {
    setLang('cy');
    render(DeadlineList, { deadlines: [waiting] });
    const link = screen.getByTestId('signed-not-sent').closest('td')!.querySelector('a')!;
    expect(link.textContent).not.toMatch(/Send|signed/);
    expect(link.textContent).toMatch(/Cofnod o Gyswllt â Chymorth/);
  });
});
