/**
 * Watches a page for what must never happen: a request that leaves the origin,
 * a console error, an uncaught exception, a Content-Security-Policy violation.
 */
import { expect, type Page } from '@playwright/test';

export interface Watch {
  offOrigin: string[];
  errors: string[];
  cspViolations: () => Promise<string[]>;
  expectClean: () => Promise<void>;
}

/** `origin`: the page's own origin, or `file:` for a page opened from disk. */
export async function watch(page: Page, origin: string): Promise<Watch> {
  const offOrigin: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) offOrigin.push(url);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  // Runs through the DevTools protocol, so the page's own CSP does not block it.
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const cspViolations = () => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  return {
    offOrigin,
    errors,
    cspViolations,
    async expectClean() {
      expect(offOrigin, 'requests that left the origin').toEqual([]);
      expect(errors, 'console errors and uncaught exceptions').toEqual([]);
      expect(await cspViolations(), 'Content-Security-Policy violations').toEqual([]);
    }
  };
}
