/**
 * What a story declares it is made of (its story.json): the kinds of events
 * its timelines mark, its datasets and the charts drawn from them. The engine
 * knows chart *types* (bars, a range, counts by year, a timeline) and dataset
 * *types* (amounts, yearly counts, events); a story names its own instances,
 * binds each chart to its records, and says which symbol marks which event.
 */
import { z } from 'zod';
import { Slug, SourceRef, Text } from './primitives.ts';

export const Units = ['tonnes', 'kg', 'percent', 'eur', 'gbp', 'usd', 'eur-per-gram', 'count'] as const;
export type Unit = (typeof Units)[number];

export const SYMBOL_SHAPES = ['triangle', 'cross', 'square', 'diamond', 'open-diamond', 'circle'] as const;
export type SymbolShape = (typeof SYMBOL_SHAPES)[number];

const Shape = z.enum(SYMBOL_SHAPES, { message: `a symbol: ${SYMBOL_SHAPES.join(', ')}` });

// ---------------------------------------------------------------- records of the datasets

/** An amount in one place (or in none: an aggregate such as "the rest of Europe"), e.g. a seizure. */
export const AmountRowSchema = z.strictObject({
  id: Slug,
  label: Text,
  /** The place it is drawn at on the map (a place id); null for an aggregate, which the map leaves out. */
  place: Slug.nullable(),
  value: z.number().positive(),
  year: z.number().int(),
  source: SourceRef,
  note: Text.optional(),
  derived: Text.optional()
});

/** A count for one year; a year not over when counted is `partial`. */
export const YearRowSchema = z.strictObject({
  year: z.number().int(),
  value: z.number().int().nonnegative(),
  /** Counts that make up or go with the year's value, named as the chart's `breakdown` words name them ("{dead} dead"). */
  breakdown: z.record(Slug, z.number().int().nonnegative()).optional(),
  partial: z.boolean(),
  note: Text.optional(),
  source: SourceRef
});

export const EventRowSchema = z.strictObject({
  id: Slug,
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'a date as YYYY, YYYY-MM or YYYY-MM-DD' }),
  /** Shown instead of the formatted date where the sources are vaguer (e.g. "summer 2025"). */
  when: Text.optional(),
  /** One of the story's `events` (story.json). */
  kind: Slug,
  label: Text,
  source: SourceRef
});

export type AmountRow = z.infer<typeof AmountRowSchema>;
export type YearRow = z.infer<typeof YearRowSchema>;
export type EventRow = z.infer<typeof EventRowSchema>;

export const DATASET_ROWS = { amounts: AmountRowSchema, yearly: YearRowSchema, events: EventRowSchema } as const;
export type DatasetType = keyof typeof DATASET_ROWS;

/** The fields of each type's records that are words a reader meets (a translation gives them in words.xx.json). */
export const DATASET_WORDS = {
  amounts: ['label', 'note', 'derived'],
  yearly: ['note'],
  events: ['when', 'label']
} as const satisfies Record<DatasetType, readonly string[]>;

const file = z.string().regex(/^[a-z0-9-]+\.json$/, { message: 'a file name in the story folder, such as "seizures.json"' });

/**
 * The datasets story.json names, as far as its text can be read before it is checked: what
 * reading the folder (which files to read) and a translation (which words to expect) need
 * first. The parse checks the declarations in full and reports what is wrong there.
 */
export function declaredDatasets(text: string): Record<string, { file?: string; type?: DatasetType }> {
  let raw: unknown;
  try {
    raw = (JSON.parse(text) as { datasets?: unknown }).datasets;
  } catch {
    return {};
  }
  if (!raw || typeof raw !== 'object') return {};
  return Object.fromEntries(
    Object.entries(raw as Record<string, { file?: unknown; type?: unknown } | null>).map(([id, d]) => [
      id,
      {
        ...(typeof d?.file === 'string' && /^[\w-]+\.json$/.test(d.file) ? { file: d.file } : {}),
        ...(typeof d?.type === 'string' && d.type in DATASET_ROWS ? { type: d.type as DatasetType } : {})
      }
    ])
  );
}

export const DatasetDeclSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('amounts'), file, unit: z.enum(Units) }),
    z.strictObject({ type: z.literal('yearly'), file, unit: z.enum(Units) }),
    z.strictObject({ type: z.literal('events'), file })
  ],
  { message: 'a dataset of type amounts, yearly or events' }
);
export type DatasetDecl = z.infer<typeof DatasetDeclSchema>;

export type Dataset =
  | { type: 'amounts'; unit: Unit; rows: AmountRow[] }
  | { type: 'yearly'; unit: Unit; rows: YearRow[] }
  | { type: 'events'; rows: EventRow[] };

// ---------------------------------------------------------------- charts

export const ChartDeclSchema = z.discriminatedUnion(
  'type',
  [
    /**
     * A bar per record of an amounts dataset. `total` and `share` (figure ids) add a strip of the
     * whole and a bracket over the records that have a place; `part` draws one figure inside one bar.
     */
    z.strictObject({
      type: z.literal('bars'),
      data: Slug,
      total: Slug.optional(),
      share: Slug.optional(),
      part: z.strictObject({ of: Slug, figure: Slug, place: Slug }).optional()
    }),
    /** A value against what a [low, high] share of a whole implies: one bar for each end of the range. */
    z.strictObject({ type: z.literal('range'), value: Slug, share: Slug, implied: Slug }),
    /** A bar per year of a yearly dataset. */
    z.strictObject({ type: z.literal('yearly'), data: Slug }),
    /** A strip of an events dataset, year by year, and the dated list. */
    z.strictObject({ type: z.literal('timeline'), data: Slug })
  ],
  { message: 'a chart of type bars, range, yearly or timeline' }
);
export type ChartDecl = z.infer<typeof ChartDeclSchema>;
export type ChartType = ChartDecl['type'];

/** The dataset type each chart type reads (range reads figures only). */
export const CHART_DATA: Readonly<Record<ChartType, DatasetType | null>> = { bars: 'amounts', range: null, yearly: 'yearly', timeline: 'events' };

function Words<const K extends string>(...keys: K[]) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, Text])) as { [P in K]: typeof Text });
}

/** The words each chart type needs, in strings.xx.json under `charts.<chart id>`. */
export const CHART_WORDS = {
  bars: Words('title', 'description', 'columnWhere', 'columnValue', 'columnNote').extend({
    ofWhich: Text.optional(),
    all: Text.optional(),
    share: Text.optional(),
    rowAll: Text.optional(),
    rowShare: Text.optional()
  }),
  range: Words('title', 'description', 'scenario', 'sum', 'keyValue', 'keyRest', 'columnScenario', 'columnSum', 'columnTotal'),
  yearly: Words('title', 'description', 'partial', 'columnYear', 'columnValue', 'columnNote').extend({ breakdown: Text.optional() }),
  timeline: Words('title', 'description')
} as const satisfies Record<ChartType, z.ZodType>;

export type ChartWords<T extends ChartType> = z.infer<(typeof CHART_WORDS)[T]>;

// ---------------------------------------------------------------- the declarations

/** How the map marks a kind of place: every kind differs by shape or size, not by colour alone. */
export const PlaceKindSchema = z.strictObject({
  shape: z.enum(['circle', 'square', 'diamond'], { message: 'a marker shape: circle, square or diamond' }),
  /** A circle's radius; a square's or a diamond's side; in pixels. */
  size: z.number().positive().max(24),
  /** A colour name of theme.json. */
  color: Slug,
  /** Names of this kind go first where names compete for room (0 by default). */
  labelPriority: z.number().int().min(0).max(3).default(0)
});
export type PlaceKind = z.infer<typeof PlaceKindSchema>;

/** The symbol of a person's status on their card (People.svelte draws each). */
export const STATUS_SYMBOLS = ['open-circle', 'triangle'] as const;

export const StatusSchema = z.strictObject({
  symbol: z.enum(STATUS_SYMBOLS, { message: `a symbol: ${STATUS_SYMBOLS.join(', ')}` }),
  /** People of this status were sent back: each has a `returnedTo` place, drawn as a line back from where they went. */
  returned: z.boolean().default(false),
  /** Where people of this status are is only believed: each has a hedged `whereabouts`. */
  whereabouts: z.boolean().default(false)
});
export type Status = z.infer<typeof StatusSchema>;

export const DeclarationsSchema = z.strictObject({
  /** The kinds of place (places.json `kind`), in the order the key to the map lists them; a kind's words are in strings.xx.json `legendPlaces`. */
  places: z.record(Slug, PlaceKindSchema),
  /** The statuses of the people drawn on the map (people.json), by id; a status's name is in strings.xx.json `people.status`. */
  statuses: z.record(Slug, StatusSchema).default({}),
  /** The kinds of event a timeline marks, each with its symbol (a kind's name is in strings.xx.json `events`). */
  events: z.record(Slug, Shape).default({}),
  datasets: z.record(Slug, DatasetDeclSchema).default({}),
  charts: z.record(Slug, ChartDeclSchema).default({})
});
export type Declarations = z.infer<typeof DeclarationsSchema>;
