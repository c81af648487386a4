// Add an indicator of the year (from the common suggestions or a new code), edit its target,
// record an actual value at the end of a period.
import { TEXT } from '../../../../contracts/limits.js';
import { countUpTo, maxLengthRule } from '../../../lib/text-limit.js';
import { useQueryClient } from '@tanstack/react-query';
import { AutoComplete, Form, Input, InputNumber, Radio } from 'antd';
import { IndicatorSuggestions } from '../../../../contracts/indicators.js';
import { DateInput } from '../../../components/date-input.js';
import { FormDialog } from '../../../components/form-dialog.js';
import { useI18n } from '../../../i18n/context.js';
import { today } from '../../../lib/dates.js';
import { createIndicator, indicatorKeys, recordActual, updateIndicator, type IndicatorView } from '../api/indicators.js';

interface CreateValues {
  code: string;
  name: string;
  measure: string;
  target: number;
  direction: 'increase' | 'decrease';
}

function useDirectionOptions() {
  const { t } = useI18n();
  return [
    { value: 'increase', label: t('indicators.direction.increase') },
    { value: 'decrease', label: t('indicators.direction.decrease') },
  ];
}

export function CreateIndicatorDialog({
  unitId,
  year,
  open,
  onClose,
  taken,
}: {
  unitId: string;
  year: number;
  open: boolean;
  onClose: () => void;
  taken: string[];
}) {
  const { t, language } = useI18n();
  const qc = useQueryClient();
  const directions = useDirectionOptions();
  const suggestions = IndicatorSuggestions.filter((s) => !taken.includes(s.code));
  return (
    <FormDialog<CreateValues, IndicatorView>
      open={open}
      onClose={onClose}
      title={t('indicators.add', { year })}
      okText={t('action.add')}
      initialValues={{ direction: 'increase', measure: '' }}
      submit={(v) => createIndicator({ unitId, year, ...v, measure: v.measure ?? '' })}
      onDone={() => void qc.invalidateQueries({ queryKey: indicatorKeys.all })}
    >
      {(form) => (
        <>
          <Form.Item
            name="code"
            label={t('indicators.code')}
            extra={t('indicators.codeHelp')}
            rules={[{ required: true, message: t('v.required') }]}
          >
            <AutoComplete
              options={suggestions.map((s) => ({ value: s.code, label: `${language === 'vi' ? s.nameVi : s.nameEn} (${s.code})` }))}
              onSelect={(code: string) => {
                const s = IndicatorSuggestions.find((x) => x.code === code);
                if (s) form.setFieldsValue({ name: language === 'vi' ? s.nameVi : s.nameEn, measure: s.measure, direction: s.direction });
              }}
              showSearch={{
                filterOption: (input, option) =>
                  String(option?.label ?? '')
                    .toLowerCase()
                    .includes(input.toLowerCase()),
              }}
            />
          </Form.Item>
          <IndicatorFields directions={directions} />
        </>
      )}
    </FormDialog>
  );
}

function IndicatorFields({ directions }: { directions: { value: string; label: string }[] }) {
  const { t } = useI18n();
  return (
    <>
      <Form.Item
        name="name"
        label={t('indicators.name')}
        rules={[maxLengthRule(t, TEXT.name), { required: true, whitespace: true, message: t('v.required') }]}
      >
        <Input {...countUpTo(TEXT.name)} />
      </Form.Item>
      <Form.Item rules={[maxLengthRule(t, TEXT.measure)]} name="measure" label={t('indicators.measure')}>
        <Input {...countUpTo(TEXT.measure)} style={{ maxWidth: 200 }} />
      </Form.Item>
      <Form.Item name="target" label={t('indicators.target')} rules={[{ required: true, message: t('v.required') }]}>
        <InputNumber style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="direction" label={t('indicators.direction')}>
        <Radio.Group options={directions} />
      </Form.Item>
    </>
  );
}

export function EditIndicatorDialog({ indicator, onClose }: { indicator: IndicatorView | null; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const directions = useDirectionOptions();
  return (
    <FormDialog<Omit<CreateValues, 'code'>, IndicatorView>
      open={!!indicator}
      onClose={onClose}
      onReload={() => void qc.invalidateQueries({ queryKey: indicatorKeys.all })}
      title={t('indicators.edit', { name: indicator?.name ?? '' })}
      initialValues={
        indicator
          ? { name: indicator.name, measure: indicator.measure, target: indicator.target, direction: indicator.direction }
          : undefined
      }
      submit={(v) => updateIndicator(indicator!.id, { version: indicator!.version, ...v, measure: v.measure ?? '' })}
      onDone={() => void qc.invalidateQueries({ queryKey: indicatorKeys.all })}
    >
      <IndicatorFields directions={directions} />
    </FormDialog>
  );
}

export function RecordActualDialog({ indicator, onClose }: { indicator: IndicatorView | null; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  return (
    <FormDialog<{ periodEnd: string; value: number; note: string }, IndicatorView>
      open={!!indicator}
      onClose={onClose}
      title={t('indicators.record', { name: indicator?.name ?? '' })}
      initialValues={{ periodEnd: today(), note: '' }}
      submit={(v) => recordActual(indicator!.id, { periodEnd: v.periodEnd, value: v.value, note: v.note?.trim() ?? '' })}
      onDone={() => void qc.invalidateQueries({ queryKey: indicatorKeys.all })}
    >
      <Form.Item
        name="periodEnd"
        label={t('indicators.periodEnd')}
        extra={t('indicators.periodEndHelp')}
        rules={[{ required: true, message: t('v.required') }]}
      >
        <DateInput allowClear={false} />
      </Form.Item>
      <Form.Item
        name="value"
        label={t('indicators.value', { measure: indicator?.measure ?? '' })}
        rules={[{ required: true, message: t('v.required') }]}
      >
        <InputNumber style={{ width: 200 }} />
      </Form.Item>
      <Form.Item rules={[maxLengthRule(t, TEXT.note)]} name="note" label={t('indicators.note')}>
        <Input.TextArea rows={2} {...countUpTo(TEXT.note)} />
      </Form.Item>
    </FormDialog>
  );
}
