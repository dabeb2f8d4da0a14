/**
 * Stage: reads every event each sentence reports (reading/read-sentence), then gives each
 * its participants with roles (reading/participants), its places, its date and the basis
 * of that date (reading/event-dates), its modality, a headline-style title and a
 * report-level salience. Boilerplate yields nothing; the dateline names no participant.
 */
import type {
  EntityMention,
  EventClass,
  EventKind,
  ParticipantRole,
  Span,
  Timex,
} from '../../contract/corpus.ts';
import type { ArticleDraft, ArticleStage, EventDraft } from '../article-draft.ts';
import type { Word } from '../language/tag-words.ts';
import { DEFINITE, isApostropheS, isPossessivePronoun } from '../language/word.ts';
import { afterDateline } from '../events/dateline.ts';
import {
  DATED_BY_WORDS,
  OCCASIONS,
  datedByTwins,
  datesOf,
  earlierTwin,
  participantNames,
} from '../events/same-event-in-article.ts';
import {
  dateFromTimex,
  isBackstoryDay,
  isEventDate,
  storyDay,
  type EventDate,
} from '../reading/event-dates.ts';
import {
  dateOf,
  isCalendarDay,
  isComparisonDate,
  isPossessiveDate,
  ownTimex,
  segmentOfOffset,
  type Dated,
  type DatingContext,
} from '../reading/date-event.ts';
import { findAffiliations, findOfficeHolders } from '../reading/affiliations.ts';
import { isContractMonth } from '../timex/contract-month.ts';
import { isRecordReference } from '../timex/record-reference.ts';
import { formatDay, parseDay, shiftDays } from '../timex/calendar.ts';
import { countFromEvents } from '../reading/count-from-events.ts';
import { datedByClauseMove } from '../reading/clause-moves.ts';
import { datedByFrontedOccasion } from '../reading/fronted-occasion.ts';
import { eventQuantities } from '../reading/quantities.ts';
import { eventFamily } from '../reading/event-family.ts';
import { isPastAct } from '../reading/event-modality.ts';
import { eventKindOf } from '../reading/event-words.ts';
import { intendedTitle, namePossessor, phraseText, writeTitle } from '../reading/event-titles.ts';
import { clauseTitle, reportedEvent } from '../reading/reported-clause.ts';
import {
  acquisitionAntecedent,
  actAntecedent,
  isAcquisitionAnaphor,
  isActAnaphor,
  purchaseOfDealPhrase,
} from '../reading/act-anaphors.ts';
import {
  antecedentOf,
  contextAt,
  mainSubject,
  openingSubject,
  describedSubject,
  renamedMove,
  mainClauseVerb,
  hasPeopleSubject,
  opensWithShares,
  PERSON_KINDS,
  participantsOf,
  ofPhraseHolder,
  undergoingSubjectReferent,
  pronounAgent,
  describedDoerName,
  refersBack,
  remember,
  reportingPeople,
  rememberDescriptions,
  type Referents,
} from '../reading/participants.ts';
import {
  readSentence,
  talksAbout,
  namesItsObject,
  type ReadSentence,
  type SentenceEvent,
} from '../reading/read-sentence.ts';
import type { Segment } from '../reading/segments.ts';
import type { Phrase } from '../reading/noun-phrases.ts';
import { joinsCompound } from '../reading/noun-phrases.ts';
import { within, wordsIn } from '../reading/words-in.ts';
import { VERB_CLASSES } from '../lexicon/event-classes.ts';
import { isMarketNoun, moveDirection } from '../lexicon/event-kinds.ts';
import { unique } from '../../utils/unique.ts';

export const readEvents: ArticleStage = {
  name: 'read-events',
  run(draft) {
    return { ...draft, events: eventsOfArticle(draft) };
  },
};

/** What the article has said so far: for pronouns and for the narrative thread. */
interface Context extends DatingContext, Referents {}

function eventsOfArticle(draft: ArticleDraft): EventDraft[] {
  const story = storyDay(leadTimexes(draft), draft.published, (timex) =>
    datesTellingOfEarlier(draft, timex),
  );
  const historyBefore = historyEnds(draft.published);
  const context: Context = {
    lastPerson: null,
    lastPeople: [],
    lastOrganization: null,
    lastProduct: null,
    threadDates: new Map(),
    storyDay: story?.date ?? null,
    storyDayWritten: story !== null && isCalendarDay(story.timex),
    movesThread: null,
    sayingDays: new Map(),
    affiliations: new Map(),
    officeHolders: new Set(),
  };
  const affiliations = context.affiliations as Map<string, string>;
  const officeHolders = context.officeHolders as Set<string>;
  const events: EventDraft[] = [];
  // What each name is, for the subject "it" may stand for (organizations and products).
  const kinds = new Map(draft.entities.map((entity) => [entity.canonical, entity.kind]));
  const inBoilerplate = (span: Span) =>
    draft.boilerplate.some((b) => b.start <= span.start && span.end <= b.end);
  let leadSeen = false;
  // Reports dated by the clause that governs them, with that clause's report: when a twin
  // report later moves the governor's date, theirs moves with it.
  const governedBy = new Map<EventDraft, EventDraft>();
  // Reports of a clause that went before the one whose date they took ("after the Fed
  // cut rates"): that date bounds theirs, which a twin's own words may give.
  const boundedByGovernor = new Set<EventDraft>();
  // Reports of what an aspectual verb begins, goes on with or ends ("began cutting the rate
  // in September"): a run of acts, no twin of one of them ("after the Fed cut its rate").
  const runs = new Set<EventDraft>();
  // Verbs told as still to come ("will run"): no past report's events. (A noun under such
  // a verb may be one: "the bankruptcy should take a couple of months".)
  const toCome = new Set<EventDraft>();
  // Nouns of an actual event that name no one ("the disaster"): the event the article dates
  // by its words, when it dates one of their family. True for those told as coming before
  // their clause ("missing on Wednesday after an explosion"), whose clause's day is not
  // theirs even when the clause's words give it.
  const anonymousNominals = new Map<EventDraft, boolean>();
  // Of those, the ones a clause is about ("apologized for the explosion"): a happening the
  // reader knows, of no day of the clause's.
  const knownTopics = new Set<EventDraft>();
  // A noun joined by "and" to the event noun right before it ("after an explosion and
  // fire"), with that noun's report: told together, they share the day the first is given.
  const joinedNouns = new Map<EventDraft, EventDraft>();
  // What each report's clause goes on to ("agreed to buy DoubleClick": the buying), so that
  // two agreements to do different things are not taken for one told twice.
  const complements = new Map<EventDraft, EventDraft[]>();
  // The reports not told in a relative clause, an aside on someone ("Akerson, who was
  // appointed in 2009"): a later "the appointment" refers back only to these, the story's.
  const topical: EventDraft[] = [];
  draft.sentences.forEach((sentence, sentenceIndex) => {
    if (inBoilerplate(sentence)) return;
    const heading = inside(sentence, draft.headline) || inside(sentence, draft.standfirst);
    const lead = !heading && !leadSeen;
    if (!heading) leadSeen = true;
    const from = afterDateline(draft.dateline, sentence);
    // Words of a date belong to no phrase: "spoke by telephone Thursday" has no object "Thursday".
    const span = { start: from, end: sentence.end };
    const sentenceTimexes = within(draft.timexes, span);
    const entities = within(draft.entities, span);
    // A name is one noun phrase whatever the tagger made of its words ("Halvorsen Shipping
    // Corp.", "Ford" read as a verb), and no word of it reports an event.
    // (Not a length written as one word before a noun: "the 158-year-old bank", "a 12-hour
    // flight" keep their words in the phrase.)
    const words = wordsIn(draft.words, span).map((word) =>
      sentenceTimexes.some(
        (timex) => timex.start <= word.start && word.end <= timex.end && !isHyphenedLength(timex),
      )
        ? { ...word, pos: 'X' as const }
        : word.pos !== 'PROPN' && insideName(word, entities)
          ? { ...word, pos: 'PROPN' as const }
          : word,
    );
    if (words.length === 0) return;
    // (This sentence's own, too: "Apple chief executive Steve Jobs introduced" is Apple's act.)
    const titledHere = new Map(findAffiliations(words, entities));
    for (const [person, body] of titledHere) affiliations.set(person, body);
    for (const person of findOfficeHolders(words, entities)) officeHolders.add(person);
    const timexes = sentenceTimexes.filter(
      (timex) =>
        isEventDate(timex) &&
        !isComparisonDate(draft.text, sentence.start, timex) &&
        !isRecordReference(draft.text, sentence.start, timex) &&
        !isContractMonth(draft.text, timex),
    );
    const read = readSentence(words, heading);
    // A meeting or a call that names no place in its clause is where its sentence says;
    // not where a relative clause says someone came from ("Kerry, who was flying in from
    // Jeddah, arrived in the Swiss city").
    const sentencePlaces = unique(
      entities
        .filter((entity) => entity.kind === 'place' && !inRelativeClause(read, entity))
        .map((entity) => entity.canonical),
    );
    const dates = new Map<SentenceEvent, Dated>();
    const titles = new Map<SentenceEvent, string>();
    // Each event's context (who "it" and "he" are there) and reported clause, found once.
    const locals = new Map<SentenceEvent, Context>();
    // A headline drops its articles ("after auto company declared bankruptcy").
    const referents: Context = heading ? { ...context, headline: true } : context;
    const reports = new Map<SentenceEvent, SentenceEvent | null>();
    const agentNames = new Map<SentenceEvent, string | null>();
    // The phrase a name for a "they" was written from ("House leaders said they would …").
    const agentPhrases = new Map<SentenceEvent, Phrase>();
    // What each verb of intent goes on to do ("vowed to work with …"), found once.
    const intents = new Map<SentenceEvent, SentenceEvent>();
    const patientNames = new Map<SentenceEvent, string | null>();
    for (const event of read.events) {
      const local = contextAt(referents, entities, words, event, read);
      // ("House leaders said they would meet": the leaders, whom no name gives.)
      const reporters = reportingPeople(words, event);
      const agentName =
        describedDoerName(words, event.agent, pronounAgent(words, event, local), local) ??
        (reporters ? phraseText(words, draft.text, reporters) : null);
      // "On September 4, they closed at $17.73": a "they" that continues shares moves as
      // they do, though its clause names none.
      if (agentName?.endsWith(' shares') && eventKindOf(event.lemma, SHARES) === 'market-move')
        event.kind = 'market-move';
      locals.set(event, local);
      reports.set(event, reportedEvent(event, read.events, words));
      agentNames.set(event, agentName);
      if (reporters) agentPhrases.set(event, reporters);
      const patientName = undergoingSubjectReferent(words, event, local);
      patientNames.set(event, patientName);
      const personAgent = !agentName && endsOnPerson(words, event.agent, entities);
      const complement = intendedComplement(event, read.events, words);
      if (complement) intents.set(event, complement);
      const intended = complement
        ? intendedTitle({ words, text: draft.text, event: complement })
        : null;
      titles.set(
        event,
        writeTitle({
          words,
          text: draft.text,
          event,
          agentName,
          agentPhrase: agentPhrases.get(event) ?? null,
          patientName,
          personAgent,
          intended,
        }),
      );
    }
    // "Proulx said the jet flew": the report's title tells what it reports.
    for (const event of read.events) {
      const reported = reports.get(event);
      if (!reported) continue;
      // "Halvorsen said it would cut jobs" keeps its "it": the reporter is named already.
      const clause = clauseTitle(
        writeTitle({
          words,
          text: draft.text,
          event: reported,
          agentName: null,
          personAgent: endsOnPerson(words, reported.agent, entities),
          withModality: true,
        }),
        words,
        reported,
      );
      const agentName = agentNames.get(event) ?? null;
      titles.set(
        event,
        writeTitle({
          words,
          text: draft.text,
          event,
          agentName,
          agentPhrase: agentPhrases.get(event) ?? null,
          patientName: patientNames.get(event) ?? null,
          reported: clause,
          personAgent: !agentName && endsOnPerson(words, event.agent, entities),
        }),
      );
    }
    const participantsByEvent = new Map<SentenceEvent, ParticipantRole[]>();
    // The move each move noun set off after it renames, if any (read once for its
    // participants and for merging).
    const renamedMoves = new Map<SentenceEvent, SentenceEvent>();
    // "agreed to buy Bear Stearns, in a deal brokered by the Fed": the deal and its purchase.
    const dealPhrases = new Map<SentenceEvent, SentenceEvent>();
    // The act each "move" or "decision" tells again, if any (see act-anaphors.ts).
    const toldActs = new Map<SentenceEvent, EventDraft>();
    for (const event of read.events) {
      // "the Airbus A380 has made its maiden flight": "its" in an object is the subject.
      // "GM recovered from their bankruptcy": in a complement too.
      const holder =
        read.events.find(
          (other) =>
            other.pos === 'verb' &&
            [other.patient, ...other.others].some(
              (phrase) =>
                phrase !== null && phrase.first <= event.trigger && event.trigger <= phrase.last,
            ),
        ) ?? appositionHolder(words, event, read.events);
      const subjectNames = (holder ? (participantsByEvent.get(holder) ?? []) : [])
        .filter((participant) => participant.role === 'agent')
        .map((participant) => participant.name);
      const own = participantsOf(
        words,
        event,
        entities,
        locals.get(event) as Context,
        reports.get(event) !== null,
        subjectNames,
        holder?.agent && (words[holder.agent.last] as Word).pos === 'NOUN'
          ? (words[holder.agent.last] as Word)
          : null,
      );
      // "The deal was approved": a definite nominal naming no one is the deal told before;
      // "GM's move", "the decision" are an act told before, whatever its word.
      const doers = own
        .filter((participant) => participant.role !== 'other')
        .map((role) => role.name);
      const toldAct = isActAnaphor(words, event)
        ? actAntecedent(doers, topical)
        : isAcquisitionAnaphor(words, event)
          ? acquisitionAntecedent(event.lemma, doers, topical)
          : undefined;
      if (toldAct) toldActs.set(event, toldAct);
      const antecedent =
        toldAct ??
        (own.every((participant) => participant.role === 'other') &&
        refersBack(words, event, read.segments[event.segment] as Segment)
          ? antecedentOf(event, topical)
          : undefined);
      // "GM declaration of bankruptcy": what another event's "of" phrase tells is theirs too.
      const holderNoun = antecedent ? undefined : ofPhraseHolder(words, event, read.events);
      // So does a move that a move noun renames ("the Dow lost 18 percent, the biggest weekly
      // drop since 1896": the loss).
      const renamed = renamedMove(words, event, read.events);
      if (renamed) renamedMoves.set(event, renamed);
      const purchase = purchaseOfDealPhrase(words, event, read.events);
      if (purchase) dealPhrases.set(event, purchase);
      const lender = holderNoun ?? (antecedent ? undefined : renamed);
      // "The Dow recovered part of Monday's 504-point fall": a move noun naming no one, in
      // the object of a market's move, is the move of that move's subject.
      const moved =
        lender || antecedent || event.pos !== 'noun'
          ? undefined
          : movedBy(words, event, read.events);
      // ("the previous day's losses": a loss of the market's, whatever its words.)
      if (moved) event.kind = 'market-move';
      const mover = lender ?? moved;
      const inherited = antecedent
        ? antecedent.roles
        : own.every((participant) => participant.role === 'other') && mover
          ? (participantsByEvent.get(mover) ?? []).filter(
              (participant) => mover === lender || participant.role === 'agent',
            )
          : [];
      const nameless =
        !antecedent &&
        inherited.length === 0 &&
        own.every((participant) => participant.role === 'other');
      // "Tuesday's fall came after a 276-point drop on Monday": a market's move noun naming
      // no one is the move of the index its sentence names, else of the one named last.
      // (Not one set off after a move, which renames it or tells another: "lost 18 percent,
      // a drop seen once before".)
      const setOff = words[(event.patient?.first ?? event.trigger) - 1]?.text === ',';
      const market =
        nameless && event.pos === 'noun' && isMarketMoveNoun(event) && !setOff
          ? (entities.find((entity) => entity.kind === 'index')?.canonical ?? context.lastIndex)
          : null;
      // "The take-off, at 08:30 UTC, was apparently normal": a definite nominal of what a
      // product does (a launch, a flight, a departure, an arrival) that names no one and
      // refers back to no report is the product's the article named last.
      const implicit: ParticipantRole[] = market
        ? [{ name: market, role: 'agent' }]
        : nameless &&
            PRODUCT_HAPPENINGS.has(event.kind) &&
            context.lastProduct !== null &&
            refersBack(words, event, read.segments[event.segment] as Segment)
          ? [{ name: context.lastProduct, role: 'agent' }]
          : [];
      const participants = [
        ...inherited.filter((role) => role.role !== 'other'),
        ...implicit,
        ...own,
      ];
      participantsByEvent.set(
        event,
        event.pos === 'verb' && event.eventClass !== 'REPORTING'
          ? withTitledBodies(participants, titledHere)
          : participants,
      );
      dates.set(
        event,
        dateOf(draft, read, event, timexes, dates, heading, participants, context, sentenceIndex),
      );
    }
    takeMatterOfComplements(read.events, participantsByEvent);
    // "a year after the appointment of Akerson": counted from the day an earlier report of
    // the appointment gave, when the noun itself has only the article's.
    const twinDate = (anchor: SentenceEvent): EventDate | undefined => {
      const roles = participantsByEvent.get(anchor) ?? [];
      const twin = earlierTwin(
        {
          lemma: anchor.lemma,
          participants: participantNames(roles),
          roles,
          quantities: eventQuantities(words, anchor),
        },
        events,
      );
      return twin && datesOf(twin);
    };
    const counted = datedByFrontedOccasion(
      read,
      datedByClauseMove(
        read,
        countFromEvents(read, sentenceTimexes, dates, draft.published, twinDate),
      ),
      events,
    );
    const reportOf = new Map<SentenceEvent, EventDraft>();
    for (const event of read.events) {
      if (event.light) continue;
      const participants = participantsByEvent.get(event) ?? [];
      const dated = counted.get(event) as Dated;
      const title = namePossessor(
        titleOf(event, read.events, titles, words),
        participants.filter((participant) => participant.role === 'agent'),
      );
      const trigger = words[event.trigger] as Word;
      const ownPlaces = placesOf(read.segments[event.segment] as Segment, words, entities);
      const segmentPlaces =
        ownPlaces.length === 0 && OCCASIONS.has(event.kind) && sentencePlaces.length === 1
          ? sentencePlaces
          : ownPlaces;
      // "met in China this week and in Geneva on August 26": one event per date and place.
      const occasions = distributed(draft, read, event, timexes, entities) ?? [
        { dated, places: segmentPlaces },
      ];
      for (const { dated: occasion, places } of occasions) {
        const modality = aheadOfPublication(event, occasion, draft.published);
        const report: EventDraft = {
          kind: event.kind,
          title,
          ...(occasion.date ?? { start: null, end: null, granularity: null, approximate: false }),
          approximate:
            (occasion.date?.approximate ?? false) ||
            (occasion.date !== null && draft.publishedBasis !== 'metadata'),
          modality,
          participants: participantNames(participants),
          places,
          lemma: event.lemma,
          eventClass: event.eventClass,
          roles: participants,
          quantities: eventQuantities(words, event),
          salience: reportSalience(event, heading, lead, occasion),
          mention: {
            article: draft.id,
            start: sentence.start,
            end: sentence.end,
            timex: occasion.timex
              ? {
                  start: occasion.timex.start,
                  end: occasion.timex.end,
                  text: occasion.timex.text,
                  value: occasion.timex.value,
                }
              : null,
            // "the take-off", "lay-offs": a noun hyphened to the word before is the whole word.
            trigger: {
              start: joinsCompound(words, event.trigger - 1)
                ? (words[event.trigger - 2] as Word).start
                : trigger.start,
              end: trigger.end,
            },
            ...(occasion.basis ? { dateBasis: occasion.basis } : {}),
            modality,
          },
        };
        const intended = intents.get(event);
        if (intended) report.intends = intended.lemma;
        if (event.pos === 'noun') report.nominal = true;
        // "fell 777 points, the largest point drop in its history": one move told twice, when
        // the noun goes the same way.
        const renamed = renamedMoves.get(event);
        const renamedReport = renamed && reportOf.get(renamed);
        if (renamedReport && moveDirection(renamed.lemma) === moveDirection(event.lemma))
          report.sameEventAs = events.lastIndexOf(renamedReport);
        const purchase = dealPhrases.get(event);
        const toldAct = toldActs.get(event) ?? (purchase && reportOf.get(purchase));
        if (toldAct && !datedOtherwise(report, toldAct)) tellAgain(report, toldAct, events);
        events.push(report);
        if (event.pos === 'verb' && modality !== 'actual') toCome.add(report);
        if (
          event.pos === 'noun' &&
          modality === 'actual' &&
          report.participants.length === 0 &&
          !isBarePlural(words, event)
        ) {
          const topic = isKnownTopic(words, event);
          anonymousNominals.set(report, topic || afterEarlierClause(words, event));
          if (topic) knownTopics.add(report);
        }
        const first = event.pos === 'noun' ? firstOfJoinedNouns(read, event) : undefined;
        const firstReport = first ? reportOf.get(first) : undefined;
        if (firstReport) joinedNouns.set(report, firstReport);
        if (occasion.basis === 'governing-timex' && followsItsGovernor(read, event))
          boundedByGovernor.add(report);
        if (read.segments[event.segment]?.type !== 'relative') topical.push(report);
        if (occasions.length === 1) reportOf.set(event, report);
      }
      // A day weeks before the story's is its backstory (see isBackstoryDay).
      const backstoryDay =
        dated.date !== null &&
        isBackstoryDay(dated.date, context.storyDay?.start ?? draft.published);
      // The day a record is measured from starts no thread, of moves or of actors ("its
      // biggest fall since December 1, when it dropped 680 points", "its worst fall since
      // the crash of 1987").
      const recordsDay =
        dated.timex !== null && isRecordReference(draft.text, sentence.start, dated.timex);
      // Nor does a move the day owns, told as known ("recovering more than half of the
      // previous day's losses"): the next move is the story's, not that day's.
      const ownedMove =
        event.pos === 'noun' && dated.timex !== null && isPossessiveDate(words, dated.timex);
      // A rise or fall the words date, or one the run of them dated, dates the next; so
      // does what markets did on a day ("Asian markets followed on Tuesday. The Nikkei slid"),
      // or on the day of the clause they are told in ("losses on Monday, when US markets
      // were closed").
      if (
        !heading &&
        (event.kind === 'market-move' || marketsActing(words, event.agent)) &&
        event.modality === 'actual' &&
        dated.date &&
        !recordsDay &&
        !ownedMove &&
        !isHistory(dated.date, historyBefore) &&
        (DATED_BY_WORDS.has(dated.basis ?? '') ||
          dated.basis === 'narrative-thread' ||
          (dated.basis === 'governing-timex' && event.kind === 'market-move'))
      )
        context.movesThread = {
          date: dated.date,
          sentence: sentenceIndex,
          saying: false,
          // "has lost 24 percent this week": a perfect's span up to now, like a pluperfect's
          // past, is no period of the day's moves told after it; nor is a day weeks before
          // the story's ("Less than a month ago, on November 20, the Dow closed at 7,552.
          // In London, the FTSE 100 edged higher": London's move is of the story's day).
          backstory: event.tense === 'pluperfect' || event.tense === 'perfect' || backstoryDay,
        };
      // A headline's date is the story's, not the next sentence's: no thread from there;
      // nor is an aside's ("Lehman, founded in 1850, employs …": the story is not of 1850).
      // A clause told as coming before its own, and dated by it, starts one ("the Dow rose
      // on Tuesday after the Fed said … It was the first time the Fed had given a date").
      if (
        !heading &&
        !tellsAside(read, event) &&
        (dated.basis === 'own-timex' ||
          (dated.basis === 'governing-timex' && followsItsGovernor(read, event))) &&
        dated.date &&
        event.modality === 'actual' &&
        !recordsDay
      ) {
        // ("had told investors in January": a saying of the backstory is no day the
        // speaker's plain-past sayings after it go on from.)
        if (event.eventClass === 'REPORTING' && event.tense !== 'pluperfect')
          for (const participant of participants)
            if (participant.role === 'agent') context.sayingDays.set(participant.name, dated.date);
        // ("kept its rate on Thursday, having cut it in July": a perfect participle, like a
        // pluperfect, tells what came before its clause; so does a past joined to a
        // pluperfect: "had run the company during that absence, and he also led it in 2009".)
        // So does a market's move of a day weeks before the story's ("first finished above
        // 12,000 on October 19, 2006. The gain took the index …": today's gain).
        const backstory =
          event.tense === 'pluperfect' ||
          (event.tense === 'perfect' && words[event.trigger - 1]?.lower === 'having') ||
          joinedToPluperfect(read, event) ||
          (event.kind === 'market-move' && backstoryDay);
        for (const participant of participants)
          context.threadDates.set(participant.name, {
            date: dated.date,
            sentence: sentenceIndex,
            saying: event.eventClass === 'REPORTING' || namesSaying(event),
            backstory,
          });
      }
    }
    for (const [event, report] of reportOf) {
      if (event.governor?.eventClass === 'ASPECTUAL') runs.add(report);
      const governor = event.governor ? reportOf.get(event.governor) : undefined;
      const dated = counted.get(event);
      if (governor && dated?.basis === 'governing-timex' && !dated.timex)
        governedBy.set(report, governor);
      if (governor && event.pos === 'verb') {
        const list = complements.get(governor);
        if (list) list.push(report);
        else complements.set(governor, [report]);
      }
    }
    const people = peopleTalkedAbout(read, entities, participantsByEvent);
    if (people.length >= 2) context.lastPeople = people;
    remember(context, entities);
    rememberDescriptions(context, words, entities);
    const participantsOfEvent = (event: SentenceEvent) => participantsByEvent.get(event) ?? [];
    const kindOfName = (name: string) => kinds.get(name);
    const main = mainClauseVerb(read);
    const subjectPhrase = main && (main.passive ? main.patient : main.agent);
    context.lastSubject =
      mainSubject(main, participantsOfEvent, kindOfName) ??
      (subjectPhrase ? null : (openingSubject(words, entities) ?? describedSubject(read, context)));
    // (Names joined there are the people a next "their" stands for, as lastPeople says.)
    context.peopleSubject = main ? hasPeopleSubject(words, main, false) : false;
    context.sharesSubject = opensWithShares(words);
    // A sentence that names someone without being about a person leaves "he" to whoever
    // was named last; one that names no one leaves the story's person as it was.
    const person = mainSubject(main, participantsOfEvent, kindOfName, PERSON_KINDS);
    if (person || entities.some((entity) => entity.kind === 'person'))
      context.lastPersonSubject = person;
  });
  return datedByTwins(events, {
    runs,
    anonymousNominals,
    knownTopics,
    boundedByGovernor,
    complements,
    toCome,
    governedBy,
    joinedNouns,
    published: draft.published?.slice(0, 10) ?? null,
  });
}

/**
 * "Apple chief executive Steve Jobs introduced the iPhone", "Rick Wagoner, chief executive
 * of GM, presented the plan": what a person does under the title the sentence gives them,
 * their body does through them; it acts too, after them. (Not what they say: a spokesman's
 * words are the spokesman's report; nor a noun, "Jobs's absence", which is theirs.)
 */
function withTitledBodies(
  participants: ParticipantRole[],
  titled: ReadonlyMap<string, string>,
): ParticipantRole[] {
  const bodies = participants.flatMap((participant) => {
    const body = participant.role === 'agent' ? titled.get(participant.name) : undefined;
    return body && !participants.some((other) => other.name === body) ? [body] : [];
  });
  if (bodies.length === 0) return participants;
  return [...participants, ...unique(bodies).map((name) => ({ name, role: 'agent' as const }))];
}

/** Days before publication beyond which a market's move is history, not the story's. */
const HISTORY_DAYS = 31;

/**
 * "The previous record, a fall of 684.81 points, was set on September 17, 2001. The S&P 500
 * dropped 8.8%": a move long before the article is history told in passing, no day of the
 * moves told after it.
 */
function isHistory(date: EventDate, historyBefore: string | null): boolean {
  const until = date.end ?? date.start;
  return historyBefore !== null && until !== null && until.slice(0, 10) < historyBefore;
}

/** The day before which a move is history (see isHistory), once per article. */
function historyEnds(published: string | null): string | null {
  const day = published ? parseDay(published) : null;
  return day ? formatDay(shiftDays(day, -HISTORY_DAYS)) : null;
}

/** Classes of events whose complement says what they are about ("agreed to buy …"). */
const TAKES_MATTER: ReadonlySet<EventClass> = new Set(['I_ACTION', 'ASPECTUAL']);

/**
 * "Orlin agreed to buy Tessary", "decided to continue the flight of the A380": what an
 * agreement, a decision or a beginning goes on to do is its matter, and the names acted on
 * there take part in it too (Tessary's timeline holds the agreement). Complements are
 * taken last first, so that a chain ("decided to begin talks with …") passes names up.
 */
function takeMatterOfComplements(
  events: readonly SentenceEvent[],
  participantsByEvent: Map<SentenceEvent, ParticipantRole[]>,
): void {
  for (const event of [...events].reverse()) {
    const governor = event.governor;
    if (!governor || event.pos !== 'verb' || !TAKES_MATTER.has(governor.eventClass)) continue;
    const own = participantsByEvent.get(governor) ?? [];
    // ("cancelling a deal to sell Opel": what it acts on it names itself.)
    if (own.some((participant) => participant.role === 'patient' || participant.role === 'partner'))
      continue;
    // Only what its own doer goes on to do: "ordered the Air Force to buy tankers" is
    // Congress's order, not a purchase of its own.
    const doers = own.filter((participant) => participant.role === 'agent');
    const theirs = participantsByEvent.get(event) ?? [];
    if (
      !theirs.some((them) => them.role === 'agent' && doers.some((doer) => doer.name === them.name))
    )
      continue;
    const matter = theirs.filter(
      (participant) =>
        (participant.role === 'patient' || participant.role === 'partner') &&
        !own.some((known) => known.name === participant.name),
    );
    if (matter.length > 0) participantsByEvent.set(governor, [...own, ...matter]);
  }
}

/** Clauses that tell what came before the clause they hang on. */
const EARLIER_CLAUSES: ReadonlySet<string> = new Set(['after', 'since', 'once']);
/** The lemmas of a clause about shares: what a move of shares is, whatever else it says. */
const SHARES: ReadonlySet<string> = new Set(['share']);

/** Prepositions before what a clause is about: "apologized for", "briefed on", "sued over". */
const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'on', 'over', 'about']);

/** Whether the event's clause tells what went before its governing clause ("after X fell"). */
function followsItsGovernor(read: ReadSentence, event: SentenceEvent): boolean {
  const segment = read.segments[event.segment] as Segment;
  return segment.type === 'subordinate' && EARLIER_CLAUSES.has(segment.marker ?? '');
}

/**
 * Whether a noun names a saying ("gave his first speech on Tuesday night. “We will fight
 * this spill,” he said": the speech is what he said then, as a statement or a testimony is).
 */
function namesSaying(event: SentenceEvent): boolean {
  return event.pos === 'noun' && VERB_CLASSES.get(eventFamily(event.lemma)) === 'REPORTING';
}

/**
 * Whether a noun is told as what came before its clause: "after an explosion". (So is one
 * its clause is about, a happening the reader knows: isKnownTopic.)
 */
function afterEarlierClause(words: readonly Word[], event: SentenceEvent): boolean {
  const phrase = event.patient;
  return phrase !== null && EARLIER_CLAUSES.has(words[phrase.first - 1]?.lower ?? '');
}

/** The event noun a noun is joined to by "and" or "or" right before it ("an explosion and fire"). */
function firstOfJoinedNouns(read: ReadSentence, event: SentenceEvent): SentenceEvent | undefined {
  const link = read.words[event.trigger - 1]?.lower;
  if (link !== 'and' && link !== 'or') return undefined;
  return read.events.find((other) => other.pos === 'noun' && other.trigger === event.trigger - 2);
}

/**
 * Whether a noun is what its clause is about, and one the reader knows ("apologized for the
 * explosion"), or what a past act that is doubted or denied was of ("are investigating
 * whether computer trading caused the fall").
 */
function isKnownTopic(words: readonly Word[], event: SentenceEvent): boolean {
  const phrase = event.patient;
  if (phrase === null || !DEFINITE.has(words[phrase.first]?.lower ?? '')) return false;
  const before = words[phrase.first - 1]?.lower ?? '';
  if (TOPIC_PREPOSITIONS.has(before)) return true;
  const governor = event.governor;
  return governor !== null && governor.modality !== 'actual' && isPastAct(governor);
}

/**
 * Whether a noun is a plural with no determiner, of acts in general ("restrictions on sales
 * of shares by early investors"), not a happening the reader knows ("the sale").
 */
function isBarePlural(words: readonly Word[], event: SentenceEvent): boolean {
  const noun = words[event.trigger] as Word;
  const first = event.patient ? (words[event.patient.first] as Word) : noun;
  return (
    noun.lemma !== noun.lower &&
    first.pos !== 'DET' &&
    !isPossessivePronoun(first) &&
    first.pos !== 'PROPN' &&
    !(event.patient && words.slice(event.patient.first, event.trigger).some(isApostropheS))
  );
}

/** Whether the event's clause is joined by "and" to a clause told in the pluperfect. */
function joinedToPluperfect(read: ReadSentence, event: SentenceEvent): boolean {
  const segment = read.segments[event.segment];
  if (segment?.type !== 'coordinate' || segment.parent === null) return false;
  return read.events.some(
    (other) =>
      other.segment === segment.parent && other.pos === 'verb' && other.tense === 'pluperfect',
  );
}

/** Whether the event is told in a relative clause or a participle describing a name. */
function tellsAside(read: ReadSentence, event: SentenceEvent): boolean {
  return event.tense === 'participle' || read.segments[event.segment]?.type === 'relative';
}

/**
 * The people a sentence is about, for a later "their": "… before President Obama leaves
 * office, Kerry is racing after Lavrov. Their meetings …" are Kerry's and Lavrov's, not
 * Obama's, who only acts in a clause aside.
 */
function peopleTalkedAbout(
  read: ReadSentence,
  entities: readonly EntityMention[],
  participantsByEvent: ReadonlyMap<SentenceEvent, ParticipantRole[]>,
): string[] {
  const people = unique(
    entities.filter((entity) => entity.kind === 'person').map((entity) => entity.canonical),
  );
  const namesOf = (inMain: boolean, roles: readonly string[]) =>
    read.events
      .filter((event) => (read.segments[event.segment]?.parent === null) === inMain)
      .flatMap((event) => participantsByEvent.get(event) ?? [])
      .filter((participant) => roles.includes(participant.role))
      .map((participant) => participant.name);
  const inMain = namesOf(true, ['agent', 'patient', 'partner', 'other']);
  const asideDoers = namesOf(false, ['agent']).filter((name) => !inMain.includes(name));
  const discussed = people.filter((name) => !asideDoers.includes(name));
  return discussed.length >= 2 ? discussed : people;
}

/** How many paragraphs after the headline make the lead, where the story's day is told. */
const LEAD_PARAGRAPHS = 3;

/** The dates of the article's lead: its first paragraphs after the headline and date line. */
function leadTimexes(draft: ArticleDraft): Timex[] {
  // A photo caption ("General Motors logo."), a page widget: no part of the story's lead.
  const lead: Span[] = [];
  for (const paragraph of draft.paragraphs) {
    if (lead.length === LEAD_PARAGRAPHS) break;
    if (
      !inside(paragraph, draft.headline) &&
      !inside(paragraph, draft.standfirst) &&
      !draft.boilerplate.some((part) => inside(paragraph, part)) &&
      wordsIn(draft.words, paragraph).some((word) => word.pos === 'VERB' || word.pos === 'AUX')
    )
      lead.push(paragraph);
  }
  return draft.timexes.filter(
    (timex) =>
      lead.some((paragraph) => inside(timex, paragraph)) &&
      !(draft.dateline && inside(timex, draft.dateline)) &&
      // "suspended until Monday": when a state ends is no day of the story.
      !/\b(?:until|till)\s+$/i.test(draft.text.slice(Math.max(0, timex.start - 7), timex.start)) &&
      // "its worst day since the September 11 attacks": nor is what a record is measured from.
      !isRecordReference(draft.text, paragraphStart(lead, timex), timex),
  );
}

/** The start of the lead paragraph that holds `span`. */
function paragraphStart(lead: readonly Span[], span: Span): number {
  return lead.find((paragraph) => inside(span, paragraph))?.start ?? 0;
}

/**
 * "stated on Thursday that it had signed a contract": a date right after a reporting verb
 * whose words tell of something done before ("had"), so the story is of an earlier day.
 * ("said on Wednesday it would cut 600 jobs" tells that day's news.)
 */
function datesTellingOfEarlier(draft: ArticleDraft, timex: Timex): boolean {
  let before = draft.words.findLastIndex((word) => word.end <= timex.start);
  if (draft.words[before]?.pos === 'ADP') before--;
  const verb = draft.words[before];
  if (verb?.pos !== 'VERB' || VERB_CLASSES.get(verb.lemma) !== 'REPORTING') return false;
  const sentence = draft.sentences.find((span) => inside(timex, span));
  return sentence !== undefined && PLUPERFECT.test(draft.text.slice(timex.end, sentence.end));
}

const PLUPERFECT = /\bhad\b/i;

/** Kinds of what a product does: "the take-off", "the flight test", "the landing". */
const PRODUCT_HAPPENINGS: ReadonlySet<EventKind> = new Set(['launch', 'departure', 'arrival']);

/** Classes of verbs that tell what someone means to do: "vowed", "aims", "tried", "began". */
const INTENT_CLASSES: ReadonlySet<EventClass> = new Set(['I_ACTION', 'I_STATE', 'ASPECTUAL']);

/**
 * The infinitive a verb of intent with no object of its own governs ("vowed on Thursday to
 * work with the United States"): what its title should say it intends.
 */
function intendedComplement(
  event: SentenceEvent,
  all: readonly SentenceEvent[],
  words: readonly Word[],
): SentenceEvent | undefined {
  if (event.pos !== 'verb' || event.patient || event.others.length > 0) return undefined;
  if (!INTENT_CLASSES.has(event.eventClass)) return undefined;
  return all.find(
    (other) =>
      other.governor === event &&
      other.pos === 'verb' &&
      other.tense === 'infinitive' &&
      words[other.trigger - 1]?.lower === 'to',
  );
}

/**
 * A nominal's one-word title ("Deal") says little: the title of the verb whose subject or
 * object it is says what happened to it ("Deal approved by China Eastern's board").
 */
function titleOf(
  event: SentenceEvent,
  all: readonly SentenceEvent[],
  titles: ReadonlyMap<SentenceEvent, string>,
  words: readonly Word[],
): string {
  const own = titles.get(event) ?? '';
  // "Larkspur K700 makes its first flight": a light verb's title tells its noun's event.
  if (event.toldByLightVerb && event.governor) return titles.get(event.governor) ?? own;
  if (event.pos !== 'noun' || own.includes(' ')) return own;
  const holder = all.find(
    (other) =>
      other.pos === 'verb' &&
      [other.agent, other.patient].some(
        (phrase) =>
          phrase !== null && phrase.first <= event.trigger && event.trigger <= phrase.last,
      ),
  );
  // "described the meeting": the describing is not the meeting. "The plan still has to be
  // approved": what is not done to it is no title of a plan that is.
  const better =
    holder &&
    !talksAbout(holder) &&
    !namesItsObject(words, holder) &&
    !(holder.modality !== 'actual' && event.modality === 'actual')
      ? titles.get(holder)
      : undefined;
  return better && better.toLowerCase().includes((words[event.trigger] as Word).lower)
    ? better
    : own;
}

/**
 * "in China this week and in Geneva on August 26": dates joined by "and" in an event's
 * clause give one occasion each, with the place named before each date.
 */
function distributed(
  draft: ArticleDraft,
  read: ReadSentence,
  event: SentenceEvent,
  timexes: readonly Timex[],
  entities: readonly EntityMention[],
): Array<{ dated: Dated; places: string[] }> | null {
  const { words, segments } = read;
  const own = timexes.filter(
    (timex) => timex.resolved && segmentOfOffset(words, segments, timex.start) === event.segment,
  );
  // The date nearest the event among them, once for both readings below.
  const nearest = own.length >= 2 ? ownTimex(read, event, own) : null;
  const span = nearest ? spannedOccasion(draft, read, event, own, nearest, entities) : null;
  if (span) return [span];
  if (own.length < 2 || event.modality !== 'actual') return null;
  // Only the dates joined by "and": "announced Wednesday a meeting on Thursday and Friday"
  // gives the meeting two days, not the announcement's.
  // (Not an "and" that joins clauses: "said late on Thursday, and talks … are expected to
  // begin next week", where a verb with its auxiliary stands between; nor one that joins
  // verbs: "sales were strong in May and rose 8% in June".)
  const verbBetween = (a: Timex, b: Timex) =>
    words.some(
      (word) =>
        (word.pos === 'AUX' || word.pos === 'VERB') && word.start >= a.end && word.end <= b.start,
    );
  const joined = (a: Timex, b: Timex) =>
    /^[^.;]{0,60}\band\b/.test(draft.text.slice(a.end, b.start)) && !verbBetween(a, b);
  // A list's comma: "on Monday, Tuesday and Wednesday", "in Oslo on Monday, in Bergen on
  // Tuesday"; not the comma that closes a fronted date ("In late June, Apple disclosed what
  // it did between 1997 and 2001").
  const listed = (a: Timex, b: Timex) =>
    /^\s*,[^.;]{0,40}$/.test(draft.text.slice(a.end, b.start)) && !verbBetween(a, b);
  const last = own.length - 1;
  if (!joined(own[last - 1]!, own[last]!)) return null;
  let firstJoined = last - 1;
  while (
    firstJoined > 0 &&
    (joined(own[firstJoined - 1]!, own[firstJoined]!) ||
      listed(own[firstJoined - 1]!, own[firstJoined]!))
  )
    firstJoined--;
  const run = own.slice(firstJoined);
  // "announced Wednesday a meeting for Thursday and Friday": the announcement has a date of
  // its own, nearer than the joined ones.
  if (nearest && !run.includes(nearest)) return null;
  return run.map((timex, index) => {
    const from = index === 0 ? (words[0] as Word).start : run[index - 1]!.end;
    const place = entities
      .filter((entity) => entity.kind === 'place' || entity.kind === 'country')
      .filter((entity) => entity.start >= from && entity.end <= timex.start)
      .pop();
    return {
      dated: {
        date: dateFromTimex(timex.resolved!, draft.published, event.tense, true),
        basis: 'own-timex' as const,
        timex,
      },
      places: place
        ? [place.canonical]
        : placesOf(segments[event.segment] as Segment, words, entities),
    };
  });
}

/** The words that open a span of dates and the words that join its ends. */
const SPAN_JOINS: ReadonlyMap<string, RegExp> = new Map([
  ['between', /^\s*and\s*$/],
  ['from', /^\s*(?:to|until|till|through|-|–)\s*$/],
]);

/**
 * "had been taken between April 17 and April 19", "ran from Monday to Wednesday": two
 * dates that open and close a span give one occasion that lasts from the first to the
 * second, not one on each end.
 */
function spannedOccasion(
  draft: ArticleDraft,
  read: ReadSentence,
  event: SentenceEvent,
  own: readonly Timex[],
  nearest: Timex,
  entities: readonly EntityMention[],
): { dated: Dated; places: string[] } | null {
  const { words, segments } = read;
  const index = own.indexOf(nearest);
  for (const [first, last] of [
    [own[index], own[index + 1]],
    [own[index - 1], own[index]],
  ] as const) {
    if (!first?.resolved || !last?.resolved) continue;
    const opener = words.findLast((word) => word.end <= first.start)?.lower ?? '';
    const join = SPAN_JOINS.get(opener);
    if (!join?.test(draft.text.slice(first.end, last.start))) continue;
    const actual = event.modality === 'actual';
    const from = dateFromTimex(first.resolved, draft.published, event.tense, actual);
    const to = dateFromTimex(last.resolved, draft.published, event.tense, actual);
    if (!from.start || !to.start || to.start < from.start) continue;
    const end = to.end ?? last.resolved.end;
    return {
      dated: { date: { ...from, end }, basis: 'own-timex', timex: first },
      places: placesOf(segments[event.segment] as Segment, words, entities),
    };
  }
  return null;
}

/** Whether a name stands in a relative clause, which describes someone rather than the event. */
function inRelativeClause(read: ReadSentence, entity: EntityMention): boolean {
  const segment = read.segments[segmentOfOffset(read.words, read.segments, entity.start)];
  return segment?.type === 'relative';
}

function placesOf(
  segment: Segment,
  words: readonly Word[],
  entities: readonly EntityMention[],
): string[] {
  const start = (words[segment.first] as Word).start;
  const end = (words[segment.last] as Word).end;
  return unique(
    entities
      .filter((entity) => entity.kind === 'place' && entity.start >= start && entity.end <= end)
      .map((entity) => entity.canonical),
  );
}

/**
 * How much a report matters on its own, 0–1: a headline or lead, a date of its own, a kind
 * the timeline groups by, and a reported fact rather than a possibility. Merging adds the
 * number of articles that report it.
 */
function reportSalience(
  event: SentenceEvent,
  heading: boolean,
  lead: boolean,
  dated: Dated,
): number {
  let score = 0;
  if (heading) score += 0.3;
  else if (lead) score += 0.2;
  if (dated.basis === 'own-timex') score += 0.15;
  if (event.kind !== 'other' && event.kind !== 'statement') score += 0.15;
  if (event.modality === 'actual') score += 0.1;
  if (event.pos === 'verb' && event.eventClass === 'OCCURRENCE') score += 0.05;
  return Math.min(1, score);
}

/** Whether the report's own words date it to another time than the act it names. */
function datedOtherwise(report: EventDraft, act: EventDraft): boolean {
  return report.mention.dateBasis === 'own-timex' && report.start !== act.start;
}

/**
 * Makes the report of "the move" the act's, told again: its title, kind, modality and date
 * are the act's ("GM to cut 10,000 jobs … The move" is a cut to come, not a move of today).
 */
function tellAgain(report: EventDraft, act: EventDraft, events: readonly EventDraft[]): void {
  report.sameEventAs = events.lastIndexOf(act);
  report.title = act.title;
  report.kind = act.kind;
  report.modality = act.modality;
  report.start = act.start;
  report.end = act.end;
  report.granularity = act.granularity;
  report.approximate = act.approximate;
}

/** Whether a noun tells a market's rise or fall ("a 276-point drop", "Tuesday's fall"). */
function isMarketMoveNoun(event: SentenceEvent): boolean {
  return event.kind === 'market-move' && moveDirection(event.lemma) !== null;
}

/**
 * The market's move whose object a move noun lies in, the verb right before it in its
 * clause with no punctuation between ("recovered part of Monday's 504-point fall",
 * "recovering more than half of the previous day's losses").
 */
function movedBy(
  words: readonly Word[],
  event: SentenceEvent,
  events: readonly SentenceEvent[],
): SentenceEvent | undefined {
  // (Any word of a rise or a fall: "drop", "loss".)
  if (moveDirection(event.lemma) === null) return undefined;
  const verb = events.findLast(
    (other) =>
      other.pos === 'verb' && other.trigger < event.trigger && other.segment === event.segment,
  );
  if (verb?.kind !== 'market-move') return undefined;
  const between = words.slice(verb.trigger + 1, event.trigger);
  // (A hyphen joins: "504-point"; a comma or a bracket sets another phrase off.)
  return between.some((word) => /^[,;:()“”"—–]$/.test(word.text) || word.pos === 'VERB')
    ? undefined
    : verb;
}

function insideName(word: Word, entities: readonly EntityMention[]): boolean {
  return entities.some(
    (entity) => entity.kind !== 'place' && entity.start <= word.start && word.end <= entity.end,
  );
}

/**
 * "closed down 777 points, at 10,365, its largest drop ever": a nominal whose "its" opens
 * an apposition after a comma sums up the verb before it, whose subject "its" is.
 */
function appositionHolder(
  words: readonly Word[],
  event: SentenceEvent,
  events: readonly SentenceEvent[],
): SentenceEvent | undefined {
  const opening = event.pos === 'noun' && event.patient ? event.patient.first : -1;
  const possessive = words[opening];
  if (!possessive || !isPossessivePronoun(possessive) || words[opening - 1]?.text !== ',')
    return undefined;
  return events.findLast(
    (other) => other.pos === 'verb' && other.segment === event.segment && other.trigger < opening,
  );
}

/** "Asian markets", "Stocks", "European shares": a subject that is a market. */
function marketsActing(words: readonly Word[], agent: Phrase | null): boolean {
  const head = agent ? words[agent.last] : undefined;
  return head !== undefined && head.pos === 'NOUN' && isMarketNoun(head.lemma);
}

/** "Jobs said", "Steve Jobs said": a phrase that ends on a person's name names one person. */
function endsOnPerson(
  words: readonly Word[],
  phrase: Phrase | null,
  entities: readonly EntityMention[],
): boolean {
  const last = phrase ? words[phrase.last] : undefined;
  return (
    last !== undefined &&
    entities.some(
      (entity) => entity.kind === 'person' && entity.start <= last.start && last.end <= entity.end,
    )
  );
}

function inside(span: Span, outer: Span | null): boolean {
  return outer !== null && span.start >= outer.start && span.end <= outer.end;
}

/**
 * "The next meeting of the committee is on January 29", written a week before: a meeting
 * its own words date after publication has not happened yet; it is scheduled. So is a
 * noun the verb governing it dates so ("has a June 1 deadline to finish a plan").
 */
function aheadOfPublication(
  event: SentenceEvent,
  dated: Dated,
  published: string | null,
): SentenceEvent['modality'] {
  const start = dated.date?.start;
  const ownOrGoverning =
    dated.basis === 'own-timex' || (dated.basis === 'governing-timex' && event.tense === 'nominal');
  if (event.modality !== 'actual' || !ownOrGoverning || !start || !published) return event.modality;
  if (event.tense !== 'nominal' && event.tense !== 'present') return event.modality;
  return start.slice(0, 10) > published ? 'scheduled' : event.modality;
}

/** A duration written as one hyphened word ("158-year-old", "12-hour"): a noun's modifier. */
function isHyphenedLength(timex: Timex): boolean {
  return timex.type === 'DURATION' && /^\S+-\S+$/.test(timex.text);
}
