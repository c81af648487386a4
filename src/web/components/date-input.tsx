// A date field typed or picked as dd/mm/yyyy whose value is a civil date 'YYYY-MM-DD'. Enter
// commits the typed date (the picker does that) and nothing more: it does not submit the form
// around the field, as a browser would for any input.
import { DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { VI_DATE_INPUTS, fromDayjs, toDayjs } from '../lib/dates.js';

export interface DateInputProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: React.CSSProperties;
  'aria-label'?: string;
  /** Dates after this one are disabled in the calendar. */
  max?: string;
  min?: string;
}

export function DateInput({ value, onChange, placeholder, allowClear = true, max, min, style, ...rest }: DateInputProps) {
  return (
    <DatePicker
      {...rest}
      value={toDayjs(value ?? null)}
      onChange={(d: Dayjs | null) => onChange?.(fromDayjs(d))}
      format={VI_DATE_INPUTS}
      placeholder={placeholder ?? 'dd/mm/yyyy'}
      allowClear={allowClear}
      style={{ width: '100%', maxWidth: 180, ...style }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.preventDefault();
      }}
      disabledDate={
        max || min ? (d) => (max ? d.format('YYYY-MM-DD') > max : false) || (min ? d.format('YYYY-MM-DD') < min : false) : undefined
      }
    />
  );
}
