// The board view: one column per state (Mới, Đã nhận, Đang thực hiện, Hoàn thành, Đã hủy), each
// with the tasks that match the filters; overdue cards are outlined in red.
import { Badge, Card, Col, Empty, Flex, Progress, Row, Spin, Typography } from 'antd';
import { Link } from 'react-router';
import { TaskStatuses, type TaskListItem } from '../../../../contracts/tasks.js';
import { paths } from '../../../app/paths.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useI18n } from '../../../i18n/context.js';
import { formatDate } from '../../../lib/dates.js';
import { OverdueTag, PriorityTag } from '../../../components/work/status-tags.js';
import { useTasks, type TaskFilter } from '../api/tasks.js';

/** Cards per column: the board is for seeing the state of the unit, the list is for browsing. */
const PER_COLUMN = 50;
const COLOR: Record<string, string> = {
  new: '#1677ff',
  accepted: '#13c2c2',
  in_progress: '#faad14',
  done: '#52c41a',
  cancelled: '#bfbfbf',
};

function TaskCard({ task }: { task: TaskListItem }) {
  const { t } = useI18n();
  return (
    <Card
      size="small"
      style={{ marginBottom: 8, borderColor: task.overdue ? '#ff4d4f' : undefined, background: task.overdue ? '#fff1f0' : undefined }}
    >
      <Link to={paths.task(task.id)} className="canbo-wrap" style={{ fontWeight: 500 }}>
        {task.title}
      </Link>
      <div style={{ fontSize: 12, marginTop: 4 }}>
        <Typography.Text type="secondary">{t('tasks.field.lead')}: </Typography.Text>
        {task.lead?.fullName ?? t('common.empty')}
      </div>
      <Flex justify="space-between" align="center" gap={4} wrap style={{ fontSize: 12, marginTop: 4 }}>
        <Typography.Text type={task.overdue ? 'danger' : 'secondary'}>
          {t('tasks.dueOn', { date: formatDate(task.dueDate) })}
        </Typography.Text>
        <span>
          {task.overdue ? <OverdueTag /> : null}
          <PriorityTag priority={task.priority} />
        </span>
      </Flex>
      {task.status === 'accepted' || task.status === 'in_progress' ? (
        <Progress percent={task.progress} size="small" aria-label={t('tasks.field.progress')} style={{ margin: 0 }} />
      ) : null}
    </Card>
  );
}

function Column({ status, filter }: { status: (typeof TaskStatuses)[number]; filter: TaskFilter }) {
  const { t, tx } = useI18n();
  const { data, isPending, error } = useTasks({ ...filter, status, page: 1, pageSize: PER_COLUMN, sort: 'due' });
  const title = tx(`taskStatus.${status}`, status);
  return (
    <section
      aria-label={title}
      style={{ background: '#fafafa', borderRadius: 8, padding: 8, borderTop: `3px solid ${COLOR[status]}`, minHeight: 200 }}
    >
      <Flex justify="space-between" align="center" style={{ padding: '0 4px 8px' }}>
        <Typography.Title level={2} style={{ fontSize: 14, margin: 0 }}>
          {title}
        </Typography.Title>
        <Badge count={data?.total ?? 0} showZero overflowCount={9999} color={COLOR[status]} />
      </Flex>
      {error ? <ErrorAlert error={error} /> : null}
      {isPending ? <Spin /> : null}
      {data && data.items.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tasks.board.emptyColumn')} /> : null}
      <div style={{ maxHeight: 'calc(100vh - 360px)', minHeight: 120, overflowY: 'auto' }}>
        {data?.items.map((task) => (
          <TaskCard key={task.id} task={task} />
        ))}
      </div>
      {data && data.total > data.items.length ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('tasks.board.more', { shown: data.items.length, total: data.total })}
        </Typography.Text>
      ) : null}
    </section>
  );
}

export function TaskBoard({ filter }: { filter: TaskFilter }) {
  const { status, page: _page, pageSize: _size, ...rest } = filter;
  const columns = status ? [status] : TaskStatuses;
  return (
    <Row gutter={[12, 12]} wrap={false} style={{ overflowX: 'auto' }}>
      {columns.map((s) => (
        <Col key={s} flex="1 0 200px">
          <Column status={s} filter={rest} />
        </Col>
      ))}
    </Row>
  );
}
