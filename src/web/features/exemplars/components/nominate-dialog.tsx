// Nominate an exemplar: an individual or a collective (a unit), with the campaign and the achievement
// described. Opened from a commendation suggestion of the year's evaluation, the subject is fixed and
// the source is the suggestion (the server checks it is among them); otherwise the unit proposes.
import { useQueryClient } from '@tanstack/react-query';
import { Form, Input, Radio, Select, Typography } from 'antd';
import { EXEMPLAR_CAMPAIGNS } from '../../../../domain/training/index.js';
import type { ExemplarView } from '../../../../contracts/training.js';
import { TEXT } from '../../../../contracts/limits.js';
import { FormDialog } from '../../../components/form-dialog.js';
import { PersonPicker } from '../../../components/pickers/person-picker.js';
import { UnitPicker } from '../../../components/pickers/unit-picker.js';
import { useI18n } from '../../../i18n/context.js';
import { enumOptions } from '../../../i18n/enum-options.js';
import { api } from '../../../lib/api-client.js';
import { countUpTo, maxLengthRule } from '../../../lib/text-limit.js';

/** A suggestion to nominate from: the subject is fixed. */
export interface NominationPreset {
  subject: 'person' | 'collective';
  personId: string | null;
  subjectUnitId: string | null;
  name: string;
  achievement: string;
}

interface Values {
  subject: 'person' | 'collective';
  personId?: string;
  subjectUnitId?: string;
  campaign: string;
  achievement: string;
}

export function NominateDialog({
  open,
  onClose,
  year,
  preset,
}: {
  open: boolean;
  onClose: () => void;
  year: number;
  preset: NominationPreset | null;
}) {
  const { t, tx } = useI18n();
  const qc = useQueryClient();
  return (
    <FormDialog<Values, ExemplarView>
      open={open}
      onClose={onClose}
      title={t('exemplar.nominateYear', { year })}
      okText={t('exemplar.nominate')}
      successText={t('exemplar.saved')}
      initialValues={{ subject: preset?.subject ?? 'person', campaign: 'ho_chi_minh', achievement: preset?.achievement ?? '' }}
      submit={(v) =>
        api.post<ExemplarView>('/api/exemplars', {
          // A field without its input is not in the submitted values: the preset's subject is taken from it.
          subject: preset ? preset.subject : v.subject,
          personId: preset ? preset.personId : v.subject === 'person' ? (v.personId ?? null) : null,
          subjectUnitId: preset ? preset.subjectUnitId : v.subject === 'collective' ? (v.subjectUnitId ?? null) : null,
          year,
          campaign: v.campaign,
          achievement: v.achievement.trim(),
          source: preset ? 'commendation' : 'unit',
        })
      }
      onDone={() => void qc.invalidateQueries({ queryKey: ['exemplars'] })}
    >
      {preset ? (
        <Form.Item label={t(`exemplar.subject.${preset.subject}`)}>
          <Typography.Text strong>{preset.name}</Typography.Text>
          <br />
          <Typography.Text type="secondary">{t('exemplar.source.commendation')}</Typography.Text>
        </Form.Item>
      ) : (
        <>
          <Form.Item name="subject" label={t('exemplar.subject')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'person', label: t('exemplar.subject.person') },
                { value: 'collective', label: t('exemplar.subject.collective') },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle dependencies={['subject']}>
            {({ getFieldValue }) =>
              getFieldValue('subject') === 'collective' ? (
                <Form.Item name="subjectUnitId" label={t('exemplar.collective')} rules={[{ required: true, message: t('v.required') }]}>
                  <UnitPicker />
                </Form.Item>
              ) : (
                <Form.Item name="personId" label={t('exemplar.person')} rules={[{ required: true, message: t('v.required') }]}>
                  <PersonPicker />
                </Form.Item>
              )
            }
          </Form.Item>
        </>
      )}
      <Form.Item name="campaign" label={t('exemplar.campaign')} rules={[{ required: true, message: t('v.required') }]}>
        <Select options={enumOptions(tx, 'exemplar.campaign', EXEMPLAR_CAMPAIGNS)} />
      </Form.Item>
      <Form.Item
        name="achievement"
        label={t('exemplar.achievement')}
        rules={[maxLengthRule(t, TEXT.longReason), { required: true, whitespace: true, message: t('v.required') }]}
      >
        <Input.TextArea rows={3} {...countUpTo(TEXT.longReason)} />
      </Form.Item>
    </FormDialog>
  );
}
