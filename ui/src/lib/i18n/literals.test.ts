// Every word a person reads comes from the catalogues: this scans each component's template for
// text and for user-facing attributes written as literals rather than through t() or tp().
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

// Vitest runs from ui/ (the jsdom environment gives no file: URL for this module).
const SRC = join(process.cwd(), 'src');
// Attributes a person reads or hears, on elements and on our own components' props.
const READ = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label', 'legend', 'hint', 'message']);
// Text with a letter in it is a word; "·", "|", "–", ":" and the like are not.
const hasWord = (s: string) => /\p{L}/u.test(s);

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? svelteFiles(join(dir, e.name)) : e.name.endsWith('.svelte') ? [join(dir, e.name)] : [],
  );
}

type Node = { type?: string; name?: string; data?: string; value?: unknown; start?: number };

/** The literal words in a template: text nodes, and the static parts of READ attributes. */
function literalWords(source: string): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    if (n.type === 'Attribute') {
      if (n.name && READ.has(n.name) && Array.isArray(n.value)) {
        for (const part of n.value as Node[]) if (part.type === 'Text' && hasWord(part.data ?? '')) found.push(`${n.name}="${part.data}"`);
      }
      return;
    }
    if (n.type === 'Text') {
      if (hasWord(n.data ?? '')) found.push((n.data ?? '').trim());
      return;
    }
    for (const value of Object.values(n)) if (value && typeof value === 'object') walk(value);
  };
  walk(parse(source, { modern: true }).fragment);
  return found;
}

describe('components', () => {
  it('finds literals when there are some (the scanner works)', () => {
    const sample = '<p>Hello</p><span aria-hidden="true">·</span><Field label="Name" hint={t("x")} /><b title="Tip {n}">{t("y")}</b>';
    expect(literalWords(sample)).toEqual(['Hello', 'label="Name"', 'title="Tip "']);
  });

  it('render no literal user-facing words: all come from the message catalogue', () => {
    const files = svelteFiles(SRC);
    expect(files.length).toBeGreaterThan(20);
    const literals = files.flatMap((f) => literalWords(readFileSync(f, 'utf8')).map((w) => `${relative(SRC, f)}: ${w}`));
    expect(literals).toEqual([]);
  });
});
