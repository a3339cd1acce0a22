import { useT } from '../i18n/use-t';
import { dismissLinkNotices } from '../state/actions';
import { useAppStore } from '../state/store';

/** What the opened link asked for that could not be used, and what was used instead. */
export function LinkNotices() {
  const t = useT();
  const notices = useAppStore((state) => state.linkNotices);
  if (notices.length === 0) return null;
  return (
    <div role="status" aria-label={t('links.region')} className="notice">
      <strong>{t('links.intro')}</strong>
      <ul>{notices.map((notice) => <li key={notice}>{notice}</li>)}</ul>
      <button type="button" onClick={dismissLinkNotices}>{t('links.dismiss')}</button>
    </div>
  );
}
