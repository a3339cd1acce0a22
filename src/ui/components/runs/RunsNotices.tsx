import { useT } from '../../i18n/use-t';
import { dismissNotice, undoDelete } from '../../state/run-history-actions';
import { useAppStore } from '../../state/store';

/** The history's one-off messages: a refused import, a failed save, a delete to undo. */
export function RunsNotices() {
  const t = useT();
  const notice = useAppStore((state) => state.runs.notice);
  const deleted = useAppStore((state) => state.runs.deleted);
  return (
    <>
      {notice && notice.kind !== 'imported' && (
        <div role="alert" className="alert">
          {t(`runs.${notice.kind}`, { reason: notice.reason })} <button type="button" onClick={dismissNotice}>{t('runs.dismiss')}</button>
        </div>
      )}
      {notice?.kind === 'imported' && <p role="status" className="small">{t('runs.imported', { count: notice.count })}</p>}
      {deleted.length > 0 && (
        <p role="status" className="small">
          {t('runs.deleted', { names: deleted.map((run) => run.name).join(', ') })} <button type="button" onClick={undoDelete}>{t('runs.undo')}</button>
        </p>
      )}
    </>
  );
}
