import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { baseArgs, executablePath } from './tests/e2e/chromium.ts';

// Debian's Chromium (tests/e2e/chromium.ts): Playwright's own download is not used.
if (!existsSync(executablePath)) {
  throw new Error(
    `No Chromium at ${executablePath}. Install Debian's package (apt-get install -y chromium-headless-shell) or set CHROMIUM_PATH.`
  );
}

const PORT = Number(process.env.E2E_PORT ?? 4173);
/** Served under a sub-path, as a newsroom would host it. */
export const BASE_PATH = '/graphics/story/';
const ONCE = /(walk|embed|offline|in-sight|trusted-types|events|handout|slides|presenter|editions|opening-map)\.spec/;
/**
 * The specs that hold for any story folder. With STORY set (scripts/test-story.sh), only these run,
 * on the site built from that folder: every step reached, the framed places in sight, the SVG map,
 * the slides, the offline file, the editions, axe.
 */
const GENERIC = /(walk|in-sight|fallback|a11y|a11y-svg|slides|offline|editions|text-first|classroom|trusted-types|opening-map)\.spec/;
const GENERIC_ONCE = /(walk|offline|in-sight|trusted-types|slides|editions|opening-map)\.spec/;
const OTHER_STORY = !!process.env.STORY;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  timeout: 240_000,
  expect: { timeout: 20_000 },
  // The browser tests mostly wait (for a camera's flight, a debounce, a page load): side by side,
  // three at a time keep two cores busy. Each test opens its own page; none shares state with another.
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 3),
  retries: 0,
  forbidOnly: !!process.env.CI,
  // The JSON report keeps each test's duration (test-results/e2e.json), for finding the slow ones.
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    launchOptions: { executablePath, args: baseArgs },
    trace: 'off'
  },
  projects: [
    { name: 'phone', testIgnore: ONCE, ...(OTHER_STORY ? { testMatch: GENERIC } : {}), use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 } },
    { name: 'desktop', testIgnore: ONCE, ...(OTHER_STORY ? { testMatch: GENERIC } : {}), use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 } },
    // Specs that set the window's size themselves (the random walk, the iframe) or test one file: run once.
    { name: 'once', testMatch: OTHER_STORY ? GENERIC_ONCE : ONCE, use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 } }
  ],
  webServer: {
    // E2E_DIST serves another build (see OUT_DIR in scripts/build.ts).
    command: `npx tsx scripts/serve.ts ${process.env.E2E_DIST ?? 'dist'} --port ${PORT} --base ${BASE_PATH}`,
    url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000
  }
});
