import type { EntityKind } from '../../contract/corpus.ts';

/** A name as written, before unification across the article. */
export interface NameMention {
  start: number;
  end: number;
  text: string;
  kind: EntityKind;
  /** Best name for it from this mention alone. */
  name: string;
  /** The title or role written before a person ("US Secretary of State"). */
  role: string | null;
  /** For a description ("the top US diplomat"): the roles and country it stands for. */
  description?: { roles: string[]; country: string | null };
  /** A capitalized word nothing classifies: a known person's surname, else an organization. */
  tentative?: boolean;
  /**
   * A common word opening the sentence before a noun ("Opposition lawmakers said"): a name
   * only if the article also names it elsewhere ("Shell shares fell … rivals of Shell").
   */
  commonOpener?: boolean;
  /**
   * Two or three names nothing classifies, each a proper noun to the tagger ("Novak
   * Djokovic"): a person whose first name no list knows if the article names them by the
   * last alone, else an organization.
   */
  personShaped?: boolean;
  /** The long form an acronym stands for ("EADS" → its full name), when the text says. */
  longForm?: string;
}
