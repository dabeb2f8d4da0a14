import { describe, expect, it } from 'vitest';
import { draftWith } from './draft-helpers.ts';

const entities = (text: string) =>
  draftWith(text).entities.map((e) => [text.slice(e.start, e.end), e.kind, e.canonical]);

describe('findEntities', () => {
  it('unifies a surname with the full name and strips the title into a role', () => {
    const found = entities(
      'Foreign Minister Anna Berglund arrived on Monday. Berglund met reporters.',
    );
    expect(found).toContainEqual(['Anna Berglund', 'person', 'Anna Berglund']);
    expect(found).toContainEqual(['Berglund', 'person', 'Anna Berglund']);
  });

  it('reads a sentence opener the tagger takes for a common noun as the surname of a person named in full ("Banks said")', () => {
    const found = entities(
      'Energy chief Tomas Banks opened the plant on Tuesday. Banks said it would hire 300 people.',
    );
    expect(found).toContainEqual(['Banks', 'person', 'Tomas Banks']);
  });

  it('keeps a product line apart from its version ("the original iQube" beside the "iQube 3G")', () => {
    const found = entities(
      'Orlin sold a million iQube 3G phones. It took Orlin 74 days to sell a million of the original iQube.',
    );
    expect(found).toContainEqual(['iQube 3G', 'product', 'iQube 3G']);
    expect(found).toContainEqual(['iQube', 'product', 'iQube']);
  });

  it('gives an index named by its first words the article\'s fuller name ("the Kospi" → "Kospi 200"), its size before "average" kept', () => {
    const found = entities(
      'The Kospi 200 average slid 4 percent on Friday. The Kospi lost 2 percent a day later.',
    );
    expect(found).toContainEqual(['Kospi 200', 'index', 'Kospi 200']);
    expect(found).toContainEqual(['Kospi', 'index', 'Kospi 200']);
    const dow = entities(
      'The Dow Jones Industrial Average fell 500 points. The Dow lost 2 percent in a week.',
    );
    expect(dow).toContainEqual(['Dow', 'index', 'Dow Jones Industrial Average']);
  });

  it('does not give an index the longer name of another index it begins ("the FTSE" is not "FTSE China 50 Index")', () => {
    const found = entities('The FTSE lost 3 percent. The FTSE China 50 Index fell 4 percent.');
    expect(found).toContainEqual(['FTSE', 'index', 'FTSE 100']);
    expect(found).toContainEqual(['FTSE China 50 Index', 'index', 'FTSE China 50 Index']);
  });

  it('gives an index news names by its first word alone its full name ("the Dow", "the Nikkei")', () => {
    expect(entities('The Dow fell 500 points and the Nikkei lost 2 percent.')).toEqual([
      ['Dow', 'index', 'Dow Jones Industrial Average'],
      ['Nikkei', 'index', 'Nikkei 225'],
    ]);
  });

  it('keeps a short name the article used again and again before naming a person of that surname as its own ("Halden … Halden founder Erik Halden")', () => {
    const found = entities(
      'Halden and Norwind agreed on Thursday to merge. Halden had tried to take over Norwind. ' +
        'Halden borrowed 10 billion euros. Erik Halden, who founded Halden, opposed the plan.',
    );
    expect(found).toContainEqual(['Halden', 'organization', 'Halden']);
    expect(found).toContainEqual(['Erik Halden', 'person', 'Erik Halden']);
    // A headline's short name before the full one is the person's: "Kerry to meet Lavrov".
    const headline = entities('Berglund to visit Oslo\n\nMinister Anna Berglund will visit Oslo.');
    expect(headline).toContainEqual(['Berglund', 'person', 'Anna Berglund']);
  });

  it('reads a name that is bought as a company\'s, though it looks like a person\'s ("Tomas Lind agreed to be bought")', () => {
    const found = entities('Tomas Lind agreed on Sunday to be bought by Harbank for $50 billion.');
    expect(found).toContainEqual(['Tomas Lind', 'organization', 'Tomas Lind']);
    // A person may be bought something.
    expect(entities('Tomas Lind was bought a drink.')).toContainEqual([
      'Tomas Lind',
      'person',
      'Tomas Lind',
    ]);
  });

  it('reads a name whose first word no list knows as a person when the article uses its surname alone', () => {
    const found = entities(
      'Zdravko Vukotic won the final on Sunday. Vukotic, 31, said he was proud.',
    );
    expect(found).toContainEqual(['Zdravko Vukotic', 'person', 'Zdravko Vukotic']);
    expect(found).toContainEqual(['Vukotic', 'person', 'Zdravko Vukotic']);
    // Without the surname alone it stays what nothing else says: an organization.
    expect(entities('Zdravko Vukotic won the final on Sunday.')).toContainEqual([
      'Zdravko Vukotic',
      'organization',
      'Zdravko Vukotic',
    ]);
  });

  it('keeps a common word or a known body before a reused name out of any person ("Actual Quorvane")', () => {
    const found = entities('Actual Quorvane deliveries fell. Quorvane said demand was weak.');
    expect(found.some(([, kind]) => kind === 'person')).toBe(false);
    const car = entities('The Ford Zephyrine sold well. The Zephyrine was built in Ohio.');
    expect(car.some(([, kind]) => kind === 'person')).toBe(false);
  });

  it('reads a name with shares as a company\'s, in every mention ("Anna Berg shares", "shares of Anna Berg")', () => {
    const found = entities(
      'Anna Berg agreed to be bought by Lund. Anna Berg shares rose 20 percent.',
    );
    expect(found.filter(([text]) => text === 'Anna Berg')).toEqual([
      ['Anna Berg', 'organization', 'Anna Berg'],
      ['Anna Berg', 'organization', 'Anna Berg'],
    ]);
    expect(entities('Shares of John Moe fell.')).toEqual([
      ['John Moe', 'organization', 'John Moe'],
    ]);
    // A person with no shares stays a person.
    expect(entities('Anna Berg said sales rose.')).toEqual([['Anna Berg', 'person', 'Anna Berg']]);
  });

  it('names no one by a common word opening a sentence before a noun, unless the article names it', () => {
    expect(entities('Opposition lawmakers criticised the plan.')).toEqual([]);
    expect(entities('Former foreign minister Zdravko Vukotic spoke.')).toEqual([
      ['Zdravko Vukotic', 'person', 'Zdravko Vukotic'],
    ]);
    const found = entities('Shell Oil reported a profit. Shell shares rose.');
    expect(found).toContainEqual(['Shell', 'organization', 'Shell Oil']);
  });

  it('names every use of an acronym by the long form the article gave it, before and after', () => {
    const found = entities(
      'NGC cuts jobs. Northwind Gas Corporation (NGC) said on Monday it would cut jobs. NGC said more.',
    );
    const acronyms = found.filter(([text]) => text === 'NGC');
    expect(acronyms).toHaveLength(3);
    for (const acronym of acronyms)
      expect(acronym).toEqual(['NGC', 'organization', 'Northwind Gas Corporation']);
  });

  it('names an acronym by the organization whose initials it spells, before one it begins', () => {
    const found = entities(
      'Northwind Gas Corporation cut jobs on Monday. The NGC Pension Trust objected. NGC said more.',
    );
    expect(found.filter(([text]) => text === 'NGC')).toEqual([
      ['NGC', 'organization', 'Northwind Gas Corporation'],
    ]);
  });

  it('names an initialism with "&" by the agency that spells it, not by the index it begins', () => {
    const found = entities(
      "Standard & Poor's cut its rating of Norland on Friday. S&P said more. The S&P 500 fell 2 percent.",
    );
    // (The possessive before the verb and its object is the name's own.)
    expect(found).toContainEqual(['S&P', 'organization', "Standard & Poor's"]);
    expect(found).toContainEqual(['S&P 500', 'index', 'S&P 500']);
  });

  it('names a body whose name ends in "\'s" by its whole name where a possessive cut it ("Orlin & Berg\'s decision")', () => {
    const found = entities(
      "Orlin & Berg's downgraded Norland on Friday. Orlin & Berg's decision shocked markets. O&B said more.",
    );
    expect(found.filter(([text]) => text?.startsWith('Orlin'))).toEqual([
      ["Orlin & Berg's", 'organization', "Orlin & Berg's"],
      ['Orlin & Berg', 'organization', "Orlin & Berg's"],
    ]);
    expect(found).toContainEqual(['O&B', 'organization', "Orlin & Berg's"]);
  });

  it('names a body after its country by the name the article gives it alone ("the Norway Central Board … Central Board")', () => {
    const found = entities(
      'Central Board cuts rate. The Norway Central Board cut its rate on Monday. Lund Air flew.',
    );
    expect(found).toContainEqual(['Norway Central Board', 'organization', 'Central Board']);
    // Not a name the article spells out for its acronym: "Norway Air Force (NAF)".
    const defined = entities(
      'Air Force jets flew. The Norway Air Force (NAF) said on Monday. NAF pilots flew.',
    );
    expect(defined).toContainEqual(['Norway Air Force', 'organization', 'Norway Air Force']);
  });

  it('names a company the lists know by its first word by the full name the article gave it before ("Cisco Systems sued … Cisco said")', () => {
    const found = entities('Cisco Systems sued Norland on Friday. Cisco said it would win.');
    expect(found).toContainEqual(['Cisco', 'organization', 'Cisco Systems']);
    // Not a division of it: "Boeing Commercial Airplanes … Boeing said".
    const division = entities('Boeing Commercial Airplanes delivered a jet. Boeing said more.');
    expect(division).toContainEqual(['Boeing', 'organization', 'Boeing']);
  });

  it('names a clipped short form by the one body whose first word it begins ("the Fed")', () => {
    const found = entities('Stocks rose after the Norfed cut. The Norfederal Bank cut its rate.');
    expect(found).toContainEqual(['Norfed', 'organization', 'Norfederal Bank']);
    // Not a name of its own: "Ford" is no clipped "Fordham University".
    expect(entities('Ford sold a plant to Fordham University.')).toContainEqual([
      'Ford',
      'organization',
      'Ford',
    ]);
  });

  it('reads a full name described by any noun for a person as a person ("Akio Toyoda, the grandson")', () => {
    expect(
      entities('Norwind named Tarjei Vesaas, the grandson of its founder, as its chief.'),
    ).toContainEqual(['Tarjei Vesaas', 'person', 'Tarjei Vesaas']);
    // Not a body the lists know: "Goldman Sachs, the biggest investor".
    expect(entities('Goldman Sachs, the biggest investor, sold its stake.')).toContainEqual([
      'Goldman Sachs',
      'organization',
      'Goldman Sachs',
    ]);
  });

  it('reads what one holds a stake in, or what an apposition calls a bank, as a body ("a stake in Glitnir")', () => {
    const found = entities(
      "The state bought a stake in Torvik on Monday. Savers had money in Kvasir, Torvik's online bank.",
    );
    expect(found).toContainEqual(['Torvik', 'organization', 'Torvik']);
    expect(found).toContainEqual(['Kvasir', 'organization', 'Kvasir']);
    // A place stays one: "in Bergen, the main port".
    expect(entities('The ship docked in Bergen, the main port.')).toContainEqual([
      'Bergen',
      'place',
      'Bergen',
    ]);
  });

  it('reads the world\'s regions as places ("North America", "the Middle East")', () => {
    const found = entities('Norwind cut jobs in North America and the Middle East.');
    expect(found).toContainEqual(['North America', 'place', 'North America']);
    expect(found).toContainEqual(['Middle East', 'place', 'Middle East']);
  });

  it('names a clipped short form by a body named after its country ("the US Federal Reserve")', () => {
    const found = entities(
      'The Norwegian Norfederal Bank cut its rate on Monday. Stocks rose after the Norfed cut.',
    );
    expect(found).toContainEqual(['Norfed', 'organization', 'Norwegian Norfederal Bank']);
  });

  it('names a short form by the body named before it, not by a product named after it', () => {
    const found = entities(
      'Larkspur said on Monday it would cut jobs. Larkspur will stop making the Larkspur Tundra.',
    );
    expect(found.filter(([text]) => text === 'Larkspur').map(([, , name]) => name)).toEqual([
      'Larkspur',
      'Larkspur',
    ]);
    const named = entities('Northwind Foods Corp. cut jobs. Northwind said more.');
    expect(named).toContainEqual(['Northwind', 'organization', 'Northwind Foods Corp.']);
  });

  it('keeps "Ford Motor Company" whole at the start of a sentence', () => {
    expect(entities('Ford Motor Company said on Tuesday that sales rose.')[0]).toEqual([
      'Ford Motor Company',
      'organization',
      'Ford Motor Company',
    ]);
  });

  it('spells transliterated given names one way', () => {
    const found = entities('Minister Sergey Ivanov spoke. Later Sergei Ivanov left.');
    expect(
      found.filter(([, kind]) => kind === 'person').map(([, , canonical]) => canonical),
    ).toEqual(['Sergei Ivanov', 'Sergei Ivanov']);
  });

  it('resolves "the top US diplomat" to the person introduced with that role', () => {
    const found = entities(
      'US Secretary of State Mary Hale flew in. The top US diplomat will speak on Friday.',
    );
    expect(found).toContainEqual(['The top US diplomat', 'person', 'Mary Hale']);
  });

  it('reads a capital that acts as its government, and the same capital as a place after "in"', () => {
    const found = entities('Moscow vowed to respond. The talks were held in Moscow.');
    expect(found[0]).toEqual(['Moscow', 'country', 'Russia']);
    expect(found[1]).toEqual(['Moscow', 'place', 'Moscow']);
  });

  it('reads a demonym before an actor noun as the country', () => {
    expect(entities('Later, French officials denied it.')).toContainEqual([
      'French',
      'country',
      'France',
    ]);
    expect(entities('She likes French food.')).toEqual([]);
  });

  it('names a bare model number by the product the article names with it', () => {
    const found = entities(
      'Embraer showed the Embraer 190 regional jet on Monday. The 190 will enter service in May, and the 190 passengers cheered.',
    );
    expect(found.filter(([text]) => text === '190')).toEqual([['190', 'product', 'Embraer 190']]);
  });

  it('names a model number written without its letters by the lettered model of its maker', () => {
    const found = entities(
      'The new Larkspur K300 flew to Oslo on Monday. The Larkspur 300 will wear a blue livery.',
    );
    expect(found).toContainEqual(['Larkspur 300', 'product', 'Larkspur K300']);
  });

  it('names a model designator with its variant as a product', () => {
    expect(entities('Larkspur ordered ten E195-E2 jets on Monday.')).toContainEqual([
      'E195-E2',
      'product',
      'E195-E2',
    ]);
  });

  it('names no one by an opener the article writes in lower case ("World\'s largest jet")', () => {
    const found = entities(
      "World's largest jet flies\n\nThe Larkspur L300 is the largest jet in the world. Larkspur built it.",
    );
    expect(found.map(([text]) => text)).not.toContain('World');
    expect(found).toContainEqual(['Larkspur', 'organization', 'Larkspur']);
  });

  it('names no one by a capitalized word that only numbers a part ("Chapter 11", "Article 5")', () => {
    const found = entities(
      'Harwell filed for Chapter 11 protection. Article 5 applies. Larkspur 400 jets flew, Larkspur said.',
    );
    expect(found.map(([text]) => text)).toEqual(['Harwell', 'Larkspur', 'Larkspur']);
  });

  it('keeps spans exact and skips boilerplate', () => {
    const text = 'Headline here\n\nThe mayor, Tom Reed, spoke.\n\nFile photo of Tom Reed.';
    const draft = draftWith(text);
    for (const entity of draft.entities)
      expect(text.slice(entity.start, entity.end)).toBe(entity.text);
    expect(draft.entities.every((entity) => entity.start < text.indexOf('File photo'))).toBe(true);
  });
});
