// The appraisal (organising body) and the decision (standing committee) of one evaluation.
import { TEXT } from '../../../../contracts/limits.js';
import { countUpTo, maxLengthRule } from '../../../lib/text-limit.js';
import { Card, Checkbox, Form, Input, InputNumber, Select } from 'antd';
import type { EvaluationView, Level } from '../../../../contracts/evaluation.js';
import { InlineForm } from './inline-form.js';
import { useT } from '../../../i18n/context.js';
import { evaluationApi } from '../api/evaluation.js';
import { CriteriaInputs, cleanScores, generalCriteria, kpiCriteria } from './criteria-inputs.js';
import { LEVELS } from './labels.js';
import { useNumberFormat } from '../../../lib/numbers.js';

const levelOptions = (t: ReturnType<typeof useT>) => LEVELS.map((l) => ({ value: l, label: t(`evaluation.level.${l}`) }));

interface AppraisalValues {
  general?: Record<string, number | null>;
  kpis?: Record<string, number | null>;
  score?: number | null;
  level: Level;
  comment?: string;
  selfMissing?: boolean;
}

export function AppraisalForm({ e, onDone }: { e: EvaluationView; onDone: () => void }) {
  const t = useT();
  const nf = useNumberFormat();
  const base = e.appraisal ?? e.self;
  return (
    <Card title={t('evaluation.appraise')} style={{ marginBottom: 16 }}>
      <InlineForm<AppraisalValues>
        okText={t('evaluation.appraise')}
        initialValues={{
          general: base.general ?? {},
          kpis: base.kpis ?? {},
          score: base.score,
          level: e.appraisal?.level ?? e.gate?.level ?? e.self.level ?? undefined,
          comment: e.appraisal?.comment ?? '',
          selfMissing: false,
        }}
        submit={(v) =>
          evaluationApi.appraise(e.id, {
            version: e.version,
            general: cleanScores(v.general),
            kpis: cleanScores(v.kpis),
            score: v.score ?? undefined,
            level: v.level,
            comment: v.comment ?? '',
            selfMissing: !!v.selfMissing,
          })
        }
        onDone={onDone}
      >
        <CriteriaInputs criteria={generalCriteria(e)} prefix="general" />
        <CriteriaInputs criteria={kpiCriteria(e)} prefix="kpis" />
        <Form.Item name="score" label={t('evaluation.score')}>
          <InputNumber<number> min={0} max={100} step={0.5} decimalSeparator={nf.decimalSeparator} aria-label={t('evaluation.score')} />
        </Form.Item>
        <Form.Item name="level" label={t('evaluation.level')} rules={[{ required: true, message: t('v.required') }]}>
          <Select<Level> aria-label={t('evaluation.level')} style={{ maxWidth: 320 }} options={levelOptions(t)} />
        </Form.Item>
        <Form.Item rules={[maxLengthRule(t, TEXT.description)]} name="comment" label={t('evaluation.comment')}>
          <Input.TextArea rows={3} {...countUpTo(TEXT.description)} />
        </Form.Item>
        {!e.self.submitted ? (
          <Form.Item name="selfMissing" valuePropName="checked">
            <Checkbox>{t('evaluation.appraise.selfMissing')}</Checkbox>
          </Form.Item>
        ) : null}
      </InlineForm>
    </Card>
  );
}

interface DecisionValues {
  score: number;
  level: Level;
  reason?: string;
}

export function DecisionForm({ e, onDone }: { e: EvaluationView; onDone: () => void }) {
  const t = useT();
  const nf = useNumberFormat();
  const base = e.decision ?? e.appraisal;
  return (
    <Card title={t('evaluation.decide')} style={{ marginBottom: 16 }}>
      <InlineForm<DecisionValues>
        okText={t('evaluation.decideSet')}
        initialValues={{ score: base?.score ?? undefined, level: base?.level ?? undefined }}
        submit={(v) =>
          evaluationApi.decide(e.id, { version: e.version, score: v.score, level: v.level, reason: v.reason?.trim() || undefined })
        }
        onDone={onDone}
      >
        <Form.Item name="level" label={t('evaluation.level')} rules={[{ required: true, message: t('v.required') }]}>
          <Select<Level> aria-label={t('evaluation.level')} style={{ maxWidth: 320 }} options={levelOptions(t)} />
        </Form.Item>
        <Form.Item name="score" label={t('evaluation.score')} rules={[{ required: true, message: t('v.required') }]}>
          <InputNumber<number> min={0} max={100} step={0.5} decimalSeparator={nf.decimalSeparator} aria-label={t('evaluation.score')} />
        </Form.Item>
        <Form.Item rules={[maxLengthRule(t, TEXT.longReason)]} name="reason" label={t('evaluation.decide.reason')}>
          <Input.TextArea rows={3} {...countUpTo(TEXT.longReason)} />
        </Form.Item>
      </InlineForm>
    </Card>
  );
}
