import { test } from '@playwright/test';
import { scanTopMiddleEnd } from './axe.ts';

// WebGL off for the whole file: the story runs on the SVG map.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-webgl', '--disable-webgl2']
  }
});

test('axe finds nothing at the top, in the middle and at the end of the story on the SVG map', async ({ page }) => {
  await scanTopMiddleEnd(page, /svg/);
});
