// A select of the configured cadre groups: the user picks a name, the form keeps the code.
import { Select } from 'antd';
import { useCadreGroups } from '../../lib/api/cadre-groups.js';

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
}

export function CadreGroupSelect({ id, value, onChange, placeholder }: Props) {
  const groups = useCadreGroups();
  const items = groups.data?.items ?? [];
  const options = items.filter((g) => !g.isCollective).map((g) => ({ value: g.code, label: g.name }));
  // A value no longer configured still shows (by its code) rather than vanish from the form.
  if (value && !items.some((g) => g.code === value)) options.push({ value, label: value });
  return (
    <Select
      id={id}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={groups.isLoading}
      value={value ?? undefined}
      placeholder={placeholder}
      onChange={(v: string | undefined) => onChange?.(v ?? undefined)}
      options={options}
      // Long names wrap inside the list instead of widening it past a phone's edge.
      optionRender={(o) => <span style={{ whiteSpace: 'normal' }}>{o.label}</span>}
      // Wrapped names have uneven heights: a plain list (a few dozen options at most) scrolls right.
      virtual={false}
    />
  );
}
