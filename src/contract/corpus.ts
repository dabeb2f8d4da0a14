/**
 * The corpus contract: the one JSON shape the loader writes and the app reads.
 *
 * Both sides import this module; the loader validates before it writes, the app
 * validates when it loads. Field names of `articles[]`, `events[]` and
 * `diagnostics[]` are read by other tools: add fields, never rename them.
 */
// zod/mini: the same validator with a tree-shakable API, so the app ships only what it uses.
import * as z from 'zod/mini';

// Readable English messages ("expected string, received number") for the fields zod checks itself.
z.config(z.locales.en());

/** Bumped when a change would break a reader of an older corpus. */
export const CORPUS_VERSION = 1;

const offset = z.int().check(z.nonnegative());

/** Half-open character range `[start, end)` into an article's `text`. */
export const spanSchema = z
  .object({ start: offset, end: offset })
  .check(z.refine((span) => span.end >= span.start, { message: 'end must not be before start' }));
export type Span = z.infer<typeof spanSchema>;

/** An ISO 8601 date (`2016-09-08`) or date-time (`2016-09-08T09:00:00Z`, offsets allowed). */
const isoDateOrDateTime = z
  .string()
  .check(
    z.regex(
      /^-?\d{4,}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/,
      'must be an ISO 8601 date or date-time',
    ),
  );

export const severitySchema = z.enum(['info', 'warning', 'error', 'fatal']);

/** A problem found in an input file, as data (vfile-message style). */
export const diagnosticSchema = z.object({
  /** Path relative to the seeds folder. */
  file: z.string(),
  severity: severitySchema,
  /** Character offset into the article text, or null when the problem is the whole file. */
  offset: z.nullable(offset),
  /** 1-based line and column of `offset`, computed when reporting. */
  line: z.optional(z.nullable(z.int().check(z.positive()))),
  column: z.optional(z.nullable(z.int().check(z.positive()))),
  /** The pipeline stage that found it (`read-articles`, `find-timexes`, …). */
  stage: z.string(),
  message: z.string(),
});
export type Diagnostic = z.infer<typeof diagnosticSchema>;

export const timexTypeSchema = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);
export type TimexType = z.infer<typeof timexTypeSchema>;

export const granularitySchema = z.enum([
  'century',
  'decade',
  'year',
  'half',
  'quarter',
  'season',
  'month',
  'week',
  'day',
  'part-of-day',
  'hour',
  'minute',
  'second',
]);
export type Granularity = z.infer<typeof granularitySchema>;

/**
 * A calendar interval `[start, end)` a DATE or TIME resolves to, with what the
 * text stated and what the loader inferred (e.g. the year from the publication date).
 */
export const resolvedIntervalSchema = z.object({
  start: isoDateOrDateTime,
  end: isoDateOrDateTime,
  granularity: granularitySchema,
  /** Calendar fields the text itself gave: `year`, `month`, `day`, `weekday`, `time`, … */
  stated: z.array(z.string()),
  /** Calendar fields the loader filled in. */
  inferred: z.array(z.string()),
  /** Stages or rules that produced the value, in order. */
  via: z.array(z.string()),
  /** True when the text itself is vague ("mid-July", "late 2015", "recently"). */
  approximate: z.boolean(),
});
export type ResolvedInterval = z.infer<typeof resolvedIntervalSchema>;

/** A temporal expression found in an article (TimeML TIMEX3 conventions). */
export const timexSchema = z.object({
  id: z.string(),
  start: offset,
  end: offset,
  text: z.string(),
  type: timexTypeSchema,
  /** TIMEX3 normalized value: `2016-09-08`, `2016-W36`, `2016-09-09TMO`, `P5.5Y`, `PRESENT_REF`, … */
  value: z.string(),
  /** TIMEX3 mod: `START`, `MID`, `END`, `APPROX`, `BEFORE`, `AFTER`, … */
  mod: z.optional(z.string()),
  /** Id of the timex this one is counted from ("the following day" → the day before it), TimeML's anchorTimeID. */
  anchor: z.optional(z.string()),
  resolved: z.nullable(resolvedIntervalSchema),
});
export type Timex = z.infer<typeof timexSchema>;

export const boilerplateSchema = z.object({
  start: offset,
  end: offset,
  /** Why it is boilerplate: `repeated-headline`, `photo-caption`, `copyright`, … */
  reason: z.string(),
});
export type Boilerplate = z.infer<typeof boilerplateSchema>;

export const entityKindSchema = z.enum([
  'person',
  'organization',
  'place',
  'country',
  /** A named product or model: "Boeing 787 Dreamliner", "Airbus A380". */
  'product',
  /** A market index: "S&P 500", "Dow Jones Industrial Average". */
  'index',
]);
export type EntityKind = z.infer<typeof entityKindSchema>;

/** A name found in an article, unified to a canonical form shared across articles. */
export const entityMentionSchema = z.object({
  start: offset,
  end: offset,
  text: z.string(),
  kind: entityKindSchema,
  canonical: z.string(),
});
export type EntityMention = z.infer<typeof entityMentionSchema>;

export const publishedBasisSchema = z.enum(['metadata', 'inferred', 'unknown']);

export const articleSchema = z.object({
  id: z.string(),
  /** Path relative to the seeds folder, `/`-separated. */
  file: z.string(),
  title: z.string(),
  source: z.nullable(z.string()),
  /** ISO 8601 date or date-time, or null when unknown. */
  published: z.nullable(isoDateOrDateTime),
  /** Where `published` came from, and for an inferred date, why. */
  publishedBasis: publishedBasisSchema,
  publishedReason: z.nullable(z.string()),
  url: z.nullable(z.string()),
  /** The full original text, unchanged but for decoding (BOM removed). */
  text: z.string(),
  headline: z.nullable(spanSchema),
  standfirst: z.nullable(spanSchema),
  dateline: z.nullable(spanSchema),
  paragraphs: z.array(spanSchema),
  sentences: z.array(spanSchema),
  boilerplate: z.array(boilerplateSchema),
  timexes: z.array(timexSchema),
  entities: z.array(entityMentionSchema),
});
export type Article = z.infer<typeof articleSchema>;

export const eventKindSchema = z.enum([
  'phone-call',
  'meeting',
  'arrival',
  'departure',
  'announcement',
  'statement',
  'agreement',
  'military',
  'death',
  'election',
  /** A market, price or figure that rose, fell or closed. */
  'market-move',
  /** An order, sale, purchase, contract or merger. */
  'deal',
  'bankruptcy',
  /** Job cuts, layoffs, plant closures. */
  'job-cuts',
  /** A lawsuit, ruling, investigation or charge. */
  'legal',
  /** A product launched, unveiled, delivered or first flown. */
  'launch',
  'other',
]);
export type EventKind = z.infer<typeof eventKindSchema>;

/**
 * Whether the text says the event happened: `actual`; planned (`scheduled`); forecast,
 * hoped or feared (`expected`); said not to have happened (`denied`); only possible or
 * conditional (`possible`). Everything but `actual` and `scheduled` did not (yet) happen.
 */
export const modalitySchema = z.enum(['actual', 'scheduled', 'expected', 'denied', 'possible']);
export type Modality = z.infer<typeof modalitySchema>;

/** The time expression that dated a mention. */
/** TimeML's event classes. */
export const eventClassSchema = z.enum([
  'OCCURRENCE',
  'REPORTING',
  'STATE',
  'I_ACTION',
  'I_STATE',
  'ASPECTUAL',
  'PERCEPTION',
]);
export type EventClass = z.infer<typeof eventClassSchema>;

/**
 * A name's part in an event: who did it (`agent`), to whom or what (`patient`), with whom
 * (`partner`: "met with Lavrov", "a dispute between Airbus and Boeing"); `other` is a name
 * in the event's circumstances ("a package for Ford", "chose Airbus over Boeing"), shown
 * with the event but not one of its participants.
 */
export const roleSchema = z.enum(['agent', 'patient', 'partner', 'other']);
export type Role = z.infer<typeof roleSchema>;

export const participantRoleSchema = z.object({ name: z.string(), role: roleSchema });
export type ParticipantRole = z.infer<typeof participantRoleSchema>;

export const mentionTimexSchema = z.object({
  start: offset,
  end: offset,
  text: z.string(),
  value: z.string(),
});

/** One report of an event: where in which article it is said. */
export const mentionSchema = z.object({
  /** Article id. */
  article: z.string(),
  /** The sentence or clause that reports the event. */
  start: offset,
  end: offset,
  /** The expression that dated it, or null when the date was carried over or unknown. */
  timex: z.nullable(mentionTimexSchema),
  /** The word that signals the event ("met", "arrived", "announced"). */
  trigger: z.optional(z.nullable(spanSchema)),
  /** How the date was found: `governing-timex`, `carried-from-previous`, `publication-date`, … */
  dateBasis: z.optional(z.string()),
  modality: z.optional(modalitySchema),
});
export type Mention = z.infer<typeof mentionSchema>;

export const eventSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: eventKindSchema,
  /** ISO 8601; null only in `undated[]`. */
  start: z.nullable(isoDateOrDateTime),
  /** ISO 8601 exclusive end, or null for an instant. */
  end: z.nullable(isoDateOrDateTime),
  granularity: z.nullable(granularitySchema),
  /** The date is vague in the text ("mid-July") or rests on an inferred publication date. */
  approximate: z.boolean(),
  modality: modalitySchema,
  /** TimeML class of the event (occurrence, reporting, state, …). */
  eventClass: z.optional(eventClassSchema),
  /**
   * How much the event matters to the story, 0–1: reported in a headline or lead, by several
   * articles, with an explicit date, of a salient kind. The viewer shows the highest first.
   */
  salience: z.optional(z.number().check(z.gte(0), z.lte(1))),
  participants: z.array(z.string()),
  /** Participants with their part in the event, where the sentence shows it. */
  roles: z.optional(z.array(participantRoleSchema)),
  places: z.array(z.string()),
  mentions: z.array(mentionSchema).check(z.minLength(1)),
  /** Why mentions from several articles were taken as one event. */
  mergedBecause: z.array(z.string()),
});
export type TimelineEvent = z.infer<typeof eventSchema>;

export const corpusSchema = z.object({
  version: z.literal(CORPUS_VERSION),
  articles: z.array(articleSchema),
  /** Dated events, in time order. */
  events: z.array(eventSchema),
  /** Events the loader found but could not place in time; never dropped. */
  undated: z.array(eventSchema),
  diagnostics: z.array(diagnosticSchema),
});
export type Corpus = z.infer<typeof corpusSchema>;

/** Result of checking untrusted JSON against the contract. */
export type CorpusCheck = { ok: true; corpus: Corpus } | { ok: false; problems: string[] };

/** Validates unknown JSON as a corpus, naming each wrong field by its path. */
export function checkCorpus(json: unknown): CorpusCheck {
  const result = corpusSchema.safeParse(json);
  if (result.success) return { ok: true, corpus: result.data };
  return { ok: false, problems: describeIssues(result.error.issues) };
}

/** The first 20 issues zod found, each as `path.to.field: message` (`under` prefixes the path). */
export function describeIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  under: readonly PropertyKey[] = [],
): string[] {
  return issues.slice(0, 20).map((issue) => {
    const path = [...under, ...issue.path];
    return `${path.length > 0 ? path.map(String).join('.') : '(root)'}: ${issue.message}`;
  });
}
