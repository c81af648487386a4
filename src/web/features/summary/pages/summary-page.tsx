// Tổng hợp: task results of a unit per person and per unit for a week, month or quarter; click a
// number for the tasks behind it; export to Excel and PDF for the briefing meeting.
import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Row, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { SummaryPeriodKinds } from '../../../../contracts/summary.js';
import { isCivilDate } from '../../../../domain/dates.js';
import { DateInput } from '../../../components/date-input.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { UnitPicker } from '../../../components/pickers/unit-picker.js';
import { useI18n } from '../../../i18n/context.js';
import { formatDate, today } from '../../../lib/dates.js';
import { useHomeUnit } from '../../../lib/work/work-can.js';
import { exportUrl, useSummary, type DrillParams, type SummaryParams } from '../../../lib/api/summary.js';
import { DrillDown } from '../components/drill-down.js';
import { PeopleSummaryTable, UnitsSummaryTable, type DrillTarget } from '../components/summary-tables.js';

type Period = (typeof SummaryPeriodKinds)[number];

const PEOPLE_PAGE = 50;

export default function SummaryPage() {
  const { t, tx } = useI18n();
  const home = useHomeUnit();
  const [params, setParams] = useSearchParams();
  const [drill, setDrill] = useState<{ query: DrillParams; title: string } | null>(null);
  const unitId = params.get('unitId') ?? home?.id;
  const p = params.get('period');
  const period: Period = (SummaryPeriodKinds as readonly string[]).includes(p ?? '') ? (p as Period) : 'week';
  const d = params.get('date');
  const date = d && isCivilDate(d) ? d : today();
  const query: SummaryParams | null = unitId ? { unitId, period, date } : null;
  const pg = Number(params.get('page'));
  const page = Number.isInteger(pg) && pg >= 1 ? pg : 1;
  const summary = useSummary(query ? { ...query, page, pageSize: PEOPLE_PAGE } : null);
  const s = summary.data;
  const set = (patch: Record<string, string | null | undefined>) => {
    const next = new URLSearchParams(params);
    // Another unit, period or date starts from the first page of people.
    if (!('page' in patch)) next.delete('page');
    for (const [k, v] of Object.entries(patch))
      if (v) next.set(k, v);
      else next.delete(k);
    setParams(next);
  };
  const openDrill = (target: DrillTarget) => {
    if (!query) return;
    const { label, ...rest } = target;
    setDrill({ query: { ...query, asOf: s?.asOf, ...rest }, title: `${tx(`summary.col.${target.metric}`, target.metric)} — ${label}` });
  };

  return (
    <>
      <PageHeader
        title={t('summary.title')}
        extra={
          query ? (
            <>
              <Button icon={<FileExcelOutlined />} href={exportUrl('xlsx', query)} download>
                {t('summary.exportExcel')}
              </Button>
              <Button icon={<FilePdfOutlined />} href={exportUrl('pdf', query)} download>
                {t('summary.exportPdf')}
              </Button>
            </>
          ) : null
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Form layout="vertical" component="div">
          <Row gutter={12}>
            <Col xs={24} md={12} lg={10}>
              <Form.Item label={t('tasks.field.unit')} htmlFor="summary-unit">
                <UnitPicker
                  id="summary-unit"
                  allowClear={false}
                  value={unitId ?? null}
                  valueLabel={s?.unit.name ?? home?.name}
                  onChange={(v) => set({ unitId: v })}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} lg={8}>
              <Form.Item label={t('summary.period')}>
                <Segmented<Period>
                  aria-label={t('summary.period')}
                  value={period}
                  onChange={(v) => set({ period: v })}
                  options={SummaryPeriodKinds.map((k) => ({ value: k, label: tx(`summaryPeriod.${k}`, k) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} lg={6}>
              <Form.Item label={t('summary.date')} htmlFor="summary-date">
                <DateInput id="summary-date" allowClear={false} value={date} onChange={(v) => set({ date: v })} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
        {s ? (
          <Typography.Text type="secondary">
            {t('summary.periodLine', {
              label: s.period.label,
              from: formatDate(s.period.from),
              to: formatDate(s.period.to),
              asOf: formatDate(s.asOf),
            })}
          </Typography.Text>
        ) : null}
      </Card>
      <ErrorAlert error={summary.error} onReload={() => void summary.refetch()} />
      {s ? (
        <>
          <Card
            title={
              <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                {t('summary.byPerson')}
              </Typography.Title>
            }
            style={{ marginBottom: 16 }}
            loading={summary.isFetching && !s}
          >
            <PeopleSummaryTable
              summary={s}
              onDrill={openDrill}
              loading={summary.isFetching}
              onPage={(p) => set({ page: p > 1 ? String(p) : null })}
            />
          </Card>
          <Card
            title={
              <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                {t('summary.byUnit')}
              </Typography.Title>
            }
          >
            <UnitsSummaryTable summary={s} onDrill={openDrill} />
          </Card>
        </>
      ) : summary.isPending && query ? (
        <Card loading />
      ) : null}
      <DrillDown query={drill?.query ?? null} title={drill?.title ?? ''} onClose={() => setDrill(null)} />
    </>
  );
}
