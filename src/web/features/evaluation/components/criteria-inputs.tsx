// Inputs for the general criteria (and the manual/KPI results items), each bounded by its maximum.
import { Form, InputNumber, Typography } from 'antd';
import type { EvaluationView } from '../../../../contracts/evaluation.js';
import { useT } from '../../../i18n/context.js';
import { useNumberFormat } from '../../../lib/numbers.js';

type Criterion = EvaluationView['criteriaSet']['criteria'][number];

/** The general criteria entered by hand: a criterion that takes its points from the assessed annual commitment is not (QĐ 366 Điều 6). */
export const generalCriteria = (e: EvaluationView): Criterion[] =>
  e.criteriaSet.criteria.filter((c) => c.part === 'general' && !e.results.items.some((i) => i.code === c.code && i.basis === 'commitment'));
export const kpiCriteria = (e: EvaluationView): Criterion[] =>
  e.criteriaSet.criteria.filter((c) => c.part === 'results' && (c.source === 'kpi' || c.source === 'manual'));

/** Form fields named [prefix, code]; disabled when the step may not be edited. */
export function CriteriaInputs({ criteria, prefix, disabled }: { criteria: Criterion[]; prefix: 'general' | 'kpis'; disabled?: boolean }) {
  const t = useT();
  const nf = useNumberFormat();
  if (criteria.length === 0) return null;
  return (
    <>
      <Typography.Title level={4} style={{ fontSize: 16 }}>
        {t(prefix === 'general' ? 'evaluation.general' : 'evaluation.kpis')}
      </Typography.Title>
      {criteria.map((c) => (
        <Form.Item
          key={c.code}
          name={[prefix, c.code]}
          label={`${c.title} (${t('evaluation.general.max', { max: c.maxPoints })})`}
          rules={[{ type: 'number', min: 0, max: c.maxPoints, message: t('evaluation.range', { max: c.maxPoints }) }]}
        >
          <InputNumber<number>
            min={0}
            max={c.maxPoints}
            step={0.25}
            decimalSeparator={nf.decimalSeparator}
            disabled={disabled}
            aria-label={c.title}
            style={{ width: 140 }}
          />
        </Form.Item>
      ))}
    </>
  );
}

/** Drops empty inputs: the server counts only the criteria given. */
export function cleanScores(v: Record<string, number | null | undefined> | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, n] of Object.entries(v ?? {})) if (typeof n === 'number') out[k] = n;
  return out;
}
