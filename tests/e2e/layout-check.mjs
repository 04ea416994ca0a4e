// In-page check for cut-off content, run by the accessibility e2e with page.evaluate:
// it must be self-contained (no imports, no closures over this module).

/**
 * Lists what a person cannot fully see in the current viewport without the app meaning it:
 * - `spills`: content wider than its box (it runs over its neighbours or off the screen);
 * - `clipped`: text or content cut by a box that hides its overflow (overflow hidden/clip),
 *   ellipsis included, horizontally or vertically;
 * - `scrolls sideways`: a scroll container whose content is wider than itself. Table frames
 *   (`.table-wrap`) may scroll sideways in a narrower window, but at the sizes checked here
 *   a table that needs it has its right-hand columns cut off;
 * - `off screen`: an element that ends left or right of the viewport, or a popup (listbox,
 *   menu, dialog) that opens above or below it.
 * Vertical scrolling is intentional everywhere it is allowed (the page, lists, the virtual
 * table), so tall content in a vertical scroller is never reported. Only the innermost element
 * of a chain is reported: a parent that overflows because its child does is the same problem.
 * @returns {{ kind: string, element: string, detail: string }[]}
 */
export function findCutOffs() {
  const doc = globalThis.document;
  const view = globalThis.window;
  const viewportWidth = doc.documentElement.clientWidth;
  const viewportHeight = doc.documentElement.clientHeight;
  const SLACK = 1; // sub-pixel rounding
  const POPUPS = '[role="listbox"], [role="menu"], [role="dialog"], [role="tooltip"]';
  const scrollsOn = (value) => value === 'auto' || value === 'scroll';
  const hides = (value) => value === 'hidden' || value === 'clip';
  const describe = (el) => {
    const id = el.id ? `#${el.id}` : '';
    const classes =
      typeof el.className === 'string' && el.className.trim()
        ? `.${el.className.trim().split(/\s+/).join('.')}`
        : '';
    const label = el.getAttribute('aria-label');
    const text = (label ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
    return `${el.tagName.toLowerCase()}${id}${classes}${text ? ` “${text}”` : ''}`;
  };
  // Landmark scrollers scroll the page up and down only.
  const isPageScroller = (el) => el === doc.documentElement || el === doc.body || el.matches('main, aside');
  const isFormControl = (el) => el.matches('input, textarea, select');
  // Visually hidden text for screen readers (1×1 px, clipped) is meant to be invisible.
  const isVisuallyHidden = (el, style) =>
    style.position === 'absolute' && el.clientWidth <= 1 && el.clientHeight <= 1;
  const sideScroller = (el) => {
    for (let up = el.parentElement; up; up = up.parentElement) {
      const style = view.getComputedStyle(up);
      if (scrollsOn(style.overflowX) && !isPageScroller(up)) return up;
    }
    return null;
  };

  const openPopups = [...doc.querySelectorAll(POPUPS)].filter(
    (popup) => popup.checkVisibility() && view.getComputedStyle(popup).position === 'absolute',
  );
  const found = new Map();
  for (const el of doc.body.querySelectorAll('*')) {
    if (el instanceof view.SVGElement && !(el instanceof view.SVGSVGElement)) continue;
    // Not rendered, hidden, or inside a closed <details>.
    if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) continue;
    const style = view.getComputedStyle(el);
    if (style.display === 'contents') continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if (isVisuallyHidden(el, style) || el.closest('.sr-only')) continue;
    if (isFormControl(el)) continue;

    // An open popup may be wider than the field it belongs to; it is checked on its own.
    const holdsPopup = openPopups.some((popup) => el.contains(popup));
    const wide = el.clientWidth > 0 && el.scrollWidth > el.clientWidth + SLACK && !holdsPopup;
    const tall = el.clientHeight > 0 && el.scrollHeight > el.clientHeight + SLACK;
    if (wide && hides(style.overflowX)) {
      found.set(el, { kind: 'clipped', detail: `shows ${el.clientWidth} of ${el.scrollWidth} px wide` });
    } else if (wide && scrollsOn(style.overflowX)) {
      found.set(el, {
        kind: 'scrolls sideways',
        detail: `shows ${el.clientWidth} of ${el.scrollWidth} px wide`,
      });
    } else if (wide) {
      found.set(el, { kind: 'spills', detail: `content ${el.scrollWidth} px in a ${el.clientWidth} px box` });
    } else if (tall && hides(style.overflowY)) {
      found.set(el, { kind: 'clipped', detail: `shows ${el.clientHeight} of ${el.scrollHeight} px high` });
    }

    // Wholly outside and floating: parked there on purpose until needed (a skip link).
    const parked =
      (style.position === 'absolute' || style.position === 'fixed') &&
      (rect.right <= 0 || rect.left >= viewportWidth);
    const sticksOut = rect.right > viewportWidth + SLACK || rect.left < -SLACK;
    if (!found.has(el) && !parked && sticksOut && !sideScroller(el)) {
      found.set(el, {
        kind: 'off screen',
        detail: `spans x ${Math.round(rect.left)}–${Math.round(rect.right)} in a ${viewportWidth} px viewport`,
      });
    }
    const popup = el.matches(POPUPS);
    const floating = style.position === 'absolute' || style.position === 'fixed';
    if (popup && floating && (rect.bottom > viewportHeight + SLACK || rect.top < -SLACK)) {
      found.set(el, {
        kind: 'off screen',
        detail: `popup spans y ${Math.round(rect.top)}–${Math.round(rect.bottom)} in a ${viewportHeight} px viewport`,
      });
    }
  }

  const problems = [];
  for (const [el, problem] of found) {
    const innerOfSameKind = [...found].some(
      ([other, otherProblem]) => other !== el && el.contains(other) && otherProblem.kind === problem.kind,
    );
    // A clipping or sideways-scrolling box is the cut itself; a spill is reported where it starts.
    if (problem.kind === 'spills' && innerOfSameKind) continue;
    // Off screen inside a box already reported (it spills, clips, or is off screen itself):
    // the same problem.
    const insideReported = [...found].some(([other]) => other !== el && other.contains(el));
    if (problem.kind === 'off screen' && insideReported) continue;
    problems.push({ kind: problem.kind, element: describe(el), detail: problem.detail });
  }
  return problems;
}
