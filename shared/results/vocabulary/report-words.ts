/**
 * The words of a race report around its tables, in every shipped language:
 * the column names of a table header, the labels of the `Car:` / `Track:` /
 * `Fastest Lap:` lines, "N laps", and the words of a document title that name
 * the round, the World Finals and the cup. Matching is on folded text
 * (accents, case and punctuation optional).
 */
import type { Language } from '../../i18n/languages';
import type { Cup } from '../../domain/types';
import { foldKey, SPACELESS_SCRIPT as SPACELESS } from '../normalize';

/** What a table column holds; `countryDriver` is "Country / Driver", `teamDriver` "Manufacturer / Drivers". */
export type HeaderColumn =
  'position' | 'countryDriver' | 'country' | 'driver' | 'time' | 'gap' | 'points' | 'team' | 'teamDriver';

/**
 * Header cells of results tables as gran-turismo.com prints them in each
 * language (whitespace and pipe tables), plus the spreadsheet words fans use.
 * English is in ../columns.ts, which also knows the CSV-only columns.
 */
export const HEADER_WORDS: Readonly<
  Record<Exclude<Language, 'en'>, Partial<Record<HeaderColumn, readonly string[]>>>
> = {
  es: {
    position: ['Pos.', 'Posición', 'Puesto', 'Clasificación'],
    countryDriver: ['País / Piloto', 'Nación / Piloto'],
    country: ['País', 'Nación'],
    driver: ['Piloto', 'Pilotos', 'Nombre'],
    time: ['Tiempo'],
    gap: ['Diferencia', 'Dif.'],
    points: ['Puntos', 'Ptos.'],
    team: ['Fabricante', 'Marca', 'Equipo'],
    teamDriver: ['Fabricante / Piloto', 'Fabricante / Pilotos'],
  },
  fr: {
    position: ['Pos.', 'Position', 'Classement', 'Rang'],
    countryDriver: ['Pays / Pilote'],
    country: ['Pays', 'Nation'],
    driver: ['Pilote', 'Pilotes', 'Nom'],
    time: ['Temps'],
    gap: ['Écart'],
    points: ['Points', 'Pts'],
    team: ['Constructeur', 'Marque', 'Équipe'],
    teamDriver: ['Constructeur / Pilote', 'Constructeur / Pilotes'],
  },
  it: {
    position: ['Pos.', 'Posizione', 'Classifica'],
    countryDriver: ['Paese / Pilota', 'Nazione / Pilota'],
    country: ['Paese', 'Nazione'],
    driver: ['Pilota', 'Piloti', 'Nome'],
    time: ['Tempo'],
    gap: ['Distacco', 'Gap'],
    points: ['Punti', 'Pt.'],
    team: ['Costruttore', 'Casa', 'Squadra'],
    teamDriver: ['Costruttore / Pilota', 'Costruttore / Piloti'],
  },
  de: {
    position: ['Pos.', 'Platz', 'Rang', 'Platzierung'],
    countryDriver: ['Land / Fahrer', 'Nation / Fahrer'],
    country: ['Land', 'Nation'],
    driver: ['Fahrer', 'Name'],
    time: ['Zeit'],
    gap: ['Abstand', 'Rückstand'],
    points: ['Punkte', 'Pkt.'],
    team: ['Hersteller', 'Marke', 'Team'],
    teamDriver: ['Hersteller / Fahrer'],
  },
  ja: {
    position: ['順位'],
    countryDriver: ['国/地域 / ドライバー', '国 / ドライバー'],
    country: ['国/地域', '国'],
    driver: ['ドライバー', '選手'],
    time: ['タイム'],
    gap: ['差', 'タイム差'],
    points: ['ポイント', '得点'],
    team: ['メーカー', 'マニュファクチャラー', 'チーム'],
    teamDriver: ['メーカー / ドライバー', 'マニュファクチャラー / ドライバー'],
  },
  'pt-BR': {
    position: ['Pos.', 'Posição', 'Classificação'],
    countryDriver: ['País / Piloto'],
    country: ['País', 'Nação'],
    driver: ['Piloto', 'Pilotos', 'Nome'],
    time: ['Tempo'],
    gap: ['Diferença', 'Dif.'],
    points: ['Pontos', 'Pts.'],
    team: ['Fabricante', 'Marca', 'Equipe'],
    teamDriver: ['Fabricante / Piloto', 'Fabricante / Pilotos'],
  },
};

const fold = (text: string) => foldKey(text.normalize('NFKC'));

let headerIndex: Map<string, HeaderColumn> | null = null;

/** The column a header cell names in a shipped language other than English, or null. */
export function headerColumnOf(cell: string): HeaderColumn | null {
  if (cell.length > 60) return null;
  if (!headerIndex) {
    const map = new Map<string, HeaderColumn>();
    for (const words of Object.values(HEADER_WORDS)) {
      for (const [column, list] of Object.entries(words) as [HeaderColumn, readonly string[]][]) {
        for (const word of list) if (!map.has(fold(word))) map.set(fold(word), column);
      }
    }
    headerIndex = map;
  }
  return headerIndex.get(fold(cell)) ?? null;
}

/** Labels of the lines that state a table's car, track, laps or fastest lap. */
export type FactLabel = 'car' | 'track' | 'laps' | 'fastestLap';

export const FACT_LABELS: Readonly<Record<Language, Readonly<Record<FactLabel, readonly string[]>>>> = {
  en: {
    car: ['Car', 'Vehicle'],
    track: ['Track', 'Circuit', 'Course'],
    laps: ['Laps'],
    fastestLap: ['Fastest Lap'],
  },
  es: {
    car: ['Coche', 'Vehículo', 'Auto'],
    track: ['Circuito', 'Pista'],
    laps: ['Vueltas'],
    fastestLap: ['Vuelta rápida', 'Vuelta más rápida'],
  },
  fr: {
    car: ['Voiture', 'Véhicule'],
    track: ['Circuit', 'Piste'],
    laps: ['Tours'],
    fastestLap: ['Meilleur tour', 'Tour le plus rapide'],
  },
  it: {
    car: ['Auto', 'Vettura'],
    track: ['Circuito', 'Pista', 'Tracciato'],
    laps: ['Giri'],
    fastestLap: ['Giro veloce', 'Giro più veloce'],
  },
  de: {
    car: ['Fahrzeug', 'Auto', 'Wagen'],
    track: ['Strecke', 'Rennstrecke'],
    laps: ['Runden'],
    fastestLap: ['Schnellste Runde'],
  },
  ja: {
    car: ['車両', 'マシン', '使用車両'],
    track: ['コース', 'サーキット'],
    laps: ['周回数'],
    fastestLap: ['ファステストラップ', 'ベストラップ'],
  },
  'pt-BR': {
    car: ['Carro', 'Veículo'],
    track: ['Pista', 'Circuito', 'Autódromo'],
    laps: ['Voltas'],
    fastestLap: ['Volta mais rápida', 'Melhor volta'],
  },
};

/** How each language writes "5 laps" after a track name. */
export const LAP_WORDS: readonly string[] = [
  'lap',
  'laps',
  'vuelta',
  'vueltas',
  'tour',
  'tours',
  'giro',
  'giri',
  'runde',
  'runden',
  '周',
  'volta',
  'voltas',
];

/** `Label: value` → which fact and its value; null when the line is not a fact line. */
export function readFactLine(text: string): { label: FactLabel; value: string } | null {
  const colon = /[:：]/.exec(text);
  // Labels are a few words; a colon far into a line is prose.
  if (!colon || colon.index > 30) return null;
  const key = fold(text.slice(0, colon.index));
  if (key === '') return null;
  const label = factIndex().get(key);
  return label ? { label, value: text.slice(colon.index + 1).trim() } : null;
}

let facts: Map<string, FactLabel> | null = null;

function factIndex(): Map<string, FactLabel> {
  if (facts) return facts;
  const map = new Map<string, FactLabel>();
  for (const labels of Object.values(FACT_LABELS)) {
    for (const [label, list] of Object.entries(labels) as [FactLabel, readonly string[]][]) {
      for (const word of list) if (!map.has(fold(word))) map.set(fold(word), label);
    }
  }
  facts = map;
  return map;
}

/**
 * Document-title words per language: the round ("Round 1", "Ronda 1",
 * "Manche 1", "Runde 1", "第1戦", "ラウンド1"), the World Finals and the cups.
 * Cup names are also printed in English on every edition of the site.
 */
export const TITLE_WORDS: Readonly<
  Record<
    Language,
    {
      round: readonly string[];
      worldFinals: readonly string[];
      cups: Readonly<Record<Cup, readonly string[]>>;
    }
  >
> = {
  en: {
    round: ['Round #'],
    worldFinals: ['World Finals', 'World Final'],
    cups: {
      nations: ['Nations Cup', 'Nations'],
      manufacturers: ['Manufacturers Cup', 'Manufacturers', 'Manufacturer Series'],
    },
  },
  es: {
    round: ['Ronda #', 'Prueba #'],
    worldFinals: ['Finales Mundiales', 'Final Mundial'],
    cups: { nations: ['Copa de Naciones'], manufacturers: ['Copa de Fabricantes'] },
  },
  fr: {
    round: ['Manche #', 'Épreuve #'],
    worldFinals: ['Finales mondiales', 'Finale mondiale'],
    cups: { nations: ['Coupe des Nations'], manufacturers: ['Coupe des constructeurs'] },
  },
  it: {
    round: ['Round #', 'Tappa #', 'Prova #'],
    worldFinals: ['Finali Mondiali', 'Finale Mondiale'],
    cups: { nations: ['Coppa delle Nazioni'], manufacturers: ['Coppa Costruttori'] },
  },
  de: {
    round: ['Runde #', 'Lauf #'],
    worldFinals: ['Weltfinale', 'Weltfinals'],
    cups: { nations: ['Nationenpokal'], manufacturers: ['Herstellerpokal'] },
  },
  ja: {
    round: ['ラウンド#', '第#戦'],
    worldFinals: ['ワールドファイナル'],
    cups: { nations: ['ネイションズカップ'], manufacturers: ['マニュファクチャラーズカップ'] },
  },
  'pt-BR': {
    round: ['Rodada #', 'Etapa #'],
    worldFinals: ['Finais Mundiais', 'Final Mundial'],
    cups: { nations: ['Copa das Nações'], manufacturers: ['Copa de Fabricantes', 'Copa dos Fabricantes'] },
  },
};

/** What a title line names in any shipped language. */
export interface TitleWords {
  round: number | null;
  worldFinals: boolean;
  cup: Cup | null;
}

interface TitlePatterns {
  round: RegExp[];
  worldFinals: RegExp[];
  cups: [Cup, RegExp][];
}

let titlePatterns: TitlePatterns | null = null;

// Japanese writes words without spaces: its phrases match anywhere, others at word edges.
function phrasePattern(phrase: string): RegExp {
  const body = fold(phrase)
    .split('#')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join(' ?(\\d{1,2})');
  return SPACELESS.test(phrase) ? new RegExp(body) : new RegExp(`(?:^| )${body}(?= |$)`);
}

function patterns(): TitlePatterns {
  if (titlePatterns) return titlePatterns;
  const all = Object.values(TITLE_WORDS);
  titlePatterns = {
    round: all.flatMap((w) => w.round.map(phrasePattern)),
    worldFinals: all.flatMap((w) => w.worldFinals.map(phrasePattern)),
    cups: all.flatMap((w) =>
      (Object.entries(w.cups) as [Cup, readonly string[]][]).flatMap(([cup, list]) =>
        list.map((p): [Cup, RegExp] => [cup, phrasePattern(p)]),
      ),
    ),
  };
  return titlePatterns;
}

/** Round number, World Finals and cup named by a title line in any shipped language. */
export function readTitleWords(text: string): TitleWords {
  const key = fold(text.slice(0, 300));
  const p = patterns();
  let round: number | null = null;
  for (const re of p.round) {
    const m = re.exec(key);
    if (m) {
      round = Number(m[1]);
      break;
    }
  }
  const worldFinals = p.worldFinals.some((re) => re.test(key));
  const cup = p.cups.find(([, re]) => re.test(key))?.[0] ?? null;
  return { round, worldFinals, cup };
}
