// The year's training plan of a unit: each planned course with its places, the standard it closes, who is
// sent and who completed it (read from the recorded courses), the progress of the whole plan; the
// organising body adds, edits and removes courses (the server sends whether it may).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Popconfirm, Progress, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { PlanItemView, TrainingPlanView } from '../../../../contracts/training-plan.js';
import { paths } from '../../../app/paths.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { useI18n } from '../../../i18n/context.js';
import { api } from '../../../lib/api-client.js';
import { formatDate } from '../../../lib/dates.js';
import { useNumberFormat } from '../../../lib/numbers.js';
import { PlanItemDialog } from './plan-item-dialog.js';

export function PlanTab({ unitId, year }: { unitId: string; year: number }) {
  const { t, tx } = useI18n();
  const nf = useNumberFormat();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<{ editing: PlanItemView | null } | null>(null);
  const q = useQuery({
    queryKey: ['training', 'plan', unitId, year],
    queryFn: () => api.get<TrainingPlanView>(`/api/training/units/${unitId}/plan`, { year }),
  });
  const remove = async (i: PlanItemView) => {
    try {
      await api.post(`/api/training/plans/${i.id}/delete`, { version: i.version });
      void message.success(t('trainingPlan.saved'));
    } catch (e) {
      void message.error((e as Error).message);
    }
    void qc.invalidateQueries({ queryKey: ['training', 'plan'] });
  };
  if (q.error) return <ErrorAlert error={q.error} />;
  const plan = q.data;
  const percent = (pct: number | null) => Math.min(100, pct ?? 0);
  return (
    <Flex vertical gap={12}>
      <Card size="small" loading={q.isPending}>
        <Flex gap={16} align="center" wrap justify="space-between">
          <div style={{ flex: '1 1 260px' }}>
            <Typography.Text strong>{t('trainingPlan.progress')}</Typography.Text>
            <Progress percent={percent(plan?.totals.pct ?? null)} format={() => nf.pct(plan?.totals.pct ?? 0)} />
            {plan ? (
              <Typography.Text type="secondary">
                {t('trainingPlan.totals', {
                  completed: nf.count(plan.totals.completed),
                  places: nf.count(plan.totals.places),
                  assigned: nf.count(plan.totals.assigned),
                  courses: nf.count(plan.totals.courses),
                })}
              </Typography.Text>
            ) : null}
          </div>
          {plan?.actions.edit ? (
            <Button type="primary" onClick={() => setDialog({ editing: null })}>
              {t('trainingPlan.add')}
            </Button>
          ) : null}
        </Flex>
      </Card>
      <ResponsiveTable
        rowKey="id"
        size="small"
        loading={q.isPending}
        dataSource={plan?.items ?? []}
        locale={{ emptyText: q.isPending ? ' ' : t('trainingPlan.none') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        expandable={{
          rowExpandable: (i) => i.attendees.length > 0,
          expandedRowRender: (i) => (
            <Flex gap={6} wrap>
              {i.attendees.map((a) => (
                <Tag key={a.personId} color={a.completed ? 'green' : undefined}>
                  <Link to={paths.person(a.personId)}>{a.name}</Link> ·{' '}
                  {a.completed ? t('trainingPlan.completedTag') : t('trainingPlan.pendingTag')}
                </Tag>
              ))}
            </Flex>
          ),
        }}
        columns={[
          {
            title: t('trainingPlan.name'),
            key: 'n',
            render: (_, i) => (
              <div>
                {i.name}
                {i.institution ? (
                  <div>
                    <Typography.Text type="secondary">{i.institution}</Typography.Text>
                  </div>
                ) : null}
              </div>
            ),
          },
          {
            title: t('trainingPlan.standard'),
            key: 's',
            render: (_, i) =>
              i.level ? (
                <div>
                  {tx(`training.level.${i.level}`, i.level)}
                  {i.dimension ? (
                    <div>
                      <Typography.Text type="secondary">{t(`trainingPlan.dimension.${i.dimension}`)}</Typography.Text>
                    </div>
                  ) : null}
                </div>
              ) : (
                '—'
              ),
          },
          { title: t('trainingPlan.dates'), key: 'd', render: (_, i) => `${formatDate(i.startDate)} – ${formatDate(i.endDate)}` },
          {
            title: t('trainingPlan.progress'),
            key: 'p',
            width: 220,
            render: (_, i) => (
              <div>
                <Progress percent={percent(i.pct)} size="small" format={() => nf.pct(i.pct ?? 0)} />
                <Typography.Text type="secondary">
                  {nf.count(i.completed)}/{nf.count(i.places)} · {t('trainingPlan.attendees')}: {nf.count(i.attendees.length)}
                </Typography.Text>
              </div>
            ),
          },
          ...(plan?.actions.edit
            ? [
                {
                  title: '',
                  key: 'a',
                  render: (_: unknown, i: PlanItemView) => (
                    <Flex gap={4} wrap>
                      <Button size="small" onClick={() => setDialog({ editing: i })}>
                        {t('trainingPlan.edit')}
                      </Button>
                      <Popconfirm title={t('trainingPlan.deleteConfirm')} onConfirm={() => remove(i)}>
                        <Button size="small" danger>
                          {t('trainingPlan.delete')}
                        </Button>
                      </Popconfirm>
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />
      {dialog ? <PlanItemDialog unitId={unitId} year={year} editing={dialog.editing} open onClose={() => setDialog(null)} /> : null}
    </Flex>
  );
}
