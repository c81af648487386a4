// The task list: title, unit, lead and supports (names only), dates, state, progress.
import { Progress, Space, Typography } from 'antd';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { Link } from 'react-router';
import type { TaskListItem } from '../../../../contracts/tasks.js';
import { paths } from '../../../app/paths.js';
import { useI18n } from '../../../i18n/context.js';
import { formatDate } from '../../../lib/dates.js';
import { PriorityTag, SourceTag, TaskStateTags } from '../../../components/work/status-tags.js';
import { useFieldName } from '../../../components/work/work-field-select.js';
import type { TaskPageData } from '../api/tasks.js';

interface Props {
  data: TaskPageData | undefined;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
}

export function TaskTable({ data, loading, onPage }: Props) {
  const { t } = useI18n();
  const fieldName = useFieldName();
  return (
    <ResponsiveTable<TaskListItem>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={data?.items ?? []}
      scroll={{ x: 1250 }}
      rowClassName={(r) => (r.overdue ? 'task-row-overdue' : '')}
      locale={{ emptyText: t('tasks.empty') }}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 25,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [25, 50, 100],
        showTotal: (total) => t('common.total', { total }),
        onChange: onPage,
      }}
      columns={[
        {
          key: 'title',
          title: t('tasks.field.title'),
          width: 380,
          render: (_, r) => (
            <Space orientation="vertical" size={0}>
              <Link to={paths.task(r.id)} className="canbo-wrap">
                {r.title}
              </Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.unitName}
                {r.fieldCode ? ` · ${fieldName(r.fieldCode)}` : ''}
              </Typography.Text>
            </Space>
          ),
        },
        {
          key: 'people',
          title: t('tasks.field.lead'),
          width: 220,
          render: (_, r) => (
            <>
              <div>{r.lead?.fullName ?? t('common.empty')}</div>
              {r.supports.length ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('tasks.supportsShort', { names: r.supports.map((s) => s.fullName).join(', ') })}
                </Typography.Text>
              ) : null}
            </>
          ),
        },
        { key: 'due', title: t('tasks.field.dueDate'), width: 110, render: (_, r) => formatDate(r.dueDate) },
        {
          key: 'state',
          title: t('tasks.field.status'),
          width: 200,
          render: (_, r) => (
            <>
              <TaskStateTags task={r} />
              <PriorityTag priority={r.priority} />
            </>
          ),
        },
        {
          key: 'progress',
          title: t('tasks.field.progress'),
          width: 140,
          render: (_, r) => (
            <Progress
              percent={r.progress}
              size="small"
              aria-label={t('tasks.field.progress')}
              status={r.status === 'cancelled' ? 'exception' : undefined}
            />
          ),
        },
        { key: 'source', title: t('tasks.field.source'), width: 150, render: (_, r) => <SourceTag source={r.source} /> },
        { key: 'units', title: t('tasks.field.workUnitsShort'), width: 90, align: 'right', dataIndex: 'workUnits' },
      ]}
    />
  );
}
