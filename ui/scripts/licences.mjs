// Writes src/lib/licences.json: the licences of what the app ships, generated (never written by
// hand) from the lock files and the packages' own metadata:
// - Rust crates: Cargo.lock as `cargo metadata` resolves it (licence fields from the cargo
//   registry's manifests), the app's normal dependencies on every platform, build tools left out;
// - npm packages: ui/package-lock.json, from the packages the UI imports (runtime dependencies
//   and what src/ imports, scripts and styles alike) through their own dependencies, each
//   package's licence read from its node_modules package.json;
// - fonts: the PDF fonts' own licence records (the name table of each TrueType file).
// `node scripts/licences.mjs --check` exits 1 when the committed file is stale.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const ui = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(ui, '..');
const OUT = join(ui, 'src/lib/licences.json');

function rustCrates() {
  const meta = JSON.parse(
    execFileSync('cargo', ['metadata', '--format-version', '1', '--locked', '--offline'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    }),
  );
  const packages = new Map(meta.packages.map((p) => [p.id, p]));
  const nodes = new Map(meta.resolve.nodes.map((n) => [n.id, n]));
  const rootPkg = meta.packages.find((p) => p.name === 'contact-records-app');
  const seen = new Set();
  const queue = [rootPkg.id];
  while (queue.length) {
    const id = queue.pop();
    if (seen.has(id)) continue;
    seen.add(id);
    for (const dep of nodes.get(id)?.deps ?? []) {
      // Normal dependencies only: build scripts, macros' own tools and tests are not shipped.
      if (dep.dep_kinds.some((k) => k.kind === null)) queue.push(dep.pkg);
    }
  }
  return [...seen]
    .map((id) => packages.get(id))
    .filter((p) => p.source !== null)
    .map((p) => ({ name: p.name, version: p.version, licence: p.license ?? p.license_file ?? 'see the crate' }));
}

function npmPackages() {
  const lock = JSON.parse(readFileSync(join(ui, 'package-lock.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(ui, 'package.json'), 'utf8'));
  const roots = new Set(Object.keys(manifest.dependencies ?? {}));
  for (const name of importedPackages(join(ui, 'src'))) roots.add(name);
  const found = new Map();
  const visit = (name, from) => {
    // npm's lookup: node_modules of the requiring package, then of each folder above it.
    let dir = from;
    for (;;) {
      const path = posix.join(dir, 'node_modules', name);
      if (lock.packages[path]) return add(path);
      if (dir === '') return;
      dir = dir.includes('node_modules/') ? dir.slice(0, dir.lastIndexOf('/node_modules/')) : '';
    }
  };
  const add = (path) => {
    if (found.has(path)) return;
    const entry = lock.packages[path];
    const own = join(ui, path, 'package.json');
    const pkg = existsSync(own) ? JSON.parse(readFileSync(own, 'utf8')) : entry;
    const licence = typeof pkg.license === 'object' ? pkg.license?.type : pkg.license;
    found.set(path, { name: pkg.name ?? path.slice(path.lastIndexOf('node_modules/') + 13), version: entry.version, licence: licence ?? entry.license ?? 'see the package' });
    for (const dep of Object.keys(entry.dependencies ?? {})) visit(dep, path);
  };
  for (const name of roots) visit(name, '');
  return [...found.values()];
}

/** Bare package names that files under `dir` import (scripts) or load (Sass `@use`/`@import`). */
function importedPackages(dir) {
  const names = new Set();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(ts|js|svelte|scss)$/.test(entry.name) || /\.test\.ts$/.test(entry.name)) continue;
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|@use\s+|@import\s+|@forward\s+)['"]([^'"]+)['"]/g)) {
      let spec = m[1].replace(/^(?:pkg:|node_modules\/)/, '');
      if (spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('sass:')) continue;
      const parts = spec.split('/');
      spec = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
      if (existsSync(join(ui, 'node_modules', spec, 'package.json'))) names.add(spec);
    }
  }
  return names;
}

/** A TrueType file's family (name 1), copyright (0), licence (13) and licence address (14). */
function fontLicence(file) {
  const buf = readFileSync(file);
  const tables = buf.readUInt16BE(4);
  let name = -1;
  for (let i = 0; i < tables; i++) {
    const rec = 12 + i * 16;
    if (buf.toString('latin1', rec, rec + 4) === 'name') name = buf.readUInt32BE(rec + 8);
  }
  if (name < 0) throw new Error(`${file}: no name table`);
  const count = buf.readUInt16BE(name + 2);
  const strings = name + buf.readUInt16BE(name + 4);
  const out = {};
  for (let i = 0; i < count; i++) {
    const rec = name + 6 + i * 12;
    const [platform, , language, id, length, offset] = [0, 2, 4, 6, 8, 10].map((o) => buf.readUInt16BE(rec + o));
    // Windows, Unicode, US English: UTF-16 big-endian.
    if (platform !== 3 || language !== 0x409 || out[id] !== undefined) continue;
    const raw = Buffer.from(buf.subarray(strings + offset, strings + offset + length));
    out[id] = raw.swap16().toString('utf16le');
  }
  return { name: out[1], file: file.slice(root.length + 1), copyright: out[0], licence: out[13], url: out[14] };
}

export function generate() {
  const byName = (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version);
  const fontDir = join(root, 'src-tauri/core/fonts');
  // One entry per family and licence, naming its files (regular and bold share theirs).
  const fonts = [];
  for (const f of readdirSync(fontDir).filter((f) => /\.ttf$/i.test(f)).sort()) {
    const { file, ...font } = fontLicence(join(fontDir, f));
    const same = fonts.find((g) => g.name === font.name && g.licence === font.licence);
    if (same) same.files.push(file);
    else fonts.push({ ...font, files: [file] });
  }
  return { fonts, rust: rustCrates().sort(byName), npm: npmPackages().sort(byName) };
}

const main = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (main) {
  const text = `${JSON.stringify(generate(), null, 1)}\n`;
  if (process.argv.includes('--check')) {
    const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
    if (current !== text) {
      console.error('src/lib/licences.json is stale: run `node scripts/licences.mjs` in ui/ and commit it.');
      process.exit(1);
    }
  } else {
    writeFileSync(OUT, text);
  }
}
