// One Party cell: its flags (the Charter's, the missed meetings, probation due), the year's meetings as
// cards, the members as of today; the secretary schedules the month's meeting from here.
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Input, Select, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { TEXT } from '../../../../contracts/limits.js';
import { paths } from '../../../app/paths.js';
import { DateInput } from '../../../components/date-input.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { FormDialog } from '../../../components/form-dialog.js';
import { PageHeader } from '../../../components/page-header.js';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { useT } from '../../../i18n/context.js';
import { formatDate, today } from '../../../lib/dates.js';
import { countUpTo } from '../../../lib/text-limit.js';
import { type CellView, type MeetingView, cellKeys, createCellMeeting, useCell, vnInstant } from '../api/party-cells.js';
import { MeetingCard } from '../components/meeting-card.js';
import { MemberStanding } from '../components/member-standing.js';

type Member = CellView['members'][number];

export default function CellPage() {
  const t = useT();
  const { id } = useParams();
  const cell = useCell(id);
  const [scheduling, setScheduling] = useState(false);
  const data = cell.data;
  return (
    <>
      <PageHeader
        title={data?.cell.name ?? t('cells.title')}
        subtitle={t('cells.subtitle')}
        extra={
          data?.actions.manage ? (
            <Button type="primary" size="large" onClick={() => setScheduling(true)}>
              {t('cells.cell.schedule')}
            </Button>
          ) : null
        }
      />
      <ErrorAlert error={cell.error} />
      {cell.isLoading ? <Spin /> : null}
      {data ? (
        <Flex vertical gap={16}>
          <Flags data={data} />
          <section>
            <Typography.Title level={2} style={{ fontSize: 18 }}>
              {t('cells.cell.meetings', { year: data.year })}
            </Typography.Title>
            {data.meetings.length === 0 ? <Typography.Paragraph>{t('cells.cell.noMeetings')}</Typography.Paragraph> : null}
            <Flex vertical gap={12}>
              {[...data.meetings].reverse().map((m) => (
                <MeetingCard key={m.id} meeting={m} />
              ))}
            </Flex>
          </section>
          <section>
            <Typography.Title level={2} style={{ fontSize: 18 }}>
              {t('cells.cell.memberList', { count: data.members.length })}
            </Typography.Title>
            <ResponsiveTable<Member>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={data.members}
              columns={[
                { key: 'name', title: t('cells.members'), dataIndex: 'name' },
                {
                  key: 'status',
                  title: t('cells.field.kind'),
                  render: (_, m) => <Tag color={m.status === 'full' ? 'green' : 'gold'}>{t(`cells.memberStatus.${m.status}`)}</Tag>,
                },
                {
                  key: 'age',
                  title: t('cells.cell.partyAge', { years: '' }).trim(),
                  render: (_, m) =>
                    m.status === 'probationary' && m.probationEndsOn
                      ? t('cells.cell.probationEnds', { date: formatDate(m.probationEndsOn) })
                      : m.partyAgeYears !== null
                        ? t('cells.cell.partyAge', { years: m.partyAgeYears })
                        : '',
                },
                {
                  key: 'standing',
                  title: t('cells.standing.column'),
                  render: (_, m) => <MemberStanding member={m} manage={data.actions.manage} />,
                },
              ]}
            />
          </section>
        </Flex>
      ) : null}
      {data ? <ScheduleDialog open={scheduling} onClose={() => setScheduling(false)} cellId={data.cell.id} /> : null}
    </>
  );
}

function Flags({ data }: { data: CellView }) {
  const t = useT();
  const { members, cadence, probationDue } = data.flags;
  if (members.length + cadence.length + probationDue.length === 0) return <Alert type="success" showIcon message={t('cells.noFlags')} />;
  return (
    <Flex vertical gap={8}>
      {members.length > 0 ? (
        <Alert
          type="error"
          showIcon
          message={t('cells.flagged')}
          description={members.map((f) => (
            <div key={f.personId} data-testid="flagged-member">
              <strong>{f.name}</strong>: {f.finding.message}
            </div>
          ))}
        />
      ) : null}
      {cadence.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          message={t('cells.cell.cadence')}
          description={cadence.map((f) => (
            <div key={f.message}>{f.message}</div>
          ))}
        />
      ) : null}
      {probationDue.length > 0 ? (
        <Alert
          type="info"
          showIcon
          message={t('cells.probationDue')}
          description={probationDue.map((f) => (
            <div key={f.membershipId}>
              <strong>{f.name}</strong>: {f.finding.message}
            </div>
          ))}
        />
      ) : null}
    </Flex>
  );
}

interface ScheduleValues {
  kind: 'regular' | 'themed' | 'combined';
  date: string;
  time: string;
  place: string;
  topic: string;
}

function ScheduleDialog({ open, onClose, cellId }: { open: boolean; onClose: () => void; cellId: string }) {
  const t = useT();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const required = [{ required: true, message: t('v.required') }];
  return (
    <FormDialog<ScheduleValues, MeetingView>
      open={open}
      onClose={onClose}
      title={t('cells.cell.schedule')}
      okText={t('cells.cell.schedule')}
      initialValues={{ kind: 'regular', date: today(), time: '19:30', place: '', topic: '' }}
      submit={(v) =>
        createCellMeeting(cellId, { kind: v.kind, plannedAt: vnInstant(v.date, v.time), place: v.place ?? '', topic: v.topic ?? '' })
      }
      errorRename={{ plannedAt: 'date' }}
      onDone={(m) => {
        void qc.invalidateQueries({ queryKey: cellKeys.all });
        void navigate(paths.cellMeeting(m.id));
      }}
    >
      <Form.Item name="kind" label={t('cells.field.kind')} rules={required}>
        <Select
          size="large"
          options={(['regular', 'themed', 'combined'] as const).map((k) => ({ value: k, label: t(`cells.kind.${k}`) }))}
        />
      </Form.Item>
      <Flex gap={8}>
        <Form.Item name="date" label={t('cells.field.date')} rules={required} style={{ flex: 1 }}>
          <DateInput allowClear={false} />
        </Form.Item>
        <Form.Item name="time" label={t('cells.field.time')} rules={required} style={{ width: 120 }}>
          <Input type="time" size="large" />
        </Form.Item>
      </Flex>
      <Form.Item name="place" label={t('cells.field.place')}>
        <Input size="large" {...countUpTo(TEXT.location)} />
      </Form.Item>
      <Form.Item name="topic" label={t('cells.field.topic')}>
        <Input size="large" {...countUpTo(TEXT.title)} />
      </Form.Item>
    </FormDialog>
  );
}
