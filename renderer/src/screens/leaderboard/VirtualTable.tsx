import { memo, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { useOverflows } from '../../components/TableFrame';

/** Up to this many rows a table renders every row: no scroll box, nothing to measure. */
export const VIRTUAL_THRESHOLD = 60;

/**
 * Attributes every body row carries. Rows have one fixed height instead of
 * being measured: measuring each new row forces a layout of the whole table
 * per row while scrolling.
 */
export interface RowProps {
  'data-row': number;
  'aria-rowindex': number;
}

function rowProps(index: number): RowProps {
  return { 'data-row': index, 'aria-rowindex': index + 2 };
}

/** Body rows are this tall (rem), set in leaderboard.css. */
const ROW_REM = 2.75;

/**
 * One body row. Scrolling re-renders the table with the same `render`, so rows
 * that stay in view are not rendered again; any render of the table's owner
 * passes a new `render` and with it renders every row in view again.
 */
const Row = memo(function Row({
  index,
  render,
}: {
  index: number;
  render: (index: number, rowProps: RowProps) => ReactNode;
}) {
  return render(index, rowProps(index));
});

/** Stands in for the scroll box where it always scrolls: nothing to watch. */
const NO_BOX: RefObject<HTMLElement | null> = { current: null };

/** The root font size in px: rem scales with the window (theme.css), so row heights do too. */
function rootFontPx(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

interface VirtualTableProps {
  /** Accessible name of the table. */
  label: string;
  /** The header row (`<tr>…</tr>`). */
  head: ReactNode;
  rowCount: number;
  /** Returns the `<tr>` of a row, spreading `rowProps` onto it (its position for assistive tech and arrow keys). */
  renderRow: (index: number, rowProps: RowProps) => ReactNode;
  /**
   * A row of no height whose cells hold each column's widest content, for tables whose
   * columns must keep their widths while rows scroll in and out (see leaderboard.css `.lb-sizer`).
   */
  sizer?: ReactNode;
  /** Row height in rem; the CSS gives body rows exactly this height. */
  rowHeightRem?: number;
  className?: string;
}

/**
 * A real <table> (roles, headers and row indices intact for screen readers)
 * that renders only the rows in view once it grows past
 * {@link VIRTUAL_THRESHOLD}, with spacer rows keeping the scroll height.
 * Arrow keys move between rows, scrolling rows that are not rendered yet into view.
 */
export function VirtualTable({
  label,
  head,
  rowCount,
  renderRow,
  sizer,
  rowHeightRem = ROW_REM,
  className = '',
}: VirtualTableProps) {
  // Not suspending: other screens (the results preview) show this table before their own catalogue
  // has loaded the leaderboard's; until it has, the scroll region is named by the table's label.
  const { t, ready } = useTranslation('leaderboard', { useSuspense: false });
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = rowCount > VIRTUAL_THRESHOLD;
  // A short table can still scroll: sideways in a narrow window, or down in a capped box. A virtual
  // one always does, and watching it would force a layout after every scroll frame's render.
  const scrolls = useOverflows(virtual ? NO_BOX : scrollRef) || virtual;
  // Read once: getComputedStyle on every render would force a style recalculation per scroll frame.
  const [fontPx] = useState(rootFontPx);
  const rowHeight = rowHeightRem * fontPx;
  // TanStack Virtual keeps mutable state outside React. The project does not run the React
  // Compiler, and nothing here memoises the virtualizer's results, so the warning does not apply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    // Rows beyond the box on each side: enough for a few wheel notches a frame ahead of the
    // compositor; every extra row is laid out and painted on each scroll frame.
    overscan: 8,
    enabled: virtual,
    // The box is at most 70vh tall (leaderboard.css): the first render already shows the rows
    // in view instead of waiting for the box to be measured.
    initialRect: { width: 0, height: 0.7 * window.innerHeight },
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-row]');
    if (!row) return;
    const next = Number(row.dataset.row) + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0 || next >= rowCount) return;
    event.preventDefault();
    const table = event.currentTarget;
    const focusRow = () =>
      table
        .querySelector<HTMLElement>(`[data-row="${next}"] button, [data-row="${next}"] [tabindex]`)
        ?.focus();
    if (virtual) {
      virtualizer.scrollToIndex(next, { align: 'auto' });
      // The row may only exist after the virtualizer re-renders.
      requestAnimationFrame(() => requestAnimationFrame(focusRow));
    } else focusRow();
  };

  const items = virtual ? virtualizer.getVirtualItems() : [];
  const total = virtual ? virtualizer.getTotalSize() : 0;
  const top = items[0]?.start ?? 0;
  const bottom = items.length ? total - items[items.length - 1]!.end : 0;

  return (
    <div
      ref={scrollRef}
      className={`table-wrap lb-scroll${virtual ? ' virtual' : ''} ${className}`}
      // A scroll box must be reachable by keyboard to scroll it.
      tabIndex={scrolls ? 0 : undefined}
      role={scrolls ? 'region' : undefined}
      aria-label={scrolls ? (ready ? t('leaderboard:table.scrollable', { label }) : label) : undefined}
    >
      <table className="table lb-table" aria-label={label} aria-rowcount={rowCount + 1}>
        <thead>{head}</thead>
        <tbody onKeyDown={onKeyDown}>
          {virtual ? (
            <>
              {sizer}
              {top > 0 && (
                <tr aria-hidden="true" className="lb-spacer" style={{ height: top }}>
                  <td />
                </tr>
              )}
              {items.map((item) => (
                <Row key={item.index} index={item.index} render={renderRow} />
              ))}
              {bottom > 0 && (
                <tr aria-hidden="true" className="lb-spacer" style={{ height: bottom }}>
                  <td />
                </tr>
              )}
            </>
          ) : (
            Array.from({ length: rowCount }, (_, i) => <Row key={i} index={i} render={renderRow} />)
          )}
        </tbody>
      </table>
    </div>
  );
}
