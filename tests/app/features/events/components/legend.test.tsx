import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Legend } from '../../../../../src/features/events/index.ts';

afterEach(cleanup);

describe('Legend', () => {
  it('explains every mark, kind symbol, date basis and modality once opened', async () => {
    render(<Legend />);
    const summary = screen.getByText('What the marks mean');
    await userEvent.click(summary);
    const legend = summary.closest('details')!;
    expect(legend.open).toBe(true);
    expect(legend).toHaveTextContent('≈approximate: the article itself is vague');
    expect(legend).toHaveTextContent('drawn in dashed boxes');
    expect(legend).toHaveTextContent('inferredthe article did not state this part of the date');
    expect(legend).toHaveTextContent("from the article's publication day");
    expect(legend).toHaveTextContent('carried from an earlier report of the same event');
    expect(legend).toHaveTextContent('☎ Phone call');
    expect(legend).toHaveTextContent('⚖ Legal action');
    expect(legend).toHaveTextContent(
      'planned, expected or feared, said not to have happened, possible, conditional.',
    );
    expect(legend.querySelectorAll('.legend-kinds li')).toHaveLength(17);
  });
});
