// Add a post to a person (unit → post → dates), end an open tenure, add a residence.
import { TEXT } from '../../../../contracts/limits.js';
import { countUpTo, maxLengthRule } from '../../../lib/text-limit.js';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Form, Input, Select } from 'antd';
import { TenureHows } from '../../../../contracts/people.js';
import { DateInput } from '../../../components/date-input.js';
import { FormDialog } from '../../../components/form-dialog.js';
import { AdminUnitPicker } from '../../../components/pickers/admin-unit-picker.js';
import { UnitPicker } from '../../../components/pickers/unit-picker.js';
import { useI18n } from '../../../i18n/context.js';
import { enumOptions } from '../../../i18n/enum-options.js';
import { formatDate, today } from '../../../lib/dates.js';
import { fetchPosts, orgKeys, useTerms } from '../../../lib/api/org.js';
import { addResidence, addTenure, endTenure, peopleKeys, type TenureViewData } from '../../../lib/api/people.js';

interface TenureValues {
  unitId?: string;
  postId: string;
  termId?: string;
  startDate: string;
  endDate?: string;
  how: (typeof TenureHows)[number];
  decisionRef?: string;
}

/** Posts of the chosen unit, open at the chosen start date. */
function PostSelect(props: { id?: string; value?: string; onChange?: (v: string) => void }) {
  const { t } = useI18n();
  const form = Form.useFormInstance<TenureValues>();
  const unitId = Form.useWatch('unitId', form);
  const startDate = Form.useWatch('startDate', form) || today();
  const posts = useQuery({
    queryKey: orgKeys.posts(unitId ?? '', startDate),
    queryFn: () => fetchPosts(unitId!, startDate),
    enabled: !!unitId,
  });
  return (
    <Select
      {...props}
      loading={posts.isFetching}
      disabled={!unitId}
      placeholder={unitId ? undefined : t('people.tenure.pickUnitFirst')}
      notFoundContent={t('people.tenure.noPosts')}
      options={(posts.data?.items ?? []).map((p) => ({
        value: p.id,
        label: p.holders.length ? `${p.title} (${p.holders.map((h) => h.fullName).join(', ')})` : p.title,
      }))}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}

export function AddTenureDialog({
  personId,
  unitId,
  unitName,
  open,
  onClose,
}: {
  personId: string;
  unitId: string;
  unitName: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t, tx } = useI18n();
  const qc = useQueryClient();
  const terms = useTerms();
  const required = [{ required: true, message: t('v.required') }];
  return (
    <FormDialog<TenureValues, TenureViewData>
      open={open}
      onClose={onClose}
      title={t('people.tenure.add')}
      okText={t('action.add')}
      initialValues={{ unitId, startDate: today(), how: 'appointed' }}
      submit={({ unitId: _unit, ...v }) =>
        addTenure(personId, { ...v, termId: v.termId || null, endDate: v.endDate || null, decisionRef: v.decisionRef || null })
      }
      onDone={() => void qc.invalidateQueries({ queryKey: peopleKeys.all })}
    >
      {(form) => (
        <>
          <Form.Item name="unitId" label={t('people.field.unit')} rules={required}>
            <UnitPicker valueLabel={unitName} onChange={() => form.setFieldValue('postId', undefined)} />
          </Form.Item>
          <Form.Item name="postId" label={t('people.tenure.post')} rules={required}>
            <PostSelect />
          </Form.Item>
          <Form.Item name="how" label={t('people.tenure.how')} rules={required}>
            <Select options={enumOptions(tx, 'tenureHow', TenureHows)} />
          </Form.Item>
          <Form.Item name="startDate" label={t('people.tenure.startDate')} rules={required}>
            <DateInput />
          </Form.Item>
          <Form.Item name="endDate" label={t('people.tenure.endDate')}>
            <DateInput />
          </Form.Item>
          <Form.Item name="termId" label={t('people.tenure.term')}>
            <Select
              allowClear
              loading={terms.isPending}
              options={(terms.data?.items ?? []).map((x) => ({ value: x.id, label: `${x.name} (${tx(`termBody.${x.body}`, x.body)})` }))}
            />
          </Form.Item>
          <Form.Item rules={[maxLengthRule(t, TEXT.decisionRef)]} name="decisionRef" label={t('people.tenure.decisionRef')}>
            <Input {...countUpTo(TEXT.decisionRef)} placeholder={t('org.event.decisionRefHint')} />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}

export function EndTenureDialog({ tenure, onClose }: { tenure: TenureViewData | null; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  return (
    <FormDialog<{ endDate: string; decisionRef?: string }>
      open={!!tenure}
      onClose={onClose}
      title={tenure ? t('people.tenure.endTitle', { post: tenure.postTitle, unit: tenure.unitName }) : ''}
      okText={t('people.tenure.end')}
      initialValues={{ endDate: today() }}
      submit={(v) => endTenure(tenure!.id, { endDate: v.endDate, version: tenure!.version, decisionRef: v.decisionRef || null })}
      onDone={() => void qc.invalidateQueries({ queryKey: peopleKeys.all })}
      onReload={() => void qc.invalidateQueries({ queryKey: peopleKeys.all })}
    >
      {tenure ? <p>{t('people.tenure.endExplain', { start: formatDate(tenure.startDate) })}</p> : null}
      <Form.Item name="endDate" label={t('people.tenure.endDate')} rules={[{ required: true, message: t('v.required') }]}>
        <DateInput />
      </Form.Item>
      <Form.Item rules={[maxLengthRule(t, TEXT.decisionRef)]} name="decisionRef" label={t('people.tenure.decisionRef')}>
        <Input {...countUpTo(TEXT.decisionRef)} />
      </Form.Item>
    </FormDialog>
  );
}

export function AddResidenceDialog({ personId, open, onClose }: { personId: string; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  return (
    <FormDialog<{ adminUnitId?: string; address?: string; validFrom: string; validTo?: string }>
      open={open}
      onClose={onClose}
      title={t('people.residence.add')}
      okText={t('action.add')}
      initialValues={{ validFrom: today() }}
      submit={(v) =>
        addResidence(personId, {
          adminUnitId: v.adminUnitId || null,
          address: v.address ?? '',
          validFrom: v.validFrom,
          validTo: v.validTo || null,
        })
      }
      onDone={() => void qc.invalidateQueries({ queryKey: peopleKeys.all })}
    >
      <Form.Item name="adminUnitId" label={t('people.residence.adminUnit')}>
        <AdminUnitPicker />
      </Form.Item>
      <Form.Item rules={[maxLengthRule(t, TEXT.address)]} name="address" label={t('people.residence.address')}>
        <Input {...countUpTo(TEXT.address)} />
      </Form.Item>
      <Form.Item name="validFrom" label={t('people.residence.validFrom')} rules={[{ required: true, message: t('v.required') }]}>
        <DateInput />
      </Form.Item>
      <Form.Item name="validTo" label={t('people.residence.validTo')}>
        <DateInput />
      </Form.Item>
    </FormDialog>
  );
}
