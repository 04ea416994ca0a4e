import { describe, expect, it } from 'vitest';
import {
  csvField,
  drawStandingsCard,
  fitLines,
  standingsCsv,
} from '../../../renderer/src/lib/standings-export';
import type { Standings } from '../../../shared/scoring';

/** A canvas stand-in whose text is 0.5 × font size wide per character; records what is drawn. */
function fakeContext() {
  const drawn: { text: string; x: number; y: number; width: number; font: string }[] = [];
  const ctx = {
    font: '10px sans-serif',
    fillStyle: '',
    textAlign: 'left',
    textBaseline: 'alphabetic',
    measureText(text: string) {
      const size = Number(/(\d+)px/.exec(this.font)?.[1] ?? 10);
      return { width: text.length * size * 0.5 };
    },
    fillText(text: string, x: number, y: number) {
      drawn.push({ text, x, y, width: this.measureText(text).width, font: this.font });
    },
    fillRect() {},
    beginPath() {},
    arc() {},
    fill() {},
    createLinearGradient: () => ({ addColorStop() {} }),
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, drawn };
}

const standings = {
  rows: [
    {
      rank: 1,
      memberId: 'a',
      name: '=HYPERLINK("http://x")',
      points: 3,
      exact: 1,
      perfectPodiums: 0,
      winners: 1,
      byRound: {},
    },
  ],
} as unknown as Standings;

describe('standings exports', () => {
  it('writes a CSV with a BOM whose text cells never start a formula', () => {
    const headers = {
      rank: 'rank',
      member: 'member',
      points: 'points',
      exact: 'exact',
      perfectPodiums: 'perfect podiums',
      winners: 'winners',
      cups: { nations: 'Nations Cup', manufacturers: 'Manufacturers Cup' },
    };
    const csv = standingsCsv(standings, [], headers);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[1]).toBe(`1,"'=HYPERLINK(""http://x"")",3,1,0,1`);
    for (const dangerous of ['+1', '-1', '@SUM(A1)', '=1+1', '\t=1'])
      expect(csvField(dangerous).replace(/^"/, '')[0]).toBe("'");
    // Numbers stay numbers.
    expect(csvField(-2)).toBe('-2');
  });

  it('fits the card subtitle: shrinks, then wraps, never cutting a text that fits in two lines', () => {
    const subtitle =
      'After Round 3 – Los Angeles (Manufacturers Cup and Nations Cup, replay league of the 2025 season)';
    const { ctx, drawn } = fakeContext();
    drawStandingsCard(ctx, {
      words: {
        rank: 'RANK',
        member: 'MEMBER',
        exact: 'EXACT',
        points: 'POINTS',
        members: (n) => `${n} members`,
        more: (n) => `+ ${n} more`,
        tagline: 'Gran Turismo World Series prediction league',
      },
      leagueName: 'Sunday Sofa GP',
      seasonName: 'Gran Turismo World Series 2025',
      subtitle,
      standings,
    });
    const lines = drawn.filter((d) => d.y >= 232 && d.y < 300 && d.x === 110);
    expect(lines.length).toBe(2);
    expect(lines.map((l) => l.text).join(' ')).toBe(`Gran Turismo World Series 2025 · ${subtitle}`);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(1080 - 180);
  });

  it('keeps a short subtitle on one line at full size', () => {
    const { ctx } = fakeContext();
    const fit = fitLines(ctx, 'GTWS 2025 · After Round 1', 900, (size) => `${size}px x`, {
      max: 30,
      min: 20,
      maxLines: 2,
    });
    expect(fit).toEqual({ size: 30, lines: ['GTWS 2025 · After Round 1'] });
  });
});
