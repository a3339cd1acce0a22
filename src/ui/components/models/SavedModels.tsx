import { useState } from 'react';
import { DATASETS } from '../../../core/datasets/catalog';
import type { SavedModelSummary } from '../../../core/model-protocol';
import { useT } from '../../i18n/use-t';
import { deleteModel, downloadModel, renameModel, loadSavedModel } from '../../state/model-actions';
import { useAppStore } from '../../state/store';

function RenameForm({ model, done }: { model: SavedModelSummary; done: () => void }) {
  const t = useT();
  const [name, setName] = useState(model.name);
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim()) renameModel(model.id, name);
        done();
      }}
    >
      <input aria-label={t('models.newName', { name: model.name })} value={name} maxLength={80} onChange={(event) => setName(event.target.value)} />
      <button type="submit" disabled={!name.trim()}>{t('models.renameSave')}</button>
      <button type="button" onClick={done}>{t('models.cancel')}</button>
    </form>
  );
}

function SavedRow({ model }: { model: SavedModelSummary }) {
  const t = useT();
  const [renaming, setRenaming] = useState(false);
  const loadedName = useAppStore((state) => state.models.loaded?.name);
  return (
    <tr aria-current={loadedName === model.name ? 'true' : undefined}>
      <th scope="row">{renaming ? <RenameForm model={model} done={() => setRenaming(false)} /> : model.name}</th>
      <td>{model.dataset ? DATASETS[model.dataset].label : '–'}</td>
      <td>{t(`models.origin.${model.origin}`)}</td>
      <td>{t.number(model.params)}</td>
      <td>{model.testAccuracy === undefined ? '–' : t.fixed(model.testAccuracy, 4)}</td>
      <td>{new Date(model.savedAt).toLocaleString(t.locale)}</td>
      <td className="actions">
        <button type="button" onClick={() => loadSavedModel(model.id)} aria-label={t('models.useNamed', { name: model.name })}>{t('models.use')}</button>
        <button type="button" onClick={() => setRenaming(true)} aria-label={t('models.renameNamed', { name: model.name })}>{t('models.rename')}</button>
        <button type="button" onClick={() => downloadModel(model.id)} aria-label={t('models.downloadNamed', { name: model.name })}>{t('models.download')}</button>
        <button type="button" onClick={() => deleteModel(model.id)} aria-label={t('models.deleteNamed', { name: model.name })}>{t('models.delete')}</button>
      </td>
    </tr>
  );
}

/** The table "Saved models": models kept in this browser's IndexedDB, newest first. */
export function SavedModels() {
  const t = useT();
  const saved = useAppStore((state) => state.models.saved);
  if (saved.length === 0) return <p className="muted">{t('models.noneSaved')}</p>;
  return (
    <table aria-label={t('models.saved')} className="counts saved-models">
      <thead>
        <tr>
          <th scope="col">{t('models.name')}</th><th scope="col">{t('dataset.label')}</th><th scope="col">{t('models.originHeader')}</th>
          <th scope="col">{t('models.params')}</th><th scope="col">{t('models.testAccuracy')}</th><th scope="col">{t('models.savedAt')}</th>
          <th scope="col">{t('models.actions')}</th>
        </tr>
      </thead>
      <tbody>{saved.map((model) => <SavedRow key={model.id} model={model} />)}</tbody>
    </table>
  );
}
