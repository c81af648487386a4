// A plan's items read-only; once approved each item links to the task it became.
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { Link } from 'react-router';
import type { PlanItemView } from '../../../../contracts/plans.js';
import { paths } from '../../../app/paths.js';
import { useT } from '../../../i18n/context.js';
import { formatDate } from '../../../lib/dates.js';
import { TaskStatusTag } from '../../../components/work/status-tags.js';

export function PlanItemsTable({ items }: { items: PlanItemView[] }) {
  const t = useT();
  return (
    <ResponsiveTable<PlanItemView>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={items}
      scroll={{ x: 800 }}
      locale={{ emptyText: t('plans.items.none') }}
      columns={[
        { key: 'n', title: '#', width: 50, dataIndex: 'ordinal' },
        {
          key: 'title',
          title: t('plans.items.title'),
          render: (_, i) => (
            <>
              <div>{i.task ? <Link to={paths.task(i.task.id)}>{i.title}</Link> : i.title}</div>
              {i.description ? <div style={{ fontSize: 12, color: '#8c8c8c', whiteSpace: 'pre-wrap' }}>{i.description}</div> : null}
            </>
          ),
        },
        { key: 'field', title: t('tasks.field.field'), width: 180, render: (_, i) => i.fieldName ?? t('common.empty') },
        { key: 'units', title: t('tasks.field.workUnitsShort'), width: 90, align: 'right', dataIndex: 'workUnits' },
        { key: 'start', title: t('tasks.field.startDate'), width: 110, render: (_, i) => formatDate(i.startDate) },
        { key: 'due', title: t('tasks.field.dueDate'), width: 110, render: (_, i) => formatDate(i.dueDate) },
        {
          key: 'task',
          title: t('plans.items.task'),
          width: 150,
          render: (_, i) => (i.task ? <TaskStatusTag status={i.task.status} /> : t('common.empty')),
        },
      ]}
    />
  );
}
