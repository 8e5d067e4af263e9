/**
 * The Trusted Types part of both builds' Content-Security-Policy: no string
 * reaches a script sink (`innerHTML`, a script's `src`, a worker's URL) unless
 * one of these named policies made it. Svelte builds its templates through
 * `svelte-trusted-html`; the page's `default` policy passes MapLibre's worker
 * URL and nothing else (src/lib/map/worker-policy.ts). A policy the page
 * creates under another name is refused, so a library that starts needing
 * one shows up in tests/e2e/trusted-types.spec.ts, not in a reader's browser.
 */
export const TRUSTED_TYPES = ["require-trusted-types-for 'script'", 'trusted-types svelte-trusted-html default'];
