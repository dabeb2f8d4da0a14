/**
 * Dating layer, results: a result a company reports covers a period that ended before the
 * report. A year's result told in the first half of the next year is that year's ("GM has
 * posted its first annual loss", January 2006: 2005); monthly sales told in the first days
 * of a month are the month before's ("sales plunged 45%", 1 April: March), as carmakers
 * and retailers report them. Only when the words give no date of their own.
 */
import type { Word } from '../language/tag-words.ts';
import type { EventDate } from './event-dates.ts';
import { yearDate } from './event-dates.ts';
import { ANNUAL_WORDS } from '../lexicon/result-periods.ts';
import type { SentenceEvent } from './read-sentence.ts';
import { phraseHead } from './noun-phrases.ts';

/** Monthly figures come out in the first business days of the next month. */
const LAST_REPORTING_DAY = 5;

export function reportingPeriod(
  words: readonly Word[],
  event: SentenceEvent,
  published: string,
): EventDate | null {
  return annualResult(words, event, published) ?? monthlySales(words, event, published);
}

function annualResult(
  words: readonly Word[],
  event: SentenceEvent,
  published: string,
): EventDate | null {
  if (event.pos !== 'noun') return null;
  const before = words.slice(Math.max(0, event.trigger - 3), event.trigger);
  if (!before.some((word) => ANNUAL_WORDS.has(word.lower))) return null;
  const [year, month] = published.split('-').map(Number);
  if (!year || !month || month > 6) return null;
  return yearDate(year - 1);
}

/**
 * "sales plunged 45%", "its sales rose", "total sales improved to 142,285 units", "Ford's
 * sales spike": the sales themselves, or what they did as a verb's subject, told in an
 * article of the month's first days (not "its sales chief resigned": sales head no subject).
 */
function monthlySales(
  words: readonly Word[],
  event: SentenceEvent,
  published: string,
): EventDate | null {
  // Read once per event: the day first, the commonest reason to stop.
  const day = Number(published.slice(8, 10));
  if (!day || day > LAST_REPORTING_DAY) return null;
  const year = Number(published.slice(0, 4));
  const month = Number(published.slice(5, 7));
  if (!year || !month) return null;
  const subject = event.passive ? event.patient : event.agent;
  const aboutSales =
    isSales(words[event.trigger]) ||
    (event.pos === 'verb' && subject !== null && isSales(words[phraseHead(words, subject)])) ||
    isCountedSale(words, event);
  if (!aboutSales) return null;
  const start = new Date(Date.UTC(year, month - 2, 1));
  const end = new Date(Date.UTC(year, month - 1, 1));
  return {
    start: start.toISOString().slice(0, 10),
    end: end.toISOString().slice(0, 10),
    granularity: 'month',
    approximate: true,
  };
}

function isSales(word: Word | undefined): boolean {
  return word?.lower === 'sales';
}

/**
 * "compared to 141,951 units sold by GM", "sold 20,000 cars": a count of things sold is
 * a month's sales as much as the word "sales" (not "sold its stake": no count).
 */
function isCountedSale(words: readonly Word[], event: SentenceEvent): boolean {
  if (event.pos !== 'verb' || event.lemma !== 'sell' || event.patient === null) return false;
  return words[event.patient.first]?.pos === 'NUM';
}
