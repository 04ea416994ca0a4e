/** Bytes → text: UTF-8 with/without BOM, UTF-16 LE/BE, Windows-1252, refusals. */
import { describe, expect, it } from 'vitest';
import { decodeTextBytes, parseResultsBytes } from '../../../shared/results';
import { fixtureText, OFFICIAL_FILE } from './helpers';

const SAMPLE =
  "Rank Country / Driver Time Points\n1 Spain José Serrano 44'25.829 6\n2 Côte d'Ivoire Zoë Ærø +00.287 5\n";

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(...(littleEndian ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return new Uint8Array(out);
}

function cp1252(text: string): Uint8Array {
  const table: Record<string, number> = { '€': 0x80, '’': 0x92, Œ: 0x8c };
  return new Uint8Array([...text].map((ch) => table[ch] ?? ch.charCodeAt(0)));
}

describe('decoding', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(SAMPLE), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SAMPLE)]), 'utf-8'],
    ['UTF-16 LE with BOM', utf16(SAMPLE, true, true), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16(SAMPLE, false, true), 'utf-16be'],
    ['UTF-16 LE without BOM', utf16(SAMPLE, true, false), 'utf-16le'],
    ['Windows-1252', cp1252(SAMPLE), 'windows-1252'],
  ])('%s', (_name, bytes, encoding) => {
    const decoded = decodeTextBytes(bytes);
    expect(decoded.ok && decoded.value.text.replace(/^\uFEFF/, '')).toBe(SAMPLE);
    const outcome = parseResultsBytes(bytes);
    expect(outcome.encoding).toBe(encoding);
    expect(outcome.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(outcome.races[0]!.rows.map((r) => [r.country, r.driver])).toEqual([
      ['ES', 'José Serrano'],
      ['CI', 'Zoë Ærø'],
    ]);
  });

  it('decodes emoji and other 4-byte UTF-8 and Windows-1252 punctuation', () => {
    const d = decodeTextBytes(new TextEncoder().encode('Pol 🏁 Urra'));
    expect(d.ok && d.value.text).toBe('Pol 🏁 Urra');
    const w = decodeTextBytes(cp1252('Aston Martin Valkyrie ’21 € Œ'));
    expect(w.ok && w.value.text).toBe('Aston Martin Valkyrie ’21 € Œ');
  });

  it('says which encoding it fell back to', () => {
    const outcome = parseResultsBytes(cp1252(SAMPLE));
    expect(outcome.issues).toContainEqual(
      expect.objectContaining({ severity: 'info', message: expect.stringContaining('Windows-1252') }),
    );
  });

  it('refuses bytes that are neither UTF-8 nor Windows-1252, with the line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Grand Final\n'), 0xe9, 0x81, 0x20]);
    const outcome = parseResultsBytes(bytes);
    expect(outcome.issues).toEqual([
      {
        severity: 'error',
        line: 2,
        message: expect.stringContaining('unknown text encoding'),
        code: 'unknown-encoding',
        params: {},
      },
    ]);
  });

  it('refuses UTF-32', () => {
    const outcome = parseResultsBytes(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]));
    expect(outcome.issues[0]).toMatchObject({
      severity: 'error',
      line: 1,
      message: expect.stringContaining('UTF-32'),
    });
  });

  it('the official fixture in UTF-16 parses like the original', () => {
    const text = fixtureText(OFFICIAL_FILE);
    const a = parseResultsBytes(new TextEncoder().encode(text));
    const b = parseResultsBytes(utf16(text, true, true));
    expect(b.races).toEqual(a.races);
  });
});
