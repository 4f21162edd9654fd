// The screens of an open file come in a chunk of their own (Screens.svelte), so that a start
// parses only what the first screen needs (set-up, unlock); App.svelte asks for the chunk once
// that screen is painted, before anyone unlocks, and again when it shows a screen of the file.
let screens: Promise<typeof import('../Screens.svelte')> | null = null;

export function loadScreens(): Promise<typeof import('../Screens.svelte')> {
  return (screens ??= import('../Screens.svelte'));
}
