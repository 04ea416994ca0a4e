import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Inputs the fuzzer mutates: the real fixtures (English, localized, team tables) plus one of each other format. */
export function fuzzBases(fixturesDir: string): string[] {
  const read = (name: string) => readFileSync(path.join(fixturesDir, name), 'utf8');
  const official = readFileSync(path.join(fixturesDir, '2025-r1-london-nations-official.txt'), 'utf8');
  const pipe = readFileSync(path.join(fixturesDir, '2025-r1-london-nations-grand-final-pipe.txt'), 'utf8');
  const csv = [
    'Position;Country;Driver;Time;Points',
    "1;Spain;Jose Serrano;44'25.829;6",
    '2;Spain;Pol Urra;+00.287;5',
    '3;Italy;"Valerio Gallo";+06.668;4',
    '4;Japan;Takuma Sasaki;DNF;',
  ].join('\n');
  const json = JSON.stringify(
    {
      format: 'podium-results',
      version: 1,
      races: [
        {
          title: 'Grand Final',
          session: 'gf',
          rows: [
            { position: 1, country: 'ES', driver: 'Jose Serrano', time: "44'25.829", points: 6 },
            { position: 2, country: 'ES', driver: 'Pol Urra', time: '+00.287', points: 5 },
          ],
          fastestLap: { driver: 'Pol Urra', time: "1'25.634" },
        },
      ],
    },
    null,
    2,
  );
  const teamCsv =
    'Pos,Manufacturer,Drivers,PSN ID,Points\n1,Subaru,Takuma Miyazono,Kerokkuma_ej20,6\n2,BMW,Seiya Suzuki,,5';
  return [
    official,
    pipe,
    csv,
    json,
    `Race report\n\nSome prose.\n\n${official}\nMore prose.`,
    read('2025-r1-london-nations-official.es.txt'),
    read('2025-r1-london-nations-official.ja.txt'),
    read('2018-wf-manufacturer-series-final.txt'),
    teamCsv,
  ];
}
