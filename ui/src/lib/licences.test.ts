// @vitest-environment node
// The About screen's licence list is generated from the lock files: this fails when it is stale
// (a dependency added, removed or upgraded without running `node scripts/licences.mjs` in ui/).
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import list from './licences.json';

const ui = join(dirname(fileURLToPath(import.meta.url)), '../..');

describe('the generated licence list', () => {
  it('matches the lock files', () => {
    // Throws (exit 1, with what to run) when the committed list differs from a fresh one.
    execFileSync('node', ['scripts/licences.mjs', '--check'], { cwd: ui, stdio: 'pipe' });
  }, 60_000);

  it('names the fonts, the core crates and the UI packages actually shipped', () => {
    expect(list.fonts.map((f) => f.name)).toContain('DejaVu Sans');
    const rust = list.rust.map((c) => c.name);
    for (const name of ['tauri', 'rusqlite', 'printpdf', 'clap']) expect(rust).toContain(name);
    expect(rust).not.toContain('criterion');
    const npm = list.npm.map((p) => p.name);
    for (const name of ['svelte', 'govuk-frontend', '@tauri-apps/api']) expect(npm).toContain(name);
    expect(npm).not.toContain('vitest');
    expect(list.rust.every((c) => c.licence.length > 0)).toBe(true);
  });
});
