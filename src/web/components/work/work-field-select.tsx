// Choose a field of work (lĩnh vực) from the reference list.
import { Select } from 'antd';
import { useT } from '../../i18n/context.js';
import { useWorkFields } from '../../lib/work/work-api.js';

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  style?: React.CSSProperties;
  'aria-label'?: string;
}

export function WorkFieldSelect({ value, onChange, placeholder, style, ...rest }: Props) {
  const t = useT();
  const fields = useWorkFields();
  return (
    <Select
      {...rest}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={fields.isPending}
      value={value ?? undefined}
      onChange={(v?: string) => onChange?.(v ?? null)}
      placeholder={placeholder ?? t('work.field.pick')}
      options={(fields.data?.items ?? []).map((f) => ({ value: f.code, label: f.name }))}
      style={{ width: '100%', ...style }}
    />
  );
}

/** The name of a field code, once the list is loaded. */
export function useFieldName(): (code: string | null | undefined) => string {
  const fields = useWorkFields();
  return (code) => (code ? (fields.data?.items.find((f) => f.code === code)?.name ?? code) : '');
}
