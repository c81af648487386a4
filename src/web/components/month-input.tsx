// A month field whose value is 'YYYY-MM', picked from antd's month panel in the UI language (the app's
// ConfigProvider and dayjs locale): it reads "Tháng 12/2026" in Vietnamese, never an English month name
// as the browser's own <input type="month"> shows on many phones.
import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../i18n/context.js';

export interface MonthInputProps {
  value: string;
  onChange: (value: string) => void;
  'aria-label'?: string;
  style?: React.CSSProperties;
}

export function MonthInput({ value, onChange, style, ...rest }: MonthInputProps) {
  const { language } = useI18n();
  return (
    <DatePicker
      {...rest}
      picker="month"
      value={dayjs(`${value}-01`)}
      format={language === 'vi' ? ['[Tháng] MM/YYYY', 'MM/YYYY'] : ['MM/YYYY']}
      allowClear={false}
      inputReadOnly
      style={{ width: 170, ...style }}
      onChange={(d: Dayjs | null) => d && onChange(d.format('YYYY-MM'))}
    />
  );
}
