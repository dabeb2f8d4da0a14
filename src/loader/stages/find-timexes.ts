/**
 * Stage: finds temporal expressions with chrono-node and normalizes them to
 * TIMEX3 values and calendar intervals, against the publication date.
 */
import * as chrono from 'chrono-node';
import { addDays, addMonths, format } from 'date-fns';
import type { Granularity, ResolvedInterval, Timex } from '../../contract/corpus.ts';
import type { ArticleStage } from '../article-draft.ts';

const parser = chrono.casual.clone();

export const findTimexes: ArticleStage = {
  name: 'find-timexes',
  run(draft) {
    const reference = draft.published ? referenceDate(draft.published) : null;
    const timexes: Timex[] = [];
    for (const sentence of draft.sentences) {
      const text = draft.text.slice(sentence.start, sentence.end);
      // Without a publication date relative expressions cannot be placed; chrono still
      // needs a reference, so only expressions that state their year are kept then.
      const results = parser.parse(text, reference ?? new Date(Date.UTC(2000, 0, 1)));
      for (const result of results) {
        const timex = toTimex(result, sentence.start, reference !== null);
        if (timex) timexes.push({ ...timex, id: `t${timexes.length + 1}` });
      }
    }
    return { ...draft, timexes };
  },
};

function referenceDate(published: string): Date {
  // Noon UTC of the publication day keeps every time zone on the same calendar day.
  return new Date(`${published.slice(0, 10)}T12:00:00Z`);
}

function toTimex(result: chrono.ParsedResult, base: number, hasReference: boolean): Timex | null {
  const known = result.start;
  if (!hasReference && !known.isCertain('year')) return null;
  const date = known.date();
  const stated = (['year', 'month', 'day', 'weekday', 'hour', 'minute'] as const).filter((c) =>
    known.isCertain(c),
  );
  const inferred = (['year', 'month', 'day'] as const).filter((c) => !known.isCertain(c));
  const hasDay = known.isCertain('day') || known.isCertain('weekday') || stated.length === 0;
  const hasHour = known.isCertain('hour');
  const day = format(date, 'yyyy-MM-dd');
  let value: string;
  let granularity: Granularity;
  let start: string;
  let end: string;
  if (hasHour) {
    value = `${day}T${format(date, 'HH:mm')}`;
    granularity = 'minute';
    start = value;
    end = value;
  } else if (hasDay) {
    value = day;
    granularity = 'day';
    start = day;
    end = format(addDays(date, 1), 'yyyy-MM-dd');
  } else if (known.isCertain('month')) {
    value = format(date, 'yyyy-MM');
    granularity = 'month';
    start = `${value}-01`;
    end = format(addMonths(new Date(`${start}T12:00:00Z`), 1), 'yyyy-MM-dd');
  } else {
    return null;
  }
  const resolved: ResolvedInterval = {
    start,
    end,
    granularity,
    stated: [...stated],
    inferred: [...inferred],
    via: ['chrono-node'],
    approximate: false,
  };
  return {
    id: '',
    start: base + result.index,
    end: base + result.index + result.text.length,
    text: result.text,
    type: hasHour ? 'TIME' : 'DATE',
    value,
    resolved,
  };
}
