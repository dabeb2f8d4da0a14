import { useEffect, useState, type ReactNode } from 'react';

/**
 * Draws `children` once the frame after the first commit is on screen, when `defer` is true
 * (else at once): what need not be seen first (long lists, filters) then does not hold
 * back what must (the timeline). `placeholder` stands in meanwhile.
 */
export function AfterFirstPaint({
  defer,
  placeholder = null,
  children,
}: {
  defer: boolean;
  placeholder?: ReactNode;
  children: ReactNode;
}) {
  const [shown, setShown] = useState(!defer);
  useEffect(() => {
    if (shown) return;
    let timer = 0;
    // The frame's callbacks run before it is drawn; the task after them runs once it is.
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => setShown(true), 0);
    });
    return () => {
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [shown]);
  return shown ? children : placeholder;
}
