import { useEffect, useState } from 'react';
import { DATASETS } from '../../../core/datasets/catalog';
import type { ModelInfo } from '../../../core/model-protocol';
import { useT } from '../../i18n/use-t';
import { downloadModel, evaluateActiveModel, listModels, saveModel } from '../../state/model-actions';
import { useAppStore } from '../../state/store';
import { useRunModelExists } from '../predict/ModelChoice';
import { TestMetrics } from '../TestMetrics';
import { ImportModel } from './ImportModel';
import { SavedModels } from './SavedModels';

function LoadedModelLine({ info }: { info: ModelInfo }) {
  const t = useT();
  const shape = info.inputShape.map((side) => (side === null ? '?' : String(side))).join(' × ');
  return (
    <p className="small">
      {t('models.loadedLine', {
        name: info.name, origin: t(`models.origin.${info.origin}`), shape, classes: info.classCount, params: t.number(info.params),
        seconds: t.fixed(info.loadMs / 1000, 1),
      })}
    </p>
  );
}

function SaveForm({ disabled }: { disabled: boolean }) {
  const t = useT();
  const suggested = useAppStore((state) => (state.models.active === 'loaded' ? state.models.loaded?.name : state.run?.settings.network.name)) ?? '';
  const [name, setName] = useState('');
  const value = name || suggested;
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim()) saveModel(value);
      }}
    >
      <label>
        {t('models.nameField')}
        <input value={value} maxLength={80} onChange={(event) => setName(event.target.value)} />
      </label>
      <button type="submit" disabled={disabled || !value.trim()}>{t('models.save')}</button>
    </form>
  );
}

function Evaluation() {
  const t = useT();
  const evaluation = useAppStore((state) => state.models.evaluation);
  if (!evaluation) return null;
  return (
    <section aria-label={t('models.evaluationRegion')}>
      <p className="small">
        {t('models.evaluated', { count: t.number(evaluation.count), dataset: DATASETS[evaluation.dataset].label, seconds: t.fixed(evaluation.elapsedMs / 1000, 1) })}
      </p>
      <TestMetrics test={evaluation.test} dataset={evaluation.dataset} />
    </section>
  );
}

/** "Models": save, import, download and evaluate models; the saved ones listed from IndexedDB. */
export function ModelsPanel() {
  const t = useT();
  const models = useAppStore((state) => state.models);
  const datasetLoaded = useAppStore((state) => state.load.status === 'loaded');
  const runExists = useRunModelExists();
  const hasModel = models.active === 'run' ? runExists : models.loaded !== undefined;
  const justSaved = models.saved.find((model) => model.id === models.justSaved);
  useEffect(listModels, []);
  return (
    <section aria-labelledby="models-heading" className="panel models">
      <h2 id="models-heading">{t('models.title')}</h2>
      {models.loaded && <LoadedModelLine info={models.loaded} />}
      {models.pending.load !== undefined && <p className="muted small">{t('models.importing')}</p>}
      {models.failure && <div role="alert" className="alert">{t(`models.failed.${models.failure.operation}`)} {models.failure.message}</div>}
      {justSaved && <p role="status" className="small">{t('models.savedAs', { name: justSaved.name })}</p>}
      <div className="model-actions">
        <ImportModel />
        <SaveForm disabled={!hasModel || models.pending.save !== undefined} />
        <button type="button" disabled={!hasModel} onClick={() => downloadModel()}>{t('models.downloadActive')}</button>
        <button type="button" disabled={!hasModel || !datasetLoaded || models.pending.evaluate !== undefined} onClick={evaluateActiveModel}>
          {models.pending.evaluate !== undefined ? t('models.evaluating') : t('models.evaluate')}
        </button>
      </div>
      <Evaluation />
      <h3>{t('models.saved')}</h3>
      <SavedModels />
    </section>
  );
}
