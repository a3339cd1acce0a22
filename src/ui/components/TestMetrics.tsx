import type { DatasetId } from '../../core/datasets/catalog';
import { DATASETS } from '../../core/datasets/catalog';
import type { ClassificationMetrics } from '../../core/metrics/classification';
import { classificationReport } from '../../core/metrics/report';
import { useT } from '../i18n/use-t';
import { classLabels, localName } from './class-labels';
import { TestConfusionMatrix } from './TestConfusionMatrix';

/** The table "Test metrics" (the coursework's scores), the classification report and the test confusion matrix. */
export function TestMetrics({ test, dataset }: { test: ClassificationMetrics & { readonly loss: number }; dataset: DatasetId }) {
  const t = useT();
  const fixed = (value: number): string => t.fixed(value, 4);
  const classNames = DATASETS[dataset].classNames.map((name) => localName(name, t.language));
  return (
    <div className="test-results">
      <table aria-label={t('results.test')} className="counts">
        <thead>
          <tr>
            <th scope="col">{t('results.accuracy')}</th><th scope="col">{t('results.precisionWeighted')}</th><th scope="col">{t('results.recallWeighted')}</th>
            <th scope="col">{t('results.f1Weighted')}</th><th scope="col">{t('results.f1Macro')}</th><th scope="col">{t('results.loss')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>{fixed(test.accuracy)}</td><td>{fixed(test.weighted.precision)}</td><td>{fixed(test.weighted.recall)}</td>
            <td>{fixed(test.weighted.f1)}</td><td>{fixed(test.macro.f1)}</td><td>{fixed(test.loss)}</td>
          </tr>
        </tbody>
      </table>
      <pre aria-label={t('results.report')} className="report">{classificationReport(test, classNames)}</pre>
      <TestConfusionMatrix matrix={test.confusion} classNames={classLabels(dataset, t.language)} />
    </div>
  );
}
