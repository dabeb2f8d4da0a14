/**
 * Writes a short human title for an event: "Kerry and Lavrov speak by phone",
 * "Kerry arrives in Geneva", "Russia announces the meeting in Geneva". People go by
 * surname, countries and organizations by their canonical name.
 */
import type { EntityKind, EventKind } from '../../contract/corpus.ts';
import { thirdPerson } from './trigger-lexicon.ts';

export interface TitleParts {
  kind: EventKind;
  lemma: string;
  pos: 'verb' | 'noun';
  /** Who did it (subject side), then everyone else involved. */
  agents: string[];
  others: string[];
  places: string[];
  /** Words after the trigger ("a new peace push for Yemen"), already trimmed. */
  object: string | null;
  /** A noun phrase for the agent when no name is known ("regime troops"). */
  agentPhrase: string | null;
  /** The participle of a passive without its agent: "Halvorsen was arrested" → "arrested". */
  passive?: string | null;
}

/** The short form of a canonical name for a title. */
export function shortName(canonical: string, kind: EntityKind | undefined): string {
  if (kind !== 'person') return canonical;
  const words = canonical.split(' ');
  if (words.length < 2) return canonical;
  // Keep particles with the surname: "de Mistura", "al-Assad" is one word already.
  const last = words.length - 1;
  const start = last > 0 && /^[a-z]/.test(words[last - 1] ?? '') ? last - 1 : last;
  return words.slice(start).join(' ');
}

/** A title for the event from its parts. */
export function writeTitle(parts: TitleParts): string {
  const everyone = unique([...parts.agents, ...parts.others]);
  const place = parts.places[0];
  const inPlace = place
    ? ` ${/(summit|conference|forum)$/.test(place) ? 'at' : 'in'} ${place}`
    : '';
  // "A jury convicted Halvorsen": the unnamed actor is the subject, not the named object.
  const agents =
    parts.agents.length > 0 ? parts.agents : parts.agentPhrase ? [] : everyone.slice(0, 1);
  const subject = agents.length > 0 ? list(agents) : parts.agentPhrase;
  const plural = agents.length > 1 || (agents.length === 0 && /s$/.test(parts.agentPhrase ?? ''));
  switch (parts.kind) {
    case 'phone-call':
      if (everyone.length >= 2) return `${list(everyone)} speak by phone`;
      return everyone.length === 1 ? `${everyone[0]} speaks by phone` : 'Phone call';
    case 'meeting':
      if (parts.lemma === 'summit')
        return capitalize(`${everyone.length ? `${list(everyone)} at ` : ''}summit${inPlace}`);
      if (everyone.length >= 2) return `${list(everyone)} meet${inPlace}`;
      return everyone.length === 1 ? `${everyone[0]} holds talks${inPlace}` : `Talks${inPlace}`;
    case 'arrival':
      return subject
        ? `${capitalize(subject)} ${plural ? 'arrive' : 'arrives'}${inPlace}`
        : `Arrival${inPlace}`;
    case 'departure': {
      const verb =
        parts.lemma === 'visit' ? 'visit' : parts.lemma === 'leave' ? 'leave for' : 'travel to';
      const destination = place ? ` ${place}` : '';
      const phrase = place
        ? conjugate(verb, plural) + destination
        : conjugate(parts.lemma === 'visit' ? 'visit' : 'leave', plural);
      return subject
        ? `${capitalize(subject)} ${phrase}`
        : `Departure${place ? ` for ${place}` : ''}`;
    }
    default:
      break;
  }
  if (parts.pos === 'noun') {
    const who = everyone.length > 0 ? ` involving ${list(everyone.slice(0, 3))}` : '';
    return capitalize(`${parts.lemma}${who}${inPlace}`);
  }
  const verb = parts.passive
    ? `${plural ? 'are' : 'is'} ${parts.passive}`
    : conjugate(parts.lemma, plural);
  const object = parts.object ? ` ${parts.object}` : '';
  const where = place && !(parts.object ?? '').includes(place) ? inPlace : '';
  const title = `${subject ?? 'Someone'} ${verb}${object}${where}`.replace(/\s+/g, ' ').trim();
  // Ten words at most: the place goes first, it is shown beside the title anyway.
  const short = wordCount(title) > 10 && where ? title.slice(0, -where.length).trim() : title;
  return capitalize(short);
}

function conjugate(verb: string, plural: boolean): string {
  if (plural) return verb;
  const [head, ...rest] = verb.split(' ');
  return [thirdPerson(head ?? verb), ...rest].join(' ');
}

function list(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
