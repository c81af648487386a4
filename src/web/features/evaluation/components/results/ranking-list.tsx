// The ranking of a period (best score first) and the counts per cadre group: a table on a wide
// screen, a list of cards on a phone (nothing scrolls sideways). Each person's form can be
// downloaded as PDF or Excel from their row.
import { Card, Flex, Table, Typography } from 'antd';
import { Link } from 'react-router';
import type { Distribution, RankingItem } from '../../../../../contracts/evaluation-reports.js';
import { paths } from '../../../../app/paths.js';
import { DownloadButton } from '../../../../components/download-button.js';
import { LEVELS, LevelTag } from '../../../../components/evaluation-level.js';
import { useT } from '../../../../i18n/context.js';
import { reportFiles } from '../../../../lib/api/evaluation-reports.js';
import { useNumberFormat } from '../../../../lib/numbers.js';
import { CardList } from '../../../../components/card-list.js';
import type { Basis } from './distribution-charts.js';

function FormButtons({ item }: { item: RankingItem }) {
  const t = useT();
  return (
    <Flex gap={4}>
      {(['pdf', 'xlsx'] as const).map((f) => (
        <DownloadButton
          key={f}
          size="small"
          path={reportFiles.form(item.evaluationId, f)}
          fallbackName={`${item.name}.${f}`}
          ariaLabel={t(f === 'pdf' ? 'er.form.pdfOf' : 'er.form.xlsxOf', { name: item.name })}
        >
          {t(f === 'pdf' ? 'er.format.pdf' : 'er.format.xlsx')}
        </DownloadButton>
      ))}
    </Flex>
  );
}

export function RankingList({ data, narrow, loading }: { data: Distribution; narrow: boolean; loading: boolean }) {
  const t = useT();
  const nf = useNumberFormat();
  const title = t('er.ranking.title', { shown: nf.count(data.ranking.length), total: nf.count(data.rankingTotal) });
  const groupName = new Map(data.byGroup.map((g) => [g.cadreGroup, g.name]));
  const basis = (r: RankingItem) => t(`er.score.${r.basis}`);
  if (narrow) {
    return (
      <Card title={title} styles={{ body: { padding: 8 }, title: { whiteSpace: 'normal' } }} style={{ marginBottom: 16 }}>
        <CardList
          items={data.ranking}
          rowKey={(r) => r.evaluationId}
          loading={loading}
          pageSize={10}
          empty={t('er.empty.ranking')}
          render={(r) => (
            <>
              <Flex justify="space-between" align="baseline" gap={8}>
                <Typography.Text strong style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                  {r.rank}. <Link to={paths.person(r.personId)}>{r.name}</Link>
                </Typography.Text>
                <span style={{ whiteSpace: 'nowrap' }}>
                  <Typography.Text strong>{nf.score(r.score)}</Typography.Text> <LevelTag level={r.level} />
                </span>
              </Flex>
              <Typography.Paragraph type="secondary" style={{ margin: '4px 0', overflowWrap: 'anywhere' }}>
                {r.unitName} · {groupName.get(r.cadreGroup) ?? r.cadreGroup} · {basis(r)}
              </Typography.Paragraph>
              <FormButtons item={r} />
            </>
          )}
        />
      </Card>
    );
  }
  return (
    <Card title={title}>
      <Table<RankingItem>
        rowKey="evaluationId"
        size="small"
        loading={loading}
        dataSource={data.ranking}
        pagination={data.ranking.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={{ emptyText: t('er.empty.ranking') }}
        columns={[
          { title: t('er.col.rank'), dataIndex: 'rank', width: 64, align: 'right' },
          { title: t('er.col.name'), key: 'name', render: (_, r) => <Link to={paths.person(r.personId)}>{r.name}</Link> },
          { title: t('er.col.unit'), dataIndex: 'unitName' },
          { title: t('er.col.group'), key: 'group', render: (_, r) => groupName.get(r.cadreGroup) ?? r.cadreGroup },
          { title: t('er.col.score'), key: 'score', align: 'right', render: (_, r) => nf.score(r.score) },
          { title: t('er.col.basis'), key: 'basis', render: (_, r) => basis(r) },
          { title: t('er.col.level'), key: 'level', render: (_, r) => <LevelTag level={r.level} /> },
          { title: t('er.col.form'), key: 'form', render: (_, r) => <FormButtons item={r} /> },
        ]}
      />
    </Card>
  );
}

type GroupRow = Distribution['byGroup'][number];

export function GroupCounts({ data, basis, narrow }: { data: Distribution; basis: Basis; narrow: boolean }) {
  const t = useT();
  const nf = useNumberFormat();
  const title = t('er.groups.title');
  if (narrow) {
    return (
      <Card title={title} styles={{ body: { padding: 8 }, title: { whiteSpace: 'normal' } }} style={{ marginBottom: 16 }}>
        <CardList
          items={data.byGroup}
          rowKey={(g) => g.cadreGroup}
          empty={t('er.empty.ranking')}
          render={(g) => (
            <>
              <Typography.Text strong>{g.name}</Typography.Text>
              <Flex gap={8} wrap style={{ marginTop: 4 }}>
                {LEVELS.map((l) => (
                  <span key={l}>
                    <LevelTag level={l} /> {nf.count(g[basis][l])}
                  </span>
                ))}
                <Typography.Text type="secondary">
                  {t('er.stat.excluded')}: {nf.count(g.excluded)}
                </Typography.Text>
              </Flex>
            </>
          )}
        />
      </Card>
    );
  }
  return (
    <Card title={title} style={{ marginBottom: 16 }}>
      <Table<GroupRow>
        rowKey="cadreGroup"
        size="small"
        pagination={false}
        dataSource={data.byGroup}
        columns={[
          { title: t('er.col.group'), dataIndex: 'name' },
          { title: t('er.stat.evaluated'), key: 'evaluated', align: 'right', render: (_, g) => nf.count(g.evaluated) },
          ...LEVELS.map((l) => ({
            title: <LevelTag level={l} />,
            key: l,
            align: 'right' as const,
            render: (_: unknown, g: GroupRow) => nf.count(g[basis][l]),
          })),
          {
            title: t(basis === 'decided' ? 'er.level.undecided' : 'er.level.unproposed'),
            key: 'none',
            align: 'right',
            render: (_, g) => nf.count(g[basis].none),
          },
          { title: t('er.stat.excluded'), key: 'excluded', align: 'right', render: (_, g) => nf.count(g.excluded) },
        ]}
      />
    </Card>
  );
}
