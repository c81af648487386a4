// A search-as-you-type select over an API: options are fetched (debounced) for what is typed.
import { useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useState, type ReactNode } from 'react';
import { useT } from '../i18n/context.js';
import { useDebounced } from '../lib/use-debounced.js';

export interface RemoteOption {
  value: string;
  label: ReactNode;
  /** Plain text shown in the box once chosen. */
  text: string;
}

export interface RemoteSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null, option?: RemoteOption) => void;
  /** Label of the current value when it is not among the fetched options (e.g. after reload). */
  valueLabel?: string | null;
  queryKey: string;
  search: (q: string) => Promise<RemoteOption[]>;
  /** Fetch suggestions before anything is typed. */
  searchEmpty?: boolean;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: React.CSSProperties;
  'aria-label'?: string;
}

export function RemoteSelect({
  value,
  onChange,
  valueLabel,
  queryKey,
  search,
  searchEmpty,
  placeholder,
  allowClear = true,
  style,
  ...rest
}: RemoteSelectProps) {
  const t = useT();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const [chosen, setChosen] = useState<RemoteOption | null>(null);
  const enabled = q.length > 0 || !!searchEmpty;
  const { data, isFetching } = useQuery({ queryKey: ['remote-select', queryKey, q], queryFn: () => search(q), enabled, staleTime: 60_000 });
  const options = [...(data ?? [])];
  const current = chosen && chosen.value === value ? chosen : value && valueLabel ? { value, label: valueLabel, text: valueLabel } : null;
  // The chosen value needs its option to show its label, but not among the matches of a new search.
  if (current && !text.trim() && !options.some((o) => o.value === current.value)) options.unshift(current);
  return (
    <Select<string, RemoteOption>
      {...rest}
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value ?? undefined}
      onChange={(v, option) => {
        const opt = Array.isArray(option) ? undefined : option;
        setChosen(opt ?? null);
        onChange?.(v ?? null, opt);
      }}
      options={options}
      optionLabelProp="text"
      placeholder={placeholder ?? t('common.typeToSearch')}
      allowClear={allowClear}
      notFoundContent={isFetching ? <Spin size="small" /> : enabled ? t('common.noMatches') : t('common.typeToSearch')}
      style={{ width: '100%', ...style }}
    />
  );
}
