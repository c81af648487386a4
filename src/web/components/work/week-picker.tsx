// Choose a week (Monday to Sunday): previous / next buttons around a week calendar. The value
// is the week's Monday 'YYYY-MM-DD'; the box shows "dd/mm – dd/mm/yyyy".
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, DatePicker, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../i18n/context.js';
import { formatDate } from '../../lib/dates.js';
import { addDays, mondayOf } from '../../../domain/dates.js';

interface Props {
  id?: string;
  value: string;
  onChange: (monday: string) => void;
}

export function weekLabel(monday: string): string {
  return `${formatDate(monday).slice(0, 5)} – ${formatDate(addDays(monday, 6))}`;
}

export function WeekPicker({ id, value, onChange }: Props) {
  const t = useT();
  const monday = mondayOf(value);
  return (
    <Space.Compact style={{ maxWidth: '100%' }}>
      <Button icon={<LeftOutlined />} onClick={() => onChange(addDays(monday, -7))} aria-label={t('week.previous')} />
      <DatePicker
        id={id}
        picker="week"
        allowClear={false}
        inputReadOnly
        value={dayjs(monday, 'YYYY-MM-DD')}
        format={(d: Dayjs) => weekLabel(mondayOf(d.format('YYYY-MM-DD')))}
        onChange={(d: Dayjs | null) => d && onChange(mondayOf(d.format('YYYY-MM-DD')))}
        // Shrinks on a phone rather than pushing the next-week button off the screen.
        style={{ width: 210, minWidth: 0, flex: '0 1 210px' }}
      />
      <Button icon={<RightOutlined />} onClick={() => onChange(addDays(monday, 7))} aria-label={t('week.next')} />
    </Space.Compact>
  );
}
