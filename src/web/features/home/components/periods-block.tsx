// The evaluation periods in progress in the account's scope, with their steps and what is late,
// and the levels awarded in the latest closed period.
import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { paths } from '../../../app/paths.js';
import { formatNumber } from '../../../components/charts/format.js';
import { useI18n } from '../../../i18n/context.js';
import { formatDate } from '../../../lib/dates.js';
import type { Home } from '../api/home.js';
import { LevelsChart, StepsChart } from './home-charts.js';
import { Figure, Part, figureGrid, useCardStyles } from './figure.js';

export function PeriodsBlock({ home, canOpen }: { home: Home; canOpen: boolean }) {
  const { t, language } = useI18n();
  const cardStyles = useCardStyles();
  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('home.periods.title')}</h2>} data-testid="home-periods" styles={cardStyles}>
      {home.periods.length === 0 ? (
        <Typography.Paragraph type="secondary">
          {t('home.periods.none')} {canOpen ? <Link to={paths.evaluation()}>{t('home.periods.openHint')}</Link> : null}
        </Typography.Paragraph>
      ) : null}
      {home.periods.map((p) => {
        const to = paths.evaluationPeriod(p.id);
        const flagged = p.flags.selfLate + p.flags.appraisalLate + p.flags.decisionLate > 0;
        return (
          <Part
            key={p.id}
            title={
              <Link to={to}>
                {p.label} — {p.unitName}
              </Link>
            }
          >
            <Flex gap={12} wrap style={{ marginBottom: 8 }}>
              <Typography.Text type="secondary">{t('home.periods.total', { n: formatNumber(p.total, language) })}</Typography.Text>
              <Typography.Text type="secondary">{t('home.eval.selfDue', { date: formatDate(p.selfDue) })}</Typography.Text>
            </Flex>
            {flagged ? (
              <div style={figureGrid}>
                <Figure n={p.flags.selfLate} label={t('home.flags.selfLate')} tone="danger" to={to} />
                <Figure n={p.flags.appraisalLate} label={t('home.flags.appraisalLate')} tone="danger" to={to} />
                <Figure n={p.flags.decisionLate} label={t('home.flags.decisionLate')} tone="danger" to={to} />
              </div>
            ) : (
              <Typography.Paragraph style={{ color: '#237804' }}>{t('home.flags.none')}</Typography.Paragraph>
            )}
            {/* A province-wide reader follows many periods: their steps chart only when there are a few. */}
            {home.periods.length <= 2 ? <StepsChart period={p} /> : null}
          </Part>
        );
      })}
      {home.lastClosed ? (
        <Part
          title={
            <Link to={home.lastClosed.periodId ? paths.evaluationPeriod(home.lastClosed.periodId) : paths.evaluation()}>
              {t('home.lastClosed.title', {
                period: `${home.lastClosed.label} — ${
                  home.lastClosed.unitName ?? t('home.lastClosed.units', { n: formatNumber(home.lastClosed.units, language) })
                }`,
              })}
            </Link>
          }
        >
          <LevelsChart levels={home.lastClosed.levels} />
        </Part>
      ) : null}
    </Card>
  );
}
