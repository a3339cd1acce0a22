/**
 * Query strings without URLSearchParams (not in the core's ES2022 lib): `a=1&b=x,y`
 * to and from ordered key–value pairs. Commas, colons and dots stay unescaped so a
 * `net=` line remains readable in the address bar.
 */

/** One parameter as it appears in a link, decoded. */
export interface QueryParam {
  readonly key: string;
  readonly value: string;
}

/** The parameters of a query string, plus what was skipped. */
export interface ParsedQuery {
  /** First value of each key, in the order the keys first appear. */
  readonly values: ReadonlyMap<string, string>;
  /** Plain-words notes on pieces that were skipped (repeats, broken escapes). */
  readonly notices: readonly string[];
}

/** Escapes a key or value, leaving `,` and `:` as they are (both are allowed in a query). */
export function escapeQueryText(text: string): string {
  return encodeURIComponent(text).replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}

/** Undoes escaping (`+` is a space, as forms write it); undefined for a broken `%` escape. */
function unescapeQueryText(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** `key=value&…`, in the given order. */
export function formatQuery(params: readonly QueryParam[]): string {
  return params.map(({ key, value }) => `${escapeQueryText(key)}=${escapeQueryText(value)}`).join('&');
}

/**
 * Reads `?a=1&b=2` (the `?` is optional). A key given twice keeps its first value,
 * as URLSearchParams.get does; each repeat and each piece that cannot be unescaped
 * adds a notice. A key without `=` has the empty value.
 */
export function parseQuery(query: string): ParsedQuery {
  const values = new Map<string, string>();
  const notices: string[] = [];
  const body = query.startsWith('?') ? query.slice(1) : query;
  for (const piece of body.split('&')) {
    if (piece === '') continue;
    const cut = piece.indexOf('=');
    const key = unescapeQueryText(cut < 0 ? piece : piece.slice(0, cut));
    const value = unescapeQueryText(cut < 0 ? '' : piece.slice(cut + 1));
    if (key === undefined || value === undefined) {
      notices.push(`Ignored ${piece} (a broken %-escape).`);
    } else if (values.has(key)) {
      notices.push(`Ignored ${key}=${value} (${key} is given more than once; the first one counts).`);
    } else {
      values.set(key, value);
    }
  }
  return { values, notices };
}
