import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { TableFrame } from '../../../renderer/src/components/TableFrame';

/** The DOM of the tests has no layout: give every element a content width and a box width. */
function layOut(contentWidth: number, boxWidth: number) {
  vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(contentWidth);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(boxWidth);
}

const table = (
  <table aria-label="Calendar">
    <tbody>
      <tr>
        <td>Grand Final</td>
      </tr>
    </tbody>
  </table>
);

describe('TableFrame', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('is a named, focusable region while its table is wider than the frame', () => {
    layOut(900, 700);
    render(<TableFrame label="Round 1 races">{table}</TableFrame>);
    const region = screen.getByRole('region', { name: 'Round 1 races' });
    expect(region.tabIndex).toBe(0);
    expect(region.className).toBe('table-wrap');
  });

  it('falls back to a generic name', () => {
    layOut(900, 700);
    render(<TableFrame>{table}</TableFrame>);
    expect(screen.getByRole('region', { name: 'Scrollable table' })).toBeTruthy();
  });

  it('adds no tab stop and no landmark when the table fits', () => {
    layOut(700, 700);
    const { container } = render(<TableFrame className="wide">{table}</TableFrame>);
    const frame = container.firstElementChild as HTMLElement;
    expect(frame.className).toBe('table-wrap wide');
    expect(frame.hasAttribute('tabindex')).toBe(false);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('measures again when the table changes size, not on every render', async () => {
    const observers: { callback: () => void; watched: Set<Element> }[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        watched = new Set<Element>();
        constructor(public callback: () => void) {
          observers.push(this);
        }
        observe(el: Element) {
          this.watched.add(el);
        }
        disconnect() {
          this.watched.clear();
        }
      },
    );
    const width = vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(700);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(700);
    const { rerender, container } = render(<TableFrame label="Standings">{table}</TableFrame>);
    expect(screen.queryByRole('region')).toBeNull();
    const measured = width.mock.calls.length;
    rerender(<TableFrame label="Standings">{table}</TableFrame>);
    expect(width.mock.calls.length).toBe(measured);
    // The table it watches is the one shown.
    expect([...observers[0]!.watched]).toEqual([
      container.firstElementChild,
      container.querySelector('table'),
    ]);

    // The table grows wider than the frame: the observer reports it and the frame becomes a region.
    width.mockReturnValue(900);
    act(() => observers[0]!.callback());
    expect(screen.getByRole('region', { name: 'Standings' }).tabIndex).toBe(0);
  });
});
