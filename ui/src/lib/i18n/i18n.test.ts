import { afterEach, describe, expect, it } from 'vitest';
import { en, type MessageKey } from './en';
import { cy } from './cy';
import { setLang, t } from './index.svelte';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  afterEach(() => setLang('en'));

  it('has no empty English message', () => {
    for (const [key, text] of Object.entries(en)) expect(text.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in Welsh as in English', () => {
    for (const [key, text] of Object.entries(cy)) {
      expect(placeholders(text ?? ''), key).toEqual(placeholders(en[key as MessageKey]));
    }
  });

  it('fills placeholders and falls back to English for a missing Welsh message', () => {
    expect(t('register.noMatch', { query: 'Siân' })).toBe('No cases match “Siân”.');
    setLang('cy');
    expect(t('register.title')).toBe('Achosion');
    expect(t('register.noMatch', { query: 'Siân' })).toBe('No cases match “Siân”.');
    expect(document.documentElement.lang).toBe('cy');
  });
});
