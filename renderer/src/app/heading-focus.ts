import { useEffect, type RefObject } from 'react';

/**
 * After a move to another screen the keyboard focus belongs on that screen's heading, so a
 * screen reader announces where the user is and Tab continues from the top of the screen.
 * The shell asks for it when the path changes; the screen heading already shown, or the
 * first one to appear (a screen may still be loading its data), takes the focus.
 */
let pending = false;

function focusHeading(heading: HTMLElement | null): void {
  if (!pending || !heading) return;
  pending = false;
  // A screen that opened on a field of its own (a panel opened by a link) keeps it.
  const focused = heading.ownerDocument.activeElement;
  const main = heading.closest('main');
  if (focused && main && focused !== main && main.contains(focused)) return;
  heading.focus({ preventScroll: true });
}

/** Called by the shell after a navigation to another screen. */
export function requestHeadingFocus(): void {
  pending = true;
  focusHeading(document.querySelector<HTMLElement>('main h1'));
}

/** For a screen heading: takes the focus when it appears after a navigation. */
export function useHeadingFocus(heading: RefObject<HTMLElement | null>): void {
  useEffect(() => focusHeading(heading.current), [heading]);
}
