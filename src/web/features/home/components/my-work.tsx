// The account's own work: its tasks, the plan of the week being planned, its evaluation step.
import { Card, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { paths } from '../../../app/paths.js';
import { useI18n } from '../../../i18n/context.js';
import { formatDate } from '../../../lib/dates.js';
import type { Home } from '../api/home.js';
import { LatenessChart } from './home-charts.js';
import { Figure, Part, figureGrid, useCardStyles } from './figure.js';

// Text colours with 4.5:1 contrast on the tag's light background.
const PLAN_COLOURS = { draft: '#1f1f1f', submitted: '#0958d9', returned: '#874d00', approved: '#237804' } as const;

export function MyWork({ home }: { home: Home }) {
  const { t, tx } = useI18n();
  const cardStyles = useCardStyles();
  const mine = home.mine;
  if (!mine) return null;
  const by = { personId: mine.personId };
  const nothing = mine.tasks.late + mine.tasks.dueThisWeek + mine.tasks.fresh === 0;
  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('home.mine.title')}</h2>} data-testid="home-mine" styles={cardStyles}>
      <div style={figureGrid}>
        <Figure
          n={mine.tasks.late}
          label={t('home.tasks.late')}
          tone="danger"
          to={paths.tasks({ ...by, overdue: 'true' })}
          testId="mine-late"
        />
        <Figure
          n={mine.tasks.dueThisWeek}
          label={t('home.tasks.dueThisWeek')}
          tone="warning"
          to={paths.tasks({ ...by, from: home.today, to: home.week.end })}
        />
        <Figure n={mine.tasks.fresh} label={t('home.tasks.fresh')} tone="warning" to={paths.tasks({ ...by, status: 'new' })} />
      </div>
      {nothing ? (
        <Typography.Paragraph type="secondary">
          <Link to={paths.tasks(by)}>{t('home.tasks.none')}</Link>
        </Typography.Paragraph>
      ) : null}
      <Part title={t('home.plan.title', { week: formatDate(home.planWeek) })}>
        <Flex gap={8} align="center" wrap>
          {mine.plan.status ? (
            <Tag style={{ color: PLAN_COLOURS[mine.plan.status] }}>{tx(`planStatus.${mine.plan.status}`, mine.plan.status)}</Tag>
          ) : (
            <Typography.Text style={{ color: '#874d00' }}>{t('home.plan.none')}</Typography.Text>
          )}
          <Link to={paths.myPlan(home.planWeek)} style={{ fontWeight: mine.plan.status ? 400 : 600 }}>
            {mine.plan.status ? t('home.plan.open') : t('home.plan.write')}
          </Link>
        </Flex>
      </Part>
      <Part title={t('home.eval.title')}>
        {mine.evaluations.length === 0 ? <Typography.Text type="secondary">{t('home.eval.none')}</Typography.Text> : null}
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {mine.evaluations.map((e) => (
            <li key={e.id} style={{ padding: '4px 0' }}>
              <Link to={paths.myEvaluation(e.periodId)}>
                {t('home.eval.step', { period: e.periodLabel, status: tx(`evaluation.status.${e.status}`, e.status) })}
              </Link>{' '}
              {e.status === 'self_pending' ? (
                <Typography.Text type={e.selfLate ? 'danger' : 'secondary'}>
                  — {t(e.selfLate ? 'home.eval.selfLate' : 'home.eval.selfDue', { date: formatDate(e.selfDue) })}
                </Typography.Text>
              ) : null}
            </li>
          ))}
        </ul>
        {mine.history.length ? (
          <Flex gap={6} wrap align="center" style={{ marginTop: 8 }}>
            <Typography.Text type="secondary">{t('home.eval.history')}:</Typography.Text>
            {mine.history.map((h) => (
              <Tag key={h.periodId} title={h.level ? tx(`evaluation.level.${h.level}`, h.level) : undefined}>
                {h.periodLabel}: {tx(`evaluation.levelShort.${h.level ?? 'none'}`, h.level ?? '—')}
              </Tag>
            ))}
          </Flex>
        ) : null}
      </Part>
      <Part title={t('home.chart.lateness')}>
        <LatenessChart points={mine.lateness} testId="mine-lateness-chart" />
      </Part>
    </Card>
  );
}
