import type { EventKind } from '../../../contract/corpus.ts';
import { EVENT_KIND_LABEL, EVENT_KIND_SYMBOL } from '../utils/event-kinds.ts';
import { MODALITY_LABEL } from '../utils/modality.ts';
import { DATE_BASIS_LABEL } from '../utils/describe-event.ts';

const KINDS = Object.keys(EVENT_KIND_LABEL) as EventKind[];

/** "What the marks mean": every symbol, line style and word the timeline and panes use. */
export function Legend() {
  return (
    <details className="legend">
      <summary>What the marks mean</summary>
      <h3 className="legend-heading">Dates</h3>
      <dl className="legend-list">
        <dt>
          <span className="legend-sample legend-approximate">≈</span>
        </dt>
        <dd>
          approximate: the article itself is vague (“mid-July”, “late 2015”); such events are drawn
          in dashed boxes
        </dd>
        <dt>
          <span className="flag">inferred</span>
        </dt>
        <dd>
          the article did not state this part of the date (the year of “on Thursday”, say); it was
          filled in from the publication date
        </dd>
        <dt>
          <span className="legend-group">+ 12</span>
        </dt>
        <dd>
          twelve more events here whose labels do not fit; the most important keep theirs. Click the
          group, or zoom in, to see them
        </dd>
        <dt>no date found</dt>
        <dd>the event is reported without any date; it is listed under “Not on the timeline”</dd>
      </dl>
      <h3 className="legend-heading">Where a date comes from</h3>
      <ul className="legend-bases">
        {Object.values(DATE_BASIS_LABEL).map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ul>
      <h3 className="legend-heading">Kinds of event</h3>
      <ul className="legend-kinds">
        {KINDS.map((kind) => (
          <li key={kind}>
            <span className="kind-symbol" aria-hidden="true">
              {EVENT_KIND_SYMBOL[kind]}
            </span>{' '}
            {EVENT_KIND_LABEL[kind]}
          </li>
        ))}
      </ul>
      <h3 className="legend-heading">Did it happen?</h3>
      <p className="legend-modality">
        Beside the kind, an event that did not simply happen says what the text says of it:{' '}
        {Object.entries(MODALITY_LABEL)
          .filter(([modality]) => modality !== 'actual')
          .map(([, label]) => label)
          .join(', ')}
        .
      </p>
      <h3 className="legend-heading">In the article</h3>
      <dl className="legend-list">
        <dt>
          <span className="legend-mark legend-evidence">sentence</span>
        </dt>
        <dd>the sentence that reports the chosen event</dd>
        <dt>
          <span className="legend-mark legend-timex">date</span>
        </dt>
        <dd>the words that date it</dd>
        <dt>
          <span className="legend-mark legend-other-event">other</span>
        </dt>
        <dd>another event of the article: choose it to select it</dd>
      </dl>
    </details>
  );
}
