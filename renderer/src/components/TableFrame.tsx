import { useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * True while the element's content is larger than its box (it can be scrolled). Measured when
 * the box or one of its children changes size, or a child is added or removed, never on a
 * render alone: each measure forces a layout.
 */
export function useOverflows(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () =>
      setOverflows(box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1);
    measure();
    // Measured once where the platform cannot watch sizes (the DOM of the unit tests).
    if (typeof ResizeObserver === 'undefined') return;
    const sizes = new ResizeObserver(measure);
    const watchChildren = () => {
      sizes.disconnect();
      sizes.observe(box);
      for (const child of box.children) sizes.observe(child);
    };
    watchChildren();
    // A replaced child (another table) is watched in its turn; observing it measures it.
    const children = new MutationObserver(watchChildren);
    children.observe(box, { childList: true });
    return () => {
      children.disconnect();
      sizes.disconnect();
    };
  }, [ref]);
  return overflows;
}

/**
 * The frame a wide table scrolls sideways in when the window is too narrow. While it does
 * scroll, it is a named, focusable region: keyboard users must be able to reach and scroll it.
 */
export function TableFrame({
  label,
  className,
  children,
}: {
  /** What the region is called while it scrolls; a generic name when absent. */
  label?: string;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const scrolls = useOverflows(ref);
  return (
    <div
      ref={ref}
      className={className ? `table-wrap ${className}` : 'table-wrap'}
      tabIndex={scrolls ? 0 : undefined}
      role={scrolls ? 'region' : undefined}
      aria-label={scrolls ? (label ?? t('common:shell.scrollableTable')) : undefined}
    >
      {children}
    </div>
  );
}

/** A table of rows in its scrolling frame: `head` is the row of column headings. */
export function DataTable({
  head,
  className,
  labelledBy,
  children,
}: {
  head: ReactNode;
  className?: string;
  /** The id of the heading that names the table. */
  labelledBy?: string;
  children: ReactNode;
}) {
  return (
    <TableFrame>
      <table className={className} aria-labelledby={labelledBy}>
        <thead>
          <tr>{head}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableFrame>
  );
}
