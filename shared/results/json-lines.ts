/**
 * A small JSON reader that remembers the line each value starts on, so schema
 * problems can be reported as "line 14" instead of "races[0].rows[3]".
 *
 * Safety: objects are built with `Object.defineProperty`, so a `"__proto__"`
 * key is stored as a plain own property and never changes a prototype; nesting
 * is limited so hostile input cannot overflow the stack.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** What is wrong with JSON text that cannot be read, as a code the screens word. */
export const JSON_SYNTAX_CODES = [
  'too-deep',
  'ends-early',
  'unexpected-character',
  'key-not-quoted',
  'colon-missing',
  'comma-missing',
  'string-not-closed',
  'control-in-string',
  'bad-unicode-escape',
  'bad-escape',
  'bad-number',
  'text-after-end',
] as const;

export type JsonSyntaxCode = (typeof JSON_SYNTAX_CODES)[number];

/** `message` is the English wording (for the CLI and logs); `syntax` and `params` are what screens word. */
export type JsonRead =
  | { ok: true; value: JsonValue; lines: Map<string, number> }
  | {
      ok: false;
      line: number;
      message: string;
      syntax: JsonSyntaxCode;
      params: Readonly<Record<string, string | number>>;
    };

const MAX_DEPTH = 64;
/** Only paths this deep get a line entry: enough for races[i].rows[j].field. */
const MAX_TRACKED_DEPTH = 5;

class JsonSyntaxError {
  constructor(
    readonly index: number,
    readonly message: string,
    readonly syntax: JsonSyntaxCode,
    readonly params: Readonly<Record<string, string | number>>,
  ) {}
}

/** Parses JSON text; path keys in `lines` look like `races.0.rows.3.position`. */
export function readJsonWithLines(text: string): JsonRead {
  let i = 0;
  let line = 1;
  const lines = new Map<string, number>();

  const fail = (
    message: string,
    syntax: JsonSyntaxCode,
    params: Record<string, string | number> = {},
  ): never => {
    throw new JsonSyntaxError(i, message, syntax, params);
  };
  const skipSpace = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) line++;
      else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return;
      i++;
    }
  };
  const value = (path: string, depth: number): JsonValue => {
    if (depth > MAX_DEPTH) fail(`nesting deeper than ${MAX_DEPTH} levels`, 'too-deep', { depth: MAX_DEPTH });
    skipSpace();
    if (depth <= MAX_TRACKED_DEPTH) lines.set(path, line);
    const c = text[i];
    if (c === '{') return object(path, depth);
    if (c === '[') return array(path, depth);
    if (c === '"') return string();
    if (c === 't' && text.startsWith('true', i)) return ((i += 4), true);
    if (c === 'f' && text.startsWith('false', i)) return ((i += 5), false);
    if (c === 'n' && text.startsWith('null', i)) return ((i += 4), null);
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    return c === undefined
      ? fail('the text ends too early', 'ends-early')
      : fail(`unexpected "${c}"`, 'unexpected-character', { char: c });
  };
  const object = (path: string, depth: number): JsonValue => {
    i++;
    const result: { [key: string]: JsonValue } = {};
    skipSpace();
    if (text[i] === '}') return (i++, result);
    for (;;) {
      skipSpace();
      if (text[i] !== '"') fail('expected a "quoted" key', 'key-not-quoted');
      const key = string();
      skipSpace();
      if (text[i] !== ':') fail('expected ":" after a key', 'colon-missing');
      i++;
      const v = value(path === '' ? key : `${path}.${key}`, depth + 1);
      Object.defineProperty(result, key, { value: v, enumerable: true, writable: true, configurable: true });
      if (!moreItems('}')) return result;
    }
  };
  /** After an item: true on "," (another item follows), false on the closing bracket; both consumed. */
  const moreItems = (close: '}' | ']'): boolean => {
    skipSpace();
    if (text[i] === ',' || text[i] === close) return text[i++] === ',';
    return fail(`expected "," or "${close}"`, 'comma-missing', { close });
  };
  const array = (path: string, depth: number): JsonValue => {
    i++;
    const result: JsonValue[] = [];
    skipSpace();
    if (text[i] === ']') return (i++, result);
    for (;;) {
      result.push(value(path === '' ? String(result.length) : `${path}.${result.length}`, depth + 1));
      if (!moreItems(']')) return result;
    }
  };
  const string = (): string => {
    const start = ++i;
    let out = '';
    let chunk = start;
    for (;;) {
      const c = text.charCodeAt(i);
      if (Number.isNaN(c)) fail('a string is never closed', 'string-not-closed');
      if (c === 0x22) break;
      if (c < 0x20) fail('a string contains a line break or control character', 'control-in-string');
      if (c === 0x5c) {
        out += text.slice(chunk, i);
        const e = text[i + 1];
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad \\u escape', 'bad-unicode-escape');
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else if (e !== undefined && Object.prototype.hasOwnProperty.call(simple, e)) {
          out += simple[e];
          i += 2;
        } else {
          fail('bad escape in a string', 'bad-escape');
        }
        chunk = i;
        continue;
      }
      i++;
    }
    out += text.slice(chunk, i);
    i++;
    return out;
  };
  const number = (): number => {
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    m.lastIndex = i;
    const found = m.exec(text);
    if (!found) return fail('bad number', 'bad-number');
    i += found[0].length;
    return Number(found[0]);
  };

  try {
    const result = value('', 0);
    skipSpace();
    if (i < text.length) fail('unexpected text after the end of the JSON', 'text-after-end');
    return { ok: true, value: result, lines };
  } catch (error) {
    if (error instanceof JsonSyntaxError)
      return { ok: false, line, message: error.message, syntax: error.syntax, params: error.params };
    throw error;
  }
}
