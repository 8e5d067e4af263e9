import { test } from '@playwright/test';
import { scanTopMiddleEnd } from './axe.ts';
import { baseArgs, executablePath } from './chromium.ts';

// WebGL off for the whole file: the story runs on the SVG map.
test.use({
  launchOptions: {
    executablePath,
    args: [...baseArgs, '--disable-webgl', '--disable-webgl2']
  }
});

test('axe finds nothing at the top, in the middle and at the end of the story on the SVG map', async ({ page }) => {
  await scanTopMiddleEnd(page, /svg/);
});
