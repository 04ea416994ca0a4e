/**
 * The catalogue check behind `catalogues.test.ts`, as pure functions over
 * catalogues and source text so its own rules can be tested on small inputs.
 *
 * Conventions it relies on (see docs/i18n.md):
 * - keys are written whole and literal in code: `t('ns:key')`, never built;
 * - plural keys follow i18next: `key_one`, `key_other`…, ordinals `key_ordinal_one`…
 */

export type Catalogue = Record<string, string>;
/** Flat catalogues by namespace ("common" → { "nav.home": "Home" }). */
export type Catalogues = Record<string, Catalogue>;

const PLURAL_SUFFIX = /_(ordinal_)?(zero|one|two|few|many|other)$/;

export interface KeyForms {
  /** Plain key, cardinal plural forms, or ordinal forms. */
  kind: 'plain' | 'cardinal' | 'ordinal';
  /** Value per form (`''` for a plain key). */
  forms: Record<string, string>;
}

/** Nested catalogue JSON → "a.b.c" keys; throws on anything but strings and objects. */
export function flatten(json: unknown, prefix = ''): Catalogue {
  const out: Catalogue = {};
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new Error(`"${prefix || '(root)'}" is not an object`);
  }
  for (const [key, value] of Object.entries(json)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else Object.assign(out, flatten(value, path));
  }
  return out;
}

/** Groups plural forms under their base key ("day_one", "day_other" → "day"). */
export function baseKeys(catalogue: Catalogue): Map<string, KeyForms> {
  const bases = new Map<string, KeyForms>();
  for (const [key, value] of Object.entries(catalogue)) {
    const match = PLURAL_SUFFIX.exec(key);
    const base = match ? key.slice(0, match.index) : key;
    const kind = !match ? 'plain' : match[1] ? 'ordinal' : 'cardinal';
    const entry = bases.get(base) ?? { kind, forms: {} };
    if (entry.kind !== kind) entry.kind = kind === 'plain' ? entry.kind : kind;
    entry.forms[match ? match[2]! : ''] = value;
    bases.set(base, entry);
  }
  return bases;
}

/** Plural categories the language needs, from Intl.PluralRules (what i18next itself uses). */
export function pluralForms(language: string, kind: 'cardinal' | 'ordinal'): string[] {
  return [...new Intl.PluralRules(language, { type: kind }).resolvedOptions().pluralCategories].sort();
}

const PLACEHOLDER = /\{\{\s*([\w.]+)(?:\s*,[^}]*)?\s*\}\}/g;
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

/** Text a translator writes: placeholders removed. Values without letters are never "untranslated". */
function words(text: string): string {
  return text.replace(PLACEHOLDER, '').trim();
}

/** Keys in the source language, per language and namespace, that break the rules, as readable lines. */
export function compareToSource(
  source: Catalogues,
  sourceLanguage: string,
  target: Catalogues,
  language: string,
  sameAsSourceAllowed: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  for (const namespace of new Set([...Object.keys(source), ...Object.keys(target)])) {
    if (!source[namespace]) {
      problems.push(`${language}: namespace "${namespace}" does not exist in ${sourceLanguage}`);
      continue;
    }
    if (!target[namespace]) {
      problems.push(`${language}: namespace "${namespace}" is missing`);
      continue;
    }
    const sourceKeys = baseKeys(source[namespace]);
    const targetKeys = baseKeys(target[namespace]);
    for (const [base, theirs] of targetKeys) {
      if (!sourceKeys.has(base))
        problems.push(`${language}: ${namespace}:${base} is not in ${sourceLanguage}`);
      else if (sourceKeys.get(base)!.kind !== theirs.kind)
        problems.push(
          `${language}: ${namespace}:${base} is ${theirs.kind}, ${sourceLanguage} has it ${sourceKeys.get(base)!.kind}`,
        );
    }
    for (const [base, ours] of sourceKeys) {
      const id = `${namespace}:${base}`;
      const theirs = targetKeys.get(base);
      if (!theirs) {
        problems.push(`${language}: ${id} is missing`);
        continue;
      }
      if (theirs.kind !== ours.kind) continue;
      const needed = ours.kind === 'plain' ? [''] : pluralForms(language, ours.kind);
      for (const form of needed) {
        if (theirs.forms[form] === undefined) problems.push(`${language}: ${id} lacks the "${form}" form`);
      }
      for (const form of Object.keys(theirs.forms)) {
        if (!needed.includes(form))
          problems.push(`${language}: ${id} has a "${form}" form the language does not use`);
      }
      const sourceVars = new Set(Object.values(ours.forms).flatMap(placeholders));
      for (const [form, value] of Object.entries(theirs.forms)) {
        const unknown = placeholders(value).filter((name) => !sourceVars.has(name));
        if (unknown.length)
          problems.push(`${language}: ${id}${form && `_${form}`} uses unknown {{${unknown.join('}}, {{')}}}`);
        if (ours.kind === 'plain' && placeholders(value).length !== sourceVars.size)
          problems.push(`${language}: ${id} drops a placeholder of ${sourceLanguage}`);
      }
      const mine = ours.forms[''] ?? ours.forms.other ?? '';
      const yours = theirs.forms[''] ?? theirs.forms.other ?? '';
      const translatable = language !== sourceLanguage && /\p{L}/u.test(words(mine));
      if (translatable && mine === yours && !sameAsSourceAllowed.has(id)) {
        problems.push(
          `${language}: ${id} is the ${sourceLanguage} text "${mine}" (translate it, or allow-list it with a reason)`,
        );
      }
    }
  }
  return problems;
}

/** A `t(` call whose key is a single-quoted literal "ns:key". */
const KEY_USE = /(?<![\w$])t\(\s*'([a-z][\w-]*):([\w.-]+)'/g;
/** Any `t(` call: those not matched by KEY_USE break the literal-key convention. */
const ANY_T_CALL = /(?<![\w$])t\(\s*(?!\))/g;

export interface KeyUsage {
  used: Set<string>;
  /**
   * "file: ns" for a namespace a file uses without asking for it in
   * `useTranslation('ns')` or `i18n.loadNamespaces('ns')` (start-up namespaces are always loaded). Such a key
   * would show as its raw name until something else happened to load the namespace.
   */
  unrequested: string[];
  /** "file: `t(…`" for each call whose key is not a literal 'ns:key'. */
  nonLiteral: string[];
}

// Comments may show the convention itself; `//` right after a non-space (a URL's "https://") is not a comment.
const COMMENTS = /\/\*[\s\S]*?\*\/|(^|\s)\/\/.*$/gm;

const USE_TRANSLATION = /(?:useTranslation|loadNamespaces)\(([^)]*)\)/g;

export function findKeyUses(
  files: ReadonlyArray<{ path: string; text: string }>,
  startupNamespaces: readonly string[] = [],
): KeyUsage {
  const used = new Set<string>();
  const nonLiteral: string[] = [];
  const unrequested: string[] = [];
  for (const { path, text: source } of files) {
    const text = source.replace(COMMENTS, '$1');
    const requested = new Set(startupNamespaces);
    for (const match of text.matchAll(USE_TRANSLATION)) {
      for (const ns of match[1]!.matchAll(/'([\w-]+)'/g)) requested.add(ns[1]!);
    }
    const namespaces = new Set<string>();
    for (const match of text.matchAll(KEY_USE)) {
      used.add(`${match[1]}:${match[2]}`);
      namespaces.add(match[1]!);
    }
    for (const namespace of namespaces) {
      if (!requested.has(namespace)) unrequested.push(`${path}: ${namespace}`);
    }
    for (const match of text.matchAll(ANY_T_CALL)) {
      const rest = text.slice(match.index + match[0].length);
      if (!/^'[a-z][\w-]*:[\w.-]+'/.test(rest))
        nonLiteral.push(`${path}: ${text.slice(match.index, match.index + 40).split('\n')[0]}`);
    }
  }
  return { used, nonLiteral, unrequested };
}
