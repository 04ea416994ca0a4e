import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
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
});
