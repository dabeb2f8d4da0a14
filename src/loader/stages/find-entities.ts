/**
 * Stage: finds people, organizations, countries, places, products and market indices in
 * each sentence, and gives each mention a canonical name shared within the article
 * ("Kerry" → "John Kerry", "EADS" → its long form, "the top US diplomat" → the person
 * introduced with that role, "Moscow" acting → Russia, "the 787" → "Boeing 787
 * Dreamliner"). What the article itself shows to be no name is left out: an opener it
 * writes in lower case elsewhere ("World's largest airliner"), a word that only numbers a
 * part ("Chapter 11").
 */
import type { EntityMention, Span } from '../../contract/corpus.ts';
import type { ArticleStage } from '../article-draft.ts';
import type { Word } from '../language/tag-words.ts';
import { afterDateline } from '../events/dateline.ts';
import { unifyNames } from '../events/unify-names.ts';
import { findNames, type NameMention } from '../reading/find-names.ts';
import { commonOpeners } from '../reading/common-openers.ts';
import { surnameOpeners } from '../reading/surname-openers.ts';
import { findModelNumbers, modelNumbersOf } from '../reading/model-numbers.ts';
import { within, wordsIn } from '../reading/words-in.ts';

export const findEntities: ArticleStage = {
  name: 'find-entities',
  run(draft) {
    const inBoilerplate = (span: Span) =>
      draft.boilerplate.some((b) => b.start <= span.start && span.end <= b.end);
    const mentions: NameMention[] = [];
    const sentences: SentenceWords[] = [];
    const common = commonOpeners(draft.words, draft.sentences);
    for (const sentence of draft.sentences) {
      const timexes = within(draft.timexes, sentence);
      // Dates are no names ("Monday", "March"), nor an opener the article writes in lower
      // case ("World's largest airliner …").
      const excluded = (word: Word) =>
        common.has(word.start) ||
        timexes.some((timex) => timex.start <= word.start && word.end <= timex.end);
      if (inBoilerplate(sentence)) continue;
      // The dateline names where the article was filed, not a participant.
      const from = afterDateline(draft.dateline, sentence);
      const words = wordsIn(draft.words, { start: from, end: sentence.end });
      sentences.push({ words, excluded });
      for (const mention of findNames(words, draft.text, excluded)) {
        if (mention.end <= mention.start) continue;
        mentions.push({ ...mention, text: draft.text.slice(mention.start, mention.end) });
      }
    }
    // "Jobs said", once the article has named "Steve Jobs": a surname the tagger took for a noun.
    mentions.push(
      ...surnameOpeners(
        sentences.map(({ words }) => words),
        mentions,
      ),
    );
    // "777-200LR": the letters of a model are no name of their own.
    const models = bareModelNumbers(sentences, mentions);
    const numbered = numberedReferences(sentences, mentions);
    const names = mentions.filter(
      (name) =>
        !numbered.has(name) &&
        !models.some((model) => model.start <= name.start && name.end <= model.end),
    );
    const entities = oneKindPerName(unifyNames([...names, ...models])).sort(
      (a, b) => a.start - b.start || a.end - b.end,
    );
    return { ...draft, entities };
  },
};

interface SentenceWords {
  words: Word[];
  excluded: (word: Word) => boolean;
}

/**
 * "the 787", "its 777 airliner": numbers that name a model, once the article's products are
 * known (a model variant or a number before a vehicle noun makes one known too).
 */
function bareModelNumbers(sentences: readonly SentenceWords[], names: readonly NameMention[]) {
  const inName = (word: Word) =>
    names.some((name) => name.start <= word.start && word.end <= name.end);
  const find = (known: ReadonlySet<string>) =>
    sentences.flatMap(({ words, excluded }) =>
      findModelNumbers(words, known, (word) => excluded(word) || inName(word)),
    );
  const products = names.filter((name) => name.kind === 'product');
  return find(modelNumbersOf([...products, ...find(new Set())]));
}

/**
 * "filed for Chapter 11 protection", "under Article 5": a capitalized word nothing else
 * classifies, always followed by a number, numbers a part of something; it names no one.
 */
function numberedReferences(
  sentences: readonly SentenceWords[],
  names: readonly NameMention[],
): Set<NameMention> {
  const followed = new Map<number, boolean>();
  for (const { words } of sentences)
    words.forEach((word, index) => followed.set(word.start, words[index + 1]?.pos === 'NUM'));
  const numberedName = (name: NameMention) =>
    name.tentative === true && !name.text.includes(' ') && followed.get(name.start) === true;
  const alone = new Set(names.filter((name) => !numberedName(name)).map((name) => name.name));
  return new Set(names.filter((name) => numberedName(name) && !alone.has(name.name)));
}

/**
 * A name is one thing throughout an article: "Airbus" after "from" is no place when the
 * article's other mentions make it a company. The commonest kind wins.
 */
function oneKindPerName(entities: EntityMention[]): EntityMention[] {
  const votes = new Map<string, Map<EntityMention['kind'], number>>();
  for (const entity of entities) {
    const counts = votes.get(entity.canonical) ?? new Map<EntityMention['kind'], number>();
    counts.set(entity.kind, (counts.get(entity.kind) ?? 0) + 1);
    votes.set(entity.canonical, counts);
  }
  return entities.map((entity) => {
    const counts = [...(votes.get(entity.canonical) ?? [])];
    const [kind] = counts.reduce((best, entry) => (entry[1] > best[1] ? entry : best));
    return kind === entity.kind ? entity : { ...entity, kind };
  });
}
