// The tasks behind one number of the summary, in a side panel.
import { Drawer, Tag } from 'antd';
import { useState } from 'react';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { SummaryTaskItem } from '../../../../contracts/summary.js';
import { paths } from '../../../app/paths.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useT } from '../../../i18n/context.js';
import { formatDate } from '../../../lib/dates.js';
import { TaskStatusTag } from '../../../components/work/status-tags.js';
import { useSummaryTasks, type DrillParams } from '../../../lib/api/summary.js';
import { useNumberFormat } from '../../../lib/numbers.js';

type Item = z.infer<typeof SummaryTaskItem>;

const PAGE_SIZE = 50;

export function DrillDown({ query, title, onClose }: { query: DrillParams | null; title: string; onClose: () => void }) {
  const t = useT();
  const nf = useNumberFormat();
  // Keyed by the query: another number opens on its first page.
  const [paged, setPaged] = useState<{ query: DrillParams | null; page: number }>({ query, page: 1 });
  const page = paged.query === query ? paged.page : 1;
  const tasks = useSummaryTasks(query ? { ...query, page, pageSize: PAGE_SIZE } : null);
  return (
    <Drawer open={!!query} onClose={onClose} title={title} size={900} destroyOnHidden>
      <ErrorAlert error={tasks.error} />
      <ResponsiveTable<Item>
        size="small"
        rowKey="id"
        loading={tasks.isFetching}
        dataSource={tasks.data?.items ?? []}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: tasks.data?.total ?? 0,
          showSizeChanger: false,
          hideOnSinglePage: true,
          onChange: (p) => setPaged({ query, page: p }),
        }}
        scroll={{ x: 800 }}
        locale={{ emptyText: t('tasks.empty') }}
        columns={[
          { key: 'title', title: t('tasks.field.title'), render: (_, r) => <Link to={paths.task(r.id)}>{r.title}</Link> },
          { key: 'lead', title: t('tasks.field.lead'), width: 160, render: (_, r) => r.lead?.fullName ?? t('common.empty') },
          { key: 'due', title: t('tasks.field.dueDate'), width: 100, render: (_, r) => formatDate(r.dueDate) },
          {
            key: 'done',
            title: t('tasks.field.completedOn'),
            width: 110,
            render: (_, r) => formatDate(r.completedOn) || t('common.empty'),
          },
          { key: 'status', title: t('tasks.field.status'), width: 130, render: (_, r) => <TaskStatusTag status={r.status} /> },
          {
            key: 'quality',
            title: t('summary.drill.quality'),
            width: 130,
            render: (_, r) =>
              r.qualityOk === null ? (
                t('common.empty')
              ) : (
                <>
                  <Tag color={r.qualityOk ? 'green' : 'red'}>{r.qualityOk ? t('tasks.appraisal.meets') : t('tasks.appraisal.fails')}</Tag>
                  {r.exceeded ? <Tag color="purple">{t('summary.col.exceeded')}</Tag> : null}
                </>
              ),
          },
          { key: 'units', title: t('tasks.field.workUnitsShort'), width: 80, align: 'right', render: (_, r) => nf.num(r.workUnits) },
        ]}
      />
    </Drawer>
  );
}
