/**
 * The one place that says what a copy or data file may contain. The story's
 * types are inferred from these schemas, so a field added here is typed
 * everywhere at once.
 */
import { z } from 'zod';
import { MAX_ZOOM } from '../geo/camera.ts';

import { Slug, SourceRef, Text } from './primitives.ts';
import { DeclarationsSchema, Units, type ChartDecl, type Dataset, type PlaceKind, type Status, type SymbolShape } from './declarations.ts';

export { Slug, SourceRef, Text, Units };

/** ArchieML gives every value as a string; these turn them into typed values. */
const NumberText = z
  .string()
  .trim()
  .regex(/^-?\d+(\.\d+)?$/, { message: 'a number such as 6 or 4.5' })
  .transform(Number);

const CoordText = z
  .string()
  .trim()
  .regex(/^-?\d+(\.\d+)?\s*,\s*-?\d+(\.\d+)?$/, { message: 'a coordinate "longitude, latitude" such as "4.40, 51.26"' })
  .transform((s) => s.split(',').map((n) => Number(n.trim())) as [number, number])
  .refine(([lon, lat]) => Math.abs(lon) <= 180 && Math.abs(lat) <= 90, {
    message: 'a longitude between -180 and 180 and a latitude between -90 and 90'
  });

const IdList = z
  .string()
  .trim()
  .transform((s) => s.split(',').map((id) => id.trim()).filter(Boolean))
  .pipe(z.array(Slug).min(1, { message: 'one or more ids separated by commas' }));

/**
 * A calendar day as YYYY-MM-DD (ISO 8601), checked to exist: it goes into
 * `<time datetime>` and the article's metadata, which want exactly this form.
 */
export const IsoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a date as YYYY-MM-DD, such as 2025-11-28', abort: true })
  .refine(
    (s) => {
      const [y, m, d] = s.split('-').map(Number) as [number, number, number];
      const day = new Date(Date.UTC(y, m - 1, d));
      return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
    },
    { message: 'a date that exists, as YYYY-MM-DD' }
  );

export const BoolText = z.enum(['true', 'false'], { message: '"true" or "false"' }).transform((s) => s === 'true');

export const Lon = z.number({ message: 'a longitude (number)' }).min(-180).max(180);
export const Lat = z.number({ message: 'a latitude (number)' }).min(-90).max(90);

export const PlaceSchema = z.strictObject({
  id: Slug,
  name: Text,
  country: Text,
  /** One of the kinds of place story.json declares: how the map marks it. */
  kind: Slug,
  lon: Lon,
  lat: Lat
});

export const SourceSchema = z.strictObject({
  id: Slug,
  title: Text,
  detail: Text.optional()
});


export const FigureSchema = z.strictObject({
  id: Slug,
  label: Text,
  value: z.union([z.number(), z.tuple([z.number(), z.number()])], {
    message: 'a number or a [low, high] pair of numbers'
  }),
  unit: z.enum(Units),
  when: Text,
  source: SourceRef,
  note: Text.optional(),
  derived: Text.optional()
});

export const PersonSchema = z
  .strictObject({
    id: Slug,
    name: Text,
    alias: Text.optional(),
    /** The place of the story they left from, where they lived or were tried (a place id): an anchor, not an address. */
    from: Slug,
    /** The place they went to (a place id): their card stands there. */
    to: Slug,
    /** One of the statuses story.json declares for people. */
    status: Slug,
    /** Where the status says they were sent back (story.json `returned`): the place of the story that stands for it (a place id). */
    returnedTo: Slug.optional(),
    /**
     * Where they are thought to be, with its hedge, for a status that asks for it (story.json
     * `whereabouts`): the card always shows it, on every screen, so the hedge travels with the claim.
     */
    whereabouts: Text.optional(),
    /** Shown where the screen is wide enough. */
    detail: Text,
    source: SourceRef
  });

export const RouteSchema = z.strictObject({
  id: Slug,
  from: Slug,
  to: Slug,
  lengthKm: z.number().positive(),
  coordinates: z.array(z.tuple([Lon, Lat])).min(2)
});

/** A zoom level as MapLibre counts them; a label shows from `minZoom` up to, not including, `maxZoom`. */
const LabelZoom = z.number({ message: 'a zoom level (number) from 0 to 24' }).min(0).max(24);

const mapLabelFields = { id: Slug, name: Text, minZoom: LabelZoom, maxZoom: LabelZoom };

/**
 * A name the map writes on a country or a sea (data/map-labels.json). A
 * country's label sits where the build computes it from Natural Earth, so it
 * names the country as Natural Earth does; a sea's position is a
 * cartographer's choice and is given.
 */
export const MapLabelSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ ...mapLabelFields, kind: z.literal('country'), country: Text }),
    z.strictObject({ ...mapLabelFields, kind: z.literal('sea'), lon: Lon, lat: Lat })
  ],
  { message: 'a label of kind "country" or "sea"' }
);

/**
 * The colours the engine draws with, each named for what it colours. The page's CSS gets every
 * colour of theme.json as a custom property of the same name (`--ink`), the map, the markers and
 * the social card get the same values from the story, so no colour is written twice.
 */
export const THEME_COLORS = [
  // The page: text, paper, controls, the presenter's screen, the QR code, the printed handout.
  'ink', 'muted', 'paper', 'accent', 'focusRing', 'buttonHover', 'onDark', 'disabled', 'rule', 'warning',
  'presenterPaper', 'qrLight', 'qrDark', 'printPaper', 'printInk', 'printRule', 'mapFrame',
  // The map: basemap, names of countries and seas, routes, the edge of place symbols, circles.
  // (Each kind of place names its own colour, in story.json.)
  'sea', 'land', 'coast', 'border', 'tint', 'countryLabel', 'countryLabelTinted', 'seaLabel',
  'route', 'circle', 'markerEdge', 'fled',
  // The charts: rules, bar tracks, the darker part of a bar, and the hatching of derived, missed and partial values.
  'chartRule', 'track', 'partDark', 'derivedHatch', 'derivedHatchLine', 'missed', 'missedHatch', 'missedHatchLine', 'partialHatchLine'
] as const;
export type ThemeColorName = (typeof THEME_COLORS)[number];

const HexColor = z
  .string({ message: 'a CSS hex colour such as "#rrggbb"' })
  .regex(/^#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/, { message: 'a CSS hex colour such as "#rrggbb"' });

/** A name becomes a CSS custom property (`--name`): nothing in it may end the declaration or the rule. */
const COLOR_NAME = /^[a-zA-Z][a-zA-Z0-9-]*$/;

/**
 * theme.json: every colour the engine needs, and any other a story names for its own use
 * (its marker kinds, say), each a hex colour.
 */
export const ThemeSchema = z.strictObject({
  colors: z
    .object(Object.fromEntries(THEME_COLORS.map((name) => [name, HexColor])) as Record<ThemeColorName, typeof HexColor>)
    .catchall(HexColor)
    .superRefine((colors, ctx) => {
      for (const name of Object.keys(colors)) {
        if (!COLOR_NAME.test(name)) {
          ctx.addIssue({ code: 'custom', path: [name], input: name, message: 'a colour name of letters, digits and hyphens, starting with a letter' });
        }
      }
    })
});

const DateTemplate = Text.refine((s) => s.includes('{date}'), { message: 'text with a {date} placeholder' });

/** Text that must carry each of the placeholders named, such as `{n}`. */
function TemplateOf(...names: string[]) {
  const wanted = names.map((n) => `{${n}}`);
  return Text.refine((s) => wanted.every((w) => s.includes(w)), { message: `text with the placeholders ${wanted.join(', ')}` });
}

export const StringsSchema = z.strictObject({
  /** The page's `<html lang>`: a language, and where the edition is for a country, its region ("nl-BE"). */
  lang: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, { message: 'a language tag such as "en" or "nl-BE"' }),
  locale: z.string().min(2),
  skipToStory: Text,
  /** The links to the story's other languages (src/components/EditionSwitch.svelte). */
  editionsLabel: Text,
  factsAsOf: Text,
  /** The dateline under the byline and the corrections after the sources; `{date}` becomes a <time>. */
  dates: z.strictObject({ published: DateTemplate, updated: DateTemplate, corrections: Text }),
  /** A label and its text, as "Source: …"; French sets a space before the colon. */
  labelled: TemplateOf('label', 'text'),
  source: Text,
  sources: Text,
  derived: Text,
  quote: Text,
  quoteBy: Text,
  /** After the speaker of a quote given in another language than the one it was said in. */
  quoteTranslated: Text,
  unknownBlock: Text,
  mapLoading: Text,
  mapUnavailable: Text,
  legendTitle: Text,
  legendRoute: Text,
  /** What each kind of place story.json declares is, in the key to the map. */
  legendPlaces: z.record(Slug, Text),
  /** What the circles of each amounts dataset measure, by dataset id ("Cocaine seized in 2023, tonnes"). */
  legendCircles: z.record(Slug, Text),
  /** The fugitives' lines (src/components/map/Flights.svelte): the way out, the way back, and what the lines join. */
  legendFled: Text,
  legendReturned: Text,
  legendFlightsNote: Text,
  /** Words of the charts drawn in the steps (src/components/charts/). */
  /** Tags a chart sets beside a derived value and a year still being counted. */
  chartTags: z.strictObject({ derived: Text, partial: Text }),
  /**
   * Words of each chart story.json declares, by chart id: which words depends on the chart's
   * type (CHART_WORDS in declarations.ts); the parse checks them against the declarations.
   */
  charts: z.record(Slug, z.record(z.string(), Text)),
  /** A name for each kind of event story.json declares. */
  events: z.record(Slug, Text),
  /** Words of the people drawn on the map (src/components/map/People.svelte). */
  people: z.strictObject({
    /** One name per status story.json declares for people. */
    status: z.record(Slug, Text),
    /**
     * The words that hedge an unconfirmed whereabouts in this language ("believed"): the
     * build checks that every whereabouts carries one, in every edition.
     */
    hedges: z.array(Text, { message: 'a list of hedge words such as ["believed"]' }).min(1, { message: 'one or more hedge words' }),
    sourceLine: Text
  }),
  // Presentation, embed and explore modes (src/components/modes/).
  modesLabel: Text,
  presentStart: Text,
  presentLeave: Text,
  presentTools: Text,
  presentKeys: Text,
  stepperLabel: Text,
  stepPrevious: Text,
  stepNext: Text,
  stepCounter: Text,
  /** The counter on a step split into slides for the projector: "Step 8 of 26 · 2 of 3". */
  slideCounter: TemplateOf('n', 'total', 'slide', 'slides'),
  fullScreen: Text,
  qrShow: Text,
  qrHide: Text,
  qrCaption: Text,
  qrTitle: Text,
  exploreStart: Text,
  exploreLeave: Text,
  exploreHint: Text,
  units: z.strictObject({
    tonnes: Text,
    kg: Text,
    count: Text,
    eurPerGram: Text
  }),
  classroom: z.strictObject({ toFull: Text, toClassroom: Text, toClassroomHint: Text, badge: Text }),
  /** The handout: the students' copy has the questions, the teacher's copy (`?print&teacher`) the notes as well. */
  handout: z.strictObject({ print: Text, printTeacher: Text, forDiscussion: Text, forTeacher: Text, teacherCopy: Text }),
  notes: z.strictObject({ title: Text, hint: Text }),
  /** The presenter view, the teacher's own window beside the projector's. */
  presenter: z.strictObject({ open: Text, title: Text, now: Text, next: Text, end: Text, elapsed: TemplateOf('time'), hint: Text })
});

const Quote = z.strictObject({
  text: Text,
  by: Text,
  sensitive: BoolText.optional(),
  /** Given in another language than the one it was said or written in: the page says so. */
  translated: BoolText.optional()
});

export const BlockSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('p'), value: Text }),
    z.strictObject({ type: z.literal('sensitive'), value: Text }),
    z.strictObject({ type: z.literal('quote'), value: Quote }),
    z.strictObject({ type: z.literal('sources'), value: z.literal('all', { message: '"all"' }) })
  ],
  { message: 'a block of type p, sensitive, quote or sources' }
);

export const StepCopySchema = z.strictObject({
  id: Slug,
  chapter: Slug,
  focus: IdList.optional(),
  zoom: NumberText.pipe(z.number().min(0).max(MAX_ZOOM, { message: `a zoom up to ${MAX_ZOOM} (the basemap is too coarse for closer views)` })).optional(),
  center: CoordText.optional(),
  bearing: NumberText.pipe(z.number().min(-180).max(360)).optional(),
  pitch: NumberText.pipe(z.number().min(0).max(60)).optional(),
  places: IdList.optional(),
  routes: IdList.optional(),
  draw: z.enum(['grow', 'full']).optional(),
  /** An amounts dataset (story.json) drawn as circles at its places. */
  circles: Slug.optional(),
  figure: Slug.optional(),
  /** A chart story.json declares. */
  chart: Slug.optional(),
  people: IdList.optional(),
  alt: Text,
  body: z.array(BlockSchema, { message: 'a [.+body] list of blocks' }).min(1, { message: 'at least one block' })
});

export const ChapterCopySchema = z.strictObject({
  id: Slug,
  title: Text,
  /** For the teacher: shown in presentation mode (N) and in the handout. */
  note: Text,
  questions: z
    .array(Text, { message: 'a [.questions] list of one or two discussion questions' })
    .min(1, { message: 'one or two discussion questions' })
    .max(2, { message: 'one or two discussion questions' })
});

/** A correction to the published story: when, and what was changed. */
export const CorrectionSchema = z.strictObject({
  date: IsoDate,
  text: Text
});

export const CopySchema = z.strictObject({
  headline: Text,
  standfirst: Text,
  byline: Text,
  asof: Text,
  published: IsoDate,
  updated: IsoDate.optional(),
  corrections: z.array(CorrectionSchema, { message: 'a [corrections] list of date and text' }).optional(),
  /** The step whose map the social card shows (a step id). */
  card: Slug.optional(),
  chapters: z.array(ChapterCopySchema, { message: 'a [chapters] list' }).min(1, { message: 'at least one chapter' }),
  steps: z.array(StepCopySchema, { message: 'a [steps] list' }).min(1, { message: 'at least one step (the story is empty)' })
});

export type Place = z.infer<typeof PlaceSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type Unit = Figure['unit'];
export type Route = z.infer<typeof RouteSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type { AmountRow, ChartDecl, Dataset, EventRow, PlaceKind, Status, YearRow } from './declarations.ts';
export type { Declarations } from './declarations.ts';
export { DeclarationsSchema };
export type Strings = z.infer<typeof StringsSchema>;
export type MapLabelRecord = z.infer<typeof MapLabelSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type StepCopy = z.infer<typeof StepCopySchema>;
export type ChapterCopy = z.infer<typeof ChapterCopySchema>;
export type Copy = z.infer<typeof CopySchema>;
export type Correction = z.infer<typeof CorrectionSchema>;
export type Theme = z.infer<typeof ThemeSchema>;
export type ThemeColors = Theme['colors'];

/** A route as the page carries it before the map loads: ids and length, no geometry. */
export type RouteInfo = Omit<Route, 'coordinates'>;

export interface Step extends StepCopy {
  index: number;
}

/** A map label placed: a country's position is computed from Natural Earth at build time. */
export interface MapLabel {
  id: string;
  kind: MapLabelRecord['kind'];
  name: string;
  lon: number;
  lat: number;
  minZoom: number;
  maxZoom: number;
  /** The country as Natural Earth names it (and places.json's `country`); null for a sea. */
  country: string | null;
}

/** The whole validated story: everything the page renders and the scene derives from. */
export interface Story {
  headline: string;
  standfirst: string;
  byline: string;
  asof: string;
  /** YYYY-MM-DD, set by the editor. */
  published: string;
  /** YYYY-MM-DD, or null when the story was not updated since publication. */
  updated: string | null;
  /** Oldest first. */
  corrections: Correction[];
  /** The id of the step whose map the social card shows. */
  card: string;
  chapters: ChapterCopy[];
  steps: Step[];
  places: Record<string, Place>;
  figures: Record<string, Figure>;
  people: Record<string, Person>;
  /** The records of each dataset story.json declares, by dataset id. */
  datasets: Record<string, Dataset>;
  /** The charts story.json declares, by chart id. */
  charts: Record<string, ChartDecl>;
  /** The symbol of each kind of event. */
  events: Record<string, SymbolShape>;
  /** What each status of the people says of them (story.json `statuses`). */
  statuses: Record<string, Status>;
  /** How the map marks each kind of place (story.json `places`), in the order the key lists them. */
  placeKinds: Record<string, PlaceKind>;
  sources: Source[];
  routes: RouteInfo[];
  strings: Strings;
  mapLabels: MapLabel[];
  /** The story's colours (theme.json), for every renderer: the page's CSS, the map, the social card. */
  theme: Theme;
}
