import { describe, expect, it } from 'vitest';
import {
  dateBasisLabel,
  eventSources,
  inferredPartOfMention,
  isDateInferred,
  mergeReasons,
} from '../../../../../src/features/events/utils/describe-event.ts';
import {
  arrivalEvent,
  meetingEvent,
  syriaCorpus,
  undatedEvent,
  genevaArticle,
} from '../../../fixtures.ts';

const articleById = new Map(syriaCorpus.articles.map((article) => [article.id, article]));

describe('dateBasisLabel', () => {
  it.each([
    ['own-timex', 'from a date in the same sentence'],
    ['publication-date', "from the article's publication day"],
    ['story-day', "from the day the article's opening paragraphs say the story happened"],
    ['same-event-in-article', 'carried from an earlier report of the same event in the article'],
    ['narrative-thread', 'carried from the last dated event of the same people just before'],
    ['a-new-basis', 'found by the loader (a-new-basis)'],
  ])('says %s as "%s"', (dateBasis, words) => {
    expect(dateBasisLabel({ ...arrivalEvent.mentions[0]!, dateBasis })).toBe(words);
  });

  it('has nothing to say of a mention without a basis', () => {
    expect(dateBasisLabel(undatedEvent.mentions[0]!)).toBeNull();
  });
});

describe('inferredPartOfMention and isDateInferred', () => {
  it('names what the loader filled in of a stated date', () => {
    expect(inferredPartOfMention(genevaArticle, arrivalEvent.mentions[0]!)).toBe(
      'year, month, day inferred',
    );
    expect(isDateInferred(arrivalEvent, articleById)).toBe(true);
  });

  it('says in plain words where a date without a phrase came from', () => {
    const mention = { ...arrivalEvent.mentions[0]!, timex: null, dateBasis: 'publication-date' };
    expect(inferredPartOfMention(genevaArticle, mention)).toBe(
      "no date in this sentence: from the article's publication day",
    );
  });

  it('never calls an undated event inferred', () => {
    expect(inferredPartOfMention(undefined, undatedEvent.mentions[0]!)).toBeNull();
    expect(isDateInferred(undatedEvent, articleById)).toBe(false);
    const withBasis = {
      ...undatedEvent,
      mentions: [{ ...undatedEvent.mentions[0]!, dateBasis: 'publication-date' }],
    };
    expect(isDateInferred(withBasis, articleById)).toBe(false);
  });
});

describe('eventSources', () => {
  it('counts sources by article, keeping every sentence of each', () => {
    const first = meetingEvent.mentions[0]!;
    const later = { ...first, start: first.end + 1, end: first.end + 20 };
    const twice = { ...meetingEvent, mentions: [first, meetingEvent.mentions[1]!, later] };
    expect(eventSources(twice)).toEqual([
      { articleId: 'geneva', mentionIndexes: [0, 2] },
      { articleId: 'deal', mentionIndexes: [1] },
    ]);
  });

  it('quotes a sentence that tells the event in two words once', () => {
    const first = meetingEvent.mentions[0]!;
    const otherWord = { ...first, trigger: { start: first.start, end: first.start + 3 } };
    const twoWords = { ...meetingEvent, mentions: [first, meetingEvent.mentions[1]!, otherWord] };
    expect(eventSources(twoWords)).toEqual([
      { articleId: 'geneva', mentionIndexes: [0] },
      { articleId: 'deal', mentionIndexes: [1] },
    ]);
  });
});

describe('mergeReasons', () => {
  it('gives each reason once, in order', () => {
    const event = { ...meetingEvent, mergedBecause: ['same day', 'same people', 'same day'] };
    expect(mergeReasons(event)).toEqual(['same day', 'same people']);
  });
});
