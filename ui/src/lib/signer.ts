// The name and role of the person who signs in this data file. They are kept in the data file
// with the signer's key (finalising or adding an addendum sets them), so they are offered again
// next time on this laptop and nowhere else.
import { api, type SignerInput } from './api';

export async function loadSigner(): Promise<SignerInput> {
  try {
    const s = await api.signerIdentity();
    return { name: s?.name ?? '', role: s?.role ?? '' };
  } catch {
    return { name: '', role: '' };
  }
}
