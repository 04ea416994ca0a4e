/**
 * Car manufacturers that have raced in the Gran Turismo World Series, by the
 * names the reports print. A team cell whose team no season lists is split
 * after one of these ("Aston Martin Jonathan Bucha / …"), so a two-word name
 * is not cut after its first word.
 *
 * Sources, nothing else: the Manufacturers Cup teams of the fact base the
 * built-in seasons are made from (shared/seasons/data/sources/gtws-facts.json,
 * 2024–2025), the makes of the cars its races name, and the 2018 World Finals
 * Manufacturer Series report (Aston Martin, Mitsubishi). A test keeps every
 * team of the fact base in this list.
 */
export const KNOWN_MANUFACTURERS: readonly string[] = [
  'Aston Martin',
  'Audi',
  'BMW',
  'Chaparral',
  'Chevrolet',
  'Ferrari',
  'Genesis',
  'Honda',
  'Lamborghini',
  'Lexus',
  'Maserati',
  'Mazda',
  'McLaren',
  'Mercedes-AMG',
  'Mitsubishi',
  'Nissan',
  'Porsche',
  'Subaru',
  'Toyota',
];
