// Assign a responsibility (a field of work or an area, for a term) and end one.
import { TEXT } from '../../../contracts/limits.js';
import { countUpTo, maxLengthRule } from '../../lib/text-limit.js';
import { useQueryClient } from '@tanstack/react-query';
import { Form, Input, Radio, Select } from 'antd';
import { DateInput } from '../date-input.js';
import { FormDialog } from '../form-dialog.js';
import { UnitPicker } from '../pickers/unit-picker.js';
import { useI18n } from '../../i18n/context.js';
import { today } from '../../lib/dates.js';
import { useTerms } from '../../lib/api/org.js';
import { WorkFieldSelect } from '../work/work-field-select.js';
import { WorkPersonPicker } from '../work/work-person-picker.js';
import { createResponsibility, responsibilityKeys, updateResponsibility, type ResponsibilityView } from '../../lib/api/responsibilities.js';

interface Values {
  personId?: string;
  unitId?: string;
  kind: 'field' | 'area';
  fieldCode?: string | null;
  areaUnitId?: string | null;
  termId?: string | null;
  validFrom: string;
  validTo?: string | null;
  note: string;
}

interface AddProps {
  open: boolean;
  onClose: () => void;
  /** Fixed person (person page) or fixed unit (unit panel); the other is chosen in the form. */
  person?: { id: string; fullName: string; unitId: string; unitName: string };
  unit?: { id: string; name: string };
}

export function AddResponsibilityDialog({ open, onClose, person, unit }: AddProps) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const terms = useTerms();
  const required = [{ required: true, message: t('v.required') }];
  return (
    <FormDialog<Values, ResponsibilityView>
      open={open}
      onClose={onClose}
      title={t('resp.add')}
      okText={t('action.add')}
      initialValues={{ personId: person?.id, unitId: unit?.id ?? person?.unitId, kind: 'field', validFrom: today(), note: '' }}
      submit={(v) =>
        createResponsibility({
          personId: person?.id ?? v.personId ?? '',
          unitId: v.unitId ?? '',
          termId: v.termId || null,
          fieldCode: v.kind === 'field' ? (v.fieldCode ?? null) : null,
          areaUnitId: v.kind === 'area' ? (v.areaUnitId ?? null) : null,
          note: v.note?.trim() ?? '',
          validFrom: v.validFrom,
          validTo: v.validTo || null,
        })
      }
      onDone={() => void qc.invalidateQueries({ queryKey: responsibilityKeys.all })}
    >
      {(form) => (
        <>
          {person ? null : (
            <Form.Item name="personId" label={t('resp.person')} rules={required}>
              <WorkPersonPicker unitId={unit?.id} />
            </Form.Item>
          )}
          <Form.Item name="unitId" label={t('resp.unit')} extra={t('resp.unitHelp')} rules={required}>
            <UnitPicker valueLabel={unit?.name ?? person?.unitName} />
          </Form.Item>
          <Form.Item name="kind" label={t('resp.kind')}>
            <Radio.Group
              options={[
                { value: 'field', label: t('resp.kind.field') },
                { value: 'area', label: t('resp.kind.area') },
              ]}
              onChange={() => form.setFieldsValue({ fieldCode: null, areaUnitId: null })}
            />
          </Form.Item>
          <Form.Item noStyle dependencies={['kind']}>
            {({ getFieldValue }) =>
              getFieldValue('kind') === 'area' ? (
                <Form.Item name="areaUnitId" label={t('resp.area')} extra={t('resp.areaHelp')} rules={required}>
                  <UnitPicker />
                </Form.Item>
              ) : (
                <Form.Item name="fieldCode" label={t('resp.field')} rules={required}>
                  <WorkFieldSelect />
                </Form.Item>
              )
            }
          </Form.Item>
          <Form.Item name="termId" label={t('resp.term')}>
            <Select allowClear loading={terms.isPending} options={(terms.data?.items ?? []).map((x) => ({ value: x.id, label: x.name }))} />
          </Form.Item>
          <Form.Item name="validFrom" label={t('resp.validFrom')} rules={required}>
            <DateInput allowClear={false} />
          </Form.Item>
          <Form.Item name="validTo" label={t('resp.validTo')} extra={t('resp.validToHelp')}>
            <DateInput />
          </Form.Item>
          <Form.Item rules={[maxLengthRule(t, TEXT.note)]} name="note" label={t('resp.note')}>
            <Input {...countUpTo(TEXT.note)} />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}

export function EndResponsibilityDialog({ item, onClose }: { item: ResponsibilityView | null; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  return (
    <FormDialog<{ validTo: string; note: string }, ResponsibilityView>
      open={!!item}
      onClose={onClose}
      onReload={() => void qc.invalidateQueries({ queryKey: responsibilityKeys.all })}
      title={t('resp.end')}
      initialValues={{ validTo: today(), note: item?.note ?? '' }}
      submit={(v) => updateResponsibility(item!.id, { version: item!.version, validTo: v.validTo, note: v.note?.trim() ?? '' })}
      onDone={() => void qc.invalidateQueries({ queryKey: responsibilityKeys.all })}
    >
      <Form.Item
        name="validTo"
        label={t('resp.validTo')}
        extra={t('resp.validToHelp')}
        rules={[{ required: true, message: t('v.required') }]}
      >
        <DateInput allowClear={false} />
      </Form.Item>
      <Form.Item rules={[maxLengthRule(t, TEXT.note)]} name="note" label={t('resp.note')}>
        <Input {...countUpTo(TEXT.note)} />
      </Form.Item>
    </FormDialog>
  );
}
