import './styles/app.scss';
import { mount } from 'svelte';
import App from './App.svelte';
import { loadWelsh, locale } from './lib/i18n/index.svelte';

// Welsh chosen last time: its catalogue first (it is not in the start bundle), so that the first
// screen is in Welsh; if it cannot be fetched, the app starts in English.
const ready = locale.lang === 'cy' ? loadWelsh().catch(() => {}) : Promise.resolve();
const target = document.getElementById('app');
if (target) void ready.then(() => mount(App, { target }));
