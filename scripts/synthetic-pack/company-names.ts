import { pick } from './seeded-random.ts';

/**
 * Real-looking company names made of two coined words and a corporate noun ("Norvane Lumetrics
 * Holdings"). The coined words are built from syllables and never a common English word, so the
 * names pass the alias rules in any case.
 */
const FIRST_STEMS = [
  'Nor',
  'Vel',
  'Cal',
  'Tor',
  'Zen',
  'Mar',
  'Sol',
  'Kor',
  'Ard',
  'Bel',
  'Dra',
  'Fen',
  'Gal',
  'Hal',
  'Jor',
  'Kel',
  'Lor',
  'Mir',
  'Nex',
  'Pra',
  'Quen',
  'Ros',
  'Sar',
  'Tal',
  'Var',
  'Wen',
  'Xan',
  'Yar',
  'Bram',
  'Cor',
  'Del',
  'Esk',
  'Fal',
  'Gor',
  'Hest',
  'Ilv',
  'Jas',
  'Lund',
  'Mol',
  'Ost',
];
const FIRST_ENDINGS = [
  'vane',
  'trix',
  'lon',
  'dex',
  'via',
  'nis',
  'tera',
  'quor',
  'lith',
  'gard',
  'ven',
  'ton',
  'rin',
  'mora',
  'wick',
  'dane',
  'holt',
  'sen',
  'ara',
  'ello',
  'iva',
  'oria',
  'und',
  'ex',
  'ax',
  'el',
  'ovan',
  'esta',
  'imar',
  'oth',
  'ury',
  'ada',
  'ene',
  'iro',
  'ulla',
  'orn',
  'ast',
  'ique',
  'olo',
  'ay',
];
const SECOND_STEMS = [
  'Lume',
  'Quanta',
  'Vexa',
  'Astra',
  'Cobal',
  'Dyna',
  'Ferro',
  'Gene',
  'Helio',
  'Inno',
  'Kine',
  'Logi',
  'Medi',
  'Nova',
  'Opti',
  'Petro',
  'Quin',
  'Robo',
  'Sina',
  'Tekna',
  'Ultra',
  'Vita',
  'Xeno',
  'Zyra',
  'Aero',
  'Bio',
  'Chrono',
  'Elec',
  'Flux',
  'Graph',
  'Hydro',
  'Iso',
];
const SECOND_ENDINGS = [
  'trics',
  'nova',
  'logic',
  'sync',
  'tek',
  'sphere',
  'path',
  'lytics',
  'matics',
  'tronix',
  'gen',
  'cell',
  'dyne',
  'vance',
  'nomics',
  'plex',
  'source',
  'wave',
  'forge',
  'labs',
  'mesh',
  'scope',
  'stream',
  'tive',
  'vox',
  'zen',
  'grid',
  'quest',
  'ria',
  'onic',
];
const NOUNS = [
  'Holdings',
  'Group',
  'Systems',
  'Industries',
  'Technologies',
  'Partners',
  'Capital',
  'Logistics',
  'Energy',
  'Networks',
  'Foods',
  'Motors',
  'Pharma',
  'Media',
  'Robotics',
  'Materials',
  'Analytics',
  'Biotech',
  'Semiconductor',
  'Shipping',
  'Mining',
  'Telecom',
  'Aerospace',
  'Insurance',
];

export interface CompanyName {
  /** "Norvane Lumetrics Holdings" */
  name: string;
  /** "Norvane Lumetrics": the two coined words, unique to the company. */
  short: string;
  /** "NorvaneLumetrics": how a brand might run the words together. */
  brand: string;
}

/**
 * `count` distinct names. Each pair of coined words is used once, so the short names are distinct
 * too; there are `FIRST_STEMS × FIRST_ENDINGS × SECOND_STEMS × SECOND_ENDINGS` pairs to draw from.
 */
export function companyNames(
  random: () => number,
  count: number,
  commonWords: ReadonlySet<string>,
): CompanyName[] {
  const coined = (stems: readonly string[], endings: readonly string[]) =>
    stems
      .flatMap((stem) => endings.map((ending) => stem + ending))
      .filter((word) => !commonWords.has(word.toLowerCase()));
  const firstWords = coined(FIRST_STEMS, FIRST_ENDINGS);
  const secondWords = coined(SECOND_STEMS, SECOND_ENDINGS);
  if (count > (firstWords.length * secondWords.length) / 2)
    throw new Error(`companyNames: ${count} is too many`);
  const used = new Set<string>();
  const names: CompanyName[] = [];
  while (names.length < count) {
    const first = pick(random, firstWords);
    const second = pick(random, secondWords);
    const short = `${first} ${second}`;
    if (used.has(short.toLowerCase())) continue;
    used.add(short.toLowerCase());
    names.push({ name: `${short} ${pick(random, NOUNS)}`, short, brand: `${first}${second}` });
  }
  return names;
}
