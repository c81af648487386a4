// The training of a unit's cadres (issue 13): the structure with its charts, who lacks the standard of
// their post or planned post, the support paid under the local policy, and the year's training plan with
// its completion. Each tab prints as offices print it (PDF, Excel; the downloads are audited).
import { Flex, Select, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { rolesOf } from '../../../../contracts/permissions.js';
import { DateInput } from '../../../components/date-input.js';
import { DownloadButton } from '../../../components/download-button.js';
import { PageHeader } from '../../../components/page-header.js';
import { useT } from '../../../i18n/context.js';
import { today } from '../../../lib/dates.js';
import { useCurrentUser } from '../../../lib/session.js';
import { GapsTab } from '../components/gaps-tab.js';
import { PlanTab } from '../components/plan-tab.js';
import { StructureTab } from '../components/structure-tab.js';
import { SupportTab } from '../components/support-tab.js';

const READ_ROLES: readonly string[] = [...rolesOf('training.read'), ...rolesOf('training.write')];
const TABS = ['structure', 'gaps', 'support', 'plan'] as const;
type Tab = (typeof TABS)[number];

export default function TrainingPage() {
  const t = useT();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const units = [...new Map(me.roles.filter((r) => READ_ROLES.includes(r.role)).map((r) => [r.unitId, r.unitName])).entries()];
  const unitId = params.get('unitId') ?? units[0]?.[0];
  const thisYear = Number(today().slice(0, 4));
  const year = Number(params.get('year') ?? thisYear);
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'structure';
  const set = (k: string, v: string) => setParams((p) => ({ ...Object.fromEntries(p), [k]: v }));
  const yearly = tab === 'support' || tab === 'plan';
  // Structure and gaps are of a day (default today): the tabs and the printed report use the same one.
  const at = params.get('at') ?? today();
  const query = { kind: tab, ...(yearly ? { year } : { at }) };
  return (
    <>
      <PageHeader
        title={t('trainingReports.title')}
        extra={
          <Flex gap={8} wrap>
            {units.length > 1 ? (
              <Select
                aria-label={t('trainingReports.unit')}
                value={unitId}
                onChange={(v) => set('unitId', v)}
                options={units.map(([value, label]) => ({ value, label }))}
                style={{ minWidth: 200 }}
              />
            ) : null}
            {yearly ? (
              <Select
                aria-label={t('trainingReports.year')}
                value={year}
                onChange={(v) => set('year', String(v))}
                options={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: y, label: String(y) }))}
              />
            ) : (
              <Flex gap={8} align="center">
                <Typography.Text>{t('trainingReports.gaps.at')}</Typography.Text>
                <DateInput
                  aria-label={t('trainingReports.gaps.at')}
                  value={at}
                  max={today()}
                  onChange={(v) => {
                    if (v) set('at', v);
                  }}
                />
              </Flex>
            )}
            {unitId ? (
              <>
                <DownloadButton
                  path={`/api/training/units/${unitId}/report`}
                  query={{ ...query, format: 'pdf' }}
                  fallbackName={`${tab}.pdf`}
                >
                  {t('trainingReports.pdf')}
                </DownloadButton>
                <DownloadButton
                  path={`/api/training/units/${unitId}/report`}
                  query={{ ...query, format: 'xlsx' }}
                  fallbackName={`${tab}.xlsx`}
                >
                  {t('trainingReports.xlsx')}
                </DownloadButton>
              </>
            ) : null}
          </Flex>
        }
      />
      {unitId ? (
        <Tabs
          activeKey={tab}
          onChange={(k) => set('tab', k)}
          destroyOnHidden
          items={[
            { key: 'structure', label: t('trainingReports.tab.structure'), children: <StructureTab unitId={unitId} at={at} /> },
            { key: 'gaps', label: t('trainingReports.tab.gaps'), children: <GapsTab key={at} unitId={unitId} at={at} /> },
            { key: 'support', label: t('trainingReports.tab.support'), children: <SupportTab unitId={unitId} year={year} /> },
            { key: 'plan', label: t('trainingReports.tab.plan'), children: <PlanTab unitId={unitId} year={year} /> },
          ]}
        />
      ) : null}
    </>
  );
}
