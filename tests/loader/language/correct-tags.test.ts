import { describe, expect, it } from 'vitest';
import { correctTags } from '../../../src/loader/language/correct-tags.ts';
import type { PartOfSpeech, Word } from '../../../src/loader/language/tag-words.ts';

/** Words from `form/TAG` or `form/TAG/lemma`, one space apart; lemma = lower case by default. */
function words(spec: string): Word[] {
  let offset = 0;
  return spec.split(' ').map((pair) => {
    const [text = '', pos = 'X', lemma = text.toLowerCase()] = pair.split('/');
    const word: Word = {
      start: offset,
      end: offset + text.length,
      text,
      lower: text.toLowerCase(),
      lemma,
      pos: pos as PartOfSpeech,
      negated: false,
    };
    offset += text.length + 1;
    return word;
  });
}

const tags = (spec: string) => correctTags(words(spec)).map((word) => word.pos);

/** Words as `words` gives them, those marked "~" written together with the next one. */
function joinedWords(spec: string): Word[] {
  const list = words(spec.replace(/~/g, ''));
  let shift = 0;
  spec.split(' ').forEach((part, index) => {
    const word = list[index] as Word;
    word.start -= shift;
    word.end -= shift;
    if (part.endsWith('~')) shift += 1;
  });
  return list;
}

describe('correctTags', () => {
  it('reads an -ing form between a possessive and a noun as the adjective it is ("the region\'s leading northern mills")', () => {
    const joined = (spec: string) => correctTags(joinedWords(spec)).map((word) => word.pos);
    expect(
      joined("the/DET region/NOUN~ 's/PART leading/VERB/lead northern/ADJ mills/NOUN/mill"),
    ).toEqual(['DET', 'NOUN', 'PART', 'ADJ', 'ADJ', 'NOUN']);
    // Not a verb after a possessive's noun: "the region's mills, leading the way".
    expect(
      joined("the/DET region/NOUN~ 's/PART mills/NOUN/mill leading/VERB/lead the/DET way/NOUN"),
    ).toContain('VERB');
  });

  it('reads an -s form right before a past, with no subject before it, as that past\'s plural subject ("when engineers started pumping")', () => {
    expect(
      tags('when/ADV engineers/VERB/engineer started/VERB/start pumping/VERB/pump mud/NOUN'),
    ).toEqual(['ADV', 'NOUN', 'VERB', 'VERB', 'NOUN']);
    // With its subject before it, it is the verb: "the ban stays unrevoked".
    expect(tags('the/DET ban/NOUN stays/VERB/stay unrevoked/VERB')[2]).toBe('VERB');
  });

  it('reads the second word of a two-word noun naming a group as a noun ("a task force for Syria")', () => {
    // A sentence whose verb the tagger took for a noun is read as a headline, whose verb
    // "force" would otherwise be.
    expect(
      tags(
        'They/PRON co-chair/NOUN a/DET humanitarian/ADJ task/NOUN force/NOUN for/ADP Oslo/PROPN',
      )[5],
    ).toBe('NOUN');
    expect(tags('The/DET rebels/NOUN force/VERB the/DET issue/NOUN')[2]).toBe('VERB');
  });

  it('reads an apostrophe written onto a plural before a noun as its possessive ("the banks\' shares")', () => {
    const banks = joinedWords("The/DET banks/NOUN~ '/PUNCT shares/NOUN fell/VERB");
    expect(correctTags(banks).map((word) => word.pos)).toEqual([
      'DET',
      'NOUN',
      'PART',
      'NOUN',
      'VERB',
    ]);
    // A closing quotation mark is no possessive.
    const quoted = joinedWords("the/DET rules/NOUN~ '/PUNCT and/CCONJ more/ADJ");
    expect(correctTags(quoted)[2]?.pos).toBe('PUNCT');
  });

  it('reads a capitalised opener taken for a verb before the nouns a verb follows as a name ("Ford brand sales were up")', () => {
    expect(tags('Lund/VERB brand/NOUN sales/NOUN were/AUX up/ADP')[0]).toBe('PROPN');
    expect(tags('Lund/VERB shares/NOUN gained/VERB')[0]).toBe('PROPN');
    expect(tags('Lund/VERB brand/NOUN sales/NOUN ./PUNCT')[0]).toBe('VERB');
  });

  it('reads an adjective between an article and "of" as the head of its noun phrase ("The chief of staff")', () => {
    expect(tags('The/DET chief/ADJ of/ADP staff/NOUN Ana/PROPN Lind/PROPN stated/VERB')).toEqual([
      'DET',
      'NOUN',
      'ADP',
      'NOUN',
      'PROPN',
      'PROPN',
      'VERB',
    ]);
    expect(tags('a/DET chief/ADJ executive/NOUN')[1]).toBe('ADJ');
    // So is one between "a" or "an" and any preposition: "an offensive against".
    expect(tags('launched/VERB an/DET offensive/ADJ against/ADP rebels/NOUN')[2]).toBe('NOUN');
    expect(tags('the/DET best/ADJ in/ADP years/NOUN')[1]).toBe('ADJ');
    // So is one after a possessive, or a determiner and a noun: "its record close of 9,164".
    expect(tags('below/ADP its/PRON record/NOUN close/ADJ of/ADP 9,164/NUM')[3]).toBe('NOUN');
    expect(tags('below/ADP its/PRON close/ADJ of/ADP 9,164/NUM')[2]).toBe('NOUN');
    expect(tags('its/PRON close/ADJ ties/NOUN')[1]).toBe('ADJ');
  });

  it('reads a past form between a count or a preposition and a noun as describing it ("33 trapped miners", "from flooded Thai cave")', () => {
    expect(tags('All/DET 33/NUM trapped/VERB/trap Chilean/ADJ miners/NOUN')[2]).toBe('ADJ');
    expect(tags('rescued/VERB/rescue from/ADP flooded/VERB/flood Thai/PROPN cave/NOUN')[2]).toBe(
      'ADJ',
    );
    // Not after a number that ends a name: "Terminal 5 reported few problems".
    expect(tags('Terminal/PROPN 5/NUM reported/VERB/report few/ADJ problems/NOUN')[2]).toBe('VERB');
  });

  it('reads a naming participle after an indefinite noun phrase as describing it ("a new phone called the Q7"), not a verb after a subject', () => {
    expect(
      tags(
        'Lund/PROPN unveiled/VERB/unveil a/DET new/ADV phone/NOUN called/VERB/call the/DET Q7/PROPN',
      )[5],
    ).toBe('ADJ');
    expect(tags('bought/VERB/buy a/DET startup/NOUN named/VERB/name Orrin/PROPN')[3]).toBe('ADJ');
    expect(tags('The/DET company/NOUN named/VERB/name Ann/PROPN Berg/PROPN')[2]).toBe('VERB');
  });

  it('reads "that" after a preposition and before a noun as its determiner ("cut its rate to that level"), not in "in that he lied"', () => {
    expect(tags('cut/VERB it/PRON to/ADP that/SCONJ record/NOUN low/ADJ')[3]).toBe('DET');
    expect(tags('wrong/ADJ in/ADP that/SCONJ he/PRON lied/VERB')[2]).toBe('SCONJ');
    // So after a verb that takes no clause, before a singular noun with no verb after it in
    // its clause ("completed that move in August"); a saying's "that" opens a clause.
    expect(tags('completed/VERB/complete that/SCONJ move/NOUN in/ADP August/PROPN')[1]).toBe('DET');
    expect(tags('said/VERB/say that/SCONJ growth/NOUN in/ADP May/PROPN ./PUNCT')[1]).toBe('SCONJ');
    expect(tags('completed/VERB/complete that/SCONJ move/NOUN was/AUX late/ADJ')[1]).toBe('SCONJ');
  });

  it('reads "having" before a past written as its base as the perfect\'s auxiliary ("having cut it")', () => {
    expect(tags('having/VERB/have cut/VERB it/PRON')[0]).toBe('AUX');
    // Not before a verb in its own form: "having lunch", "having to cut".
    expect(tags('having/VERB/have lunch/NOUN')[0]).toBe('VERB');
  });

  it('makes a capitalised opener that an apposition describes a name ("Lund, the second …,")', () => {
    expect(tags('Lund/VERB ,/PUNCT the/DET second/ADJ carmaker/NOUN ,/PUNCT rose/VERB')[0]).toBe(
      'PROPN',
    );
    expect(tags('Citing/VERB ,/PUNCT the/DET firm/NOUN')[0]).toBe('VERB');
  });

  it('reads a past participle between an adverb after a possessive and its noun as an adjective ("the board\'s next scheduled meeting")', () => {
    expect(tags("the/DET board/NOUN 's/PART next/ADV scheduled/VERB meeting/NOUN")[4]).toBe('ADJ');
    expect(tags('its/PRON newly/ADV announced/VERB plan/NOUN')[2]).toBe('ADJ');
    // Not a verb of its own: "the board quickly scheduled meetings".
    expect(tags('the/DET board/NOUN quickly/ADV scheduled/VERB meetings/NOUN')[3]).toBe('VERB');
  });

  it('reads a past taken for an adjective after a name that opens the sentence as its verb ("Erik Lund retired on Monday"), not before a noun another verb follows', () => {
    const corrected = correctTags(
      words('Erik/PROPN Lund/PROPN retired/ADJ on/ADP Monday/PROPN ./PUNCT'),
    );
    expect([corrected[2]?.pos, corrected[2]?.lemma]).toEqual(['VERB', 'retire']);
    expect(tags('Norwind/PROPN Air/PROPN chartered/ADJ flights/NOUN landed/VERB')[2]).toBe('ADJ');
    // Before a noun when its clause has no other verb: "AT&T limited buyers to one each, while".
    expect(
      tags('Norwind/PROPN limited/ADJ buyers/NOUN to/ADP one/NUM each/DET ,/PUNCT while/SCONJ')[1],
    ).toBe('VERB');
    // A name or a pronoun for its object: "On Saturday, Lund married Berg".
    expect(tags(',/PUNCT Lund/PROPN married/ADJ Ann/PROPN Berg/PROPN ./PUNCT')[2]).toBe('VERB');
    expect(tags('Lund/PROPN thanked/ADJ them/PRON ./PUNCT')[1]).toBe('VERB');
    expect(tags('Since/ADP Lund/PROPN retired/ADJ on/ADP Monday/PROPN')[2]).toBe('ADJ');
  });

  it('reads an opener taken for a verb, then a past taken for an adjective, as a name and its verb ("Lund sold")', () => {
    const corrected = correctTags(words('Lund/VERB sold/ADJ half/NOUN of/ADP its/PRON mills/NOUN'));
    expect(corrected.slice(0, 2).map((word) => [word.pos, word.lemma])).toEqual([
      ['PROPN', 'lund'],
      ['VERB', 'sell'],
    ]);
    expect(tags('Lund/VERB shuttered/ADJ two/NUM mills/NOUN').slice(0, 2)).toEqual([
      'PROPN',
      'VERB',
    ]);
    // "Lund chairman Ann Berg said": an opener before a staff title and a name is a body.
    expect(tags('Fed/VERB chairman/NOUN Ann/PROPN Berg/PROPN said/VERB')[0]).toBe('PROPN');
    expect(tags('Fed/VERB chairman/NOUN and/CCONJ staff/NOUN')[0]).toBe('VERB');
    // "Lund shares gained": an opener before the noun a verb follows modifies it.
    expect(tags('Lund/VERB shares/NOUN gained/VERB 2/NUM %/SYM')[0]).toBe('PROPN');
    expect(tags('Selling/VERB shares/NOUN helped/VERB')[0]).toBe('VERB');
    // Not mid-sentence, and not an adjective that is no past ("Lund green").
    expect(tags('the/DET Lund/VERB sold/ADJ')[2]).toBe('ADJ');
    expect(tags('Lund/VERB green/ADJ mills/NOUN')[1]).toBe('ADJ');
  });

  it('makes a present after a bare noun, joined to a plural noun, a compound\'s plural ("travel bans and asset freezes on")', () => {
    expect(
      tags(
        'imposed/VERB/impose travel/NOUN bans/NOUN/ban and/CCONJ asset/NOUN freezes/VERB/freeze on/ADP officials/NOUN/official',
      ),
    ).toEqual(['VERB', 'NOUN', 'NOUN', 'CCONJ', 'NOUN', 'NOUN', 'ADP', 'NOUN']);
    // A verb before "and" makes a clause: "prices fell and trading resumes on Monday".
    expect(
      tags(
        'prices/NOUN/price fell/VERB/fall and/CCONJ trading/NOUN resumes/VERB/resume on/ADP Monday/PROPN',
      )[4],
    ).toBe('VERB');
  });

  it('makes an irregular past the tagger read as a noun a verb, unless a common noun is spelt so ("overtook", not "rose")', () => {
    expect(tags('Harwell/PROPN briefly/ADV overtook/NOUN Lindale/PROPN')[2]).toBe('VERB');
    expect(correctTags(words('Harwell/PROPN overtook/NOUN Lindale/PROPN'))[1]?.lemma).toBe(
      'overtake',
    );
    expect(tags('a/DET red/ADJ rose/NOUN')[2]).toBe('NOUN');
  });

  it('makes a past written as its present a verb right after the perfect\'s auxiliary ("the firm had forecast on October 5")', () => {
    expect(tags('the/DET firm/NOUN had/AUX/have forecast/NOUN on/ADP October/PROPN 5/NUM')[3]).toBe(
      'VERB',
    );
    expect(tags('Lund/PROPN has/AUX/have cut/NOUN its/PRON rate/NOUN')[2]).toBe('VERB');
    // Not after "have" of possession, nor a noun no verb is spelt like.
    expect(tags('the/DET firm/NOUN had/VERB/have forecast/NOUN errors/NOUN')[3]).toBe('NOUN');
    expect(tags('the/DET firm/NOUN had/AUX/have profits/NOUN')[3]).toBe('NOUN');
  });

  it('makes a bare verb form after a singular noun a noun ("the largest passenger jet in")', () => {
    expect(tags('the/DET largest/ADJ passenger/NOUN jet/VERB in/ADP the/DET world/NOUN')).toEqual([
      'DET',
      'ADJ',
      'NOUN',
      'NOUN',
      'ADP',
      'DET',
      'NOUN',
    ]);
    // "cut" may be a past tense, "set up" has its particle, "police" takes a plural verb.
    expect(tags('the/DET company/NOUN cut/VERB from/ADP it/PRON')[2]).toBe('VERB');
    expect(tags('the/DET company/NOUN set/VERB up/ADP a/DET plant/NOUN')[2]).toBe('VERB');
    expect(tags('the/DET police/NOUN arrest/VERB in/ADP Oslo/PROPN')[2]).toBe('VERB');
    // A possessive opens the noun as an article does ("in his keynote address at").
    expect(tags('in/ADP his/PRON keynote/NOUN address/VERB at/ADP Macworld/PROPN')[3]).toBe('NOUN');
  });

  it('makes a past written as its base the verb of a subordinate clause ("as the company forecast revenue")', () => {
    expect(
      tags('fell/VERB ,/PUNCT as/ADP the/DET company/NOUN forecast/NOUN revenue/NOUN ./PUNCT')[5],
    ).toBe('VERB');
    // Not a compound whose clause has its own verb ("as the price cut deadline passed").
    expect(
      tags('fell/VERB as/ADP the/DET price/NOUN cut/NOUN deadline/NOUN passed/VERB ./PUNCT')[4],
    ).toBe('NOUN');
  });

  it('makes a plural after "the" and a date a noun ("since the May 3 fires", "the 2004 floods")', () => {
    // As the tagger gives it, a noun the headline-verb rule must leave alone …
    expect(
      tags(
        'its/PRON worst/ADJ day/NOUN since/SCONJ the/DET May/PROPN 3/NUM fires/NOUN in/ADP 2004/NUM',
      )[7],
    ).toBe('NOUN');
    // … or taken for a verb.
    expect(tags('after/ADP the/DET May/PROPN 3/NUM fires/VERB ,/PUNCT')[4]).toBe('NOUN');
    expect(tags('since/SCONJ the/DET 2004/NUM floods/VERB ./PUNCT')[3]).toBe('NOUN');
    // A count is no date: "the 3 plants" stays as tagged, and so does a verb after a name.
    expect(tags('Lund/PROPN 500/NUM rises/VERB ./PUNCT')[2]).toBe('VERB');
  });

  it('makes a plural subject\'s present before an infinitive, after a subordinator, a verb ("as banks pledge to")', () => {
    expect(tags('rose/VERB as/SCONJ banks/NOUN pledge/NOUN to/PART lend/VERB ./PUNCT')[3]).toBe(
      'VERB',
    );
    // Not without the subordinator: "the banks pledge to lend" may be a noun's phrase.
    expect(tags('of/ADP banks/NOUN pledge/NOUN to/PART lend/VERB')[2]).toBe('NOUN');
  });

  it('makes a capitalised word before a possessive a name ("Ford\'s shares")', () => {
    expect(tags("the/DET Ford/VERB 's/PART shares/NOUN")[1]).toBe('PROPN');
  });

  it('makes a sentence-opening "verb" before a possessive a name, but not a noun or "Let\'s"', () => {
    expect(tags("Ford/VERB 's/PART shares/NOUN")[0]).toBe('PROPN');
    expect(tags("Today/NOUN 's/PART plan/NOUN")[0]).toBe('NOUN');
    expect(tags("Let/VERB 's/PRON go/VERB")[0]).toBe('VERB');
  });

  it('makes an -s form between a name and "that" a verb ("Larkspur claims that …"), not after an article', () => {
    expect(tags('Larkspur/PROPN claims/NOUN that/SCONJ sales/NOUN rose/VERB')[1]).toBe('VERB');
    expect(tags('The/DET claims/NOUN that/PRON Larkspur/PROPN made/VERB')[1]).toBe('NOUN');
  });

  it('makes an -s form between a name and an infinitive a verb ("Larkspur plans to close")', () => {
    expect(tags('Larkspur/PROPN plans/NOUN to/PART close/VERB plants/NOUN')[1]).toBe('VERB');
    expect(tags("the/DET firm/NOUN 's/PART plans/NOUN to/PART close/VERB")[3]).toBe('NOUN');
  });

  it('makes a verb form hyphenated to the word before an adjective ("an EADS-led group"), not after a prefix', () => {
    const joined = (spec: string) => correctTags(joinedWords(spec)).map((word) => word.pos);
    expect(joined('an/DET Ostrava/PROPN~ -/PUNCT~ led/VERB group/NOUN')[3]).toBe('ADJ');
    expect(joined('a/DET similarly/ADV~ -/PUNCT~ sized/VERB jet/NOUN')[3]).toBe('ADJ');
    // Before a name too: "war-ravaged Syria".
    expect(joined('in/ADP war/NOUN~ -/PUNCT~ ravaged/VERB Syria/PROPN')[3]).toBe('ADJ');
    expect(joined('it/PRON out/ADV~ -/PUNCT~ sold/VERB rivals/NOUN')[3]).toBe('VERB');
    // Spaced, the hyphen is a dash: "the plan - approved in May - stands".
    expect(tags('plan/NOUN -/PUNCT approved/VERB in/ADP')[2]).toBe('VERB');
    // Without its hyphen, "based" between two names: "Oslo based Norwind".
    expect(tags('selected/VERB Oslo/PROPN based/VERB Norwind/PROPN')[2]).toBe('ADJ');
    expect(tags('Norwind/PROPN is/AUX based/VERB in/ADP Oslo/PROPN')[2]).toBe('VERB');
  });

  it('makes an adjective between a possessive or article and a verb a noun ("Norway\'s military said")', () => {
    expect(tags("Norway/PROPN 's/PART military/ADJ did/AUX not/PART confirm/VERB")[2]).toBe('NOUN');
    expect(tags('the/DET military/ADJ said/VERB/say')[1]).toBe('NOUN');
    // Before a noun it still describes it: "the military base".
    expect(tags('the/DET military/ADJ base/NOUN was/AUX')[1]).toBe('ADJ');
  });

  it('makes a past participle between a preposition and a noun an adjective ("of flattened villages")', () => {
    expect(tags('the/DET rubble/NOUN of/ADP flattened/VERB villages/NOUN')[3]).toBe('ADJ');
    expect(tags('with/ADP limited/VERB success/NOUN')[1]).toBe('ADJ');
    // Still verbs: "more than doubled sales", "to cut costs", one before an article.
    expect(tags('more/ADJ than/ADP doubled/VERB sales/NOUN')[2]).toBe('VERB');
    expect(tags('plans/VERB to/ADP cut/VERB costs/NOUN')[2]).toBe('VERB');
    expect(tags('after/ADP closed/VERB the/DET plant/NOUN')[1]).toBe('VERB');
  });

  it('reads a particle hyphened to a noun as the noun the two make ("the take-off": "takeoff")', () => {
    // "take-off" written together: the hyphen touches both words.
    const list = joinedWords('the/DET take/NOUN~ -/PUNCT~ off/ADP was/AUX normal/ADJ');
    expect(correctTags(list)[3]).toMatchObject({ pos: 'NOUN', lemma: 'takeoff' });
    // Spaced, the hyphen is a dash: "the plan - off the table - stands".
    expect(tags('the/DET plan/NOUN -/PUNCT off/ADP the/DET table/NOUN')[3]).toBe('ADP');
  });

  it('keeps a noun before a long name with its "and" and bracketed acronym a noun', () => {
    const spec =
      'Larkspur/PROPN parent/NOUN company/NOUN North/PROPN Sea/PROPN Oil/PROPN and/CCONJ Gas/PROPN (/PUNCT NSOG/PROPN )/PUNCT has/AUX defeated/VERB Norwind/PROPN';
    expect(tags(spec)[2]).toBe('NOUN');
    // Tagged a verb, a base form between a name's noun and the name is that noun.
    expect(tags('Larkspur/PROPN parent/NOUN company/VERB Norwind/PROPN said/VERB')[2]).toBe('NOUN');
  });

  it('reads a word the tagger made an adverb between a number and a noun as an adjective', () => {
    expect(tags('bought/VERB 12/NUM new/ADV jets/NOUN')[2]).toBe('ADJ');
    expect(tags('fell/VERB 3/NUM percent/NOUN recently/ADV')[3]).toBe('ADV');
  });

  it('reads "to date" as "so far" and a clause-opening "given" as a preposition', () => {
    expect(tags('orders/NOUN to/PART date/VERB ,/PUNCT though/SCONJ')[2]).toBe('NOUN');
    expect(tags('plans/VERB to/PART date/VERB the/DET find/NOUN')[2]).toBe('VERB');
    expect(tags('However/ADV ,/PUNCT given/VERB the/DET slump/NOUN')[2]).toBe('ADP');
    expect(tags('GM/PROPN was/AUX given/VERB the/DET loans/NOUN')[2]).toBe('VERB');
  });

  it('reads an -s form after "to" as a plural noun, not a verb ("moving to phones")', () => {
    const [, , , phones] = correctTags(words('users/NOUN moving/VERB to/PART phones/VERB/phone'));
    expect(phones).toMatchObject({ pos: 'NOUN', lemma: 'phone' });
    // A base form that ends in "s" stays a verb: "to discuss".
    expect(tags('wants/VERB to/PART discuss/VERB the/DET plan/NOUN')[2]).toBe('VERB');
  });

  it('keeps a base form after "to" or a modal as its own lemma ("to lay off", not "lie")', () => {
    const lemmas = (spec: string) => correctTags(words(spec)).map((word) => word.lemma);
    expect(lemmas('plans/VERB/plan to/PART lay/VERB/lie off/ADP')[2]).toBe('lay');
    expect(lemmas('will/AUX found/VERB/find a/DET bank/NOUN')[1]).toBe('found');
    // A past stays the past of its verb: "He lay down".
    expect(lemmas('He/PRON lay/VERB/lie down/ADP')[1]).toBe('lie');
  });

  it('lemmatizes a hyphenated verb by its last part ("re-entered" → "re-enter")', () => {
    const [, verb] = correctTags(words('GM/PROPN re-entered/VERB the/DET market/NOUN'));
    expect(verb?.lemma).toBe('re-enter');
  });

  it('lemmatizes a past the model cut to a stem it would have doubled ("fined" → "fine")', () => {
    const [, , fined] = correctTags(words('Lund/PROPN was/AUX fined/VERB/fin'));
    expect(fined?.lemma).toBe('fine');
    // A doubled stem or a longer one keeps its lemma.
    const [, pinned] = correctTags(words('Lund/PROPN pinned/VERB/pin'));
    expect(pinned?.lemma).toBe('pin');
    const [, opened] = correctTags(words('Lund/PROPN opened/VERB/open'));
    expect(opened?.lemma).toBe('open');
  });

  it('reads an ordinal inside a noun phrase as an adjective ("its first annual loss")', () => {
    expect(tags('its/PRON first/ADV annual/ADJ loss/NOUN')[1]).toBe('ADJ');
    expect(tags('the/DET last/ADV flight/NOUN')[1]).toBe('ADJ');
    expect(tags('it/PRON first/ADV flew/VERB')[1]).toBe('ADV');
  });

  it('lemmatizes an inflected verb the model left as written ("stimulates" → "stimulate")', () => {
    const [, verb] = correctTags(words('Aid/NOUN stimulates/VERB growth/NOUN'));
    expect(verb?.lemma).toBe('stimulate');
  });

  // One row per tagged phrase: which word, and what it must be read as.
  it.each([
    [
      'an -ing preposition ("according to")',
      'According/VERB to/ADP Airbus/PROPN ,/PUNCT',
      0,
      'ADP',
    ],
    [
      'an -ing preposition ("according to")',
      'sales/NOUN fell/VERB following/VERB the/DET vote/NOUN',
      2,
      'ADP',
    ],
    [
      'an -ing preposition ("according to")',
      'the/DET board/NOUN is/AUX following/VERB the/DET vote/NOUN',
      3,
      'VERB',
    ],
    [
      'an -ing preposition ("according to")',
      'According/VERB to/PART reports/NOUN ,/PUNCT',
      0,
      'ADP',
    ],
    ['an -ing preposition ("according to")', 'the/DET according/VERB of/ADP', 1, 'VERB'],
    [
      '"that" opening a clause',
      'told/VERB reporters/NOUN that/DET sales/NOUN/sale rose/VERB',
      2,
      'SCONJ',
    ],
    ['"that" opening a clause', 'said/VERB that/DET Ford/PROPN won/VERB', 1, 'SCONJ'],
    ['"that" opening a clause', 'bought/VERB that/DET plant/NOUN', 1, 'DET'],
    ["a modal's verb ending a sentence", 'it/PRON will/AUX close/ADJ ./PUNCT', 2, 'VERB'],
    [
      'a capitalised verb opening a later sentence',
      'rose/VERB ./PUNCT Ford/VERB told/VERB reporters/NOUN',
      2,
      'PROPN',
    ],
    ['a word between two names', 'Airbus/PROPN parent/VERB EADS/PROPN wins/VERB', 1, 'NOUN'],
    [
      'a word between two names',
      'Airbus/PROPN hired/VERB Jorge/PROPN Salas/PROPN said/VERB',
      1,
      'VERB',
    ],
    [
      'a capitalised verb after a preposition',
      'talks/NOUN between/ADP Ford/VERB and/CCONJ GM/PROPN',
      2,
      'PROPN',
    ],
    ['a capitalised verb after a preposition', 'agreed/VERB to/PART Meet/VERB', 2, 'VERB'],
    [
      'a plural event noun opening a sentence',
      'Deliveries/PROPN to/ADP SIA/PROPN are/AUX due/ADJ',
      0,
      'NOUN',
    ],
    ['a plural event noun opening a sentence', 'Ryanair/PROPN said/VERB', 0, 'PROPN'],
    ['a plural person noun opening a sentence', 'Investors/PROPN sold/VERB', 0, 'NOUN'],
    ['a plural person noun opening a sentence', 'Parsons/PROPN Corp/PROPN sold/VERB', 0, 'PROPN'],
    ['a singular person noun opening a sentence', 'Baker/PROPN said/VERB', 0, 'PROPN'],
  ] as const)('%s: in "%s", word %i reads as %s', (_rule, spec, index, pos) => {
    expect(tags(spec)[index]).toBe(pos);
  });

  it('reads a word after a possessive pronoun as a noun ("their talks")', () => {
    expect(tags('their/PRON talks/VERB ended/VERB')[1]).toBe('NOUN');
  });

  it('reads a plain verb form after an article and adjectives as a noun ("an American company")', () => {
    expect(tags('an/DET American/ADJ company/VERB with/ADP workers/NOUN')[2]).toBe('NOUN');
    expect(tags('the/DET new/ADJ plant/VERB opened/VERB')[2]).toBe('NOUN');
    // A country's adjective the tagger takes for a name is a modifier too; a name is not.
    expect(tags('the/DET Chinese/PROPN firm/VERB Orvex/PROPN')[2]).toBe('NOUN');
    expect(tags('the/DET Norfed/PROPN cut/VERB rates/NOUN')[2]).toBe('VERB');
  });

  it('keeps the verb after an article and a noun ("the automaker outsold")', () => {
    expect(tags('the/DET automaker/NOUN outsold/VERB Toyota/PROPN')[2]).toBe('VERB');
  });

  it('keeps a noun before "of" a noun, even after a name ("EADS, the parent company of Airbus")', () => {
    expect(tags('EADS/PROPN parent/NOUN company/NOUN of/ADP Airbus/PROPN')[2]).toBe('NOUN');
    expect(tags('EADS/PROPN defeat/NOUN Boeing/PROPN')[1]).toBe('VERB');
  });

  it('reads an -s form after a verb and its particle as its object ("buy back shares")', () => {
    expect(tags('to/PART buy/VERB back/ADV shares/VERB/share from/ADP banks/NOUN/bank')[3]).toBe(
      'NOUN',
    );
  });

  it('reads an -s form after "be" as a noun ("There were protests")', () => {
    expect(tags('There/PRON were/AUX/be protests/VERB/protest in/ADP Paris/PROPN')[2]).toBe('NOUN');
    // A participle after "be" stays a verb.
    expect(tags('Lund/PROPN was/AUX/be fined/VERB/fine')[2]).toBe('VERB');
  });

  it('keeps a noun after a headline\'s verb its object ("Obama presents rescue plan after")', () => {
    expect(tags('Lind/PROPN presents/VERB rescue/NOUN plan/NOUN after/ADP vote/NOUN')[3]).toBe(
      'NOUN',
    );
  });

  it('reads the first -s form after a name in a headline with no verb as its verb', () => {
    expect(tags('Harwell/PROPN posts/NOUN first/ADJ annual/ADJ loss/NOUN')[1]).toBe('VERB');
    expect(tags('maker/NOUN Harwell/VERB posts/NOUN unexpected/ADJ profits/NOUN')[2]).toBe('VERB');
    // A sentence with a verb of its own keeps its nouns.
    expect(tags('Harwell/PROPN posts/NOUN rose/VERB')[1]).toBe('NOUN');
  });

  it('reads "close" after a determiner and a rank as the noun it is ("its lowest close since May 2003")', () => {
    expect(tags('its/PRON lowest/ADV close/ADJ since/SCONJ May/PROPN')).toEqual([
      'PRON',
      'ADJ',
      'NOUN',
      'SCONJ',
      'PROPN',
    ]);
    expect(tags('a/DET record/NOUN close/VERB of/ADP 14,164/NUM')[2]).toBe('NOUN');
    // Not a close without a rank: "rose at the close" keeps what the tagger gave.
    expect(tags('rose/VERB/rise to/ADP a/DET close/ADJ finish/NOUN')[3]).toBe('ADJ');
  });

  it('finds a headline\'s verb past a base form after "to", which is no finite verb ("Lund Bank cuts interest rates to record low")', () => {
    // As the tagger gives it: "cuts" a noun, "rates" a verb of "rat", "record" a verb.
    expect(
      tags(
        'Lund/PROPN Bank/PROPN cuts/NOUN/cut interest/NOUN rates/VERB/rat to/PART record/VERB low/ADJ',
      ),
    ).toEqual(['PROPN', 'PROPN', 'VERB', 'NOUN', 'NOUN', 'PART', 'NOUN', 'ADJ']);
    // A headline's infinitive is its verb: "Lund Air to purchase twenty new jets".
    expect(
      tags('Lund/PROPN Air/PROPN to/PART purchase/VERB twenty/NUM new/ADJ jets/NOUN/jet'),
    ).toEqual(['PROPN', 'PROPN', 'PART', 'VERB', 'NUM', 'ADJ', 'NOUN']);
    // "record" before a level is no verb, unless its subject is right before it.
    expect(tags('fell/VERB/fall to/PART record/VERB low/ADJ levels/NOUN/level')[2]).toBe('NOUN');
    expect(tags('Analysts/NOUN/analyst record/VERB high/ADJ volumes/NOUN/volume')[1]).toBe('VERB');
  });

  it('reads a headline\'s -s form after a name as its verb when the verb the tagger saw is a noun of its object ("Fed cuts interest rates as …")', () => {
    // As the tagger gives it: "Fed" a past of "feed", "rates" a verb of "rat".
    expect(
      tags('Fed/VERB/feed cuts/NOUN/cut interest/NOUN rates/VERB/rat as/ADP turmoil/NOUN'),
    ).toEqual(['PROPN', 'VERB', 'NOUN', 'NOUN', 'ADP', 'NOUN']);
    // Not a plural's bare verb ("shares end first day"), nor after a word that is no name.
    expect(
      tags('Lund/PROPN shares/NOUN end/NOUN first/ADJ day/NOUN above/ADP offer/NOUN price/VERB')[1],
    ).toBe('NOUN');
    expect(tags('Internal/ADJ emails/NOUN expose/VERB talks/NOUN')[2]).toBe('VERB');
    // A clause a semicolon joins has its own verb: "…; Orvex surges" leaves the first to find.
    expect(
      tags(
        'Lund/PROPN Bank/PROPN cuts/NOUN/cut interest/NOUN rates/VERB/rat ;/PUNCT Orvex/PROPN surges/VERB/surge',
      ),
    ).toEqual(['PROPN', 'PROPN', 'VERB', 'NOUN', 'NOUN', 'PUNCT', 'PROPN', 'VERB']);
  });

  it('reads a headline\'s base form after a plural, before a comma and an -ing clause, as its verb ("sales spike, surpassing")', () => {
    const headline =
      "Lund/PROPN 's/PART auto/NOUN sales/NOUN/sale spike/NOUN ,/PUNCT surpassing/VERB/surpass Harwell/PROPN";
    expect(tags(headline)[4]).toBe('VERB');
    // Not after a singular, nor where the sentence has a finite verb of its own.
    expect(tags(headline.replace('sales/NOUN/sale', 'sale/NOUN'))[4]).toBe('NOUN');
    expect(
      tags(
        'Its/PRON sales/NOUN/sale spike/NOUN ,/PUNCT surpassing/VERB/surpass Harwell/PROPN ,/PUNCT rose/VERB/rise',
      )[2],
    ).toBe('NOUN');
  });

  it('reads a headline verb between a name and its object as a verb ("EADS defeat Boeing")', () => {
    const out = correctTags(words('EADS/PROPN defeat/NOUN Boeing/PROPN'));
    expect(out[1]).toMatchObject({ pos: 'VERB', lemma: 'defeat' });
  });

  it('reads "files" after a name and before "for" as the verb "file"', () => {
    const out = correctTags(words('GM/PROPN files/NOUN for/ADP bankruptcy/NOUN'));
    expect(out[1]).toMatchObject({ pos: 'VERB', lemma: 'file' });
  });

  it('reads an -s form after a common-noun opener as its plural when a past ends the phrase', () => {
    const out = correctTags(
      words(
        'Copper/PROPN prices/NOUN/price in/ADP Chile/PROPN and/CCONJ Peru/PROPN slid/VERB/slide',
      ),
    );
    expect(out[1]).toMatchObject({ pos: 'NOUN', lemma: 'price' });
    expect(out[6]).toMatchObject({ pos: 'VERB' });
    expect(
      tags('Tin/PROPN yields/VERB/yield across/ADP the/DET region/NOUN dropped/VERB/drop')[1],
    ).toBe('NOUN');
    expect(
      tags('Orion/PROPN plans/VERB/plan in/ADP Norway/PROPN were/AUX/be scrapped/VERB/scrap')[1],
    ).toBe('NOUN');
  });

  it('reads an -ing form after "chief" as part of a title ("Chief operating officer")', () => {
    expect(tags('Chief/PROPN operating/VERB/operate officer/NOUN Ivo/PROPN Lund/PROPN')[1]).toBe(
      'ADJ',
    );
  });

  it('reads an -ing form after a comma and before its object as a participle ("…, beating Ivo Lund")', () => {
    const out = correctTags(
      words('won/VERB/win ,/PUNCT beating/NOUN/beating Ivo/PROPN Lund/PROPN'),
    );
    expect(out[2]).toMatchObject({ pos: 'VERB', lemma: 'beat' });
    expect(tags('rose/VERB/rise ,/PUNCT winning/NOUN/winning the/DET vote/NOUN')[2]).toBe('VERB');
    // A noun before a noun stays one: "new taxes, spending cuts and reforms".
    expect(tags('taxes/NOUN/tax ,/PUNCT spending/NOUN/spending cuts/NOUN/cut')[2]).toBe('NOUN');
  });

  it('reads a participle between an article and an amount as an adjective ("an estimated $1.2 trillion")', () => {
    expect(
      tags('wiping/VERB out/ADP an/DET estimated/VERB/estimate $/SYM 1.2/NUM trillion/NUM')[3],
    ).toBe('ADJ');
    expect(tags('a/DET reported/VERB/report 300/NUM workers/NOUN')[1]).toBe('ADJ');
    // After "a" before its noun it describes: "a combined mobile phone".
    expect(tags('a/DET combined/VERB/combine mobile/ADJ phone/NOUN')[1]).toBe('ADJ');
  });

  it('reads a regional headline\'s plural as its subject and the bare word after as its verb ("Asian markets tumble")', () => {
    expect(tags('Asian/PROPN markets/NOUN/market tumble/NOUN')).toEqual(['PROPN', 'NOUN', 'VERB']);
    expect(tags('Nordic/PROPN stocks/VERB/stock rise/NOUN for/ADP days/NOUN')).toEqual([
      'PROPN',
      'NOUN',
      'VERB',
      'ADP',
      'NOUN',
    ]);
    // With an adverb after the verb: "European stocks fall sharply as …".
    expect(tags('Nordic/PROPN stocks/VERB/stock fall/NOUN sharply/ADV as/ADP')[2]).toBe('VERB');
    // A name's headline keeps its verb and object: "Lund presents plan".
    expect(tags('Lund/PROPN presents/VERB/present plan/NOUN')).toEqual(['PROPN', 'VERB', 'NOUN']);
  });

  it('reads an -ing form after the comma of a clause with its verb, or after "with" and its subject, before an amount or a level, as a participle ("fell 8.8 percent, closing at 1,106")', () => {
    const fell = 'The/DET Norsk/PROPN 100/NUM fell/VERB/fall 8.8/NUM %/SYM ,/PUNCT';
    expect(tags(`${fell} closing/NOUN at/ADP 1,106/NUM`)[7]).toBe('VERB');
    expect(tags(`${fell} closing/NOUN 2/NUM points/NOUN lower/ADJ`)[7]).toBe('VERB');
    // Not before what is no amount, nor with no verb before the comma.
    expect(tags(`${fell} closing/NOUN of/ADP the/DET mill/NOUN`)[7]).toBe('NOUN');
    expect(tags('The/DET index/NOUN ,/PUNCT closing/NOUN at/ADP 1,106/NUM')[3]).toBe('NOUN');
    // So is one after "with" and its subject: "fell, with the Lund 40 closing at its lowest".
    const withSubject = `${fell} with/ADP the/DET Lund/PROPN 40/NUM closing/NOUN`;
    expect(tags(`${withSubject} at/ADP its/PRON lowest/ADJ level/NOUN`)[11]).toBe('VERB');
    // Not one that reaches no level: "with GM building in China".
    expect(tags(`${fell} with/ADP GM/PROPN building/NOUN in/ADP China/PROPN`)[9]).toBe('NOUN');
  });

  it('reads a headline\'s bare form after a capitalised common noun\'s plural as its verb ("Stock markets tumble worldwide")', () => {
    expect(tags('Stock/PROPN markets/NOUN tumble/NOUN worldwide/ADJ')).toEqual([
      'PROPN',
      'NOUN',
      'VERB',
      'ADJ',
    ]);
    expect(tags('Oil/PROPN prices/NOUN fall/NOUN')[2]).toBe('VERB');
    // After a name the -s form is the verb: "Lund posts first annual loss".
    expect(tags('Lund/PROPN posts/NOUN first/ADJ annual/ADJ loss/NOUN')[1]).toBe('VERB');
  });

  it('reads "only" between a determiner or an owner and its noun as an adjective ("the iPhone\'s only carrier")', () => {
    expect(tags("the/DET Orvex/PROPN 's/PART only/ADV carrier/NOUN")[3]).toBe('ADJ');
    expect(tags('its/PRON only/ADV plant/NOUN')[1]).toBe('ADJ');
    // Elsewhere an adverb: "Only Lund bought", "he only said".
    expect(tags('Only/ADV Lund/PROPN bought/VERB shares/NOUN')[0]).toBe('ADV');
    expect(tags('he/PRON only/ADV said/VERB')[1]).toBe('ADV');
  });

  it('reads an indefinite pronoun as a pronoun ("would do everything possible")', () => {
    const spec = 'would/AUX do/AUX everything/VERB possible/ADJ to/PART help/VERB';
    expect(tags(spec)[2]).toBe('PRON');
    expect(tags('to/PART monitor/VERB everything/NOUN from/ADP')[2]).toBe('PRON');
  });

  it('reads a point of the compass after an article as modifying its noun ("off the northeast coast of Japan")', () => {
    const spec = 'off/ADP the/DET northeast/ADV coast/VERB of/ADP Japan/PROPN';
    expect(tags(spec)[3]).toBe('NOUN');
    expect(tags('off/ADP the/DET western/ADV coast/VERB of/ADP Oslo/PROPN')[3]).toBe('NOUN');
    // Not an adverb of another kind: "the company quickly moved".
    expect(tags('the/DET company/NOUN quickly/ADV moved/VERB')[3]).toBe('VERB');
  });

  it('keeps a base form after a name\'s number a noun, not a headline\'s verb ("the Norsk 100 index in Oslo fell")', () => {
    const spec = 'the/DET Norsk/PROPN 100/NUM index/NOUN in/ADP Oslo/PROPN fell/VERB/fall';
    expect(tags(spec)[3]).toBe('NOUN');
    // An -s form agrees with the one thing named: "Larkspur L300 lands in Oslo".
    expect(tags('Larkspur/PROPN L300/NUM lands/NOUN in/ADP Oslo/PROPN')[2]).toBe('VERB');
  });

  it('reads an adjective after an index\'s name and number before the verb as its head ("Kestrel 40 average fell")', () => {
    expect(tags('Kestrel/PROPN 40/NUM average/ADJ fell/VERB/fall 9/NUM percent/NOUN')[2]).toBe(
      'NOUN',
    );
  });

  it('reads a possessive between a name and a past verb as the end of the name ("Moody\'s said")', () => {
    expect(tags("Larsen/PROPN 's/PART said/VERB/say sales/NOUN fell/VERB/fall")[1]).toBe('PROPN');
    // Not before a noun it owns, nor as "is" before an infinitive or a passive's "by".
    expect(tags("Larsen/PROPN 's/PART shares/NOUN fell/VERB/fall")[1]).toBe('PART');
    expect(tags("Larsen/PROPN 's/PART expected/VERB/expect to/PART resign/VERB")[1]).toBe('PART');
    expect(tags("Larsen/PROPN 's/PART owned/VERB/own by/ADP Moe/PROPN")[1]).toBe('PART');
  });

  it('reads a possessive between a name and a past written as its present as the name\'s, before what the verb takes ("Larsen & Moe\'s cut the rating")', () => {
    const phrase = "In/ADP May/PROPN ,/PUNCT Larsen/PROPN &/CCONJ Moe/PROPN 's/PART";
    expect(tags(`${phrase} cut/VERB/cut the/DET rating/NOUN`)[6]).toBe('PROPN');
    expect(tags(`${phrase} set/VERB/set its/PRON outlook/NOUN`)[6]).toBe('PROPN');
    // Not before a phrase the word owns as a noun ("cut in the rating").
    expect(tags(`${phrase} cut/VERB/cut in/ADP the/DET rating/NOUN`)[6]).toBe('PART');
  });

  it('reads "that" after "and" as opening a second "that" clause ("said that X would not, and that Y would")', () => {
    const said =
      'Lund/PROPN said/VERB/say that/SCONJ Moe/PROPN would/AUX not/PART speak/VERB ,/PUNCT and/CCONJ that/DET marketing/NOUN chief/ADJ Tor/PROPN Dahl/PROPN would/AUX';
    expect(tags(said)[9]).toBe('SCONJ');
    // Not with no "that" clause before: "bought the plant and that factory".
    expect(
      tags('Lund/PROPN bought/VERB the/DET plant/NOUN and/CCONJ that/DET factory/NOUN')[5],
    ).toBe('DET');
  });

  it('keeps a headline verb after a name: no past ends its phrase, or a clause opens first', () => {
    expect(tags('Lund/PROPN files/NOUN/file for/ADP bankruptcy/NOUN')[1]).toBe('VERB');
    expect(
      tags(
        'Lund/PROPN files/NOUN/file for/ADP bankruptcy/NOUN after/ADP sales/NOUN slumped/VERB/slump',
      )[1],
    ).toBe('VERB');
    expect(
      tags(
        'Lund/PROPN competes/VERB/compete with/ADP rivals/NOUN based/VERB/base in/ADP Oslo/PROPN',
      )[1],
    ).toBe('VERB');
    expect(
      tags(
        'GM/PROPN sells/VERB/sell in/ADP Asia/PROPN cars/NOUN/car built/VERB/build there/ADV',
      )[1],
    ).toBe('VERB');
  });

  it('reads an irregular past after a noun phrase as a verb ("the index rose")', () => {
    const out = correctTags(words('the/DET index/NOUN rose/NOUN sharply/ADV'));
    expect(out[2]).toMatchObject({ pos: 'VERB', lemma: 'rise' });
  });

  it('keeps a noun that modifies a name followed by a verb ("parent EADS defeat")', () => {
    const out = tags('Airbus/PROPN parent/NOUN EADS/PROPN defeat/NOUN Boeing/PROPN');
    expect(out[1]).toBe('NOUN');
    expect(out[3]).toBe('VERB');
  });

  it('reads a participle after the perfect\'s "have" as a verb, and "having" as its auxiliary', () => {
    expect(tags('having/VERB/have reported/ADJ record/NOUN profits/NOUN')).toEqual([
      'AUX',
      'VERB',
      'NOUN',
      'NOUN',
    ]);
    expect(tags('has/AUX/have reported/ADJ a/DET loss/NOUN')).toEqual([
      'AUX',
      'VERB',
      'DET',
      'NOUN',
    ]);
    // "had limited success": an adjective before a bare noun stays one.
    expect(tags('had/AUX/have limited/ADJ success/NOUN')).toEqual(['AUX', 'ADJ', 'NOUN']);
  });

  it('reads "have" after "to" or a modal, before a past participle, as the perfect\'s auxiliary ("appeared to have misled")', () => {
    expect(tags('to/PART have/VERB/have misled/VERB its/PRON investors/NOUN')).toEqual([
      'PART',
      'AUX',
      'VERB',
      'PRON',
      'NOUN',
    ]);
    expect(tags('could/AUX have/VERB/have avoided/VERB it/PRON')[1]).toBe('AUX');
    // Possession stays a verb: "to have lunch", "must have cars".
    expect(tags('to/PART have/VERB/have lunch/NOUN')[1]).toBe('VERB');
  });

  it('keeps a counted plural before "that" a noun ("one of two plants that make …")', () => {
    expect(tags('of/ADP two/NUM plants/NOUN that/PRON make/VERB')).toEqual([
      'ADP',
      'NUM',
      'NOUN',
      'PRON',
      'VERB',
    ]);
    // The -s form after a name is still the verb whose clause follows.
    expect(tags('Boeing/PROPN claims/NOUN that/SCONJ jets/NOUN fly/VERB')[1]).toBe('VERB');
  });

  it('reads a headline\'s capitalised subject before its infinitive as a name ("Ford to close plant")', () => {
    expect(tags('Ford/VERB to/PART close/VERB plant/NOUN')).toEqual([
      'PROPN',
      'PART',
      'VERB',
      'NOUN',
    ]);
  });

  it('keeps the head of an apposition a noun, with the clause\'s verb after it ("Lund Holdings, the fourth-largest investment bank in the country, failed")', () => {
    const corrected = tags(
      'Lund/PROPN Holdings/PROPN ,/PUNCT the/DET fourth/ADJ -/PUNCT largest/ADJ investment/NOUN bank/NOUN in/ADP the/DET country/NOUN ,/PUNCT failed/VERB',
    );
    expect(corrected[8]).toBe('NOUN');
    // Not after a name alone, with no article's phrase: "Lund files for bankruptcy".
    expect(tags('Lund/PROPN files/NOUN for/ADP bankruptcy/NOUN')[1]).toBe('VERB');
  });

  it('reads a quantifier floated after its subject as an adverb and the form after it as the verb ("Lund and Bank of Oslo both bought")', () => {
    expect(
      tags('Lund/PROPN and/CCONJ Bank/PROPN of/ADP Oslo/PROPN both/DET bought/VERB shares/NOUN'),
    ).toEqual(['PROPN', 'CCONJ', 'PROPN', 'ADP', 'PROPN', 'ADV', 'VERB', 'NOUN']);
    const held = correctTags(words('they/PRON had/AUX/have both/DET held/ADJ talks/NOUN'));
    expect(held.slice(2, 4).map((word) => [word.pos, word.lemma])).toEqual([
      ['ADV', 'both'],
      ['VERB', 'hold'],
    ]);
    expect(tags('the/DET mills/NOUN each/DET lost/ADJ money/NOUN').slice(2, 4)).toEqual([
      'ADV',
      'VERB',
    ]);
    // Not a noun after "be": "it was all talk"; nor a quantifier before its noun.
    expect(tags('it/PRON was/AUX/be all/DET talk/NOUN')).toEqual(['PRON', 'AUX', 'DET', 'NOUN']);
    expect(tags('All/DET mills/NOUN closed/VERB')[0]).toBe('DET');
  });

  it('reads a bare form between a plural opening the sentence and an infinitive as its verb ("Savers queue to withdraw")', () => {
    expect(tags('Savers/PROPN queue/NOUN to/PART withdraw/VERB deposits/NOUN')[1]).toBe('VERB');
    expect(tags('Savers/NOUN queue/NOUN to/PART withdraw/VERB deposits/NOUN')[1]).toBe('VERB');
    // Not after a name: "Lund deal to boost jobs" keeps its noun.
    expect(tags('Lund/PROPN deal/NOUN to/PART boost/VERB jobs/NOUN')[1]).toBe('NOUN');
  });

  it('reads "which" and the -s form after it, set off by a comma, as a relative clause and its verb ("Lund, which pumps 40 percent of the oil,")', () => {
    expect(
      tags('Lund/PROPN ,/PUNCT which/DET pumps/NOUN 40/NUM percent/NOUN of/ADP oil/NOUN ,/PUNCT'),
    ).toEqual(['PROPN', 'PUNCT', 'PRON', 'VERB', 'NUM', 'NOUN', 'ADP', 'NOUN', 'PUNCT']);
    // Not a determiner and its plural: "in which pumps were fitted".
    expect(tags('in/ADP which/DET pumps/NOUN were/AUX fitted/VERB').slice(1, 3)).toEqual([
      'DET',
      'NOUN',
    ]);
  });

  it('reads an -ing form between a subordinator and a past verb as that verb\'s subject ("when trading resumed")', () => {
    expect(tags('fell/VERB when/ADV trading/VERB resumed/VERB')[2]).toBe('NOUN');
    // Before a present too: "to fall when trading resumes".
    expect(tags('fall/VERB when/ADV trading/VERB resumes/VERB/resume')[2]).toBe('NOUN');
    // Not before an object: "after buying rivals".
    expect(tags('cut/VERB jobs/NOUN after/ADP buying/VERB rivals/NOUN')[3]).toBe('VERB');
  });

  it('reads the word after a hyphened modifier that an article opens as the noun it modifies ("the biggest one-day fall")', () => {
    const joined = (spec: string) => correctTags(joinedWords(spec)).map((word) => word.pos);
    const out = joined(
      'the/DET biggest/ADJ one/NUM~ -/PUNCT~ day/NOUN fall/VERB in/ADP stocks/NOUN',
    );
    expect(out[5]).toBe('NOUN');
    // A past stays a verb: "The one-day course ended", "the two-week strike fell apart".
    expect(joined('The/DET one/NUM~ -/PUNCT~ day/NOUN fell/VERB')[4]).toBe('VERB');
    // An adjective that ends the phrase is its noun, after any word: "sinks to 26-year low".
    expect(joined('sinks/VERB to/ADP 26/NUM~ -/PUNCT~ year/NOUN low/ADJ')[5]).toBe('NOUN');
    expect(joined('a/DET 12/NUM~ -/PUNCT~ year/NOUN low/ADJ on/ADP Monday/PROPN')[4]).toBe('NOUN');
    // Not one before its noun: "a two-year old plan".
    expect(joined('a/DET two/NUM~ -/PUNCT~ year/NOUN old/ADJ plan/NOUN')[4]).toBe('ADJ');
    // Words apart are no hyphened modifier: "the one - day fall".
    expect(tags('the/DET one/NUM -/PUNCT day/NOUN fall/VERB in/ADP stocks/NOUN')[4]).toBe('VERB');
  });

  it('reads a plural between a subordinator and "of" as the subject of the verb to come ("when fears of a recession pushed")', () => {
    expect(tags('fell/VERB when/ADV fears/VERB of/ADP a/DET slump/NOUN pushed/VERB')[2]).toBe(
      'NOUN',
    );
    // A verb it stays with no verb after it in the clause: "as he speaks of a deal."
    expect(tags('rose/VERB as/SCONJ he/PRON speaks/VERB of/ADP a/DET deal/NOUN ./PUNCT')[3]).toBe(
      'VERB',
    );
  });

  it('reads a plural common noun of markets opening a sentence, or the text after a dateline\'s dash, as a noun ("Stocks on Wall Street ended")', () => {
    expect(tags('Stocks/PROPN on/ADP Lund/PROPN ended/VERB')[0]).toBe('NOUN');
    expect(tags('Oslo/PROPN (/PUNCT Wire/PROPN )/PUNCT —/PUNCT Prices/PROPN rose/VERB')[5]).toBe(
      'NOUN',
    );
    // Not after a dash inside a sentence: "two mills — Shares Inc. and Lund".
    expect(tags('mills/NOUN —/PUNCT Prices/PROPN Inc./PROPN')[2]).toBe('PROPN');
  });

  it('reads a bare verb form after an article and an adverb in -er as a noun ("an earlier offer"), not after "also"', () => {
    expect(tags('rejected/VERB an/DET earlier/ADV offer/VERB of/ADP')[3]).toBe('NOUN');
    expect(tags('These/DET also/ADV cut/VERB their/PRON rates/NOUN')[2]).toBe('VERB');
  });

  it('reads a count opening a sentence as a number, not a name ("Thousands of savers queued")', () => {
    expect(tags('Thousands/PROPN of/ADP savers/NOUN queued/VERB')[0]).toBe('NUM');
    // A name before "of" stays one: "Lund of Oslo".
    expect(tags('Lund/PROPN of/ADP Oslo/PROPN said/VERB')[0]).toBe('PROPN');
  });

  it('reads a bare form after "and" as a verb joined to the base verb of a modal or "to" ("will leave from Harwell and dock in Lindale")', () => {
    expect(
      tags(
        'will/AUX leave/VERB from/ADP Harwell/PROPN and/CCONJ dock/NOUN in/ADP Lindale/PROPN',
      )[5],
    ).toBe('VERB');
    expect(tags('plans/VERB to/PART leave/VERB Harwell/PROPN and/CCONJ dock/NOUN at/ADP')[5]).toBe(
      'VERB',
    );
    // A singular noun joined to a singular noun stays one: "will sell steel and iron in bulk".
    expect(tags('will/AUX sell/VERB steel/NOUN and/CCONJ iron/NOUN in/ADP bulk/NOUN')[4]).toBe(
      'NOUN',
    );
    // So does a noun after a past verb: "left Harwell and dock in Lindale" is no such pair.
    expect(tags('left/VERB/leave Harwell/PROPN and/CCONJ dock/NOUN in/ADP')[3]).toBe('NOUN');
  });

  it('reads a participle between an article and its noun as an adjective, and a bare form after them as the noun ("the planned stop")', () => {
    expect(tags('bypass/VERB the/DET planned/VERB stop/VERB in/ADP Oslo/PROPN')).toEqual([
      'VERB',
      'DET',
      'ADJ',
      'NOUN',
      'ADP',
      'PROPN',
    ]);
    expect(tags('workers/NOUN at/ADP the/DET idled/VERB plants/NOUN')[3]).toBe('ADJ');
    // Not a past after a noun ("the mill closed plants") or a pronoun ("This prompted").
    expect(tags('This/DET prompted/VERB investors/NOUN')[1]).toBe('VERB');
    expect(tags('the/DET mill/NOUN closed/VERB plants/NOUN')[2]).toBe('VERB');
  });

  it('reads an -ing form between a noun\'s modifiers and the noun as one of them ("its first annual operating loss")', () => {
    expect(tags('its/PRON first/ADJ annual/ADJ operating/VERB loss/NOUN')[3]).toBe('ADJ');
    expect(tags('posts/NOUN first/ADV operating/VERB loss/NOUN')[2]).toBe('ADJ');
    expect(tags('its/PRON new/ADJ Lund/PROPN 7/NUM operating/VERB system/NOUN')[4]).toBe('ADJ');
    expect(tags("the/DET firm/NOUN 's/PART falling/VERB sales/NOUN")[3]).toBe('ADJ');
    // Not after an auxiliary or a preposition, where it has an object: "after opening talks".
    expect(tags('is/AUX operating/VERB mills/NOUN')[1]).toBe('VERB');
    expect(tags('after/ADP cutting/VERB jobs/NOUN')[1]).toBe('VERB');
  });

  it('reads a bare verb form after a noun\'s preposition, or before a modal, as a noun ("a strike over pay", "when demand would recover")', () => {
    expect(tags('a/DET strike/NOUN over/ADP pay/VERB and/CCONJ')[3]).toBe('NOUN');
    expect(tags('predict/VERB when/ADV demand/VERB would/AUX recover/VERB')[2]).toBe('NOUN');
    // Not a verb's particle ("sold off"), "to", "than", nor a verb after its subject.
    expect(tags('investors/NOUN sold/VERB off/ADP cut/VERB')[3]).toBe('VERB');
    expect(tags('plans/NOUN to/ADP cut/VERB costs/NOUN')[2]).toBe('VERB');
    expect(tags('people/NOUN could/AUX argue/VERB should/AUX have/AUX')[2]).toBe('VERB');
  });

  it('reads a word of an adjective\'s form between a verb\'s "it" and "to" as the adjective ("considered it appropriate to")', () => {
    expect(tags('considered/VERB it/PRON appropriate/VERB to/PART put/VERB')[2]).toBe('ADJ');
    // "saw it fall to": a verb there stays one.
    expect(tags('saw/VERB it/PRON fall/VERB to/ADP')[2]).toBe('VERB');
  });

  it('reads a capitalised verb after a name, before no capitalised word, as the name\'s ("Merrill Lynch lost")', () => {
    expect(tags('from/ADP Harwell/PROPN Lynch/VERB ./PUNCT')[2]).toBe('PROPN');
    expect(tags('Harwell/PROPN Lynch/VERB lost/VERB $/SYM')[1]).toBe('PROPN');
    // A title-case headline keeps its verb: "Harwell Posts Loss".
    expect(tags('Harwell/PROPN Posts/VERB Loss/PROPN')[1]).toBe('VERB');
  });

  it('keeps a noun compound a noun ("job cuts")', () => {
    expect(tags('10,000/NUM job/NOUN cuts/NOUN')).toEqual(['NUM', 'NOUN', 'NOUN']);
  });
});

describe('correctTags and a compound ending on a verb whose past is its base', () => {
  it('reads "rate cut" as one noun after a determiner or a modifier, with no object after it', () => {
    expect(tags('after/ADP the/DET rate/NOUN cut/VERB ./PUNCT')).toEqual([
      'ADP',
      'DET',
      'NOUN',
      'NOUN',
      'PUNCT',
    ]);
    expect(tags('its/PRON coordinated/VERB/coordinate rate/NOUN cut/VERB ,/PUNCT')[3]).toBe('NOUN');
    expect(tags('a/DET tax/NOUN cut/VERB of/ADP 2%/NUM')[2]).toBe('NOUN');
  });

  it('keeps the verb after a doer, before an object or a particle, and before what a participle takes', () => {
    expect(tags('the/DET bank/NOUN cut/VERB on/ADP Monday/PROPN')[2]).toBe('VERB');
    expect(tags('the/DET rate/NOUN cut/VERB its/PRON costs/NOUN')[2]).toBe('VERB');
    expect(tags('the/DET rate/NOUN cut/VERB back/ADV')[2]).toBe('VERB');
    expect(tags('the/DET deadline/NOUN set/VERB by/ADP the/DET board/NOUN')[2]).toBe('VERB');
  });
});

describe('correctTags and a standing after "to"', () => {
  it('reads the word between "to" and a standing\'s noun as naming the standing ("cut to junk status")', () => {
    expect(tags('cut/VERB its/PRON rating/NOUN to/ADP junk/VERB status/NOUN ./PUNCT')[4]).toBe(
      'NOUN',
    );
    // An infinitive keeps its verb: "to junk the plan", "to junk level crossings".
    expect(tags('to/PART junk/VERB the/DET plan/NOUN')[1]).toBe('VERB');
    expect(tags('to/PART junk/VERB level/NOUN crossings/NOUN')[1]).toBe('VERB');
  });
});

describe('correctTags and a name\'s "\'s" before its verb', () => {
  it('ends the name at its "\'s" before a verb and its object ("Lund & Berg\'s cut Norland\'s rating")', () => {
    expect(
      tags("Lund/PROPN &/CCONJ Berg/PROPN 's/PART cut/VERB Norland/PROPN 's/PART rating/NOUN")[3],
    ).toBe('PROPN');
    // A capital, an -ing form: the possessive stays.
    expect(tags("Hong/PROPN Kong/PROPN 's/PART Hang/VERB Seng/PROPN")[2]).toBe('PART');
    expect(tags("Lund/PROPN 's/PART shrinking/VERB Harwell/PROPN")[1]).toBe('PART');
  });
});
