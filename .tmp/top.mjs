import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-quic','--no-first-run','--disable-background-networking'] });
for (const [w,h] of [[390,844],[844,390],[1280,800]]) {
  const p = await b.newPage({ viewport: { width: w, height: h } });
  await p.goto('http://127.0.0.1:4173/graphics/story/');
  await p.waitForSelector('.map-stage[data-map=ready][data-scene]', { timeout: 60000 });
  await p.waitForTimeout(800);
  await p.screenshot({ path: `/tmp/top-${w}x${h}.png` });
  await p.close();
}
await b.close();
