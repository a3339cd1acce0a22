import { en } from './messages-en';
import { ptBR } from './messages-pt-BR';
import { LOCALES, type Language } from './languages';

/** Every message key: the English catalogue's. */
export type MessageKey = keyof typeof en;

/** A whole catalogue: one string per key, no key missing, none extra. */
export type Messages = { readonly [K in MessageKey]: string };

/** The `{name}` placeholders of a message, as a union of names. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The values a message needs: none, or one per placeholder of its English text. */
type MessageArgs<K extends MessageKey> = [Placeholders<(typeof en)[K]>] extends [never]
  ? []
  : [params: Readonly<Record<Placeholders<(typeof en)[K]>, string | number>>];

/** The catalogues; `satisfies` keeps both complete. */
export const CATALOGUES = { en, 'pt-BR': ptBR } as const satisfies Readonly<Record<Language, Messages>>;

/** Translates a key in one language; numbers in the text are formatted with its locale. */
export interface Translator {
  <K extends MessageKey>(key: K, ...args: MessageArgs<K>): string;
  readonly language: Language;
  /** The Intl locale: 'en-US' or 'pt-BR'. */
  readonly locale: string;
  /** A number with the locale's separators: "60,000" / "60.000", "0.1" / "0,1". */
  number(value: number): string;
  /** A fixed number of decimals, no grouping: "0.9812" / "0,9812" (non-finite values as they are). */
  fixed(value: number, digits: number): string;
  /** A fraction as a percentage: "97.3 %" / "97,3 %". */
  percent(fraction: number, digits: number): string;
  /** Bytes as a short human string: "9.9 MB" / "9,9 MB". */
  bytes(bytes: number): string;
}

/** Fills `{name}` placeholders; unknown ones are left as they are. */
export function interpolate(text: string, params: Readonly<Record<string, string | number>> | undefined): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function makeTranslator(language: Language): Translator {
  const messages: Messages = CATALOGUES[language];
  const locale = LOCALES[language];
  const numbers = new Intl.NumberFormat(locale);
  const fixedFormats = new Map<number, Intl.NumberFormat>();
  const fixed = (value: number, digits: number): string => {
    if (!Number.isFinite(value)) return String(value);
    const format = fixedFormats.get(digits) ?? new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
    fixedFormats.set(digits, format);
    return format.format(value);
  };
  const translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>): string => interpolate(messages[key], params);
  return Object.assign(translate as Translator, {
    language,
    locale,
    number: (value: number) => numbers.format(value),
    fixed,
    percent: (fraction: number, digits: number) => `${fixed(100 * fraction, digits)} %`,
    bytes: (bytes: number) => (bytes < 1000 ? `${bytes} B` : bytes < 1e6 ? `${fixed(bytes / 1e3, 1)} kB` : `${fixed(bytes / 1e6, 1)} MB`),
  });
}

const TRANSLATORS = new Map<Language, Translator>();

/** The translator of a language: one per language, so it is a stable dependency for effects. */
export function translator(language: Language): Translator {
  const found = TRANSLATORS.get(language) ?? makeTranslator(language);
  TRANSLATORS.set(language, found);
  return found;
}
