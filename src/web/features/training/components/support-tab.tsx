// The training support of the year under the local policy (Quy định 03-QĐ/HU as data): what each course
// entitles, what was paid, what is still owed and what must be refunded after a broken commitment to
// serve; totals over the whole list, the list paged by the server with its total.
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Flex, Row, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { SupportList } from '../../../../contracts/training.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { useT } from '../../../i18n/context.js';
import { api } from '../../../lib/api-client.js';
import { formatDate } from '../../../lib/dates.js';
import { useNumberFormat } from '../../../lib/numbers.js';
import { PersonCell } from './person-cell.js';

const PAGE_SIZE = 20;
const TOTALS = ['entitled', 'paid', 'outstanding', 'refund'] as const;
const COLOR: Record<string, string> = { paid: 'green', owed: 'gold', broken: 'red' };

export function SupportTab({ unitId, year }: { unitId: string; year: number }) {
  const t = useT();
  const nf = useNumberFormat();
  const [page, setPage] = useState(1);
  const q = useQuery({
    queryKey: ['training', 'support', unitId, year, page],
    queryFn: () => api.get<SupportList>(`/api/training/units/${unitId}/support`, { year, page, pageSize: PAGE_SIZE }),
  });
  if (q.error) return <ErrorAlert error={q.error} />;
  return (
    <Flex vertical gap={12}>
      <Row gutter={[12, 12]}>
        {TOTALS.map((k) => (
          <Col xs={12} md={6} key={k}>
            <Card size="small" loading={q.isPending}>
              <Statistic title={t(`trainingReports.support.${k}`)} value={q.data?.totals[k] ?? 0} formatter={nf.statistic} suffix="đ" />
            </Card>
          </Col>
        ))}
      </Row>
      <ResponsiveTable
        rowKey={(r) => r.course.id}
        size="small"
        loading={q.isPending}
        dataSource={q.data?.items ?? []}
        locale={{ emptyText: q.isPending ? ' ' : t('trainingReports.support.none') }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: q.data?.total ?? 0, showSizeChanger: false, onChange: setPage }}
        columns={[
          {
            title: t('trainingReports.gaps.name'),
            key: 'n',
            render: (_, r) => <PersonCell personId={r.personId} name={r.name} unitName={r.unitName} />,
          },
          {
            title: t('trainingReports.support.course'),
            key: 'c',
            render: (_, r) => (
              <div>
                {r.course.name}
                <div>
                  <Typography.Text type="secondary">{formatDate(r.course.endDate)}</Typography.Text>
                </div>
              </div>
            ),
          },
          ...TOTALS.map((k) => ({
            title: t(`trainingReports.support.${k}`),
            key: k,
            align: 'right' as const,
            render: (_: unknown, r: SupportList['items'][number]) => nf.count(r.support[k]),
          })),
          {
            title: t('trainingReports.support.status'),
            key: 's',
            render: (_, r) => <Tag color={COLOR[r.support.status]}>{t(`trainingReports.support.status.${r.support.status}`)}</Tag>,
          },
        ]}
      />
    </Flex>
  );
}
