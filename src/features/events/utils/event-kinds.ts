/**
 * How each event kind is named and marked. The symbol travels with the kind
 * everywhere (timeline, lists, filters) so kinds never depend on colour alone.
 */
import type { EventKind } from '../../../contract/corpus.ts';

export const EVENT_KIND_LABEL: Record<EventKind, string> = {
  'phone-call': 'Phone call',
  meeting: 'Meeting',
  arrival: 'Arrival',
  departure: 'Departure',
  announcement: 'Announcement',
  statement: 'Statement',
  agreement: 'Agreement',
  military: 'Military',
  death: 'Death',
  election: 'Election',
  'market-move': 'Market move',
  deal: 'Order or deal',
  bankruptcy: 'Bankruptcy',
  'job-cuts': 'Job cuts',
  legal: 'Legal action',
  launch: 'Launch',
  other: 'Other',
};

export const EVENT_KIND_SYMBOL: Record<EventKind, string> = {
  'phone-call': '☎',
  meeting: '◆',
  arrival: '→',
  departure: '←',
  announcement: '!',
  statement: '“',
  agreement: '✓',
  military: '✕',
  death: '†',
  election: '☑',
  'market-move': '↕',
  deal: '$',
  bankruptcy: '⊘',
  'job-cuts': '✂',
  legal: '⚖',
  launch: '▲',
  other: '•',
};
