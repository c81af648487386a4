// Opening a period late: warns when a step deadline (typed, or the regulation's default) has already
// passed, proposes fresh ones from today keeping the step lengths, and otherwise asks the user to
// confirm they are recording a period already run (the server refuses passed deadlines without it).
import { Alert, Button, Checkbox, Form, Space } from 'antd';
import { type Deadlines, defaultDeadlines, freshDeadlines, periodBounds } from '../../../../domain/evaluation/index.js';
import { useT } from '../../../i18n/context.js';
import { formatDate, today } from '../../../lib/dates.js';

type Step = keyof Deadlines;
const STEPS: readonly Step[] = ['selfDue', 'appraisalDue', 'decisionDue'];

interface Watched {
  kind?: 'month' | 'quarter' | 'year';
  year?: number;
  number?: number;
  side?: 'party' | 'civil_servant';
  selfDue?: string | null;
  appraisalDue?: string | null;
  decisionDue?: string | null;
}

/** The deadlines the server would use (typed ones over the defaults) and the period end, or null while the form is incomplete. */
function effective(v: Watched): { end: string; d: Deadlines } | null {
  if (!v.kind || !v.year) return null;
  try {
    const bounds = periodBounds(v.kind, v.year, v.kind === 'year' ? 0 : (v.number ?? 0));
    const d = defaultDeadlines(bounds, v.side ?? 'party');
    return {
      end: bounds.to,
      d: { selfDue: v.selfDue || d.selfDue, appraisalDue: v.appraisalDue || d.appraisalDue, decisionDue: v.decisionDue || d.decisionDue },
    };
  } catch {
    return null;
  }
}

export function PeriodDeadlineCheck() {
  const t = useT();
  const form = Form.useFormInstance();
  const values = Form.useWatch<Watched | undefined>([], form);
  const now = today();
  const e = values ? effective(values) : null;
  if (!e) return null;
  const passed = STEPS.filter((s) => e.d[s] < now);
  if (passed.length === 0) return null;
  const fresh = freshDeadlines(e.end, e.d, now);
  const label = (s: Step) => `${t(`evaluation.form.${s}`)} ${formatDate(e.d[s])}`;
  return (
    <>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('evaluation.form.passed', { steps: passed.map(label).join('; '), today: formatDate(now) })}
        description={
          fresh && (
            <Space direction="vertical">
              <span>
                {t('evaluation.form.proposed', {
                  self: formatDate(fresh.selfDue),
                  appraisal: formatDate(fresh.appraisalDue),
                  decision: formatDate(fresh.decisionDue),
                })}
              </span>
              <Button onClick={() => form.setFieldsValue({ ...fresh, pastDeadlinesConfirmed: false })}>
                {t('evaluation.form.useProposed')}
              </Button>
            </Space>
          )
        }
      />
      <Form.Item
        name="pastDeadlinesConfirmed"
        valuePropName="checked"
        rules={[{ validator: (_, v?: boolean) => (v ? Promise.resolve() : Promise.reject(new Error(t('evaluation.form.pastRequired')))) }]}
      >
        <Checkbox>{t('evaluation.form.pastConfirm')}</Checkbox>
      </Form.Item>
    </>
  );
}
