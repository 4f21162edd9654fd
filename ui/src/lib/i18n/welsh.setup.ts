// The unit tests switch language synchronously (setLang('cy') then look): the app fetches the
// Welsh catalogue when it is chosen (index.svelte.ts); the tests have it from the start.
import { cy } from './cy';
import { useWelsh } from './index.svelte';

useWelsh(cy);
