// Who lacks the standard of the post they hold or are planned for (planning's standards, Quy định
// 377-QĐ/TW), on the day chosen above the tabs: each person with the posts and the standards not met, the name leading to
// the person's page. Paged by the server with its total.
import { useQuery } from '@tanstack/react-query';
import { Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { StandardsGapList } from '../../../../contracts/training.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { useT } from '../../../i18n/context.js';
import { api } from '../../../lib/api-client.js';
import { useNumberFormat } from '../../../lib/numbers.js';
import { PersonCell } from './person-cell.js';

const PAGE_SIZE = 20;

export function GapsTab({ unitId, at }: { unitId: string; at: string }) {
  const t = useT();
  const nf = useNumberFormat();
  const [page, setPage] = useState(1);
  const q = useQuery({
    queryKey: ['training', 'gaps', unitId, at, page],
    queryFn: () => api.get<StandardsGapList>(`/api/training/units/${unitId}/standards-gaps`, { at, page, pageSize: PAGE_SIZE }),
  });
  if (q.error) return <ErrorAlert error={q.error} />;
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} align="center" wrap>
        {q.data ? (
          <Typography.Text type="secondary">
            {t('trainingReports.gaps.summary', { lacking: nf.count(q.data.total), checked: nf.count(q.data.checked) })}
          </Typography.Text>
        ) : null}
      </Flex>
      <ResponsiveTable
        rowKey="personId"
        size="small"
        loading={q.isPending}
        dataSource={q.data?.items ?? []}
        locale={{ emptyText: q.isPending ? ' ' : t('trainingReports.gaps.none') }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: q.data?.total ?? 0, showSizeChanger: false, onChange: setPage }}
        columns={[
          {
            title: t('trainingReports.gaps.name'),
            key: 'n',
            render: (_, p) => <PersonCell personId={p.personId} name={p.name} unitName={p.unitName} />,
          },
          {
            title: t('trainingReports.gaps.post'),
            key: 'p',
            render: (_, p) => (
              <Flex vertical gap={6}>
                {p.posts.map((post) => (
                  <div key={`${post.postCode}-${post.relation}`}>
                    <Typography.Text strong>{post.title}</Typography.Text>{' '}
                    <Tag color={post.relation === 'held' ? 'blue' : 'purple'}>
                      {t(post.relation === 'held' ? 'trainingReports.gaps.held' : 'trainingReports.gaps.planned')}
                    </Tag>
                    <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
                      {post.checks
                        .filter((c) => !c.met)
                        .map((c) => (
                          <li key={c.dimension}>{c.message}</li>
                        ))}
                    </ul>
                  </div>
                ))}
              </Flex>
            ),
          },
        ]}
      />
    </Flex>
  );
}
