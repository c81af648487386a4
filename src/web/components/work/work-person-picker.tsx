// Choose one person, or several, of a unit by name. Work screens show names and units only
// (no dates of birth or other personal data): everyone in the unit sees these screens.
import { useQuery } from '@tanstack/react-query';
import { Select, Spin, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useT } from '../../i18n/context.js';
import { searchPeople, type PersonOption } from '../../lib/work/work-api.js';
import { useDebounced } from '../../lib/use-debounced.js';

interface Known {
  id: string;
  fullName: string;
}

interface Props<M extends boolean> {
  id?: string;
  multiple?: M;
  value?: M extends true ? string[] : string | null;
  onChange?: (value: M extends true ? string[] : string | null) => void;
  /** Only people of this unit's subtree; nothing is offered until it is set. */
  unitId?: string | null;
  /** Names of the current values (from the record being edited). */
  known?: Known[];
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
  style?: React.CSSProperties;
  'aria-label'?: string;
}

export function WorkPersonPicker<M extends boolean = false>({
  multiple,
  value,
  onChange,
  unitId,
  known,
  placeholder,
  allowClear = true,
  style,
  ...rest
}: Props<M>) {
  const t = useT();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  // Names seen so far, so chosen values keep their label after a new search. The map only grows
  // and never triggers a render, so reading and filling it while rendering is safe.
  /* eslint-disable react-hooks/refs -- see above */
  const names = useRef(new Map<string, string>());
  for (const k of known ?? []) names.current.set(k.id, k.fullName);
  // Names only (GET /api/people/names): every role may look up the people of its subtrees.
  const { data, isFetching } = useQuery({
    queryKey: ['work-people', unitId ?? '', q],
    queryFn: () => searchPeople(q, unitId),
    staleTime: 60_000,
  });
  for (const p of data ?? []) names.current.set(p.id, p.fullName);
  const selected: string[] = value == null ? [] : Array.isArray(value) ? value : [value];
  const found: PersonOption[] = data ?? [];
  const options = found.map((p) => ({
    value: p.id,
    text: p.fullName,
    label: (
      <div>
        <div>{p.fullName}</div>
        {p.unitName ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {p.unitName}
          </Typography.Text>
        ) : null}
      </div>
    ),
  }));
  for (const id of selected) {
    if (!options.some((o) => o.value === id)) {
      const name = names.current.get(id) ?? id;
      options.unshift({ value: id, text: name, label: <div>{name}</div> });
    }
  }
  /* eslint-enable react-hooks/refs */
  return (
    <Select
      {...rest}
      mode={multiple ? 'multiple' : undefined}
      showSearch={{ filterOption: false, onSearch: setText }}
      value={multiple ? selected : (selected[0] ?? undefined)}
      onChange={(v: string | string[] | undefined) => {
        setText('');
        (onChange as ((x: unknown) => void) | undefined)?.(multiple ? (v ?? []) : (v ?? null));
      }}
      options={options}
      optionLabelProp="text"
      placeholder={placeholder ?? t('common.typeToSearch')}
      allowClear={allowClear}
      notFoundContent={isFetching ? <Spin size="small" /> : t('common.noMatches')}
      style={{ width: '100%', ...style }}
    />
  );
}
