// The unit's indicators of a year: target, latest value, progress against the target, and the
// forms the server allows (add an indicator, record a value, edit).
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, InputNumber, Popover, Progress, Typography } from 'antd';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.js';
import { type Language, useI18n } from '../../../i18n/context.js';
import { formatDate } from '../../../lib/dates.js';
import { useIndicators, type IndicatorView } from '../api/indicators.js';
import { CreateIndicatorDialog, EditIndicatorDialog, RecordActualDialog } from './indicator-dialogs.js';
import { formatNumber } from '../../../../domain/numbers.js';

const number = (n: number, language: Language) => formatNumber(n, { decimals: 2 }, language);

export function IndicatorsCard({ unitId, year, onYear }: { unitId: string; year: number; onYear: (y: number) => void }) {
  const { t, language } = useI18n();
  const list = useIndicators(unitId, year);
  const [adding, setAdding] = useState(false);
  const [recording, setRecording] = useState<IndicatorView | null>(null);
  const [editing, setEditing] = useState<IndicatorView | null>(null);
  const items = list.data?.items ?? [];
  const withMeasure = (n: number, i: IndicatorView) => `${number(n, language)}${i.measure ? ` ${i.measure}` : ''}`;
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('indicators.title')}
        </Typography.Title>
      }
      extra={
        <Flex gap={8} align="center">
          <label htmlFor="indicators-year">{t('indicators.year')}</label>
          <InputNumber id="indicators-year" min={2000} max={2100} value={year} onChange={(v) => v && onYear(v)} style={{ width: 90 }} />
          {list.data?.actions.create ? (
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('indicators.addShort')}
            </Button>
          ) : null}
        </Flex>
      }
    >
      <ErrorAlert error={list.error} onReload={() => void list.refetch()} />
      <ResponsiveTable<IndicatorView>
        size="small"
        rowKey="id"
        loading={list.isFetching}
        dataSource={items}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('indicators.empty', { year }) }}
        columns={[
          { key: 'name', title: t('indicators.name'), dataIndex: 'name' },
          { key: 'target', title: t('indicators.target'), width: 150, align: 'right', render: (_, i) => withMeasure(i.target, i) },
          {
            key: 'latest',
            title: t('indicators.latest'),
            width: 190,
            align: 'right',
            render: (_, i) =>
              i.latest ? (
                <Popover
                  title={t('indicators.history')}
                  content={
                    <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                      {i.actuals.map((a) => (
                        <li key={a.periodEnd}>
                          {formatDate(a.periodEnd)}: {withMeasure(a.value, i)}
                          {a.note ? ` — ${a.note}` : ''}
                        </li>
                      ))}
                    </ul>
                  }
                >
                  <span tabIndex={0}>
                    {withMeasure(i.latest.value, i)}
                    <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                      {t('indicators.asOf', { date: formatDate(i.latest.periodEnd) })}
                    </Typography.Text>
                  </span>
                </Popover>
              ) : (
                <Typography.Text type="secondary">{t('indicators.noValue')}</Typography.Text>
              ),
          },
          {
            key: 'progress',
            title: t('indicators.progress'),
            width: 200,
            render: (_, i) =>
              i.progress === null ? (
                t('common.empty')
              ) : (
                <Progress
                  percent={Math.min(100, i.progress)}
                  // At or over 100 % antd writes the figure in its light green (2.4:1 on white, axe color-contrast):
                  // the figure keeps the text colour; the full green bar carries the meaning.
                  format={() => <span style={{ color: 'rgba(0, 0, 0, 0.88)' }}>{`${number(i.progress ?? 0, language)}%`}</span>}
                  status={i.progress >= 100 ? 'success' : 'normal'}
                  size="small"
                  aria-label={t('indicators.progressOf', { name: i.name })}
                />
              ),
          },
          ...(items.some((i) => i.actions.edit)
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  width: 200,
                  render: (_: unknown, i: IndicatorView) =>
                    i.actions.edit ? (
                      <Flex gap={4} wrap>
                        <Button size="small" onClick={() => setRecording(i)} aria-label={t('indicators.record', { name: i.name })}>
                          {t('indicators.recordShort')}
                        </Button>
                        <Button
                          size="small"
                          icon={<EditOutlined />}
                          onClick={() => setEditing(i)}
                          aria-label={t('indicators.edit', { name: i.name })}
                        />
                      </Flex>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      {list.data?.actions.create ? (
        <CreateIndicatorDialog
          unitId={unitId}
          year={year}
          open={adding}
          onClose={() => setAdding(false)}
          taken={items.map((i) => i.code)}
        />
      ) : null}
      <RecordActualDialog indicator={recording} onClose={() => setRecording(null)} />
      <EditIndicatorDialog indicator={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}
