// Read-only parts of a task: progress reports with their files, due-date history, the roadmap
// of a volunteered task, the appraisal.
import { CheckOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Progress, Tag, Timeline, Typography } from 'antd';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/context.js';
import { formatDate, formatDateTime } from '../../../lib/dates.js';
import { attachmentUrl, type TaskDetail } from '../api/tasks.js';
import { formatFileSize } from '../../../../domain/numbers.js';

type Milestone = TaskDetail['milestones'][number];

export function Section({ title, children, extra }: { title: string; children: ReactNode; extra?: ReactNode }) {
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {title}
        </Typography.Title>
      }
      extra={extra}
      style={{ marginBottom: 16 }}
    >
      {children}
    </Card>
  );
}

export function ProgressSection({ task }: { task: TaskDetail }) {
  const { t, language } = useI18n();
  return (
    <Section title={t('tasks.section.progress')}>
      <Progress percent={task.progress} aria-label={t('tasks.field.progress')} style={{ marginBottom: 16 }} />
      {task.progressReports.length === 0 ? (
        <Typography.Text type="secondary">{t('tasks.progress.none')}</Typography.Text>
      ) : (
        <Timeline
          items={task.progressReports.map((r) => ({
            key: r.id,
            content: (
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                  {formatDateTime(r.reportedAt)}
                </Typography.Text>
                <Typography.Text strong>{r.person?.fullName ?? t('common.empty')}</Typography.Text> — {r.progress}%
                {r.note ? <Typography.Paragraph style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>{r.note}</Typography.Paragraph> : null}
                {r.attachments.map((a) => (
                  <div key={a.id}>
                    <a href={attachmentUrl(a.id)} download={a.fileName}>
                      <PaperClipOutlined /> {a.fileName}
                    </a>{' '}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      ({formatFileSize(a.sizeBytes, language)})
                    </Typography.Text>
                  </div>
                ))}
              </div>
            ),
          }))}
        />
      )}
    </Section>
  );
}

export function DueChangesSection({ task }: { task: TaskDetail }) {
  const { t } = useI18n();
  if (task.dueChanges.length === 0) return null;
  return (
    <Section title={t('tasks.section.dueChanges')}>
      <ResponsiveTable
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={task.dueChanges}
        columns={[
          { key: 'at', title: t('tasks.due.changedAt'), width: 150, render: (_, c) => formatDateTime(c.changedAt) },
          { key: 'old', title: t('tasks.due.oldDate'), width: 110, render: (_, c) => formatDate(c.oldDue) },
          { key: 'new', title: t('tasks.due.newDate'), width: 110, render: (_, c) => formatDate(c.newDue) },
          { key: 'reason', title: t('tasks.due.reason'), dataIndex: 'reason' },
          { key: 'by', title: t('tasks.due.changedBy'), width: 180, render: (_, c) => c.changedBy ?? t('common.empty') },
        ]}
      />
    </Section>
  );
}

const MILESTONE_COLOR: Record<Milestone['state'], string> = { done: 'green', done_late: 'orange', due: 'blue', late: 'red' };

export function RoadmapSection({ task, onMarkDone }: { task: TaskDetail; onMarkDone: (m: Milestone) => void }) {
  const { t, tx } = useI18n();
  if (task.milestones.length === 0) return null;
  const r = task.roadmap;
  const canMark = task.actions.includes('milestone');
  return (
    <Section title={t('tasks.section.roadmap')}>
      {r ? (
        <Alert
          showIcon
          type={r.onTrack ? 'success' : 'warning'}
          style={{ marginBottom: 12 }}
          title={r.onTrack ? t('tasks.roadmap.onTrack') : t('tasks.roadmap.behind')}
          description={t('tasks.roadmap.counts', { done: r.done, total: r.total, doneOfDue: r.doneOfDue, dueByToday: r.dueByToday })}
        />
      ) : null}
      {task.status === 'done' && !task.appraisal ? (
        <Alert
          showIcon
          type="info"
          style={{ marginBottom: 12 }}
          title={t('tasks.roadmap.awaitingAppraisal', { date: formatDate(task.completedOn) })}
        />
      ) : (
        <Typography.Paragraph type="secondary">{t('tasks.roadmap.drives')}</Typography.Paragraph>
      )}
      <ResponsiveTable<Milestone>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={task.milestones}
        columns={[
          { key: 'n', title: '#', width: 50, dataIndex: 'ordinal' },
          { key: 'title', title: t('tasks.milestone.title'), dataIndex: 'title' },
          { key: 'due', title: t('tasks.field.dueDate'), width: 110, render: (_, m) => formatDate(m.dueDate) },
          { key: 'done', title: t('tasks.milestone.doneOn'), width: 120, render: (_, m) => formatDate(m.doneOn) || t('common.empty') },
          {
            key: 'state',
            title: t('tasks.field.status'),
            width: 150,
            render: (_, m) => <Tag color={MILESTONE_COLOR[m.state]}>{tx(`milestoneState.${m.state}`, m.state)}</Tag>,
          },
          ...(canMark
            ? [
                {
                  key: 'act',
                  title: t('common.actions'),
                  width: 170,
                  render: (_: unknown, m: Milestone) =>
                    m.doneOn ? null : (
                      <Button
                        size="small"
                        icon={<CheckOutlined />}
                        onClick={() => onMarkDone(m)}
                        aria-label={t('tasks.milestone.markDoneTitle', { title: m.title })}
                      >
                        {t('tasks.milestone.markDone')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
    </Section>
  );
}

export function AppraisalSection({ task }: { task: TaskDetail }) {
  const { t } = useI18n();
  const a = task.appraisal;
  if (!a) return null;
  const yesNo = (v: boolean) => (v ? t('common.yes') : t('common.no'));
  return (
    <Section title={t('tasks.section.appraisal')}>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'q',
            label: t('tasks.appraisal.qualityOk'),
            children: (
              <Tag color={a.qualityOk ? 'green' : 'red'}>{a.qualityOk ? t('tasks.appraisal.meets') : t('tasks.appraisal.fails')}</Tag>
            ),
          },
          { key: 'e', label: t('tasks.appraisal.majorErrors'), children: a.majorErrors },
          { key: 'x', label: t('tasks.appraisal.exceeded'), children: yesNo(a.exceeded) },
          { key: 'o', label: t('tasks.appraisal.objectiveCause'), children: yesNo(a.objectiveCause) },
          {
            key: 'by',
            label: t('tasks.appraisal.by'),
            children: `${a.appraisedBy?.fullName ?? t('common.empty')} · ${formatDateTime(a.appraisedAt)}`,
          },
          { key: 'n', label: t('tasks.appraisal.note'), children: a.note || t('common.empty') },
        ]}
      />
    </Section>
  );
}
