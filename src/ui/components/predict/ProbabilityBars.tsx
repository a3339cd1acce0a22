import { useT } from '../../i18n/use-t';

/** The classes ranked by probability, most likely first, at most `limit` of them. */
export function rankClasses(probabilities: readonly number[], limit: number): { label: number; probability: number }[] {
  return probabilities
    .map((probability, label) => ({ label, probability }))
    .sort((a, b) => b.probability - a.probability)
    .slice(0, limit);
}

/**
 * A table of class probabilities drawn as bars: every class in class order, or the
 * `top` most likely ones in rank order.
 */
export function ProbabilityBars({ probabilities, labels, top, label }: {
  probabilities: readonly number[];
  labels: readonly string[];
  top?: number;
  label: string;
}) {
  const t = useT();
  const rows = top === undefined ? probabilities.map((probability, index) => ({ label: index, probability })) : rankClasses(probabilities, top);
  const best = rankClasses(probabilities, 1)[0]?.label;
  return (
    <table aria-label={label} className="bars">
      <tbody>
        {rows.map((row) => (
          <tr key={row.label} className={row.label === best ? 'best' : undefined}>
            <th scope="row">{labels[row.label] ?? String(row.label)}</th>
            <td className="bar-cell" aria-hidden="true">
              <span className="bar" style={{ width: `${(100 * row.probability).toFixed(1)}%` }} />
            </td>
            <td>{t.percent(row.probability, 1)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
