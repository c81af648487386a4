// The recognitions as an exemplar over the years (the register of exemplary collectives and
// individuals) of a person (their page) or of a unit as a collective (the unit's page): year, campaign,
// achievement and the recognising decision. Shown only when the API answers (the reader's scope).
import { useQuery } from '@tanstack/react-query';
import type { ExemplarList } from '../../../contracts/training.js';
import { ResponsiveTable } from '../responsive-table.js';
import { useI18n } from '../../i18n/context.js';
import { api } from '../../lib/api-client.js';
import { CardSection as Section } from './card-section.js';
import { ExemplarDecision } from './exemplar-decision.js';

function ExemplarsCard({ path, title, empty }: { path: string; title: string; empty: string }) {
  const { t, tx } = useI18n();
  const list = useQuery({
    queryKey: ['exemplars', 'of', path],
    queryFn: () => api.get<ExemplarList>(path),
    retry: false,
  });
  if (!list.data) return null;
  return (
    <Section title={title}>
      <ResponsiveTable
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={list.data.items}
        locale={{ emptyText: empty }}
        columns={[
          { title: t('exemplar.year'), dataIndex: 'year', key: 'y' },
          { title: t('exemplar.campaign'), key: 'c', render: (_, r) => tx(`exemplar.campaign.${r.campaign}`, r.campaign) },
          { title: t('exemplar.achievement'), dataIndex: 'achievement', key: 'a' },
          { title: t('exemplar.decision'), key: 'd', render: (_, r) => <ExemplarDecision exemplar={r} /> },
        ]}
      />
    </Section>
  );
}

export function PersonExemplarsCard({ personId }: { personId: string }) {
  const t = useI18n().t;
  return <ExemplarsCard path={`/api/exemplars/people/${personId}`} title={t('exemplar.section')} empty={t('exemplar.none')} />;
}

export function UnitExemplarsCard({ unitId }: { unitId: string }) {
  const t = useI18n().t;
  return <ExemplarsCard path={`/api/exemplars/units/${unitId}`} title={t('exemplar.unitSection')} empty={t('exemplar.unitNone')} />;
}
