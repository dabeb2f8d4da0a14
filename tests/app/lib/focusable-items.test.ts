import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeItemsFocusable } from '../../../src/lib/focusable-items.ts';

afterEach(() => document.body.replaceChildren());

function item(recordId: string): HTMLElement {
  const element = document.createElement('div');
  element.className = 'vis-item';
  element.dataset.recordid = recordId;
  return element;
}

describe('makeItemsFocusable', () => {
  it('lets drawn and later drawn items take focus, and Enter or Space choose them', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    container.append(item('first'));
    const onChoose = vi.fn();
    const stop = makeItemsFocusable(container, onChoose);
    const later = item('later');
    container.append(later);
    await Promise.resolve(); // MutationObserver callbacks run as a microtask
    expect(container.querySelector<HTMLElement>('[data-recordid="first"]')!.tabIndex).toBe(0);
    expect(later.tabIndex).toBe(0);
    expect(later.getAttribute('role')).toBe('button');

    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    later.dispatchEvent(enter);
    expect(onChoose).toHaveBeenCalledWith('later');
    expect(enter.defaultPrevented).toBe(true);
    later.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(onChoose).toHaveBeenCalledTimes(1);

    stop();
    later.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    expect(onChoose).toHaveBeenCalledTimes(1);
  });
});
