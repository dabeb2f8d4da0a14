/**
 * Timeline items a keyboard can reach: each drawn item takes focus (Tab) and Enter or Space
 * selects it. vis-timeline draws and drops item elements as the window moves, so a
 * MutationObserver marks each one as it appears. Plain DOM, no vis API.
 */
const ITEM = '.vis-item[data-recordid]';

function markFocusable(root: ParentNode) {
  for (const item of root.querySelectorAll<HTMLElement>(ITEM)) {
    if (item.tabIndex === 0) continue;
    item.tabIndex = 0;
    item.setAttribute('role', 'button');
  }
}

/** Makes the items in `container` focusable; returns the function that stops it. */
export function makeItemsFocusable(
  container: HTMLElement,
  onChoose: (recordId: string) => void,
): () => void {
  markFocusable(container);
  const observer = new MutationObserver(() => markFocusable(container));
  observer.observe(container, { childList: true, subtree: true });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const item = event.target instanceof Element ? event.target.closest<HTMLElement>(ITEM) : null;
    const recordId = item?.dataset.recordid;
    if (!recordId) return;
    // Handled here: the page-wide Enter (open the article) must not run as well.
    event.preventDefault();
    onChoose(recordId);
  };
  container.addEventListener('keydown', onKeyDown);
  return () => {
    observer.disconnect();
    container.removeEventListener('keydown', onKeyDown);
  };
}
