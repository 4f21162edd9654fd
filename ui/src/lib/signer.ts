// The name and role last used to sign a record, offered again next time (kept on this laptop only).
import type { SignerInput } from './api';

const KEY = 'contact-records.signer';

export function rememberedSigner(): SignerInput {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<SignerInput>;
    return { name: typeof v.name === 'string' ? v.name : '', role: typeof v.role === 'string' ? v.role : '' };
  } catch {
    return { name: '', role: '' };
  }
}

export function rememberSigner(s: SignerInput): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ name: s.name, role: s.role }));
  } catch {
    // Storage can be unavailable; the fields are then simply empty next time.
  }
}
