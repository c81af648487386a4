// "Mở kỳ đánh giá": unit, kind, year, quarter I–III (Q4 folds into the year) or month, deadlines.
import { Form, InputNumber, Radio, Select, Typography } from 'antd';
import type { JobAccepted } from '../../../../contracts/evaluation.js';
import { DateInput } from '../../../components/date-input.js';
import { FormDialog } from '../../../components/form-dialog.js';
import { UnitPicker } from '../../../components/pickers/unit-picker.js';
import { useT } from '../../../i18n/context.js';
import { today } from '../../../lib/dates.js';
import { evaluationApi } from '../api/evaluation.js';
import { PeriodDeadlineCheck } from './period-deadline-check.js';

interface Values {
  unitId: string;
  kind: 'month' | 'quarter' | 'year';
  year: number;
  number?: number;
  side: 'party' | 'civil_servant';
  selfDue?: string | null;
  appraisalDue?: string | null;
  decisionDue?: string | null;
  pastDeadlinesConfirmed?: boolean;
}

interface Props {
  open: boolean;
  onClose: () => void;
  onStarted: (accepted: JobAccepted) => void;
}

export function OpenPeriodDialog({ open, onClose, onStarted }: Props) {
  const t = useT();
  const year = Number(today().slice(0, 4));
  return (
    <FormDialog<Values, JobAccepted>
      open={open}
      title={t('evaluation.open')}
      onClose={onClose}
      okText={t('evaluation.open')}
      successText={null}
      initialValues={{ kind: 'quarter', year, number: 1, side: 'party' }}
      submit={(v) =>
        evaluationApi.openPeriod({
          unitId: v.unitId,
          kind: v.kind,
          year: v.year,
          number: v.kind === 'year' ? 0 : (v.number ?? 0),
          side: v.side,
          selfDue: v.selfDue ?? undefined,
          appraisalDue: v.appraisalDue ?? undefined,
          decisionDue: v.decisionDue ?? undefined,
          pastDeadlinesConfirmed: v.pastDeadlinesConfirmed === true,
        })
      }
      onDone={(r) => onStarted(r)}
    >
      <Form.Item name="unitId" label={t('evaluation.form.unit')} rules={[{ required: true, message: t('v.required') }]}>
        <UnitPicker aria-label={t('evaluation.form.unit')} />
      </Form.Item>
      <Form.Item name="kind" label={t('evaluation.kind')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={(['month', 'quarter', 'year'] as const).map((k) => ({ value: k, label: t(`evaluation.kind.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="year" label={t('evaluation.form.year')} rules={[{ required: true, message: t('v.required') }]}>
        <InputNumber min={2000} max={2100} aria-label={t('evaluation.form.year')} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.kind !== b.kind}>
        {({ getFieldValue }) => {
          const kind = getFieldValue('kind') as Values['kind'];
          if (kind === 'year') return null;
          if (kind === 'quarter')
            return (
              <Form.Item
                name="number"
                label={t('evaluation.form.quarter')}
                extra={t('evaluation.form.quarterHelp')}
                rules={[{ required: true, message: t('v.required') }]}
              >
                <Select
                  aria-label={t('evaluation.form.quarter')}
                  style={{ maxWidth: 120 }}
                  options={[1, 2, 3].map((n) => ({ value: n, label: ['I', 'II', 'III'][n - 1] }))}
                />
              </Form.Item>
            );
          return (
            <Form.Item name="number" label={t('evaluation.form.month')} rules={[{ required: true, message: t('v.required') }]}>
              <InputNumber min={1} max={12} aria-label={t('evaluation.form.month')} />
            </Form.Item>
          );
        }}
      </Form.Item>
      <Form.Item name="side" label={t('evaluation.form.side')}>
        <Radio.Group options={(['party', 'civil_servant'] as const).map((s) => ({ value: s, label: t(`evaluation.form.side.${s}`) }))} />
      </Form.Item>
      <Typography.Paragraph type="secondary">{t('evaluation.form.deadlinesHelp')}</Typography.Paragraph>
      <Form.Item name="selfDue" label={t('evaluation.form.selfDue')}>
        <DateInput aria-label={t('evaluation.form.selfDue')} />
      </Form.Item>
      <Form.Item name="appraisalDue" label={t('evaluation.form.appraisalDue')}>
        <DateInput aria-label={t('evaluation.form.appraisalDue')} />
      </Form.Item>
      <Form.Item name="decisionDue" label={t('evaluation.form.decisionDue')}>
        <DateInput aria-label={t('evaluation.form.decisionDue')} />
      </Form.Item>
      <PeriodDeadlineCheck />
    </FormDialog>
  );
}
