/**
 * Stage: turns sentences that report something happening, and carry a date, into events.
 * A sentence qualifies when it contains an event trigger word and a dated expression.
 */
import type { EventKind, Span, Timex } from '../../contract/corpus.ts';
import type { ArticleStage, EventDraft } from '../article-draft.ts';

/** Trigger words by kind; the first kind whose pattern matches wins. */
const TRIGGERS: ReadonlyArray<[EventKind, RegExp]> = [
  ['phone-call', /\b(phoned|telephone[ds]?|phone call|spoke by (tele)?phone|called)\b/i],
  ['meeting', /\b(meet|meets|met|meeting|meetings|talks|summit|discussed|hold talks)\b/i],
  ['arrival', /\b(arrived?|arrives|landed|reached)\b/i],
  ['departure', /\b(leaving|left|leaves|departed|flew|flying)\b/i],
  ['announcement', /\b(announced?|announces|unveiled|declared)\b/i],
  ['agreement', /\b(agreed|signed|adopted|deal reached|accord)\b/i],
  ['military', /\b(seized|attacked|bombed|raids?|strikes?|troops|invaded|erupted|offensive)\b/i],
  ['death', /\b(killed|died|dead|death)\b/i],
  ['election', /\b(elected|election|voted|vote)\b/i],
  ['statement', /\b(said|says|told|vowed|stated|described|warned)\b/i],
];

export const detectEvents: ArticleStage = {
  name: 'detect-events',
  run(draft) {
    const inBoilerplate = (span: Span) =>
      draft.boilerplate.some((b) => b.start <= span.start && span.end <= b.end);
    const events: EventDraft[] = [];
    for (const sentence of draft.sentences) {
      if (inBoilerplate(sentence)) continue;
      const text = draft.text.slice(sentence.start, sentence.end);
      const timex = draft.timexes.find(
        (candidate) =>
          candidate.start >= sentence.start && candidate.end <= sentence.end && candidate.resolved,
      );
      if (!timex?.resolved) continue;
      const trigger = TRIGGERS.find(([, pattern]) => pattern.test(text));
      if (!trigger) continue;
      const [kind, pattern] = trigger;
      const match = pattern.exec(text);
      const entities = draft.entities.filter(
        (e) => e.start >= sentence.start && e.end <= sentence.end,
      );
      const participants = unique(
        entities.filter((e) => e.kind !== 'place').map((e) => e.canonical),
      );
      const places = unique(entities.filter((e) => e.kind === 'place').map((e) => e.canonical));
      events.push({
        kind,
        title: titleFor(kind, participants, places),
        start: timex.resolved.start,
        end:
          timex.resolved.granularity === 'day' || timex.resolved.granularity === 'minute'
            ? null
            : timex.resolved.end,
        granularity: timex.resolved.granularity,
        approximate: timex.resolved.approximate || draft.publishedBasis !== 'metadata',
        modality: /\b(will|scheduled|to meet|plans? to|expected)\b/i.test(text)
          ? 'scheduled'
          : 'actual',
        participants,
        places,
        mention: {
          article: draft.id,
          start: sentence.start,
          end: sentence.end,
          timex: timexRef(timex),
          trigger: match
            ? {
                start: sentence.start + match.index,
                end: sentence.start + match.index + match[0].length,
              }
            : null,
          dateBasis: 'timex-in-sentence',
        },
      });
    }
    return { ...draft, events };
  },
};

function timexRef(timex: Timex) {
  return { start: timex.start, end: timex.end, text: timex.text, value: timex.value };
}

const KIND_PHRASES: Record<EventKind, string> = {
  'phone-call': 'speak by phone',
  meeting: 'meet',
  arrival: 'arrives',
  departure: 'departs',
  announcement: 'announcement',
  statement: 'statement',
  agreement: 'agreement',
  military: 'military action',
  death: 'deaths',
  election: 'election',
  other: 'event',
};

function titleFor(kind: EventKind, participants: string[], places: string[]): string {
  const who = participants.slice(0, 2).join(' and ');
  const where = places[0] ? ` in ${places[0]}` : '';
  const phrase = KIND_PHRASES[kind];
  return who
    ? `${who}: ${phrase}${where}`
    : `${phrase[0]?.toUpperCase()}${phrase.slice(1)}${where}`;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
