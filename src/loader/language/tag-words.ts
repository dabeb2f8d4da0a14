/**
 * NLP analysis: one paragraph → words with exact offsets, Universal Dependencies tags,
 * lemmas and negation, and the model's sentence boundaries. Everything later (names,
 * clauses, events, roles) reads these words; nothing else calls the language model.
 */
import type { Span } from '../../contract/corpus.ts';
import { correctTags } from './correct-tags.ts';
import { languageModel } from './language-model.ts';
import type { PartOfSpeech, Word } from './word.ts';

export type { PartOfSpeech, Word } from './word.ts';

export interface TaggedParagraph {
  words: Word[];
  /** The model's sentence boundaries, offsets into the article's text. */
  sentences: Span[];
}

/** Letters with no decomposition into a base letter and its marks. */
const BASE_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  ŋ: 'n',
  Ŋ: 'N',
  œ: 'o',
  Œ: 'O',
};

/**
 * The text with each accented letter beyond Latin-1 as its base letter, one for one, so
 * offsets hold: the model's tokenizer splits a word at letters it does not know
 * ("Erdoğan" was "Erdo", "ğ", "an"; "Łódź" three tokens).
 */
export function withModelLetters(text: string): string {
  if (!/[\u0100-\u024f\u1e00-\u1eff]/.test(text)) return text;
  return text.replace(/[\u0100-\u024f\u1e00-\u1eff]/g, (letter) => {
    const base = BASE_LETTERS[letter] ?? letter.normalize('NFD').charAt(0);
    return /^[A-Za-z]$/.test(base) ? base : letter;
  });
}

/** Tags `text.slice(paragraph.start, paragraph.end)`; offsets index the whole `text`. */
export function tagParagraph(text: string, paragraph: Span): TaggedParagraph {
  const original = text.slice(paragraph.start, paragraph.end);
  // The model reads the letters it knows; words keep the text's own ("Erdoğan").
  const slice = withModelLetters(original);
  const nlp = languageModel();
  const its = nlp.its;
  const doc = nlp.readDoc(slice);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const tags = tokens.out(its.pos) as string[];
  // wink types `its.lemma` with its model add-ons; at run time it is an ordinary `its` function.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const negations = tokens.out(its.negationFlag) as unknown as boolean[];
  const offsets: Array<Span | null> = [];
  let cursor = 0;
  for (const value of values) {
    const at = slice.indexOf(value, cursor);
    // The model may normalise a token it cannot find verbatim; it then has no place.
    if (at < 0 || value.trim() === '') {
      offsets.push(null);
      continue;
    }
    offsets.push({ start: paragraph.start + at, end: paragraph.start + at + value.length });
    cursor = at + value.length;
  }
  const words: Word[] = [];
  for (let index = 0; index < values.length; index++) {
    const span = offsets[index];
    if (!span) continue;
    const value = text.slice(span.start, span.end);
    // Every field written out: a spread (`...span`) gives each word a slow dictionary shape.
    words.push({
      start: span.start,
      end: span.end,
      text: value,
      lower: value.toLowerCase(),
      lemma: (lemmas[index] ?? value).toLowerCase(),
      pos: (tags[index] ?? 'X') as PartOfSpeech,
      negated: negations[index] === true,
    });
  }
  const sentences: Span[] = [];
  for (const [first, last] of doc.sentences().out(its.span) as unknown as Array<[number, number]>) {
    const from = firstPlaced(offsets, first, last, 1);
    const to = firstPlaced(offsets, last, first, -1);
    if (from && to) sentences.push({ start: from.start, end: to.end });
  }
  return { words: correctTags(rejoinDesignators(words)), sentences };
}

/**
 * The model splits "A380s" into "A3" and "80s" (a decade), "737s" into "737" and "s", and
 * "3G." into "3" and an initial "G.": what is written as one word is one word, a model's
 * name or its plural.
 */
function rejoinDesignators(words: Word[]): Word[] {
  const out: Word[] = [];
  for (const word of words) {
    const previous = out[out.length - 1];
    const touching = previous !== undefined && previous.end === word.start;
    // "A3" + "80s", and "737" + "s" of "five Boeing 737s".
    const designator =
      touching && /^[A-Z]{1,2}\d+$/.test(previous.text) && /^\d+[a-z]{0,2}$/.test(word.text);
    const pluralNumber = touching && /^\d+$/.test(previous.text) && word.text === 's';
    // "the iPhone 3G." at a sentence's end: "3" + "G." is the name "3G" and a full stop.
    if (touching && /^\d+$/.test(previous.text) && /^[A-Z]{1,3}\.$/.test(word.text)) {
      const text = previous.text + word.text.slice(0, -1);
      out[out.length - 1] = {
        start: previous.start,
        end: word.end - 1,
        text,
        lower: text.toLowerCase(),
        lemma: text.toLowerCase(),
        pos: 'PROPN',
        negated: false,
      };
      out.push({
        start: word.end - 1,
        end: word.end,
        text: '.',
        lower: '.',
        lemma: '.',
        pos: 'PUNCT',
        negated: false,
      });
      continue;
    }
    if (previous && (designator || pluralNumber)) {
      const text = previous.text + word.text;
      out[out.length - 1] = {
        start: previous.start,
        end: word.end,
        text,
        lower: text.toLowerCase(),
        lemma: text.toLowerCase().replace(/s$/, ''),
        pos: designator ? 'PROPN' : 'NUM',
        negated: false,
      };
      continue;
    }
    out.push(word);
  }
  return out;
}

function firstPlaced(
  offsets: ReadonlyArray<Span | null>,
  from: number,
  to: number,
  step: 1 | -1,
): Span | null {
  for (let index = from; step > 0 ? index <= to : index >= to; index += step) {
    const span = offsets[index];
    if (span) return span;
  }
  return null;
}
