import { Fragment, type ReactNode } from 'react';

/**
 * A translated sentence with marked parts, `<b>…</b>` in the catalogue, so
 * each language places a link or an emphasis where its grammar wants it.
 */
export function marked(text: string, render: (label: string, index: number) => ReactNode): ReactNode {
  const parts = text.split(/<b>([\s\S]*?)<\/b>/);
  if (parts.length === 1) return text;
  return parts.map((part, i) =>
    i % 2 === 1 ? <Fragment key={i}>{render(part, (i - 1) / 2)}</Fragment> : part,
  );
}
