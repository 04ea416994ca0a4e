import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { requestHeadingFocus } from '../../../renderer/src/app/heading-focus';
import { PageHeader } from '../../../renderer/src/components/PageHeader';

/** The shell's sidebar link and main area, with a screen in it. */
function Screen({ title }: { title: string }) {
  return (
    <>
      <nav>
        <a href="#/season">Sidebar link</a>
      </nav>
      <main>
        <PageHeader title={title} />
        <button type="button">{`Action on ${title}`}</button>
      </main>
    </>
  );
}

describe('focus on the screen heading after navigation', () => {
  it('focuses the heading already shown when the shell asks', () => {
    render(<Screen title="Season" />);
    screen.getByRole('link', { name: 'Sidebar link' }).focus();
    requestHeadingFocus();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Season' }));
  });

  it('hands the focus to the first heading that appears later, once', () => {
    requestHeadingFocus(); // the screen is still loading: no heading yet
    const { rerender } = render(<main />);
    expect(document.activeElement).toBe(document.body);
    rerender(<Screen title="Round" />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Round' }));
    // The request is used up: a heading shown later (a part of the screen re-created) leaves the
    // focus where it is.
    rerender(<Screen key="remounted" title="Round again" />);
    const again = screen.getByRole('heading', { level: 1, name: 'Round again' });
    expect(document.activeElement).not.toBe(again);
  });

  it('leaves a field the screen focused on purpose alone', () => {
    render(<Screen title="Season" />);
    screen.getByRole('button').focus();
    requestHeadingFocus();
    expect(document.activeElement).toBe(screen.getByRole('button'));
  });

  it('leaves the focus alone on a first load', () => {
    render(<Screen title="Home" />);
    expect(document.activeElement).toBe(document.body);
  });
});
