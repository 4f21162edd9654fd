// What was last searched for: the header's box fills it, the results page reads it. Kept for the
// window's life (sessionStorage), so Back to the results after opening one shows them again.
const KEY = 'contact-records.search';

function stored(): string {
  try {
    return sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export const searchState = $state<{ text: string }>({ text: stored() });

export function setSearch(text: string): void {
  searchState.text = text;
  try {
    sessionStorage.setItem(KEY, text);
  } catch {
    // Storage refused (private mode): the search still runs, only Back forgets it.
  }
}
