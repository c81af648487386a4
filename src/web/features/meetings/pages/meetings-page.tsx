// Giao ban: the briefing meetings of a unit over a date range, and scheduling a new one.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Row } from 'antd';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { addDays, isCivilDate } from '../../../../domain/dates.js';
import { paths } from '../../../app/paths.js';
import { DateInput } from '../../../components/date-input.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { UnitPicker } from '../../../components/pickers/unit-picker.js';
import { useT } from '../../../i18n/context.js';
import { formatDateTime, today } from '../../../lib/dates.js';
import { useUnitDetail } from '../../../lib/api/org.js';
import { useHomeUnit, useWorkCan } from '../../../lib/work/work-can.js';
import { useMeetings, type MeetingListData } from '../api/meetings.js';
import { CreateMeetingDialog } from '../components/meeting-dialogs.js';
import { MeetingStatusTag } from '../components/meeting-tags.js';

type Row = MeetingListData['items'][number];

export default function MeetingsPage() {
  const t = useT();
  const can = useWorkCan();
  const home = useHomeUnit();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const date = (k: string, fallback: string) => {
    const v = params.get(k);
    return v && isCivilDate(v) ? v : fallback;
  };
  const unitId = params.get('unitId') ?? home?.id;
  const from = date('from', addDays(today(), -90));
  const to = date('to', addDays(today(), 60));
  const unit = useUnitDetail(params.get('unitId') ?? undefined, today());
  const unitName = unit.data?.unit.name ?? (unitId === home?.id ? home?.name : undefined);
  const meetings = useMeetings(unitId, from, to);
  const set = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch))
      if (v) next.set(k, v);
      else next.delete(k);
    setParams(next);
  };

  return (
    <>
      <PageHeader
        title={t('meetings.title')}
        extra={
          can.writeMeetings ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('meetings.create')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Form layout="vertical" component="div">
          <Row gutter={12}>
            <Col xs={24} md={12} lg={10}>
              <Form.Item label={t('tasks.field.unit')} htmlFor="meetings-unit">
                <UnitPicker
                  id="meetings-unit"
                  allowClear={false}
                  value={unitId ?? null}
                  valueLabel={unitName}
                  onChange={(v) => set({ unitId: v })}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} lg={4}>
              <Form.Item label={t('meetings.filter.from')} htmlFor="meetings-from">
                <DateInput id="meetings-from" allowClear={false} value={from} onChange={(v) => set({ from: v })} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} lg={4}>
              <Form.Item label={t('meetings.filter.to')} htmlFor="meetings-to">
                <DateInput id="meetings-to" allowClear={false} value={to} onChange={(v) => set({ to: v })} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
        <ErrorAlert error={meetings.error} onReload={() => void meetings.refetch()} />
        <ResponsiveTable<Row>
          size="small"
          rowKey="id"
          loading={meetings.isFetching}
          dataSource={meetings.data?.items ?? []}
          pagination={{ pageSize: 25, hideOnSinglePage: true }}
          scroll={{ x: 1250 }}
          locale={{ emptyText: t('meetings.empty') }}
          columns={[
            { key: 'at', title: t('meetings.field.scheduledAt'), width: 150, render: (_, m) => formatDateTime(m.scheduledAt) },
            {
              key: 'title',
              title: t('meetings.field.title'),
              width: 260,
              render: (_, m) => <Link to={paths.meeting(m.id)}>{m.title}</Link>,
            },
            { key: 'unit', title: t('tasks.field.unit'), width: 220, dataIndex: 'unitName' },
            { key: 'chairs', title: t('meetings.field.chairs'), width: 240, render: (_, m) => m.chairs.map((c) => c.fullName).join(', ') },
            { key: 'location', title: t('meetings.field.location'), width: 180, dataIndex: 'location' },
            { key: 'status', title: t('meetings.field.status'), width: 130, render: (_, m) => <MeetingStatusTag status={m.status} /> },
            { key: 'concl', title: t('meetings.conclusionCount'), width: 100, align: 'right', dataIndex: 'conclusionCount' },
          ]}
        />
      </Card>
      {can.writeMeetings ? (
        <CreateMeetingDialog
          open={creating}
          onClose={() => setCreating(false)}
          unit={unitId ? { id: unitId, name: unitName ?? '' } : null}
        />
      ) : null}
    </>
  );
}
