/**
 * The charts, the legend and the people as a reader (and a screen reader)
 * meets them: each chart shows its numbers and carries a text alternative,
 * grows with progress, names its source; the legend lists what the map shows
 * in the map's own symbols; every person gets a card with a status.
 */
import { describe, expect, it } from 'vitest';
import { render, within } from '@testing-library/svelte';
import story from 'virtual:story';
import { sceneAt } from '../../src/lib/scene/scene.ts';
const CHARTS = Object.keys(story.charts);
import { sourceIdsOf } from '../../src/lib/content/source-ref.ts';
import Chart from '../../src/components/charts/Chart.svelte';
import Legend from '../../src/components/Legend.svelte';
import StepCard from '../../src/components/StepCard.svelte';
import App from '../../src/App.svelte';
import Overlay from '../../src/components/map/Overlay.svelte';
import People from '../../src/components/map/People.svelte';
import { mapFrameContext } from '../../src/components/map/map-frame';
import { markersOf } from '../../src/lib/charts/markers.ts';


const nbsp = (s: string | null | undefined) => (s ?? '').replace(/\u202f|\u00a0/g, ' ');
const stepWith = (pred: (s: (typeof story.steps)[number]) => boolean) => story.steps.find(pred)!;

/** What each chart must show and say: visible numbers, and the numbers in its table. */
const expected: Record<string, { shown: string[]; table: string[] }> = {
  'seizures-by-country': {
    shown: ['Belgium', '123 t', '116 t', 'Spain', '118 t', 'Netherlands', '59 t', 'Rest of Europe', '119 t', '419 t', '72%', 'derived'],
    table: ['123 t', '116 t', '118 t', '59 t', '119 t', '419 t', '72%', '419 − 123 − 118 − 59']
  },
  'seized-vs-flow': {
    shown: ['419 t ÷ 0.20 = 2,095 t', '419 t ÷ 0.10 = 4,190 t', 'derived', '20%', '10%'],
    table: ['2,095 t', '4,190 t', '419 t ÷ 0.20', '419 t ÷ 0.10', 'derived']
  },
  'brussels-shootings': {
    shown: ['2024', '92', '9 dead, 48 injured', '2025', '57', 'by the autumn', 'partial'],
    table: ['92', '57', '9 dead, 48 injured', 'by the autumn']
  },
  'justice-timeline': {
    shown: ['2019', '2021', 'December 2023', 'January 2024', '25 June 2024', 'September 2024', 'summer 2025', 'Extradition', 'Murder', 'Verdict'],
    table: []
  }
};

describe.each(CHARTS)('chart %s', (id) => {
  it('shows its numbers, with its source', () => {
    const { container } = render(Chart, { id, story });
    const figure = container.querySelector(`[data-chart="${id}"]`) as HTMLElement;
    expect(figure).not.toBeNull();
    const graphic = figure.querySelector('.graphic') as HTMLElement;
    expect(graphic).toHaveAttribute('aria-hidden', 'true');
    // Text that is shown: the drawing and the readable list, not the screen-reader table.
    const shown = nbsp([...figure.querySelectorAll('.graphic, ol, figcaption')].map((e) => e.textContent).join(' '));
    for (const text of expected[id]!.shown) expect(shown, `${id} shows ${text}`).toContain(text);
    const source = figure.querySelector('[data-source-line]');
    expect(source?.textContent).toMatch(new RegExp(`^(${story.strings.source}|${story.strings.sources}): `));
  });

  it('gives screen readers a description and the numbers', () => {
    const { container } = render(Chart, { id, story });
    const figure = container.querySelector(`[data-chart="${id}"]`) as HTMLElement;
    const description = figure.querySelector('figcaption + p');
    expect(description?.textContent?.length).toBeGreaterThan(40);
    expect(description).toHaveClass('visually-hidden');
    const table = figure.querySelector('table');
    if (expected[id]!.table.length) {
      expect(table).not.toBeNull();
      expect(table!.closest('.visually-hidden')).not.toBeNull();
      expect(table!.querySelector('caption')?.textContent).toBeTruthy();
      const text = nbsp(table!.textContent);
      for (const t of expected[id]!.table) expect(text, `${id} table has ${t}`).toContain(t);
    } else {
      // The timeline's list is itself the text: every event, with its date, outside the hidden drawing.
      const items = within(figure).getAllByRole('listitem');
      expect(items).toHaveLength(story.datasets['timeline']!.rows.length);
      for (const item of items) expect(item.closest('[aria-hidden="true"]')).toBeNull();
    }
  });

  it('grows with progress and is finished at 1 (the default)', async () => {
    const { container, rerender } = render(Chart, { id, story, progress: 0 });
    const grown = () => [...container.querySelectorAll('[data-grown]')].map((e) => Number(e.getAttribute('data-grown')));
    const symbols = () => [...container.querySelectorAll('.strip .symbol')].map((e) => e.getAttribute('transform'));
    if (id === 'justice-timeline') expect(symbols().every((t) => t?.endsWith('scale(0)'))).toBe(true);
    else expect(grown().every((g) => g === 0)).toBe(true);
    await rerender({ id, story, progress: 0.2 });
    if (id !== 'justice-timeline') expect(grown().some((g) => g > 0 && g <= 1)).toBe(true);
    await rerender({ id, story, progress: 1 });
    if (id === 'justice-timeline') expect(symbols().every((t) => t?.endsWith('scale(1)'))).toBe(true);
    else expect(grown().every((g) => g === 1)).toBe(true);
    // Numbers are written in full at every progress: only the drawing grows.
    await rerender({ id, story, progress: 0 });
    const shown = nbsp(container.textContent);
    for (const text of expected[id]!.shown) expect(shown).toContain(text);
  });
});

describe('the seizures chart', () => {
  it('draws Antwerp inside Belgium and the rest of Europe hatched', () => {
    const { container } = render(Chart, { id: 'seizures-by-country', story });
    const belgium = container.querySelector('[data-bar="belgium"]')!;
    const bar = Number(belgium.querySelector('.bar')!.getAttribute('width')!.replace('%', ''));
    const part = Number(belgium.querySelector('.part')!.getAttribute('width')!.replace('%', ''));
    expect(part).toBeLessThan(bar);
    expect(part / bar).toBeCloseTo(116 / 123, 3);
    expect(container.querySelector('[data-bar="rest"] .bar')!.getAttribute('fill')).toMatch(/^url\(#/);
  });
});

describe('the shootings chart', () => {
  it('draws the partial year open and says so', () => {
    const { container } = render(Chart, { id: 'brussels-shootings', story });
    const partial = container.querySelector('[data-bar="2025"] .bar')!;
    expect(partial).toHaveClass('partial');
    expect(partial.getAttribute('fill')).toMatch(/^url\(#/);
    expect(container.querySelector('[data-bar="2024"] .bar')).not.toHaveClass('partial');
  });
});

describe('StepCard', () => {
  it('draws the chart finished when the step is not active, and from progress when it is', () => {
    const step = stepWith((s) => s.chart === 'seizures-by-country');
    const grown = (c: HTMLElement) => Number(c.querySelector('[data-bar="belgium"]')!.getAttribute('data-grown'));
    const idle = render(StepCard, { step, story, active: false, progress: 0 });
    expect(grown(idle.container)).toBe(1);
    idle.unmount();
    const reading = render(StepCard, { step, story, active: true, progress: 0 });
    expect(grown(reading.container)).toBe(0);
    reading.unmount();
    const untold = render(StepCard, { step, story, active: true });
    expect(grown(untold.container)).toBe(1);
  });

  it('names the sources of the people it puts on the map', () => {
    const step = stepWith((s) => (s.people?.length ?? 0) > 1);
    const { container } = render(StepCard, { step, story, active: false });
    const line = container.querySelector('.people-sources')!;
    for (const id of step.people!) {
      for (const source of sourceIdsOf(story.people[id]!.source)) {
        const title = story.sources.find((s) => s.id === source)!.title;
        expect(line.textContent).toContain(title);
      }
    }
  });
});

describe('every figure shown has its source at hand', () => {
  it('each key figure, chart and people line in the story names a source listed in the sources chapter', () => {
    const { container } = render(App, { story });
    const titles = story.sources.map((s) => s.title);
    const sourced = [...container.querySelectorAll<HTMLElement>('[data-figure], [data-chart]')];
    expect(sourced.length).toBe(story.steps.filter((s) => s.figure).length + story.steps.filter((s) => s.chart).length);
    for (const el of sourced) {
      const line = el.querySelector('[data-source-line], .source');
      expect(line, `${el.dataset.figure ?? el.dataset.chart} has a source line`).not.toBeNull();
      const text = line!.textContent ?? '';
      expect(text.startsWith(story.strings.source) || text.startsWith(story.strings.sources)).toBe(true);
      expect(titles.some((t) => text.includes(t))).toBe(true);
    }
    for (const step of story.steps.filter((s) => s.people?.length)) {
      expect(container.querySelector(`[data-step="${step.id}"] .people-sources`)).not.toBeNull();
    }
    for (const s of story.sources) expect(document.getElementById(`source-${s.id}`)).not.toBeNull();
  });
});

describe('Legend', () => {
  const circles = sceneAt(story, story.steps.findIndex((s) => s.circles === 'seizures'), 1).circleScale;
  it.each(story.steps.map((s) => [s.id, s.index] as const))('lists what the map shows at %s', (_id, index) => {
    const scene = sceneAt(story, index, 1);
    const { container } = render(Legend, { keys: scene.legend, markers: scene.markers, strings: story.strings, colors: story.theme.colors, circles });
    const legend = container.querySelector('.legend')!;
    expect(legend).toHaveAttribute('aria-hidden', 'true');
    expect([...legend.querySelectorAll('li')].map((li) => li.getAttribute('data-key'))).toEqual(scene.legend);
    expect(legend.querySelectorAll('.key-circle').length).toBe(scene.circles.length ? 3 : 0);
  });

  it('draws each kind of place exactly as the map does, and circles at the map\'s scale', () => {
    const viewport = { width: 390, height: 844 };
    const index = story.steps.findIndex((s) => s.circles === 'seizures');
    const scene = {
      ...sceneAt(story, index, 1),
      places: (['cartagena', 'antwerp', 'brussels', 'dubai'] as const).map((id) => {
        const p = story.places[id]!;
        const marker = markersOf(story.placeKinds, story.theme.colors)[p.kind]!;
        return { id, name: p.name, kind: p.kind, marker, labelPriority: story.placeKinds[p.kind]!.labelPriority, lon: p.lon, lat: p.lat, focus: false };
      })
    };
    const map = render(Overlay, {
      props: { scene, routes: {}, strings: story.strings, colors: story.theme.colors },
      context: mapFrameContext({
        project: () => [100, 100] as [number, number],
        width: viewport.width,
        height: viewport.height,
        region: { left: 0, top: 0, right: viewport.width, bottom: viewport.height }
      })
    });
    const key = render(Legend, { keys: ['origin', 'entry', 'city', 'haven', 'circles'], markers: markersOf(story.placeKinds, story.theme.colors), strings: story.strings, colors: story.theme.colors, circles, viewport });
    const look = (el: Element) => ({
      tag: el.tagName,
      r: el.getAttribute('r'),
      width: el.getAttribute('width'),
      rotated: (el.getAttribute('transform') ?? '').startsWith('rotate(45'),
      fill: el.getAttribute('fill'),
      stroke: el.getAttribute('stroke')
    });
    for (const [id, kind] of [['cartagena', 'origin'], ['antwerp', 'entry'], ['brussels', 'city'], ['dubai', 'haven']] as const) {
      const onMap = map.container.querySelector(`[data-place="${id}"]`)!;
      const inKey = key.container.querySelector(`[data-key="${kind}"] .marker`)!;
      expect(look(inKey), kind).toEqual(look(onMap));
    }
    // The entry port is a square: a shape of its own, not only a colour.
    expect(map.container.querySelector('[data-place="antwerp"]')!.tagName).toBe('rect');
    expect(map.container.querySelector('[data-place="cartagena"]')!.tagName).toBe('circle');
    // The largest circle on the map and a key circle of the same tonnage would be the same size.
    const belgium = map.container.querySelector('[data-value="123"]')!;
    const keyCircles = [...key.container.querySelectorAll('.key-circle')];
    const r100 = Number(keyCircles.find((c) => c.getAttribute('data-value') === '100')!.getAttribute('r'));
    expect(Number(belgium.getAttribute('r')) / r100).toBeCloseTo(Math.sqrt(123 / 100), 6);
  });
});

describe('People', () => {
  it('draws a card per person with name, nickname and status', () => {
    const step = stepWith((s) => (s.people?.length ?? 0) === 3);
    const scene = sceneAt(story, step.index, 1);
    const { container } = render(People, {
      props: { people: scene.people, strings: story.strings },
      context: mapFrameContext({
        project: (lon: number, lat: number) => [200 + lon, 400 - lat * 4] as [number, number],
        width: 390,
        height: 844,
        region: { left: 12, top: 12, right: 378, bottom: 360 }
      })
    });
    const cards = [...container.querySelectorAll<HTMLElement>('[data-person]')];
    expect(cards.map((c) => c.dataset.person)).toEqual(step.people);
    for (const card of cards) {
      const person = story.people[card.dataset.person!]!;
      expect(card).toHaveTextContent(person.name);
      if (person.alias) expect(card).toHaveTextContent(person.alias);
      expect(card).toHaveTextContent(story.strings.people.status[person.status]!);
      expect(card.dataset.status).toBe(person.status);
    }
    // Three people in one place: one bracket gathers them, with a line to the place.
    expect(container.querySelectorAll('[data-leader]').length).toBe(1 + 1 + 3);
    expect(container.querySelector('.people')).toHaveAttribute('aria-hidden', 'true');
  });

  it('keeps the hedge of a whereabouts on a phone-sized card, where the detail gives way', () => {
    const atLarge = story.steps.filter((s) => (s.people ?? []).some((id) => story.people[id]!.status === 'at-large'));
    expect(atLarge.length).toBeGreaterThan(0);
    for (const step of atLarge) {
      const scene = sceneAt(story, step.index, 1);
      const props = { people: scene.people, strings: story.strings };
      const project = (lon: number, lat: number) => [200 + lon, 400 - lat * 4] as [number, number];
      for (const region of [{ left: 12, top: 12, right: 378, bottom: 360 }, { left: 12, top: 12, right: 1200, bottom: 700 }]) {
        const { container, unmount } = render(People, { props, context: mapFrameContext({ project, width: region.right + 12, height: 844, region }) });
        for (const card of container.querySelectorAll<HTMLElement>('[data-status="at-large"]')) {
          const person = story.people[card.dataset.person!]!;
          expect(card.querySelector('[data-whereabouts]'), `${step.id}: ${person.id}`).toHaveTextContent(person.whereabouts!);
          expect(person.whereabouts).toMatch(/\bbelieved\b/i);
        }
        const narrow = region.right < 560;
        expect(container.querySelectorAll('.detail').length, step.id).toBe(narrow ? 0 : scene.people.length);
        unmount();
      }
    }
  });

  it('draws nothing when the scene has no people', () => {
    const { container } = render(People, {
      props: { people: [], strings: story.strings },
      context: mapFrameContext({ project: () => [0, 0] as [number, number], width: 390, height: 844, region: { left: 0, top: 0, right: 390, bottom: 844 } })
    });
    expect(container.querySelector('.people')).toBeNull();
  });
});

describe('the fugitives\' lines', () => {
  const circles = sceneAt(story, story.steps.findIndex((s) => s.circles === 'seizures'), 1).circleScale;
  const index = story.steps.findIndex((s) => s.id === 'extraditions');
  const scene = sceneAt(story, index, 1);
  // A projection that spreads the places apart: longitude and latitude as pixels.
  const project = (lon: number, lat: number) => [100 + lon * 5, 400 - lat * 5] as [number, number];
  const overlay = () =>
    render(Overlay, {
      props: { scene, routes: {}, strings: story.strings, colors: story.theme.colors },
      context: mapFrameContext({ project, width: 600, height: 400, region: { left: 0, top: 0, right: 600, bottom: 400 } })
    });

  it('draws the way out and the way back, told apart by dash and arrowhead as well as colour', () => {
    const map = overlay().container;
    const fled = map.querySelector('[data-kind="fled"]')!;
    const returned = map.querySelector('[data-kind="returned"]')!;
    expect(fled.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(returned.getAttribute('stroke-dasharray')).toBeNull();
    expect(fled.getAttribute('stroke')).not.toBe(returned.getAttribute('stroke'));
    expect(map.querySelectorAll('.flight-arrow').length).toBe(scene.flights.filter((f) => f.kind === 'returned').length);
    expect([...map.querySelectorAll('[data-flight]')].map((p) => p.getAttribute('data-flight'))).toEqual(scene.flights.map((f) => f.id));
    expect(map.querySelector('[data-flight="returned-dubai-antwerp"]')).toHaveAttribute('data-people', 'el-hajjioui el-ballouti');
  });

  it('lists every line of the scene even before it has grown, with nothing drawn yet', () => {
    const start = sceneAt(story, index, 0);
    const map = render(Overlay, {
      props: { scene: start, routes: {}, strings: story.strings, colors: story.theme.colors },
      context: mapFrameContext({ project, width: 600, height: 400, region: { left: 0, top: 0, right: 600, bottom: 400 } })
    }).container;
    const paths = [...map.querySelectorAll('[data-flight]')];
    expect(paths.map((p) => p.getAttribute('data-flight'))).toEqual(start.flights.map((f) => f.id));
    expect(paths.every((p) => p.getAttribute('d') === '' && p.getAttribute('data-drawn') === '0')).toBe(true);
    expect(map.querySelector('.flight-arrow')).toBeNull();
  });

  it('keys each kind of line exactly as the map draws it, with a note on what the lines join', () => {
    const map = overlay().container;
    const key = render(Legend, { keys: scene.legend, markers: scene.markers, strings: story.strings, colors: story.theme.colors, circles }).container;
    const look = (el: Element) => ['stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap'].map((a) => el.getAttribute(a));
    for (const kind of ['fled', 'returned'] as const) {
      const inKey = key.querySelector(`[data-key="${kind}"] .flight`)!;
      expect(look(inKey), kind).toEqual(look(map.querySelector(`[data-kind="${kind}"]`)!));
      expect(key.querySelector(`[data-key="${kind}"]`)).toHaveTextContent(kind === 'fled' ? story.strings.legendFled : story.strings.legendReturned);
    }
    expect(key.querySelector('[data-key="returned"] .flight-arrow')).not.toBeNull();
    expect(key.querySelector('[data-legend-note]')).toHaveTextContent(story.strings.legendFlightsNote);
  });

  it('leaves the note out where the map draws no lines', () => {
    const plain = story.steps.findIndex((s) => !s.people);
    const key = render(Legend, { keys: sceneAt(story, plain, 1).legend, markers: sceneAt(story, plain, 1).markers, strings: story.strings, colors: story.theme.colors, circles }).container;
    expect(key.querySelector('[data-legend-note]')).toBeNull();
    expect(key.querySelector('.flight')).toBeNull();
  });
});

describe('the strip of a bars chart', () => {
  it('writes each part\'s value where the part has room for it, and leaves the narrow ones to their bars', async () => {
    const { loadStory } = await import('../../src/lib/content/load.ts');
    const ferries = loadStory('tests/fixtures/visayas');
    const values = (s: typeof story, id: string) => [...render(Chart, { id, story: s }).container.querySelectorAll('.stack .segment-value')].map((t) => nbsp(t.textContent));
    // This story's four parts (29, 28, 14 and 28 % of the whole) all have room.
    expect(values(story, 'seizures-by-country')).toEqual(['123 t', '118 t', '59 t', '119 t']);
    // The example's eight: the two largest (37 and 16 %); 410,000 (12 %) and the smaller would run into their neighbours.
    expect(values(ferries, 'passengers-by-harbour')).toEqual(['1,240,000', '520,000']);
  });
});
