// Coloured tags for task states, overdue, sources and priorities.
import { Tag } from 'antd';
import type { TaskListItem } from '../../../contracts/tasks.js';
import { useI18n } from '../../i18n/context.js';

const STATUS_COLOR: Record<string, string> = { new: 'blue', accepted: 'cyan', in_progress: 'gold', done: 'green', cancelled: 'default' };
const PRIORITY_COLOR: Record<string, string> = { low: 'default', normal: 'default', high: 'orange', urgent: 'red' };

export function TaskStatusTag({ status }: { status: string }) {
  const { tx } = useI18n();
  return <Tag color={STATUS_COLOR[status] ?? 'default'}>{tx(`taskStatus.${status}`, status)}</Tag>;
}

export function OverdueTag() {
  const { t } = useI18n();
  return <Tag color="red">{t('tasks.overdue')}</Tag>;
}

export function TaskStateTags({ task }: { task: Pick<TaskListItem, 'status' | 'overdue'> }) {
  return (
    <>
      <TaskStatusTag status={task.status} />
      {task.overdue ? <OverdueTag /> : null}
    </>
  );
}

export function PriorityTag({ priority }: { priority: string }) {
  const { tx } = useI18n();
  if (priority === 'normal') return null;
  return <Tag color={PRIORITY_COLOR[priority]}>{tx(`taskPriority.${priority}`, priority)}</Tag>;
}

export function SourceTag({ source }: { source: string }) {
  const { tx } = useI18n();
  return <Tag>{tx(`taskSource.${source}`, source)}</Tag>;
}
