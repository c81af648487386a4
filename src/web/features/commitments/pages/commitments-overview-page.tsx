// The committee's view of a year's commitments in a unit's subtree: who has not written, who waits for
// approval, who has not reported or not been assessed — with a link to each commitment.
import { Card, Col, Flex, Form, InputNumber, Result, Select, Statistic } from 'antd';
import { Link } from 'react-router';
import { type CommitmentOverviewRow, type CommitmentStage, CommitmentStages } from '../../../../contracts/commitments.js';
import { paths } from '../../../app/paths.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { OverviewFilters, PersonCell, UnitFilter, useParamPatch } from '../../../components/review/overview-parts.js';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { useI18n } from '../../../i18n/context.js';
import { useNumberFormat } from '../../../lib/numbers.js';
import { useCurrentUser } from '../../../lib/session.js';
import { useHomeUnit } from '../../../lib/work/work-can.js';
import { useCommitmentOverview } from '../api/commitments.js';
import { StageTag } from '../components/commitment-tags.js';
import { yearOf } from './my-commitment-page.js';

const isStage = (s: string | null): s is CommitmentStage => !!s && (CommitmentStages as readonly string[]).includes(s);

export default function CommitmentsOverviewPage() {
  const { t, tx } = useI18n();
  const nf = useNumberFormat();
  const can = useCurrentUser().can;
  const home = useHomeUnit();
  const [params, set] = useParamPatch();
  const year = yearOf(params.get('year'));
  const stageParam = params.get('stage');
  const stage = isStage(stageParam) ? stageParam : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const unitId = params.get('unitId') ?? home?.id;
  const overview = useCommitmentOverview(can.readCommitments ? unitId : undefined, year, stage, page);
  if (!can.readCommitments) return <Result status="403" title="403" subTitle={t('error.forbiddenPage')} />;
  const data = overview.data;

  return (
    <>
      <PageHeader
        title={t('commitments.overview.title')}
        subtitle={<Link to={paths.myCommitment(year)}>{t('commitments.mine.title')}</Link>}
      />
      <Card>
        <OverviewFilters>
          <UnitFilter
            id="commitments-unit"
            label={t('commitments.unit')}
            value={unitId}
            valueLabel={data?.unitName ?? home?.name}
            onChange={(v) => set({ unitId: v })}
          />
          <Col xs={12} md={6} lg={4}>
            <Form.Item label={t('commitments.year')} htmlFor="commitments-year">
              <InputNumber<number>
                id="commitments-year"
                min={2000}
                max={2199}
                value={year}
                onChange={(v) => (v ? set({ year: String(v) }) : undefined)}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6} lg={6}>
            <Form.Item label={t('commitments.stageFilter')} htmlFor="commitments-stage">
              <Select
                id="commitments-stage"
                value={stage ?? ''}
                onChange={(v: string) => set({ stage: v || undefined })}
                options={[
                  { value: '', label: t('commitments.allStages') },
                  ...CommitmentStages.map((s) => ({ value: s, label: tx(`commitmentStage.${s}`, s) })),
                ]}
              />
            </Form.Item>
          </Col>
        </OverviewFilters>
        <ErrorAlert error={overview.error} onReload={() => void overview.refetch()} />
        {data ? (
          <Flex gap={24} wrap style={{ marginBottom: 16 }}>
            {CommitmentStages.map((s) => (
              <Statistic key={s} title={tx(`commitmentStage.${s}`, s)} value={data.counts[s]} formatter={nf.statistic} />
            ))}
          </Flex>
        ) : null}
        <ResponsiveTable<CommitmentOverviewRow>
          size="small"
          rowKey={(r) => r.person.id}
          loading={overview.isFetching}
          dataSource={data?.items ?? []}
          pagination={{
            current: page,
            pageSize: data?.pageSize ?? 50,
            total: data?.total ?? 0,
            showSizeChanger: false,
            onChange: (p) => set({ page: String(p) }),
          }}
          scroll={{ x: 800 }}
          locale={{ emptyText: t('commitments.overview.empty') }}
          columns={[
            {
              key: 'person',
              title: t('commitments.person'),
              render: (_, r) => <PersonCell name={r.person.fullName} detail={r.unitName} />,
            },
            { key: 'stage', title: t('commitments.stage'), width: 240, render: (_, r) => <StageTag stage={r.stage} /> },
            { key: 'count', title: t('commitments.actionCount'), width: 130, align: 'right', render: (_, r) => nf.num(r.actionCount) },
            { key: 'outcome', title: t('commitments.outcome'), width: 130, align: 'right', render: (_, r) => nf.pct(r.outcomePct) },
            {
              key: 'open',
              title: t('common.actions'),
              width: 110,
              render: (_, r) =>
                r.commitmentId ? (
                  <Link
                    to={paths.commitment(r.commitmentId)}
                    aria-label={t('commitments.overview.openOf', { action: t('commitments.overview.open'), name: r.person.fullName })}
                  >
                    {t('commitments.overview.open')}
                  </Link>
                ) : null,
            },
          ]}
        />
      </Card>
    </>
  );
}
