import { useState } from 'react';
import type { RunRecord } from '../../../core/runs/record';
import { MAX_RUN_NAME_LENGTH, MAX_TAG_LENGTH } from '../../../core/runs/table';
import { useT } from '../../i18n/use-t';
import { addRecordTag, removeRecordTag, renameRecord } from '../../state/run-history-actions';

/** Renaming a run and editing its tags; a refused name or tag says why. */
export function RunEditor({ run, onClose }: { run: RunRecord; onClose: () => void }) {
  const t = useT();
  const [name, setName] = useState(run.name);
  const [tag, setTag] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  return (
    <section aria-label={t('runs.editRegion', { name: run.name })} className="run-editor">
      <form className="inline-form" onSubmit={(event) => { event.preventDefault(); setProblem(renameRecord(run.id, name)); }}>
        <label className="field"><span>{t('runs.name')}</span><input value={name} maxLength={MAX_RUN_NAME_LENGTH + 20} onChange={(event) => setName(event.target.value)} /></label>
        <button type="submit">{t('runs.rename')}</button>
      </form>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          const error = addRecordTag(run.id, tag);
          setProblem(error);
          if (!error) setTag('');
        }}
      >
        <label className="field"><span>{t('runs.newTag')}</span><input value={tag} maxLength={MAX_TAG_LENGTH + 20} onChange={(event) => setTag(event.target.value)} /></label>
        <button type="submit">{t('runs.addTag')}</button>
      </form>
      <ul className="tags">
        {run.tags.map((existing) => (
          <li key={existing}>{existing} <button type="button" aria-label={t('runs.removeTag', { tag: existing })} onClick={() => removeRecordTag(run.id, existing)}>×</button></li>
        ))}
      </ul>
      {problem && <p role="alert" className="alert">{problem}</p>}
      {run.reason && <p className="small">{t('runs.reason', { reason: run.reason })}</p>}
      <button type="button" onClick={onClose}>{t('runs.close')}</button>
    </section>
  );
}
