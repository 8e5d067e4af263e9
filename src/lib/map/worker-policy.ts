/**
 * The page runs under Trusted Types (`require-trusted-types-for 'script'`,
 * see scripts/build.ts): a plain string given to a script sink throws. The
 * one such sink the page needs is MapLibre's `new Worker(url)`, inside the
 * library, where it cannot be handed a TrustedScriptURL; so the page sets the
 * `default` policy, which the browser asks about every plain string, and it
 * lets through exactly the map's worker and nothing else (any other string is
 * refused, and reported as a violation, as without a policy).
 *
 * On a web host that is the worker file's URL. In the offline copy MapLibre
 * starts the worker from a `data:` URL it makes of the worker's source
 * (src/lib/modes/offline-worker.ts), so there the policy compares the source.
 */

interface TrustedTypePolicyFactory {
  defaultPolicy: unknown;
  createPolicy(name: string, rules: { createScriptURL: (input: string) => string | null }): unknown;
}

export const DEFAULT_POLICY = 'default';

const urls = new Set<string>();
const sources = new Set<string>();

function absolute(url: string): string | null {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return null;
  }
}

/** A URL of the worker itself, or of a `data:` URL holding its very source. */
export function isWorkerUrl(url: string): boolean {
  const href = absolute(url);
  if (href !== null && [...urls].some((u) => absolute(u) === href)) return true;
  const data = /^data:text\/javascript(;[^,]*)?,/.exec(url);
  if (!data || /;base64$/i.test(data[1] ?? '')) return false;
  try {
    return sources.has(decodeURIComponent(url.slice(data[0].length)));
  } catch {
    return false;
  }
}

/**
 * Lets MapLibre start its worker from `url` (and, given the worker's
 * `source`, from a `data:` URL of it). Call before the first map.
 */
export function allowWorker(url: string, source?: string): void {
  urls.add(url);
  if (source !== undefined) sources.add(source);
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  // Browsers without Trusted Types enforce nothing; a second call only adds to what is allowed.
  if (!factory || factory.defaultPolicy) return;
  factory.createPolicy(DEFAULT_POLICY, { createScriptURL: (input) => (isWorkerUrl(input) ? input : null) });
}
