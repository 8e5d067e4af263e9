/**
 * The browser the tests drive: Debian's `chromium-headless-shell`, Chromium's
 * own engine built without the desktop browser's window and profile machinery
 * (what Playwright runs for headless tests by default). On these two cores it
 * ran the whole suite in 10.3-11.5 min against 14-15 min for the full
 * `chromium`. It also lays a reloaded page out a little differently, which
 * showed that restoring a pixel offset can land on the wrong step
 * (src/lib/scroll/reading-place.ts). CHROMIUM_PATH points elsewhere. The
 * bench keeps the full browser, which is what readers have.
 */
export const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell';

/** Flags for every launch. A spec's own `launch` replaces the configuration's, so it passes these too. */
export const baseArgs = ['--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
