import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { SkipLinks } from '../../../src/components/skip-links.tsx';

afterEach(cleanup);

describe('SkipLinks', () => {
  it('moves focus to the timeline and to the event list without a #fragment', async () => {
    render(
      <>
        <SkipLinks />
        <section id="timeline" tabIndex={-1} aria-label="Timeline" />
        <nav id="event-list" tabIndex={-1} aria-label="Events" />
      </>,
    );
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Skip to the timeline' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('region', { name: 'Timeline' })).toHaveFocus();
    await userEvent.click(screen.getByRole('link', { name: 'Skip to the event list' }));
    expect(screen.getByRole('navigation', { name: 'Events' })).toHaveFocus();
    expect(window.location.hash).toBe('');
  });
});
