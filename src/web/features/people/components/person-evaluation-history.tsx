// A person's evaluations across periods (Quy định 366-QĐ/TW): scores over time as a chart whose
// points take their level's colour, each period's level and status, the form of each period (PDF,
// Excel), and the commendation suggestions the levels earn. The person sees only what has been
// published; the managers of their unit see every step. Anyone else gets nothing (the API answers
// 404), so the card shows only when the API answers.
import { Alert, Flex, Grid, Table, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useLocation } from 'react-router';
import type { HistoryItem } from '../../../../contracts/evaluation-reports.js';
import { type ChartOption, EChart } from '../../../components/charts/echart.js';
import { DownloadButton } from '../../../components/download-button.js';
import { LEVEL_CHART_COLOURS, LevelTag } from '../../../components/evaluation-level.js';
import { type TFunction, useT } from '../../../i18n/context.js';
import { isApiError } from '../../../lib/api-client.js';
import { reportFiles, useEvaluationHistory } from '../../../lib/api/evaluation-reports.js';
import { formatDateTime } from '../../../lib/dates.js';
import { type NumberFormat, useNumberFormat } from '../../../lib/numbers.js';
import { CardList } from '../../../components/card-list.js';
import { useCurrentUser } from '../../../lib/session.js';
import { Section } from './person-sections.js';

const ANCHOR = 'evaluation-history';
const KIND_ORDER = { month: 0, quarter: 1, year: 2, term: 3 } as const;
/** Oldest first: by year, then months and quarters by their end, the year itself after them. */
const chronological = (a: HistoryItem, b: HistoryItem) => {
  const end = (i: HistoryItem) =>
    i.period.kind === 'month' ? i.period.number : i.period.kind === 'quarter' ? i.period.number * 3 : 12 + KIND_ORDER[i.period.kind];
  return a.period.year - b.period.year || end(a) - end(b);
};

function scoresOption(t: TFunction, nf: NumberFormat, items: HistoryItem[]): ChartOption {
  const scored = items.filter((i) => i.score !== null).sort(chronological);
  return {
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const item = scored[(p as { dataIndex: number }).dataIndex];
        return item ? `${item.period.label}: ${nf.score(item.score)} · ${item.levelName ?? ''}` : '';
      },
    },
    xAxis: { type: 'category', data: scored.map((i) => i.period.label), axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v: number) => nf.score(v) } },
    series: [
      {
        type: 'line',
        name: t('er.col.score'),
        symbolSize: 10,
        lineStyle: { color: '#8c8c8c' },
        label: { show: scored.length <= 12, position: 'top', formatter: (p) => nf.score(Number(p.value)) },
        data: scored.map((i) => ({ value: i.score, itemStyle: { color: LEVEL_CHART_COLOURS[i.level ?? 'none'] } })),
      },
    ],
  };
}

function FormLinks({ item, name }: { item: HistoryItem; name: string }) {
  const t = useT();
  if (item.status === 'excluded') return null;
  return (
    <Flex gap={4}>
      {(['pdf', 'xlsx'] as const).map((f) => (
        <DownloadButton
          key={f}
          size="small"
          path={reportFiles.form(item.evaluationId, f)}
          fallbackName={`${name} ${item.period.label}.${f}`}
        >
          {/* The name starts with the visible word (WCAG 2.5.3, label in name); the period follows for screen readers. */}
          {t(f === 'pdf' ? 'er.format.pdf' : 'er.format.xlsx')}
          <span className="canbo-sr-only">{t('er.form.ofPeriod', { period: item.period.label })}</span>
        </DownloadButton>
      ))}
    </Flex>
  );
}

export function PersonEvaluationHistory({ personId }: { personId: string }) {
  const t = useT();
  const nf = useNumberFormat();
  const me = useCurrentUser();
  const narrow = !Grid.useBreakpoint().md;
  const mayRead = me.can.readEvaluations || me.personId === personId;
  const history = useEvaluationHistory(personId, mayRead);
  const data = history.data;
  const option = useMemo(() => (data ? scoresOption(t, nf, data.items) : null), [t, nf, data]);
  const { hash } = useLocation();
  // Linked to from "my results across periods": bring the card into view once it has content.
  useEffect(() => {
    if (data && hash === `#${ANCHOR}`) document.getElementById(ANCHOR)?.scrollIntoView({ block: 'start' });
  }, [data, hash]);
  if (!mayRead || isApiError(history.error, 404) || isApiError(history.error, 403)) return null;
  if (!data) return history.error ? <Alert type="error" showIcon title={t('er.history.failed')} /> : null;

  const title = t('er.history.title');
  const status = (i: HistoryItem) => t(`evaluation.status.${i.status}`);
  const scored = data.items.some((i) => i.score !== null);
  return (
    <div id={ANCHOR}>
      <Section title={title}>
        {data.commendations.map((c) => (
          <Alert key={`${c.year}-${c.kind}`} type="success" showIcon style={{ marginBottom: 8 }} title={c.message} description={c.rule} />
        ))}
        {scored && option ? (
          <EChart option={option} label={t('er.history.chart', { name: data.name })} height={240} testId="history" />
        ) : null}
        {narrow ? (
          <CardList
            items={data.items}
            rowKey={(i) => i.evaluationId}
            empty={t('er.history.empty')}
            render={(i) => (
              <>
                <Flex justify="space-between" gap={8} align="baseline">
                  <Typography.Text strong>{i.period.label}</Typography.Text>
                  <span style={{ whiteSpace: 'nowrap' }}>
                    {nf.score(i.score)} <LevelTag level={i.level} />
                  </span>
                </Flex>
                <Typography.Paragraph type="secondary" style={{ margin: '4px 0', overflowWrap: 'anywhere' }}>
                  {i.unitName} · {i.cadreGroupName} · {status(i)}
                </Typography.Paragraph>
                <FormLinks item={i} name={data.name} />
              </>
            )}
          />
        ) : (
          <Table<HistoryItem>
            rowKey="evaluationId"
            size="small"
            pagination={data.items.length > 12 ? { pageSize: 12, showSizeChanger: false } : false}
            dataSource={data.items}
            locale={{ emptyText: t('er.history.empty') }}
            columns={[
              { title: t('er.col.period'), key: 'period', render: (_, i) => i.period.label },
              { title: t('er.col.unit'), dataIndex: 'unitName' },
              { title: t('er.col.group'), dataIndex: 'cadreGroupName' },
              { title: t('er.col.status'), key: 'status', render: (_, i) => status(i) },
              { title: t('er.col.score'), key: 'score', align: 'right', render: (_, i) => nf.score(i.score) },
              { title: t('er.col.level'), key: 'level', render: (_, i) => <LevelTag level={i.level} /> },
              { title: t('er.col.publishedAt'), key: 'published', render: (_, i) => formatDateTime(i.publishedAt).slice(0, 10) || '—' },
              { title: t('er.col.form'), key: 'form', render: (_, i) => <FormLinks item={i} name={data.name} /> },
            ]}
          />
        )}
      </Section>
    </div>
  );
}
