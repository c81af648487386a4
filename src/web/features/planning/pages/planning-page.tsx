// Planning: the unit's planning terms (with the reference months of the age rule) and its plan for each;
// the organising body starts a plan, every reader opens the plans they may see; the procedure's
// cadence (what is due and what is late).
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Select, Spin, Tag, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { useT } from '../../../i18n/context.js';
import { rolesOf } from '../../../../contracts/permissions.js';
import { useCurrentUser } from '../../../lib/session.js';
import { createPlan, planningKeys, useUnitPlans } from '../api/planning.js';
import { CadenceCard } from '../components/cadence-card.js';

/** The units whose plans the account reads: its bindings with a planning role (from the permission matrix). */
const PLANNING_ROLES: readonly string[] = [...rolesOf('planning.read'), ...rolesOf('planning.inspect')];
const month = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;
const LEVELS = ['commune', 'province', 'grassroots'] as const;
/** Several reference months name their level (a bare list of months left people guessing); one stands alone. */
function referenceMonthsText(months: Record<string, string>, t: ReturnType<typeof useT>): string {
  const entries = Object.entries(months);
  if (entries.length === 1) return month(entries[0][1]);
  return entries
    .map(([level, m]) => {
      const known = LEVELS.find((l) => l === level);
      return known ? `${t(`planning.referenceLevel.${known}`)} ${month(m)}` : month(m);
    })
    .join(' · ');
}

export default function PlanningPage() {
  const t = useT();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const units = [...new Map(me.roles.filter((r) => PLANNING_ROLES.includes(r.role)).map((r) => [r.unitId, r.unitName])).entries()];
  const unitId = params.get('unitId') ?? units[0]?.[0];
  const plans = useUnitPlans(unitId);

  const start = async (termId: string) => {
    try {
      const plan = await createPlan(unitId, termId);
      await qc.invalidateQueries({ queryKey: planningKeys.all });
      void navigate(paths.planningPlan(plan.id));
    } catch (err) {
      void message.error(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <>
      <PageHeader
        title={t('planning.title')}
        subtitle={t('planning.subtitle')}
        extra={
          <Flex gap={16} wrap>
            {units.length > 0 ? (
              <Link to={paths.planningOverview(unitId ? { unitId } : undefined)}>{t('planning.overview.open')}</Link>
            ) : null}
            <Link to={paths.planningLadder()}>{t('planning.ladder.open')}</Link>
          </Flex>
        }
      />
      {units.length === 0 ? <Typography.Paragraph>{t('planning.noUnit')}</Typography.Paragraph> : null}
      {units.length > 1 ? (
        <Flex gap={8} align="center" wrap style={{ marginBottom: 16 }}>
          <label htmlFor="planning-unit">{t('planning.unit')}</label>
          <Select
            id="planning-unit"
            style={{ minWidth: 260, maxWidth: '100%' }}
            value={unitId}
            options={units.map(([value, label]) => ({ value, label }))}
            onChange={(v: string) => setParams({ unitId: v })}
          />
        </Flex>
      ) : null}
      <ErrorAlert error={plans.error} />
      {plans.isLoading ? <Spin /> : null}
      {plans.data ? (
        <>
          <Typography.Title level={2} style={{ fontSize: 18 }}>
            {plans.data.unit.name}
          </Typography.Title>
          <CadenceCard cadence={plans.data.cadence} unitId={plans.data.unit.id} />
          <Flex vertical gap={12}>
            {plans.data.items.map(({ term, plan }) => (
              <Card key={term.id} size="small" title={`${term.name} · ${t(`planning.body.${term.body}`)}`}>
                <Flex justify="space-between" align="center" gap={8} wrap>
                  <div>
                    <Typography.Text type="secondary">
                      {t('planning.referenceMonths')}: {referenceMonthsText(term.referenceMonths, t)}
                    </Typography.Text>
                    <div style={{ marginTop: 4 }}>
                      {plan ? (
                        <Flex gap={8} wrap>
                          <Tag color={plan.status === 'approved' ? 'green' : 'gold'}>{t(`planning.status.${plan.status}`)}</Tag>
                          <span>{t('planning.candidateCount', { people: plan.people, count: plan.candidates })}</span>
                        </Flex>
                      ) : (
                        <Typography.Text>{t('planning.noPlan')}</Typography.Text>
                      )}
                    </div>
                  </div>
                  {plan ? (
                    <Button type="primary" onClick={() => void navigate(paths.planningPlan(plan.id))}>
                      {t('planning.open')}
                    </Button>
                  ) : plans.data.actions.create ? (
                    <Button onClick={() => void start(term.id)}>{t('planning.create')}</Button>
                  ) : null}
                </Flex>
              </Card>
            ))}
          </Flex>
        </>
      ) : null}
    </>
  );
}
