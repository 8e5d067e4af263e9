/**
 * The fugitives' way out and the way back, as lines of a Scene. Pure, like
 * sceneAt that calls it: the same people and progress give the same lines.
 * The lines join places of the story (where someone lived or was tried, the
 * place they went to, the country that got them back), not known addresses or journeys.
 */
import type { Person, Place } from '../content/schema';
import type { LonLat } from '../geo/camera';
import { clamp01, grownFraction } from './growth';

export type FlightKind = 'fled' | 'returned';

export interface SceneFlight {
  /** `<kind>-<from>-<to>`, so two people on the same line share it. */
  id: string;
  kind: FlightKind;
  /** Place ids of the two ends, in the direction of travel. */
  from: string;
  to: string;
  /** Longitude and latitude of `from` and `to`. */
  ends: [LonLat, LonLat];
  /** Ids of the people the line stands for, in the step's order. */
  people: string[];
  /** How much of the line is drawn, 0 to 1, from its `from` end. */
  drawn: number;
}

/**
 * Lines are whole by this far through the step: the step leaves the screen at
 * progress 1, so a line finished only then would never be seen whole while
 * its text is read.
 */
export const FLIGHTS_DONE = 0.8;

/**
 * The lines of the given people: each one's way out (from → to) and, for
 * those sent back, the way back (to → returnedTo). The ways out grow first;
 * the ways back start only once every way out is drawn, so the order on the
 * map is the order of events.
 */
export function flightsOf(people: readonly Person[], place: (id: string) => Place, progress: number): SceneFlight[] {
  const lines = new Map<string, Omit<SceneFlight, 'drawn'>>();
  const add = (kind: FlightKind, from: string, to: string, person: string) => {
    const id = `${kind}-${from}-${to}`;
    const line = lines.get(id);
    if (line) {
      if (!line.people.includes(person)) line.people.push(person);
      return;
    }
    const a = place(from);
    const b = place(to);
    lines.set(id, { id, kind, from, to, ends: [[a.lon, a.lat], [b.lon, b.lat]], people: [person] });
  };
  for (const p of people) add('fled', p.from, p.to, p.id);
  for (const p of people) if (p.returnedTo !== undefined) add('returned', p.to, p.returnedTo, p.id);

  const all = [...lines.values()];
  const fled = all.filter((l) => l.kind === 'fled');
  const returned = all.filter((l) => l.kind === 'returned');
  const t = clamp01(progress / FLIGHTS_DONE);
  // With ways back to draw, the ways out take the first half of the time.
  const split = returned.length ? 0.5 : 1;
  const out = clamp01(t / split);
  const back = returned.length ? clamp01((t - split) / (1 - split)) : 0;
  return [
    ...fled.map((l, i) => ({ ...l, drawn: grownFraction(out, i, fled.length) })),
    ...returned.map((l, i) => ({ ...l, drawn: grownFraction(back, i, returned.length) }))
  ];
}
