// Công việc: the transparency board of the unit's tasks as a list, a board by state or a calendar
// by due date. Filters, view, page and month live in the URL so a view can be shared.
import { AppstoreOutlined, CalendarOutlined, FileAddOutlined, FlagOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Segmented, Select } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { TaskSorts, TaskSources, TaskStatuses } from '../../../../contracts/tasks.js';
import { paths } from '../../../app/paths.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { useT } from '../../../i18n/context.js';
import { today } from '../../../lib/dates.js';
import { useNarrow } from '../../../lib/use-narrow.js';
import { isCivilDate } from '../../../../domain/dates.js';
import { useUnitDetail } from '../../../lib/api/org.js';
import { useHomeUnit, useWorkCan } from '../../../lib/work/work-can.js';
import { useTasks, type TaskFilter } from '../api/tasks.js';
import { TaskBoard } from '../components/task-board.js';
import { TaskCalendar } from '../components/task-calendar.js';
import { TaskFilters } from '../components/task-filters.js';
import { TaskTable } from '../components/task-table.js';

const VIEWS = ['list', 'board', 'calendar'] as const;
/** Recently changed work first: what people come to the board to see. */
const DEFAULT_SORT = 'updated';
type View = (typeof VIEWS)[number];

function oneOf<T extends string>(v: string | null, values: readonly T[]): T | undefined {
  return v && (values as readonly string[]).includes(v) ? (v as T) : undefined;
}
function positiveInt(v: string | null, fallback: number): number {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}
const date = (v: string | null) => (v && isCivilDate(v) ? v : undefined);

function readFilter(p: URLSearchParams): TaskFilter {
  return {
    q: p.get('q') || undefined,
    unitId: p.get('unitId') || undefined,
    personId: p.get('personId') || undefined,
    fieldCode: p.get('fieldCode') || undefined,
    areaUnitId: p.get('areaUnitId') || undefined,
    status: oneOf(p.get('status'), TaskStatuses),
    overdue: oneOf(p.get('overdue'), ['true', 'false'] as const),
    source: oneOf(p.get('source'), TaskSources),
    sort: oneOf(p.get('sort'), TaskSorts) ?? DEFAULT_SORT,
    from: date(p.get('from')),
    to: date(p.get('to')),
    page: positiveInt(p.get('page'), 1),
    pageSize: Math.min(positiveInt(p.get('pageSize'), 25), 200),
  };
}

export default function TasksPage() {
  const t = useT();
  const can = useWorkCan();
  const home = useHomeUnit();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [resetCount, setResetCount] = useState(0);
  const narrow = useNarrow();
  const filter = readFilter(params);
  const view: View = oneOf(params.get('view'), VIEWS) ?? 'list';
  const monthParam = params.get('month');
  const month = monthParam && /^\d{4}-(0[1-9]|1[0-2])$/.test(monthParam) ? monthParam : today().slice(0, 7);
  const list = useTasks(filter, view === 'list');
  const unit = useUnitDetail(filter.unitId, today());
  const area = useUnitDetail(filter.areaUnitId, today());
  const people = list.data?.items.flatMap((i) => [...(i.lead ? [i.lead] : []), ...i.supports]) ?? [];
  const personName = people.find((p) => p.id === filter.personId)?.fullName;

  const write = (next: Record<string, unknown>) => {
    const out = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) {
      if (v === undefined || v === null || v === '') continue;
      if (
        (k === 'page' && v === 1) ||
        (k === 'pageSize' && v === 25) ||
        (k === 'view' && v === 'list') ||
        (k === 'sort' && v === DEFAULT_SORT)
      )
        continue;
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- filter values are strings, numbers and booleans
      out.set(k, String(v));
    }
    setParams(out);
  };
  const update = (patch: TaskFilter, resetPage = true) =>
    write({ view, month: monthParam, ...filter, ...patch, ...(resetPage ? { page: 1 } : {}) });

  return (
    <>
      <PageHeader
        title={t('tasks.title')}
        extra={
          <>
            {can.volunteer ? (
              <Button icon={<FlagOutlined />} onClick={() => navigate(paths.taskVolunteer())}>
                {t('tasks.volunteer.action')}
              </Button>
            ) : null}
            {can.issueTasks ? (
              <Button type="primary" icon={<FileAddOutlined />} onClick={() => navigate(paths.taskNew())}>
                {t('tasks.slip.action')}
              </Button>
            ) : null}
          </>
        }
      />
      <Card>
        <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 16 }}>
          <Segmented<View>
            aria-label={t('tasks.view.label')}
            orientation={narrow ? 'vertical' : 'horizontal'}
            block={narrow}
            value={view}
            onChange={(v) => write({ ...filter, month: monthParam, view: v, page: 1 })}
            options={[
              { value: 'list', label: t('tasks.view.list'), icon: <UnorderedListOutlined /> },
              { value: 'board', label: t('tasks.view.board'), icon: <AppstoreOutlined /> },
              { value: 'calendar', label: t('tasks.view.calendar'), icon: <CalendarOutlined /> },
            ]}
          />
          <Flex gap={8} align="center" wrap>
            {view === 'list' ? (
              <>
                <label htmlFor="tasks-sort">{t('tasks.sort.label')}</label>
                <Select
                  id="tasks-sort"
                  value={filter.sort}
                  onChange={(sort) => update({ sort })}
                  options={TaskSorts.map((s) => ({ value: s, label: t(`tasks.sort.${s === '-due' ? 'dueDesc' : s}`) }))}
                  style={{ width: 200, maxWidth: '100%' }}
                />
              </>
            ) : null}
            <Button
              onClick={() => {
                setResetCount((c) => c + 1);
                write({ view });
              }}
            >
              {t('action.reset')}
            </Button>
          </Flex>
        </Flex>
        <TaskFilters
          key={resetCount}
          filter={filter}
          calendar={view === 'calendar'}
          labels={{ unit: unit.data?.unit.name, area: area.data?.unit.name, person: personName }}
          onChange={(patch) => update(patch)}
        />
        {view === 'list' ? (
          <>
            <ErrorAlert error={list.error} onReload={() => void list.refetch()} />
            <TaskTable
              data={list.data}
              loading={list.isFetching}
              onPage={(page, pageSize) => update({ page, pageSize }, pageSize !== filter.pageSize)}
            />
          </>
        ) : null}
        {view === 'board' ? <TaskBoard filter={filter} /> : null}
        {view === 'calendar' ? (
          <TaskCalendar
            unitId={filter.unitId ?? home?.id}
            filter={filter}
            month={month}
            onMonth={(m) => write({ ...filter, view, month: m })}
          />
        ) : null}
      </Card>
    </>
  );
}
