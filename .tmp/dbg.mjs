import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-quic','--no-first-run','--disable-background-networking'] });
const p = await b.newPage({ viewport: { width: 390, height: 844 } });
await p.goto('http://127.0.0.1:4173/graphics/story/#unresolved');
await p.waitForSelector('.map-stage[data-map=ready][data-scene=unresolved]', { timeout: 60000 });
await p.waitForTimeout(500);
console.log(await p.evaluate(() => JSON.stringify({free: document.querySelector('.map-stage').dataset.free, cards: [...document.querySelectorAll('[data-person]')].map(e => { const r = e.getBoundingClientRect(); return [e.dataset.person, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)]; }), places: [...document.querySelectorAll('[data-place]')].map(e => { const r = e.getBoundingClientRect(); return [e.dataset.place, Math.round(r.x), Math.round(r.y)]; }) })));
await p.screenshot({ path: '/tmp/unresolved.png' });
await b.close();
