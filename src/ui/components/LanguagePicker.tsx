import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n/languages';
import { useT } from '../i18n/use-t';
import { setLanguage } from '../state/actions';

/** The "Language" combobox: each language named in itself, the choice remembered in this browser. */
export function LanguagePicker() {
  const t = useT();
  return (
    <label className="field">
      <span>{t('language.label')}</span>
      <select value={t.language} onChange={(event) => setLanguage(event.target.value as Language)}>
        {LANGUAGES.map((language) => <option key={language} value={language} lang={language}>{LANGUAGE_NAMES[language]}</option>)}
      </select>
    </label>
  );
}
