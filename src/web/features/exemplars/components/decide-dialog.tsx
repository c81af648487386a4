// The decision on a nomination, recorded by the organising body (never on its own nomination, never
// as its subject): recognised (level, decision number and date; the campaign is the nomination's) or
// declined with the reason.
import { useQueryClient } from '@tanstack/react-query';
import { Descriptions, Form, Input, Radio, Select } from 'antd';
import { RECOGNITION_LEVELS } from '../../../../domain/training/index.js';
import type { ExemplarView } from '../../../../contracts/training.js';
import { TEXT } from '../../../../contracts/limits.js';
import { DateInput } from '../../../components/date-input.js';
import { FormDialog } from '../../../components/form-dialog.js';
import { useI18n } from '../../../i18n/context.js';
import { enumOptions } from '../../../i18n/enum-options.js';
import { api } from '../../../lib/api-client.js';
import { today } from '../../../lib/dates.js';
import { countUpTo, maxLengthRule } from '../../../lib/text-limit.js';

interface Values {
  outcome: 'recognise' | 'decline';
  level: string;
  decisionRef: string;
  decisionDate: string;
  reason: string;
}

export function DecideDialog({ nomination, onClose }: { nomination: ExemplarView | null; onClose: () => void }) {
  const { t, tx } = useI18n();
  const qc = useQueryClient();
  const n = nomination;
  return (
    <FormDialog<Values, ExemplarView>
      open={!!n}
      onClose={onClose}
      title={t('exemplar.decide')}
      okText={t('exemplar.saveDecision')}
      successText={t('exemplar.saved')}
      initialValues={{ outcome: 'recognise', level: 'commune', decisionDate: today() }}
      submit={(v) =>
        v.outcome === 'recognise'
          ? api.post<ExemplarView>(`/api/exemplars/${n!.id}/recognise`, {
              level: v.level,
              decisionRef: v.decisionRef.trim(),
              decisionDate: v.decisionDate,
              version: n!.version,
            })
          : api.post<ExemplarView>(`/api/exemplars/${n!.id}/decline`, { reason: v.reason.trim(), version: n!.version })
      }
      onDone={() => void qc.invalidateQueries({ queryKey: ['exemplars'] })}
      onReload={() => void qc.invalidateQueries({ queryKey: ['exemplars'] })}
    >
      {n ? (
        <Descriptions
          size="small"
          column={1}
          style={{ marginBottom: 16 }}
          items={[
            { key: 'n', label: t(`exemplar.subject.${n.subject}`), children: n.name },
            { key: 'y', label: t('exemplar.year'), children: n.year },
            { key: 'c', label: t('exemplar.campaign'), children: tx(`exemplar.campaign.${n.campaign}`, n.campaign) },
            { key: 'a', label: t('exemplar.achievement'), children: n.achievement },
          ]}
        />
      ) : null}
      <Form.Item name="outcome" label={t('exemplar.outcome')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'recognise', label: t('exemplar.outcome.recognise') },
            { value: 'decline', label: t('exemplar.outcome.decline') },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['outcome']}>
        {({ getFieldValue }) =>
          getFieldValue('outcome') === 'decline' ? (
            <Form.Item
              name="reason"
              label={t('exemplar.declineReason')}
              rules={[maxLengthRule(t, TEXT.longReason), { required: true, whitespace: true, message: t('v.required') }]}
            >
              <Input.TextArea rows={3} {...countUpTo(TEXT.longReason)} />
            </Form.Item>
          ) : (
            <>
              <Form.Item name="level" label={t('exemplar.level')} rules={[{ required: true, message: t('v.required') }]}>
                <Select options={enumOptions(tx, 'exemplar.level', RECOGNITION_LEVELS)} />
              </Form.Item>
              <Form.Item
                name="decisionRef"
                label={t('exemplar.decisionRef')}
                rules={[maxLengthRule(t, TEXT.decisionRef), { required: true, whitespace: true, message: t('v.required') }]}
              >
                <Input {...countUpTo(TEXT.decisionRef)} style={{ maxWidth: 240 }} />
              </Form.Item>
              <Form.Item name="decisionDate" label={t('exemplar.decisionDate')} rules={[{ required: true, message: t('v.required') }]}>
                <DateInput max={today()} />
              </Form.Item>
            </>
          )
        }
      </Form.Item>
    </FormDialog>
  );
}
