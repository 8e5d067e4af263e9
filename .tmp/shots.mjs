import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-quic','--no-first-run','--disable-background-networking'] });
const [,, ...specs] = process.argv;
for (const spec of specs) {
  const [id, w, h] = spec.split(':');
  const p = await b.newPage({ viewport: { width: +w, height: +h }, reducedMotion: 'reduce' });
  await p.goto(`http://127.0.0.1:4173/graphics/story/#${id}`);
  await p.waitForSelector(`.map-stage[data-map=ready][data-scene=${id}]`, { timeout: 60000 });
  await p.waitForTimeout(400);
  await p.screenshot({ path: `/tmp/shot-${id}-${w}x${h}.png` });
  await p.close();
}
await b.close();
