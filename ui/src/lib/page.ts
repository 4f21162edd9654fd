// What happens on every route change, for keyboard and screen reader users: once the new page's
// main heading is there (screens load their data first), focus moves to it, and the window title
// names the page. The title follows the heading afterwards too (a language switch changes both).
import { setWindowTitle, t } from './i18n/index.svelte';

/** The words of a heading as a title: without status tags and text only screen readers hear. */
export function headingTitle(h: HTMLElement): string {
  const copy = h.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.govuk-tag, .govuk-visually-hidden, .govuk-caption-l').forEach((n) => n.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function pageTitle(heading: string): string {
  return heading ? `${heading} – ${t('app.title')}` : t('app.title');
}

/** Watches `main`: names the window after its heading, and focuses the heading when asked. */
export class PageWatcher {
  private wantFocus = false;
  private observer: MutationObserver;

  constructor(private main: HTMLElement) {
    this.observer = new MutationObserver(() => this.check());
    this.observer.observe(main, { childList: true, subtree: true, characterData: true });
  }

  /** A new route: focus its heading as soon as it appears. */
  routeChanged(): void {
    this.wantFocus = true;
    queueMicrotask(() => this.check());
  }

  check(): void {
    const h1 = this.main.querySelector('h1');
    if (!h1) return;
    const title = pageTitle(headingTitle(h1));
    if (title !== document.title) {
      document.title = title;
      void setWindowTitle(title);
    }
    if (this.wantFocus) {
      this.wantFocus = false;
      h1.setAttribute('tabindex', '-1');
      h1.focus({ preventScroll: true });
      window.scrollTo(0, 0);
    }
  }

  stop(): void {
    this.observer.disconnect();
  }
}
