/**
 * Sharing the league table: CSV for spreadsheets, a PNG card for group
 * chats. Both are built from the engine's standings; files are written only
 * through the platform module.
 */
import type { Standings } from '../../../shared/scoring';
import type { CupSplit } from './cup-split';
import type { Cup } from '../../../shared/domain/types';

/** A round as a CSV column / image header. */
export interface ExportRound {
  id: string;
  label: string;
  name: string;
}

/**
 * Quotes a CSV field when needed, and defuses spreadsheet formulas: a member
 * named "=HYPERLINK(…)" must stay text when a friend opens the file.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV's column names, in the user's language (see export-words.ts). */
export interface CsvHeaders {
  rank: string;
  member: string;
  points: string;
  exact: string;
  perfectPodiums: string;
  winners: string;
  /** The name of each cup, heading its points column in a league with both cups. */
  cups: Record<Cup, string>;
}

/** Byte order mark: without it Excel reads the UTF-8 file as a legacy code page ("MontrÃ©al"). */
export const CSV_BOM = '\uFEFF';

/**
 * rank, member, points, the points of each cup (a league with both cups),
 * exact, perfect podiums, winners, then one column per round (empty until graded).
 * Starts with {@link CSV_BOM}.
 */
export function standingsCsv(
  standings: Standings,
  rounds: readonly ExportRound[],
  headers: CsvHeaders,
  split: CupSplit | null = null,
): string {
  const cups = split?.cups ?? [];
  const header = [
    headers.rank,
    headers.member,
    headers.points,
    ...cups.map((cup) => headers.cups[cup]),
    headers.exact,
    headers.perfectPodiums,
    headers.winners,
    ...rounds.map((r) => r.name),
  ];
  const lines = [header.map(csvField).join(',')];
  for (const row of standings.rows) {
    const byRound = row.byRound;
    const byCup = split?.pointsOf(row);
    lines.push(
      [
        row.rank,
        row.name,
        row.points,
        ...cups.map((cup) => byCup?.[cup] ?? ''),
        row.exact,
        row.perfectPodiums,
        row.winners,
        ...rounds.map((round) => byRound[round.id] ?? ''),
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

/** File name from the league name: letters, digits and dashes only. */
export function exportFileName(leagueName: string, extension: string): string {
  const base = leagueName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${base || 'league'}-standings.${extension}`;
}

/** The image's words, in the user's language (see export-words.ts). */
export interface CardWords {
  rank: string;
  member: string;
  exact: string;
  points: string;
  /** "12 members" under a table that shows everyone. */
  members: (count: number) => string;
  /** "+ 3 more members" under a table cut short. */
  more: (count: number) => string;
  tagline: string;
}

export interface CardInput {
  words: CardWords;
  leagueName: string;
  seasonName: string;
  /** e.g. "After Round 1 – London". */
  subtitle: string;
  standings: Standings;
}

/** Portrait 4:5, the size group chats show without cropping. */
export const CARD = { width: 1080, height: 1350 } as const;
const CARD_ROWS = 12;

const COLORS = {
  bg: '#0b0d12',
  panel: '#161a24',
  line: '#262c3d',
  text: '#e8ebf2',
  dim: '#9aa3b8',
  faint: '#6b7489',
  accent: '#e10600',
  medals: ['#f5c542', '#c9d1dc', '#d9874a'],
};

const FONT = "'Inter', 'Segoe UI', system-ui, 'Helvetica Neue', Arial, sans-serif";

/** The largest font size (down to `min`) at which the text fits; the caller sets `ctx.font` from it. */
function fitSize(
  ctx: CanvasRenderingContext2D,
  text: string,
  maxWidth: number,
  font: (size: number) => string,
  max: number,
  min: number,
): number {
  for (let size = max; size > min; size -= 2) {
    ctx.font = font(size);
    if (ctx.measureText(text).width <= maxWidth) return size;
  }
  return min;
}

/** Words of `text` in lines no wider than `maxWidth` at the current font (a word wider than that gets its own line). */
function wrapWords(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(candidate).width > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Fits a text in at most `maxLines` lines of `maxWidth`: the largest size
 * from `max` down to `min` at which it wraps into that many lines; at `min`
 * the last line is shortened with an ellipsis only if even that does not fit.
 * Leaves `ctx.font` set to the chosen size.
 */
export function fitLines(
  ctx: CanvasRenderingContext2D,
  text: string,
  maxWidth: number,
  font: (size: number) => string,
  sizes: { max: number; min: number; maxLines: number },
): { size: number; lines: string[] } {
  for (let size = sizes.max; size >= sizes.min; size -= 2) {
    ctx.font = font(size);
    const lines = wrapWords(ctx, text, maxWidth);
    if (lines.length <= sizes.maxLines && lines.every((l) => ctx.measureText(l).width <= maxWidth))
      return { size, lines };
  }
  ctx.font = font(sizes.min);
  const lines = wrapWords(ctx, text, maxWidth);
  const kept = lines.slice(0, sizes.maxLines);
  const rest = lines.slice(sizes.maxLines - 1).join(' ');
  kept[kept.length - 1] = fitText(ctx, rest, maxWidth);
  return { size: sizes.min, lines: kept.map((l) => fitText(ctx, l, maxWidth)) };
}

function fitText(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > maxWidth) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Draws the standings card (league name, top rows) on a canvas of {@link CARD} size. */
export function drawStandingsCard(ctx: CanvasRenderingContext2D, input: CardInput): void {
  const { width, height } = CARD;
  ctx.fillStyle = COLORS.bg;
  ctx.fillRect(0, 0, width, height);
  const glow = ctx.createLinearGradient(0, 0, width, 420);
  glow.addColorStop(0, 'rgba(225, 6, 0, 0.35)');
  glow.addColorStop(1, 'rgba(225, 6, 0, 0)');
  ctx.fillStyle = glow;
  ctx.fillRect(0, 0, width, 420);
  ctx.fillStyle = COLORS.accent;
  ctx.fillRect(72, 84, 10, 150);

  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = COLORS.accent;
  ctx.font = `700 30px ${FONT}`;
  ctx.fillText('PODIUM LEAGUE', 110, 116);
  ctx.fillStyle = COLORS.text;
  const titleFont = (size: number) => `800 ${size}px ${FONT}`;
  ctx.font = titleFont(fitSize(ctx, input.leagueName, width - 180, titleFont, 64, 40));
  ctx.fillText(fitText(ctx, input.leagueName, width - 180), 108, 188);
  ctx.fillStyle = COLORS.dim;
  // Two lines at most between the title and the table: shrink first, wrap next, cut only as a last resort.
  const subtitle = fitLines(
    ctx,
    `${input.seasonName} · ${input.subtitle}`,
    width - 180,
    (size) => `500 ${size}px ${FONT}`,
    {
      max: 30,
      min: 20,
      maxLines: 2,
    },
  );
  subtitle.lines.forEach((line, i) => ctx.fillText(line, 110, 232 + i * Math.round(subtitle.size * 1.2)));

  const top = 300;
  const rowH = 80;
  const rows = input.standings.rows.slice(0, CARD_ROWS);
  ctx.font = `700 22px ${FONT}`;
  ctx.fillStyle = COLORS.faint;
  const { words } = input;
  ctx.fillText(words.rank, 72, top);
  ctx.fillText(words.member, 200, top);
  ctx.textAlign = 'right';
  ctx.fillText(words.exact, 850, top);
  ctx.fillText(words.points, width - 72, top);
  ctx.textAlign = 'left';

  rows.forEach((row, i) => {
    const y = top + 24 + i * rowH;
    ctx.fillStyle = i % 2 === 0 ? COLORS.panel : COLORS.bg;
    ctx.fillRect(56, y, width - 112, rowH - 8);
    const mid = y + (rowH - 8) / 2;
    const all = input.standings.rows;
    const tied = all[i - 1]?.rank === row.rank || all[i + 1]?.rank === row.rank;
    const medal = COLORS.medals[row.rank - 1];
    ctx.beginPath();
    ctx.arc(112, mid, 26, 0, Math.PI * 2);
    ctx.fillStyle = medal ?? COLORS.line;
    ctx.fill();
    ctx.fillStyle = medal ? '#111' : COLORS.text;
    ctx.font = `800 ${tied ? 22 : 26}px ${FONT}`;
    ctx.textAlign = 'center';
    ctx.fillText(tied ? `=${row.rank}` : String(row.rank), 112, mid + 9);
    ctx.textAlign = 'left';
    ctx.fillStyle = COLORS.text;
    ctx.font = `700 36px ${FONT}`;
    ctx.fillText(fitText(ctx, row.name, 560), 200, mid + 12);
    ctx.textAlign = 'right';
    ctx.fillStyle = COLORS.dim;
    ctx.font = `600 30px ${FONT}`;
    ctx.fillText(String(row.exact), 850, mid + 11);
    ctx.fillStyle = COLORS.text;
    ctx.font = `800 40px ${FONT}`;
    ctx.fillText(String(row.points), width - 80, mid + 14);
    ctx.textAlign = 'left';
  });

  ctx.fillStyle = COLORS.faint;
  ctx.font = `500 24px ${FONT}`;
  const more = input.standings.rows.length - rows.length;
  const footer = more > 0 ? words.more(more) : words.members(rows.length);
  ctx.fillText(footer, 72, height - 60);
  ctx.textAlign = 'right';
  ctx.fillText(words.tagline, width - 72, height - 60);
  ctx.textAlign = 'left';
}

/** The standings card as a PNG blob. */
export async function standingsPng(input: CardInput): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = CARD.width;
  canvas.height = CARD.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw images (no 2D canvas).');
  drawStandingsCard(ctx, input);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('Could not encode the PNG.'))),
      'image/png',
    ),
  );
}
