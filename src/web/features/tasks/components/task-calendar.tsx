// The calendar view: the unit's tasks on their due dates, a month at a time (GET /tasks/calendar).
// The calendar endpoint filters by unit and dates only; the other filters apply here.
import { Calendar, Empty, Flex, Popover, Spin, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { TaskListItem } from '../../../../contracts/tasks.js';
import { foldDiacritics } from '../../../../domain/names.js';
import { paths } from '../../../app/paths.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useI18n } from '../../../i18n/context.js';
import { useTaskCalendar, type TaskFilter } from '../api/tasks.js';

const SHOWN_PER_DAY = 3;

function matches(task: TaskListItem, f: TaskFilter): boolean {
  if (f.status && task.status !== f.status) return false;
  if (f.source && task.source !== f.source) return false;
  if (f.fieldCode && task.fieldCode !== f.fieldCode) return false;
  if (f.overdue !== undefined && String(task.overdue) !== String(f.overdue)) return false;
  if (f.personId && task.lead?.id !== f.personId && !task.supports.some((s) => s.id === f.personId)) return false;
  if (f.q && !foldDiacritics(task.title).includes(foldDiacritics(f.q))) return false;
  return true;
}

function TaskLine({ task }: { task: TaskListItem }) {
  const color = task.overdue ? '#cf1322' : task.status === 'done' ? '#237804' : task.status === 'cancelled' ? '#595959' : undefined;
  return (
    <li style={{ fontSize: 12, lineHeight: '18px', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
      <Link
        to={paths.task(task.id)}
        style={{ color, textDecoration: task.status === 'cancelled' ? 'line-through' : undefined }}
        title={task.title}
      >
        {task.title}
      </Link>
    </li>
  );
}

interface Props {
  unitId: string | undefined;
  filter: TaskFilter;
  /** The month shown, 'YYYY-MM'. */
  month: string;
  onMonth: (month: string) => void;
}

export function TaskCalendar({ unitId, filter, month, onMonth }: Props) {
  const { t } = useI18n();
  const shown = dayjs(`${month}-01`);
  // The grid shows six weeks around the month.
  const from = shown.startOf('month').startOf('week');
  const to = from.add(41, 'day');
  const { data, isFetching, error } = useTaskCalendar(unitId, from.format('YYYY-MM-DD'), to.format('YYYY-MM-DD'));
  const box = useRef<HTMLDivElement>(null);
  // antd's calendar header has year and month selects without a name; give them theirs.
  useEffect(() => {
    const named: [string, string][] = [
      ['.ant-picker-calendar-year-select input', t('tasks.calendar.year')],
      ['.ant-picker-calendar-month-select input', t('tasks.calendar.month')],
    ];
    for (const [selector, label] of named) box.current?.querySelector(selector)?.setAttribute('aria-label', label);
  });
  const byDay = new Map<string, TaskListItem[]>();
  for (const task of data?.items ?? []) {
    if (!matches(task, filter)) continue;
    const list = byDay.get(task.dueDate) ?? [];
    list.push(task);
    byDay.set(task.dueDate, list);
  }

  if (!unitId) return <Empty description={t('tasks.calendar.pickUnit')} />;
  return (
    <div ref={box}>
      <ErrorAlert error={error} />
      <Flex justify="end" style={{ minHeight: 22 }}>
        {isFetching ? <Spin size="small" /> : null}
      </Flex>
      <Calendar
        value={shown}
        onPanelChange={(d: Dayjs) => onMonth(d.format('YYYY-MM'))}
        cellRender={(current: Dayjs, info) => {
          if (info.type !== 'date') return info.originNode;
          const tasks = byDay.get(current.format('YYYY-MM-DD')) ?? [];
          if (tasks.length === 0) return null;
          const rest = tasks.length - SHOWN_PER_DAY;
          return (
            <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {tasks.slice(0, SHOWN_PER_DAY).map((task) => (
                <TaskLine key={task.id} task={task} />
              ))}
              {rest > 0 ? (
                <li>
                  <Popover
                    title={current.format('DD/MM/YYYY')}
                    content={
                      <ul style={{ listStyle: 'none', margin: 0, padding: 0, maxWidth: 360, maxHeight: 320, overflowY: 'auto' }}>
                        {tasks.map((task) => (
                          <TaskLine key={task.id} task={task} />
                        ))}
                      </ul>
                    }
                  >
                    <Typography.Link style={{ fontSize: 12 }}>{t('tasks.calendar.more', { count: rest })}</Typography.Link>
                  </Popover>
                </li>
              ) : null}
            </ul>
          );
        }}
      />
    </div>
  );
}
