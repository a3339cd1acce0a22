/** The languages the UI speaks, as BCP 47 tags (also written to `<html lang>`). */
export type Language = 'en' | 'pt-BR';

/** Every language, in the order the picker lists them. */
export const LANGUAGES: readonly Language[] = ['en', 'pt-BR'];

/** Each language's name in itself, as the picker shows it whatever the current language. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', 'pt-BR': 'Português (Brasil)' };

/** The locale numbers and dates are formatted with. */
export const LOCALES: Readonly<Record<Language, string>> = { en: 'en-US', 'pt-BR': 'pt-BR' };

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

/** The language for a browser's preferred tag: any Portuguese gives pt-BR, anything else English. */
export function languageFromTag(tag: string | undefined): Language {
  return tag?.toLowerCase().startsWith('pt') ? 'pt-BR' : 'en';
}
