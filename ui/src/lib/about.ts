// The About screen's facts from the Rust side, and the generated licence list (loaded only when
// the screen opens, so the first screen does not carry it).
import { commands, type About } from './bindings';

export type { About };

export type Licence = { name: string; version: string; licence: string };
export type FontLicence = { name: string; files: string[]; copyright: string; licence: string; url: string };
export type Licences = { fonts: FontLicence[]; rust: Licence[]; npm: Licence[] };

export function aboutFacts(): Promise<About> {
  return commands.about();
}

export async function licences(): Promise<Licences> {
  return (await import('./licences.json')).default as Licences;
}
