// The writing screen with the Tauri calls mocked: citing a session in one step writes the
// citation into the paragraph being written and the draft is saved with it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { referralDetail, recordView } from './fixtures.test-data';
import { reportOutline } from './report.test-data';

const invoke = vi.fn();
vi.mock('@tauri-apps/api/core', () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { default: CourtReport } = await import('./CourtReport.svelte');

const answers: Record<string, unknown> = {
  court_report_outline: reportOutline,
  get_court_report: null,
  get_referral: referralDetail,
  get_session_record: recordView,
  list_incidents: [],
  signer_identity: null,
  report_language: 'english',
};

describe('CourtReport', () => {
  afterEach(cleanup);
  beforeEach(() => {
    invoke.mockReset();
    invoke.mockImplementation((cmd: string, args: { body?: unknown }) =>
      cmd === 'save_court_report'
        ? Promise.resolve({ id: 1, referral_id: 1, kind: 'cci', status: 'draft', body: args.body, revision: 1, saved_at: '2026-11-18T10:00:00Z', signature: null, fingerprint: null, addenda: [] })
        : Promise.resolve(answers[cmd] ?? null),
    );
  });

  it('cites a session into the paragraph being written and saves the draft with it', async () => {
    render(CourtReport, { props: { referralId: 1 } });
    const add = await screen.findByRole('button', { name: 'Add a paragraph: How contact went' });
    await userEvent.click(add);
    const passage = await screen.findByLabelText('How contact went: paragraph 1');
    await userEvent.type(passage, 'Calm throughout');
    await userEvent.click(screen.getByRole('button', { name: /^Cite\s*session 1$/ }));
    expect(screen.getByTestId('citation').textContent).toContain('Session 1, 17 November 2026');

    // Saved within a second or so of the last change, citation and all.
    type Saved = { body: { sections: { code: string; entries: unknown[] }[] } };
    const lastSaved = () => (invoke.mock.calls.filter(([cmd]) => cmd === 'save_court_report').at(-1)?.[1] as Saved | undefined)?.body;
    await vi.waitFor(
      () =>
        expect(lastSaved()?.sections.find((s) => s.code === 'how_contact_went')?.entries).toEqual([
          { text: 'Calm throughout', source: 'own', session: 1, date: '2026-11-17', speaker: '' },
        ]),
      { timeout: 3000 },
    );
  });

  it('quotes the child’s words from the record with the child’s name and age', async () => {
    render(CourtReport, { props: { referralId: 1 } });
    await userEvent.click(await screen.findByRole('button', { name: 'Add a paragraph: The child’s views' }));
    await userEvent.click(screen.getByRole('button', { name: /^Cite\s*this quotation$/ }));
    expect((screen.getByLabelText(/^Quotation, as said\s*The child’s views: paragraph 2$/) as HTMLTextAreaElement).value).toBe('Dw i eisiau dod eto.');
    expect((screen.getByLabelText('Who said it') as HTMLInputElement).value).toBe('Siân, 7');
  });

  it('says what is still missing before signing', async () => {
    render(CourtReport, { props: { referralId: 1 } });
    const missing = await screen.findByTestId('report-missing');
    expect(missing.textContent).toContain('Choose the kinds of work done');
    expect(missing.textContent).toContain('Choose at least one recommendation');
  });
});
