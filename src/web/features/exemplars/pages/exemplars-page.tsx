// The register of exemplary collectives and individuals of a unit (issue 13): by year and campaign, the
// nominations and the decisions (paged by the server); the year's commendation suggestions of the
// evaluation, each nominated in one step; a unit nominates a person or a collective with the achievement;
// the organising body records the recognising decision or declines it; the year's report (all campaigns
// or one) prints as offices print it (PDF, Excel).
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Select, Tabs } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { EXEMPLAR_CAMPAIGNS } from '../../../../domain/training/index.js';
import { rolesOf } from '../../../../contracts/permissions.js';
import type { ExemplarPage } from '../../../../contracts/training.js';
import { DownloadButton } from '../../../components/download-button.js';
import { PageHeader } from '../../../components/page-header.js';
import { useI18n } from '../../../i18n/context.js';
import { enumOptions } from '../../../i18n/enum-options.js';
import { api } from '../../../lib/api-client.js';
import { today } from '../../../lib/dates.js';
import { useCurrentUser } from '../../../lib/session.js';
import { NominateDialog, type NominationPreset } from '../components/nominate-dialog.js';
import { RegisterTab } from '../components/register-tab.js';
import { SuggestionsTab } from '../components/suggestions-tab.js';

const READ_ROLES: readonly string[] = [...rolesOf('exemplars.read'), ...rolesOf('exemplars.nominate'), ...rolesOf('exemplars.recognise')];
const SUGGESTION_ROLES: readonly string[] = rolesOf('evaluation.read');

export default function ExemplarsPage() {
  const { t, tx } = useI18n();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const units = [...new Map(me.roles.filter((r) => READ_ROLES.includes(r.role)).map((r) => [r.unitId, r.unitName])).entries()];
  const unitId = params.get('unitId') ?? units[0]?.[0];
  const thisYear = Number(today().slice(0, 4));
  const year = Number(params.get('year') ?? thisYear);
  const campaign = params.get('campaign') ?? undefined;
  const tab = params.get('tab') === 'suggestions' ? 'suggestions' : 'register';
  const [nominating, setNominating] = useState<{ preset: NominationPreset | null } | null>(null);
  // Whether the reader nominates in this unit (the first page answers it).
  const head = useQuery({
    queryKey: ['exemplars', 'list', unitId, year, campaign, undefined, 1],
    queryFn: () => api.get<ExemplarPage>('/api/exemplars', { unitId, year, campaign, page: 1, pageSize: 20 }),
    enabled: !!unitId,
  });
  const canNominate = head.data?.actions.nominate ?? false;
  const suggestions = me.roles.some((r) => r.unitId === unitId && SUGGESTION_ROLES.includes(r.role));
  const set = (k: string, v: string) => setParams((p) => ({ ...Object.fromEntries(p), [k]: v }));
  return (
    <>
      <PageHeader
        title={t('exemplar.register')}
        extra={
          <Flex gap={8} wrap>
            {units.length > 1 ? (
              <Select
                aria-label={t('exemplar.unit')}
                value={unitId}
                onChange={(v) => set('unitId', v)}
                options={units.map(([value, label]) => ({ value, label }))}
                popupMatchSelectWidth={false}
                style={{ maxWidth: '100%' }}
              />
            ) : null}
            <Select
              aria-label={t('exemplar.year')}
              value={year}
              onChange={(v) => set('year', String(v))}
              options={[thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map((y) => ({ value: y, label: String(y) }))}
            />
            <Select
              aria-label={t('exemplar.campaign')}
              allowClear
              placeholder={t('exemplar.campaign')}
              value={campaign}
              onChange={(v?: string) =>
                setParams((p) => ({ ...Object.fromEntries([...p].filter(([k]) => k !== 'campaign')), ...(v ? { campaign: v } : {}) }))
              }
              options={enumOptions(tx, 'exemplar.campaign', EXEMPLAR_CAMPAIGNS)}
              popupMatchSelectWidth={false}
              style={{ width: 260, maxWidth: '100%' }}
            />
            {canNominate ? (
              <Button type="primary" onClick={() => setNominating({ preset: null })}>
                {t('exemplar.nominate')}
              </Button>
            ) : null}
            {unitId ? (
              <>
                <DownloadButton path="/api/exemplars/report" query={{ unitId, year, campaign, format: 'pdf' }} fallbackName={`${year}.pdf`}>
                  {t('exemplar.report.pdf')}
                </DownloadButton>
                <DownloadButton
                  path="/api/exemplars/report"
                  query={{ unitId, year, campaign, format: 'xlsx' }}
                  fallbackName={`${year}.xlsx`}
                >
                  {t('exemplar.report.xlsx')}
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
            {
              key: 'register',
              label: t('exemplar.tab.register'),
              children: <RegisterTab unitId={unitId} year={year} campaign={campaign} />,
            },
            ...(suggestions
              ? [
                  {
                    key: 'suggestions',
                    label: t('exemplar.tab.suggestions'),
                    children: (
                      <SuggestionsTab
                        unitId={unitId}
                        year={year}
                        canNominate={canNominate}
                        onNominate={(preset) => setNominating({ preset })}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
      ) : null}
      <NominateDialog open={!!nominating} onClose={() => setNominating(null)} year={year} preset={nominating?.preset ?? null} />
    </>
  );
}
