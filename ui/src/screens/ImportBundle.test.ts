// The import screen before trusting anyone: each new signer is named with their key fingerprint,
// a key claiming a name this data file knows by another key is a warning naming both keys, and
// the import trusts new signers only when the user ticks that they agree.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { ImportChoice } from '../lib/api';
import { enBundles } from '../lib/i18n/en-bundles';

const chooseBundle = vi.fn();
const importChosenBundle = vi.fn();
vi.mock('../lib/api', () => {
  type Field = { field: string; message: string; msg?: { key: string; params: object } };
  class ApiError extends Error {
    code = 'Invalid';
    fields: Field[];
    constructor(e: { message: string; fields?: Field[] }) {
      super(e.message);
      this.fields = e.fields ?? [];
    }
  }
  return { api: { chooseBundle, importChosenBundle }, ApiError };
});
vi.mock('@tauri-apps/api/core', () => ({
  Channel: class {
    onmessage: (p: unknown) => void = () => {};
  },
}));

const { default: ImportBundle } = await import('./ImportBundle.svelte');
const ASNEW = enBundles['bundle.import.asNew'];

const rhys = { name: 'Rhys Morgan', role: 'Contact supervisor', public_key: 'aa'.repeat(32), key_fingerprint: 'DCAD 138C 0F45 62EE' };
const catrin = { name: 'Catrin Pŵel', role: 'Centre coordinator', public_key: 'bb'.repeat(32), key_fingerprint: '7D36 95DF 7991 C1DE' };

function choice(known: string[]): ImportChoice {
  return {
    file_name: 'Case-bundle_SA26P00417.json',
    preview: {
      exported_at: '2026-11-23T14:00:00Z',
      cases: [
        {
          court_case_number: 'SA26P00417',
          case_name: 'Re: S and D (children)',
          children: 2,
          adults: 2,
          referrals: 3,
          sessions: 9,
          records: 6,
          final_records: 5,
          incidents: 1,
          reports: 4,
        },
      ],
      signers: [rhys, catrin],
    },
    new_signers: [
      { ...rhys, name_known_with_keys: known },
      { ...catrin, name_known_with_keys: [] },
    ],
  };
}

describe('ImportBundle', () => {
  afterEach(cleanup);
  beforeEach(() => {
    chooseBundle.mockReset();
    importChosenBundle.mockReset();
    location.hash = '#/import';
  });

  it('names each new signer with their key fingerprint and warns of a known name with another key', async () => {
    chooseBundle.mockResolvedValue(choice(['1A2B 3C4D 5E6F 7A8B']));
    render(ImportBundle);
    await userEvent.click(await screen.findByRole('button', { name: 'Choose a file' }));

    // The reports to court the bundle holds are counted with the rest.
    expect((await screen.findByTestId('bundle-preview')).textContent).toContain('4 reports to court or contact logs');
    const listed = await screen.findByTestId('new-signers');
    expect(listed.textContent).toContain('Rhys Morgan (Contact supervisor): DCAD 138C 0F45 62EE');
    expect(listed.textContent).toContain('Catrin Pŵel (Centre coordinator): 7D36 95DF 7991 C1DE');
    const warnings = screen.getAllByTestId('signer-warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.textContent).toContain('“Rhys Morgan”');
    expect(warnings[0]?.textContent).toContain('1A2B 3C4D 5E6F 7A8B');
    expect(warnings[0]?.textContent).toContain('DCAD 138C 0F45 62EE');
    expect((screen.getByLabelText('I trust these signers’ keys') as HTMLInputElement).checked).toBe(false);
  });

  it('trusts new signers only when the user agrees', async () => {
    chooseBundle.mockResolvedValue(choice([]));
    importChosenBundle.mockResolvedValue({ cases: [{ case_id: 4 }], settings_applied: false, new_signers: [] });
    render(ImportBundle);
    await userEvent.click(await screen.findByRole('button', { name: 'Choose a file' }));
    expect(screen.queryByTestId('signer-warning')).toBeNull();

    await userEvent.click(screen.getByLabelText('I trust these signers’ keys'));
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    await vi.waitFor(() => expect(importChosenBundle).toHaveBeenCalled());
    expect(importChosenBundle.mock.calls[0]?.slice(0, 2)).toEqual([false, true]);
  });

  it('asks nothing about trust when every signer is already known', async () => {
    chooseBundle.mockResolvedValue({ ...choice([]), new_signers: [] });
    render(ImportBundle);
    await userEvent.click(await screen.findByRole('button', { name: 'Choose a file' }));
    await screen.findByTestId('bundle-preview');
    expect(screen.queryByTestId('new-signers')).toBeNull();
    expect(screen.queryByLabelText('I trust these signers’ keys')).toBeNull();
  });

  it('offers to import as new when a case number is taken, by the key, whatever the language', async () => {
    const { ApiError } = await import('../lib/api');
    chooseBundle.mockResolvedValue({ ...choice([]), new_signers: [] });
    const taken = new ApiError({
      code: 'Invalid',
      message: 'Ni chafodd y bwndel ei fewnforio',
      fields: [
        {
          field: 'cases[0].court_case_number',
          // Said in Welsh already (ApiError does that): only the key tells what it is.
          message: 'Mae achos gyda rhif achos llys SA26P00417 yn y ffeil ddata hon eisoes.',
          msg: { key: 'core.import.caseNumberTaken', params: {} },
        },
      ],
    });
    importChosenBundle.mockRejectedValue(taken);
    render(ImportBundle);
    await userEvent.click(await screen.findByRole('button', { name: 'Choose a file' }));
    await screen.findByTestId('bundle-preview');
    expect(screen.queryByLabelText(ASNEW)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByLabelText(ASNEW)).toBeTruthy();
  });

  it('says where in the bundle each problem is, as the command line does', async () => {
    const { ApiError } = await import('../lib/api');
    chooseBundle.mockRejectedValue(
      new ApiError({
        code: 'Invalid',
        message: 'The bundle was not imported and nothing was changed',
        fields: [
          { field: 'cases[0].court_case_number', message: 'this should be text in quotes, not 5: correct it (line 18 column 28)' },
        ],
      }),
    );
    render(ImportBundle);
    await userEvent.click(await screen.findByRole('button', { name: 'Choose a file' }));
    expect(
      await screen.findByText('cases[0].court_case_number: this should be text in quotes, not 5: correct it (line 18 column 28)'),
    ).toBeTruthy();
  });
});
