// A task: its fields, holders, source, progress reports, due-date history, roadmap, appraisal,
// and the buttons of the actions the server allows the signed-in account (`actions`).
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Breadcrumb, Button, Descriptions, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { TaskActions } from '../../../../contracts/tasks.js';
import { paths } from '../../../app/paths.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { useI18n } from '../../../i18n/context.js';
import { formatDate, formatDateTime } from '../../../lib/dates.js';
import { PriorityTag, SourceTag, TaskStateTags } from '../../../components/work/status-tags.js';
import { useFieldName } from '../../../components/work/work-field-select.js';
import { acknowledgeTask, startTask, taskKeys, useTask, type TaskDetail } from '../api/tasks.js';
import { CancelDialog, DueDateDialog, EditTaskDialog, MilestoneDoneDialog } from '../components/task-admin-dialogs.js';
import { AppraiseDialog, CompleteDialog, ProgressDialog } from '../components/task-dialogs.js';
import { AppraisalSection, DueChangesSection, ProgressSection, RoadmapSection, Section } from '../components/task-sections.js';

type TaskAction = (typeof TaskActions)[number];
type DialogAction = Exclude<TaskAction, 'acknowledge' | 'start' | 'milestone'>;
const DIALOGS: DialogAction[] = ['report', 'complete', 'appraise', 'changeDue', 'edit', 'cancel'];

/** Where the task came from, with a link to its weekly plan or briefing meeting when it has one. */
function SourceLink({ task }: { task: TaskDetail }) {
  const { t } = useI18n();
  const origin = task.origin;
  if (!origin) return <SourceTag source={task.source} />;
  return (
    <Space size={4} wrap>
      <SourceTag source={task.source} />
      {origin.kind === 'plan' ? (
        <Link to={paths.plan(origin.id)}>{t('tasks.origin.plan', { week: formatDate(origin.weekStart), author: origin.author })}</Link>
      ) : (
        <Link to={paths.meeting(origin.id)}>
          {t('tasks.origin.meeting', { title: origin.title, date: formatDateTime(origin.scheduledAt), n: origin.conclusion })}
        </Link>
      )}
    </Space>
  );
}

export default function TaskDetailPage() {
  const { t, tx } = useI18n();
  const { id } = useParams();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const fieldName = useFieldName();
  const { data: task, error, isPending, refetch } = useTask(id);
  const [dialog, setDialog] = useState<DialogAction | null>(null);
  const [milestone, setMilestone] = useState<TaskDetail['milestones'][number] | null>(null);
  const [busy, setBusy] = useState<'acknowledge' | 'start' | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);

  if (isPending) return <Spin />;
  if (error) return <ErrorAlert error={error} onReload={() => void refetch()} />;

  const done = (next: TaskDetail) => {
    qc.setQueryData(taskKeys.detail(next.id), next);
    void qc.invalidateQueries({ queryKey: taskKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' });
  };
  const quick = async (action: 'acknowledge' | 'start') => {
    setBusy(action);
    setActionError(null);
    try {
      done(await (action === 'acknowledge' ? acknowledgeTask(task.id, task.version) : startTask(task.id, task.version)));
      void message.success(t('common.saved'));
    } catch (err) {
      setActionError(err);
    } finally {
      setBusy(null);
    }
  };
  const has = (a: TaskAction) => task.actions.includes(a);
  const dialogProps = { task, onClose: () => setDialog(null), onDone: done, onReload: () => void refetch() };

  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            style={{ marginBottom: 8 }}
            items={[
              { key: 'tasks', title: <Link to={paths.tasks()}>{t('tasks.title')}</Link> },
              { key: 'task', title: task.title },
            ]}
          />
        }
        title={task.title}
        subtitle={
          <Space size={4} wrap>
            <TaskStateTags task={task} />
            <PriorityTag priority={task.priority} />
          </Space>
        }
        extra={
          <>
            {has('acknowledge') ? (
              <Button type="primary" loading={busy === 'acknowledge'} onClick={() => void quick('acknowledge')}>
                {t('tasks.action.acknowledge')}
              </Button>
            ) : null}
            {has('start') ? (
              <Button loading={busy === 'start'} onClick={() => void quick('start')}>
                {t('tasks.action.start')}
              </Button>
            ) : null}
            {DIALOGS.filter(has).map((a) => (
              <Button
                key={a}
                type={a === 'report' || a === 'appraise' ? 'primary' : 'default'}
                danger={a === 'cancel'}
                onClick={() => setDialog(a)}
              >
                {t(`tasks.action.${a}`)}
              </Button>
            ))}
          </>
        }
      />
      <ErrorAlert error={actionError} onReload={() => void refetch().then(() => setActionError(null))} />
      {task.status === 'cancelled' && task.cancelledReason ? (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('tasks.cancelledBecause', { reason: task.cancelledReason })} />
      ) : null}
      <Section title={t('tasks.section.info')}>
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'unit', label: t('tasks.field.unit'), children: task.unitName },
            { key: 'source', label: t('tasks.field.source'), children: <SourceLink task={task} /> },
            {
              key: 'assigner',
              label: t('tasks.field.assigner'),
              children: task.assigner?.fullName ?? task.assignerName ?? t('common.empty'),
            },
            { key: 'lead', label: t('tasks.field.lead'), children: task.lead?.fullName ?? t('common.empty') },
            {
              key: 'supports',
              label: t('tasks.field.supports'),
              span: 'filled' as const,
              children: task.supports.map((s) => s.fullName).join(', ') || t('common.none'),
            },
            { key: 'start', label: t('tasks.field.startDate'), children: formatDate(task.startDate) },
            {
              key: 'due',
              label: t('tasks.field.dueDate'),
              children: <Typography.Text type={task.overdue ? 'danger' : undefined}>{formatDate(task.dueDate)}</Typography.Text>,
            },
            { key: 'completed', label: t('tasks.field.completedOn'), children: formatDate(task.completedOn) || t('common.empty') },
            { key: 'ack', label: t('tasks.field.acknowledgedAt'), children: formatDateTime(task.acknowledgedAt) || t('common.empty') },
            { key: 'priority', label: t('tasks.field.priority'), children: tx(`taskPriority.${task.priority}`, task.priority) },
            { key: 'units', label: t('tasks.field.workUnits'), children: task.workUnits },
            { key: 'field', label: t('tasks.field.field'), children: fieldName(task.fieldCode) || t('common.empty') },
            { key: 'area', label: t('tasks.field.area'), children: task.areaUnitName ?? t('common.empty') },
            {
              key: 'desc',
              label: t('tasks.field.description'),
              span: 'filled' as const,
              children: task.description ? (
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{task.description}</Typography.Paragraph>
              ) : (
                t('common.empty')
              ),
            },
          ]}
        />
      </Section>
      <RoadmapSection task={task} onMarkDone={setMilestone} />
      <ProgressSection task={task} />
      <AppraisalSection task={task} />
      <DueChangesSection task={task} />
      <ProgressDialog {...dialogProps} open={dialog === 'report'} />
      <CompleteDialog {...dialogProps} open={dialog === 'complete'} />
      <AppraiseDialog {...dialogProps} open={dialog === 'appraise'} />
      <DueDateDialog {...dialogProps} open={dialog === 'changeDue'} />
      <CancelDialog {...dialogProps} open={dialog === 'cancel'} />
      <EditTaskDialog {...dialogProps} open={dialog === 'edit'} />
      <MilestoneDoneDialog {...dialogProps} milestone={milestone} onClose={() => setMilestone(null)} />
    </>
  );
}
