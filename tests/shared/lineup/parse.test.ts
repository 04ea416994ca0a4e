import { describe, expect, it } from 'vitest';
import { looksLikePsnId, parseLineup } from '../../../shared/lineup';

// Names, countries and PSN IDs of the 2025 Nations Cup line-up (London, Round 1).
const brief = (text: string) =>
  parseLineup(text).map(({ name, country, psnId }) => ({ name, country, psnId }));

describe('parseLineup', () => {
  it('reads a tab-separated table with a header (country / driver / PSN ID)', () => {
    const text = [
      'Country\tDriver\tPSN ID',
      'Spain\tJose Serrano\tJoseSerrano_16',
      'Japan\tTakuma Miyazono\tKerokkuma_ej20',
      'Netherlands\tKaj de Bruin\tR8G_Kajracer',
    ].join('\n');
    expect(brief(text)).toEqual([
      { name: 'Jose Serrano', country: 'ES', psnId: 'JoseSerrano_16' },
      { name: 'Takuma Miyazono', country: 'JP', psnId: 'Kerokkuma_ej20' },
      { name: 'Kaj de Bruin', country: 'NL', psnId: 'R8G_Kajracer' },
    ]);
    expect(parseLineup(text).map((l) => l.lineNo)).toEqual([2, 3, 4]);
  });

  it('reads a table without header, columns in any order, separated by runs of spaces', () => {
    const text = [
      'Pol Urra          PolUrra         Spain',
      'Valerio Gallo     OP_BRacer       Italy',
      'Samuel Cardinal   PRiMA_Quartz    Canada',
    ].join('\n');
    expect(brief(text)).toEqual([
      { name: 'Pol Urra', country: 'ES', psnId: 'PolUrra' },
      { name: 'Valerio Gallo', country: 'IT', psnId: 'OP_BRacer' },
      { name: 'Samuel Cardinal', country: 'CA', psnId: 'PRiMA_Quartz' },
    ]);
  });

  it('reads a numbered table with ISO codes and ignores extra columns (region)', () => {
    const text = [
      '1\tJP\tTakuma Sasaki\tAsia',
      '2\tAU\tGuy Barbara\tOceania',
      '3\tCA\tSamuel Cardinal\tNorth America',
    ].join('\n');
    expect(brief(text)).toEqual([
      { name: 'Takuma Sasaki', country: 'JP', psnId: null },
      { name: 'Guy Barbara', country: 'AU', psnId: null },
      { name: 'Samuel Cardinal', country: 'CA', psnId: null },
    ]);
  });

  it('reads a Markdown pipe table with its separator row', () => {
    const text = [
      '| Driver | Nationality | PSN ID |',
      '|---|---|---|',
      '| Thomas Labouteley | France | BSCOMP_Aphe |',
      '| Adriano Carrazza | Brazil | Didico__15 |',
    ].join('\n');
    expect(brief(text)).toEqual([
      { name: 'Thomas Labouteley', country: 'FR', psnId: 'BSCOMP_Aphe' },
      { name: 'Adriano Carrazza', country: 'BR', psnId: 'Didico__15' },
    ]);
  });

  it('reads a table and list lines pasted together, skipping a lone column name', () => {
    const text = [
      'Country\tDriver\tPSN ID',
      'Spain\tJose Serrano\tJoseSerrano_16',
      'J. Serrano',
      'Pol Urra (PolUrra)',
      'Driver',
      'Noah Lanuza',
    ].join('\n');
    expect(brief(text)).toEqual([
      { name: 'Jose Serrano', country: 'ES', psnId: 'JoseSerrano_16' },
      { name: 'J. Serrano', country: null, psnId: null },
      { name: 'Pol Urra', country: null, psnId: 'PolUrra' },
      { name: 'Noah Lanuza', country: null, psnId: null },
    ]);
  });

  it('reads CSV and semicolon rows from a spreadsheet export', () => {
    const text = 'Driver,Country,PSN ID\nJose Serrano,Spain,JoseSerrano_16\nPol Urra,ES,PolUrra';
    expect(brief(text)).toEqual([
      { name: 'Jose Serrano', country: 'ES', psnId: 'JoseSerrano_16' },
      { name: 'Pol Urra', country: 'ES', psnId: 'PolUrra' },
    ]);
    expect(brief('Guy Barbara;Australia\nSamuel Cardinal;Canada')).toEqual([
      { name: 'Guy Barbara', country: 'AU', psnId: null },
      { name: 'Samuel Cardinal', country: 'CA', psnId: null },
    ]);
  });

  it('reads a country in brackets set apart by spaces', () => {
    expect(brief('1.  Kaj de Bruin   (NL)\n2.  Kylian Drumont   (FR)')).toEqual([
      { name: 'Kaj de Bruin', country: 'NL', psnId: null },
      { name: 'Kylian Drumont', country: 'FR', psnId: null },
    ]);
  });

  it('reads numbered and dash lists, with countries or codes in brackets', () => {
    const text = [
      '1. Jose Serrano',
      '2) Kylian Drumont (FR)',
      '- Kaj de Bruin (NL)',
      '• Ángel Inostroza [Chile]',
      '* Guy Barbara',
    ].join('\n');
    expect(brief(text)).toEqual([
      { name: 'Jose Serrano', country: null, psnId: null },
      { name: 'Kylian Drumont', country: 'FR', psnId: null },
      { name: 'Kaj de Bruin', country: 'NL', psnId: null },
      { name: 'Ángel Inostroza', country: 'CL', psnId: null },
      { name: 'Guy Barbara', country: null, psnId: null },
    ]);
  });

  it('reads "Country – Driver (PSN ID)" and its mirror forms', () => {
    const text = [
      'Spain – Jose Serrano (JoseSerrano_16)',
      'Japan - Takuma Miyazono (Kerokkuma_ej20)',
      'Adriano Carrazza – Brazil',
      'France: Kylian Drumont',
      'Italy — Valerio Gallo (OP_BRacer)',
      'Jose Serrano (ES) (JoseSerrano_16)',
    ].join('\n');
    expect(brief(text)).toEqual([
      { name: 'Jose Serrano', country: 'ES', psnId: 'JoseSerrano_16' },
      { name: 'Takuma Miyazono', country: 'JP', psnId: 'Kerokkuma_ej20' },
      { name: 'Adriano Carrazza', country: 'BR', psnId: null },
      { name: 'Kylian Drumont', country: 'FR', psnId: null },
      { name: 'Valerio Gallo', country: 'IT', psnId: 'OP_BRacer' },
      { name: 'Jose Serrano', country: 'ES', psnId: 'JoseSerrano_16' },
    ]);
  });

  it('reads flag emojis and upper-case ISO codes before the name', () => {
    expect(brief('🇪🇸 Pol Urra\n🇳🇱 Kaj de Bruin\nESP Jose Serrano\nJP Takuma Sasaki')).toEqual([
      { name: 'Pol Urra', country: 'ES', psnId: null },
      { name: 'Kaj de Bruin', country: 'NL', psnId: null },
      { name: 'Jose Serrano', country: 'ES', psnId: null },
      { name: 'Takuma Sasaki', country: 'JP', psnId: null },
    ]);
  });

  it('reads one name per line, keeps accents as written, and skips blanks and title lines', () => {
    const text =
      '\r\nNations Cup line-up:\r\nJosé Serrano\r\n\r\n  Coque López  \r\nKerokkuma_ej20\r\n12\r\n';
    expect(brief(text)).toEqual([
      { name: 'José Serrano', country: null, psnId: null },
      { name: 'Coque López', country: null, psnId: null },
      { name: 'Kerokkuma_ej20', country: null, psnId: null },
    ]);
    expect(parseLineup(text).map((l) => l.lineNo)).toEqual([3, 5, 6]);
  });

  it('does not read a trailing two-letter word or a lower-case prefix as a country', () => {
    expect(brief('Calen Roach US\nes Jose Serrano')).toEqual([
      { name: 'Calen Roach US', country: null, psnId: null },
      { name: 'es Jose Serrano', country: null, psnId: null },
    ]);
  });

  it('returns nothing for empty or separator-only text', () => {
    expect(parseLineup('')).toEqual([]);
    expect(parseLineup('\n  \n|---|---|\n')).toEqual([]);
  });
});

describe('looksLikePsnId', () => {
  it('tells PSN IDs from names', () => {
    for (const id of ['JoseSerrano_16', 'PolUrra', 'OP_BRacer', 'Didico__15', 'TDG_JOSETE', 'coquelopez14'])
      expect(looksLikePsnId(id), id).toBe(true);
    for (const name of ['Serrano', 'Jose Serrano', 'Kaj de Bruin', 'Miyazono', 'ab'])
      expect(looksLikePsnId(name), name).toBe(false);
  });
});

describe('parseLineup on any text', () => {
  it('never throws, and every line it returns names someone on a line of the text', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const line of parseLineup(text)) {
          expect(line.lineNo).toBeGreaterThanOrEqual(1);
          expect(line.lineNo).toBeLessThanOrEqual(lines);
          expect(line.name).toMatch(/\p{L}/u);
          if (line.country !== null) expect(line.country).toMatch(/^[A-Z]{2}$/);
        }
      }),
      { numRuns: 500 },
    );
  });
});
