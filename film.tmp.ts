import { chromium } from 'playwright-core';
import { writeFileSync, mkdirSync } from 'node:fs';
import { startFilm, visualProgress } from './scripts/lib/bench-film.ts';
import { INIT_SCRIPT } from './scripts/lib/bench-inpage.ts';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-quic', '--no-first-run'] });
const ctx = await b.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
await ctx.addInitScript({ content: INIT_SCRIPT });
const p = await ctx.newPage();
const film = await startFilm(p, { width: 390, height: 844 });
await p.goto('http://localhost:4195/', { waitUntil: 'load' });
await p.waitForSelector('[data-map="ready"]');
await p.waitForTimeout(2000);
const t0 = await p.evaluate(() => performance.timeOrigin);
const frames = await film.stop();
const vp = await visualProgress(b, frames, t0);
console.log(JSON.stringify(vp.frames), vp.complete, vp.speedIndex);
const conv = await (await b.newContext()).newPage();
mkdirSync('/tmp/bfilm', { recursive: true });
for (const [i, f] of frames.entries()) {
  const png = await conv.evaluate(`new Promise(r => { const im = new Image(); im.onload = () => { const c = document.createElement('canvas'); c.width = im.width; c.height = im.height; c.getContext('2d').drawImage(im, 0, 0); r(c.toDataURL('image/png').split(',')[1]); }; im.src = 'data:image/jpeg;base64,${f.data}'; })`) as string;
  writeFileSync(`/tmp/bfilm/${String(i).padStart(2, '0')}-${Math.round(f.at - t0)}.png`, Buffer.from(png, 'base64'));
}
await b.close();
