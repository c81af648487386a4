// One unit the account works on: its late and coming tasks, the week's plans and meetings, its
// indicators against their targets, and how lateness went over the last weeks.
import { Card, Typography } from 'antd';
import { Link } from 'react-router';
import { paths } from '../../../app/paths.js';
import { useI18n } from '../../../i18n/context.js';
import { formatDate } from '../../../lib/dates.js';
import type { Home, HomeUnit } from '../api/home.js';
import { IndicatorsChart, LatenessChart } from './home-charts.js';
import { Figure, Part, figureGrid, useCardStyles } from './figure.js';

export function UnitBlock({ home, unit }: { home: Home; unit: HomeUnit }) {
  const { t } = useI18n();
  const cardStyles = useCardStyles();
  const by = { unitId: unit.unitId };
  const planWeek = formatDate(home.planWeek);
  const overview = paths.plansOverview({ unitId: unit.unitId, week: home.planWeek });
  return (
    <Card
      title={<h2 style={{ margin: 0, fontSize: 16, whiteSpace: 'normal' }}>{unit.unitName}</h2>}
      data-testid="home-unit"
      styles={cardStyles}
    >
      <Part title={t('home.unit.tasks')}>
        <div style={figureGrid}>
          <Figure
            n={unit.tasks.late}
            label={t('home.tasks.late')}
            tone="danger"
            to={paths.tasks({ ...by, overdue: 'true' })}
            testId="unit-late"
          />
          <Figure
            n={unit.tasks.dueThisWeek}
            label={t('home.tasks.dueThisWeek')}
            tone="warning"
            to={paths.tasks({ ...by, from: home.today, to: home.week.end })}
          />
          <Figure n={unit.tasks.fresh} label={t('home.tasks.fresh')} tone="warning" to={paths.tasks({ ...by, status: 'new' })} />
          <Figure
            n={unit.meetingsThisWeek}
            label={t('home.unit.meetings')}
            to={paths.meetings({ unitId: unit.unitId, from: home.week.start, to: home.week.end })}
          />
        </div>
      </Part>
      {unit.plans ? (
        <Part title={t('home.unit.plans', { week: planWeek })}>
          <div style={figureGrid}>
            {unit.plans.toApprove !== null ? (
              <Figure n={unit.plans.toApprove} label={t('home.plans.toApprove')} tone="danger" to={overview} testId="unit-to-approve" />
            ) : null}
            <Figure n={unit.plans.submitted} label={t('home.plans.submitted')} to={overview} />
            <Figure n={unit.plans.approved} label={t('home.plans.approved')} tone="good" to={overview} />
            <Figure n={unit.plans.unsent} label={t('home.plans.unsent')} to={overview} />
          </div>
        </Part>
      ) : null}
      <Part
        title={t('home.unit.indicators', { year: unit.indicatorsYear })}
        extra={<Link to={paths.unitDashboard(unit.unitId, unit.indicatorsYear)}>{t('home.unit.openIndicators')}</Link>}
      >
        {unit.indicators.length ? (
          <IndicatorsChart indicators={unit.indicators} />
        ) : (
          <Typography.Text type="secondary">{t('home.unit.noIndicators', { year: unit.indicatorsYear })}</Typography.Text>
        )}
      </Part>
      <Part title={t('home.chart.lateness')} extra={<Link to={paths.tasks({ ...by, overdue: 'true' })}>{t('home.seeList')}</Link>}>
        <LatenessChart points={unit.lateness} testId="unit-lateness-chart" />
      </Part>
    </Card>
  );
}
