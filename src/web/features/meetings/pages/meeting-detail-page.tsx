// A briefing meeting: time, place, chairs; agenda, documents, attendance, minutes, conclusions;
// and "Kết thúc cuộc họp" which turns the conclusions into tasks.
import { EditOutlined, StopOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Descriptions, Popconfirm, Space, Spin } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { paths } from '../../../app/paths.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { useT } from '../../../i18n/context.js';
import { formatDateTime } from '../../../lib/dates.js';
import { closeMeeting, useMeeting } from '../api/meetings.js';
import { AgendaSection } from '../components/agenda-section.js';
import { AttendanceSection } from '../components/attendance-section.js';
import { ConclusionsSection } from '../components/conclusions-section.js';
import { DocumentsSection } from '../components/documents-section.js';
import { EditMeetingDialog } from '../components/meeting-dialogs.js';
import { MeetingSection, useMeetingAction } from '../components/meeting-section.js';
import { MeetingStatusTag } from '../components/meeting-tags.js';
import { MinutesSection } from '../components/minutes-section.js';

export default function MeetingDetailPage() {
  const t = useT();
  const { id } = useParams();
  const meeting = useMeeting(id);
  const { run, busy, error, changed } = useMeetingAction();
  const [editing, setEditing] = useState(false);
  if (meeting.isPending) return <Spin />;
  if (meeting.error) return <ErrorAlert error={meeting.error} onReload={() => void meeting.refetch()} />;
  const m = meeting.data;
  const reload = () => void meeting.refetch();
  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            style={{ marginBottom: 8 }}
            items={[
              { key: 'list', title: <Link to={paths.meetings({ unitId: m.unitId })}>{t('meetings.title')}</Link> },
              { key: 'm', title: m.title },
            ]}
          />
        }
        title={m.title}
        subtitle={
          <Space size={8}>
            <MeetingStatusTag status={m.status} />
            {formatDateTime(m.scheduledAt)}
          </Space>
        }
        extra={
          <>
            {m.can.edit ? (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('action.edit')}
              </Button>
            ) : null}
            {m.can.close ? (
              <Popconfirm
                title={t('meetings.close.confirm', { count: m.conclusions.length })}
                okText={t('meetings.close.action')}
                cancelText={t('action.cancel')}
                onConfirm={() => run('close', () => closeMeeting(m.id, m.version), t('meetings.close.done'))}
              >
                <Button type="primary" icon={<StopOutlined />} loading={busy === 'close'}>
                  {t('meetings.close.action')}
                </Button>
              </Popconfirm>
            ) : null}
          </>
        }
      />
      <ErrorAlert error={error} onReload={reload} />
      <MeetingSection title={t('meetings.section.info')}>
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'unit', label: t('tasks.field.unit'), children: m.unitName },
            { key: 'at', label: t('meetings.field.scheduledAt'), children: formatDateTime(m.scheduledAt) },
            { key: 'loc', label: t('meetings.field.location'), children: m.location || t('common.empty') },
            { key: 'chairs', label: t('meetings.field.chairs'), children: m.chairs.map((c) => c.fullName).join(', ') },
          ]}
        />
      </MeetingSection>
      <AgendaSection meeting={m} onReload={reload} />
      <DocumentsSection meeting={m} />
      <AttendanceSection key={`att:${m.version}`} meeting={m} onReload={reload} />
      <MinutesSection key={`min:${m.version}`} meeting={m} onReload={reload} />
      <ConclusionsSection meeting={m} onReload={reload} />
      {m.can.edit ? (
        <EditMeetingDialog meeting={m} open={editing} onClose={() => setEditing(false)} onDone={changed} onReload={reload} />
      ) : null}
    </>
  );
}
