// An action plan's entries as written or tracked: each entry's kind, the unit's indicator it aims at
// (the value aimed at, the latest recorded, the progress), its date, and its milestones with their
// state — late ones flagged in red. Once approved each entry is a volunteered task: its progress and a
// link to the task, where the leader marks milestones done with evidence.
import { Card, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { paths } from '../../../app/paths.js';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { useI18n } from '../../../i18n/context.js';
import { formatDate } from '../../../lib/dates.js';
import { useNumberFormat } from '../../../lib/numbers.js';
import type { ActionPlanIndicatorView, ActionPlanItemView } from '../api/action-plans.js';

type Milestone = ActionPlanItemView['milestones'][number];
const MILESTONE_COLOR: Record<Milestone['state'], string> = { done: 'green', done_late: 'orange', due: 'blue', late: 'red' };

export function LateTag({ count }: { count: number }) {
  const { t } = useI18n();
  if (!count) return null;
  return <Tag color="red">{t('actionPlans.lateN', { n: count })}</Tag>;
}

/** "Thu ngân sách: 640 / 1.000 triệu đồng (64%)": the unit's indicator with its latest value. */
export function IndicatorLine({ indicator: i }: { indicator: ActionPlanIndicatorView }) {
  const { t } = useI18n();
  const nf = useNumberFormat();
  return (
    <span>
      {t('actionPlans.indicatorLine', {
        name: i.name,
        latest: i.latest === null ? t('actionPlans.noValue') : nf.num(i.latest),
        target: nf.num(i.target),
        measure: i.measure,
      })}
      {i.progressPct === null ? null : ` (${nf.pct(i.progressPct)})`}
    </span>
  );
}

function ItemCard({ item }: { item: ActionPlanItemView }) {
  const { t, tx } = useI18n();
  const nf = useNumberFormat();
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={
        <Flex gap={8} wrap align="center" style={{ whiteSpace: 'normal', padding: '4px 0' }}>
          <Tag color={item.kind === 'target' ? 'geekblue' : 'purple'}>{t(`actionPlans.kind.${item.kind}`)}</Tag>
          <span>
            {item.ordinal}. {item.title}
          </span>
          <LateTag count={item.lateMilestones} />
        </Flex>
      }
    >
      <Flex vertical gap={4} style={{ marginBottom: 8 }}>
        {item.indicator ? (
          <Typography.Text>
            <strong>{t('actionPlans.item.indicator')}:</strong> <IndicatorLine indicator={item.indicator} />
            {item.targetValue === null
              ? null
              : ` — ${t('actionPlans.item.aimed', { value: nf.num(item.targetValue), measure: item.indicator.measure })}`}
          </Typography.Text>
        ) : null}
        <Typography.Text>
          <strong>{t('actionPlans.item.due')}:</strong> {formatDate(item.dueDate)}
          {item.progress === null ? null : (
            <>
              {' · '}
              <strong>{t('actionPlans.progress')}:</strong> {nf.pct(item.progress)}
            </>
          )}
          {item.taskId ? (
            <>
              {' · '}
              <Link to={paths.task(item.taskId)} aria-label={t('actionPlans.openTaskOf', { title: item.title })}>
                {t('actionPlans.openTask')}
              </Link>
            </>
          ) : null}
        </Typography.Text>
      </Flex>
      <ResponsiveTable<Milestone>
        size="small"
        rowKey="ordinal"
        pagination={false}
        dataSource={item.milestones}
        columns={[
          { key: 'n', title: '#', width: 50, dataIndex: 'ordinal' },
          { key: 'title', title: t('actionPlans.milestone'), dataIndex: 'title' },
          { key: 'due', title: t('actionPlans.milestone.due'), width: 110, render: (_, m) => formatDate(m.dueDate) },
          {
            key: 'done',
            title: t('actionPlans.milestone.doneOn'),
            width: 110,
            render: (_, m) => formatDate(m.doneOn) || t('common.empty'),
          },
          { key: 'note', title: t('actionPlans.milestone.evidence'), render: (_, m) => m.note ?? t('common.empty') },
          // Tracked once approved: before that a milestone is only a date written down.
          ...(item.taskId
            ? [
                {
                  key: 'state',
                  title: t('actionPlans.milestone.state'),
                  width: 130,
                  render: (_: unknown, m: Milestone) => (
                    <Tag color={MILESTONE_COLOR[m.state]}>{tx(`milestoneState.${m.state}`, m.state)}</Tag>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

export function ItemsView({ items }: { items: ActionPlanItemView[] }) {
  return (
    <>
      {items.map((i) => (
        <ItemCard key={i.id} item={i} />
      ))}
    </>
  );
}
