// The register of a unit's subtree for a year (and campaign, status): one page at a time from the
// server with the total; a nomination the reader may decide opens the decision dialog.
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import type { ExemplarPage, ExemplarView } from '../../../../contracts/training.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { ExemplarDecision } from '../../../components/training/exemplar-decision.js';
import { useI18n } from '../../../i18n/context.js';
import { api } from '../../../lib/api-client.js';
import { useNumberFormat } from '../../../lib/numbers.js';
import { DecideDialog } from './decide-dialog.js';

const PAGE_SIZE = 20;
const STATUSES = ['nominated', 'recognised', 'declined'] as const;

export function RegisterTab({ unitId, year, campaign }: { unitId: string; year: number; campaign?: string }) {
  const { t, tx } = useI18n();
  const nf = useNumberFormat();
  const [status, setStatus] = useState<string | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [deciding, setDeciding] = useState<ExemplarView | null>(null);
  const list = useQuery({
    queryKey: ['exemplars', 'list', unitId, year, campaign, status, page],
    queryFn: () => api.get<ExemplarPage>('/api/exemplars', { unitId, year, campaign, status, page, pageSize: PAGE_SIZE }),
  });
  if (list.error) return <ErrorAlert error={list.error} />;
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} align="center" wrap>
        <Select
          aria-label={t('exemplar.status')}
          allowClear
          placeholder={t('exemplar.status')}
          value={status}
          onChange={(v?: string) => {
            setStatus(v);
            setPage(1);
          }}
          options={STATUSES.map((s) => ({ value: s, label: t(`exemplar.status.${s}`) }))}
          style={{ minWidth: 180 }}
        />
        {list.data ? <Typography.Text type="secondary">{t('exemplar.total', { count: nf.count(list.data.total) })}</Typography.Text> : null}
      </Flex>
      <ResponsiveTable
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: list.isPending ? ' ' : t('exemplar.empty') }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          hideOnSinglePage: true,
          onChange: setPage,
        }}
        columns={[
          {
            title: t('exemplar.name'),
            key: 'n',
            render: (_, r) => (
              <Flex vertical>
                <Typography.Text strong>{r.name}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`exemplar.subject.${r.subject}`)} · {r.unitName}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            title: t('exemplar.campaign'),
            key: 'c',
            render: (_, r) => (
              <Flex vertical>
                <span>{tx(`exemplar.campaign.${r.campaign}`, r.campaign)}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`exemplar.source.${r.source}`)}
                </Typography.Text>
              </Flex>
            ),
          },
          { title: t('exemplar.achievement'), dataIndex: 'achievement', key: 'a' },
          {
            title: t('exemplar.decision'),
            key: 'd',
            render: (_, r) =>
              r.actions.recognise ? (
                <Button size="small" type="primary" ghost onClick={() => setDeciding(r)}>
                  {t('exemplar.decide')}
                </Button>
              ) : (
                <ExemplarDecision exemplar={r} />
              ),
          },
        ]}
      />
      <DecideDialog nomination={deciding} onClose={() => setDeciding(null)} />
    </Flex>
  );
}
