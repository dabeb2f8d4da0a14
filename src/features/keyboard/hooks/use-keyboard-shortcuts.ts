import { useEffect, useRef } from 'react';

export interface KeyboardShortcuts {
  onPrevious: () => void;
  onNext: () => void;
  onOpen: () => void;
  onClose: () => void;
  onFocusSearch: () => void;
}

/** True where the key belongs to the control itself (typing, sliders, selects). */
function isOwnKeyTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return (
    target.closest('input, textarea, select, [contenteditable="true"], [role="slider"]') !== null
  );
}

/**
 * Page-wide keys: ← / → previous/next event, Enter opens its article, Esc closes,
 * / focuses search. Enter is left to buttons and links except the event list's,
 * where opening the article is what Enter should do.
 */
export function useKeyboardShortcuts(shortcuts: KeyboardShortcuts) {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target;
      if (event.key === 'Escape') {
        latest.current.onClose();
        return;
      }
      if (isOwnKeyTarget(target)) return;
      switch (event.key) {
        case 'ArrowLeft':
          event.preventDefault();
          latest.current.onPrevious();
          break;
        case 'ArrowRight':
          event.preventDefault();
          latest.current.onNext();
          break;
        case '/':
          event.preventDefault();
          latest.current.onFocusSearch();
          break;
        case 'Enter': {
          const element = target instanceof Element ? target : null;
          const isOtherControl =
            element?.closest('button, a, summary') && !element.closest('.event-list');
          if (isOtherControl) return;
          event.preventDefault();
          latest.current.onOpen();
          break;
        }
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
