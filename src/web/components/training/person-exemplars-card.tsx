// A person's recognitions as an exemplar over the years (the register of exemplary collectives and
// individuals): year, campaign, achievement and the recognising decision. Shown only when the API answers.
import { useQuery } from '@tanstack/react-query';
import { Tag } from 'antd';
import type { ExemplarList } from '../../../contracts/training.js';
import { ResponsiveTable } from '../responsive-table.js';
import { useI18n } from '../../i18n/context.js';
import { api } from '../../lib/api-client.js';
import { formatDate } from '../../lib/dates.js';
import { CardSection as Section } from './card-section.js';

export function PersonExemplarsCard({ personId }: { personId: string }) {
  const { t, tx } = useI18n();
  const list = useQuery({
    queryKey: ['exemplars', 'person', personId],
    queryFn: () => api.get<ExemplarList>(`/api/exemplars/people/${personId}`),
    retry: false,
  });
  if (!list.data) return null;
  return (
    <Section title={t('exemplar.section')}>
      <ResponsiveTable
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={list.data.items}
        locale={{ emptyText: t('exemplar.none') }}
        columns={[
          { title: t('exemplar.year'), dataIndex: 'year', key: 'y' },
          { title: t('exemplar.campaign'), key: 'c', render: (_, r) => tx(`exemplar.campaign.${r.campaign}`, r.campaign) },
          { title: t('exemplar.achievement'), dataIndex: 'achievement', key: 'a' },
          {
            title: t('exemplar.decision'),
            key: 'd',
            render: (_, r) =>
              r.status === 'recognised' && r.decisionRef && r.decisionDate && r.level ? (
                t('exemplar.decisionText', {
                  ref: r.decisionRef,
                  date: formatDate(r.decisionDate),
                  level: tx(`exemplar.level.${r.level}`, r.level),
                })
              ) : (
                <Tag>{t(`exemplar.status.${r.status}`)}</Tag>
              ),
          },
        ]}
      />
    </Section>
  );
}
