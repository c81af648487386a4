// Co-chairs and attendees, and who attended (with the reason of an absence).
import { TEXT } from '../../../../contracts/limits.js';
import { countUpTo } from '../../../lib/text-limit.js';
import { Button, Checkbox, Flex, Input, Tag } from 'antd';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useI18n } from '../../../i18n/context.js';
import { setAttendance, type MeetingDetail } from '../api/meetings.js';
import { MeetingSection, useMeetingAction } from './meeting-section.js';

type Participant = MeetingDetail['participants'][number];
type Mark = { attended: boolean; absenceReason: string };

export function AttendanceSection({ meeting, onReload }: { meeting: MeetingDetail; onReload: () => void }) {
  const { t } = useI18n();
  const { run, busy, error } = useMeetingAction();
  const initial = () =>
    Object.fromEntries(meeting.participants.map((p) => [p.id, { attended: p.attended ?? true, absenceReason: p.absenceReason ?? '' }]));
  const [marks, setMarks] = useState<Record<string, Mark>>(initial);
  const edit = meeting.can.edit;
  const mark = (id: string, patch: Partial<Mark>) => setMarks((m) => ({ ...m, [id]: { ...m[id], ...patch } }));
  const save = () =>
    run('attendance', () =>
      setAttendance(
        meeting.id,
        meeting.participants.map((p) => ({
          personId: p.id,
          attended: marks[p.id].attended,
          absenceReason: marks[p.id].attended ? null : marks[p.id].absenceReason.trim() || null,
        })),
      ),
    );
  const present = meeting.participants.filter((p) => p.attended === true).length;
  const recorded = meeting.participants.some((p) => p.attended !== null);
  return (
    <MeetingSection
      title={t('meetings.section.attendance')}
      extra={recorded ? t('meetings.attendance.count', { present, total: meeting.participants.length }) : null}
    >
      <ErrorAlert error={error} onReload={onReload} />
      <ResponsiveTable<Participant>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={meeting.participants}
        locale={{ emptyText: t('common.none') }}
        columns={[
          { key: 'name', title: t('meetings.attendance.person'), dataIndex: 'fullName' },
          {
            key: 'role',
            title: t('meetings.attendance.role'),
            width: 130,
            render: (_, p) => (p.role === 'chair' ? <Tag color="red">{t('meetings.role.chair')}</Tag> : t('meetings.role.attendee')),
          },
          {
            key: 'attended',
            title: t('meetings.attendance.attended'),
            width: 120,
            render: (_, p) =>
              edit ? (
                <Checkbox
                  checked={marks[p.id]?.attended}
                  onChange={(e) => mark(p.id, { attended: e.target.checked })}
                  aria-label={t('meetings.attendance.attendedOf', { name: p.fullName })}
                />
              ) : p.attended === null ? (
                t('common.empty')
              ) : p.attended ? (
                t('common.yes')
              ) : (
                t('common.no')
              ),
          },
          {
            key: 'reason',
            title: t('meetings.attendance.reason'),
            render: (_, p) =>
              edit ? (
                <Input
                  size="small"
                  disabled={marks[p.id]?.attended}
                  value={marks[p.id]?.absenceReason}
                  {...countUpTo(TEXT.note)}
                  onChange={(e) => mark(p.id, { absenceReason: e.target.value })}
                  aria-label={t('meetings.attendance.reasonOf', { name: p.fullName })}
                />
              ) : (
                (p.absenceReason ?? '')
              ),
          },
        ]}
      />
      {edit && meeting.participants.length > 0 ? (
        <Flex justify="end" style={{ marginTop: 12 }}>
          <Button loading={busy === 'attendance'} onClick={() => void save()}>
            {t('meetings.attendance.save')}
          </Button>
        </Flex>
      ) : null}
    </MeetingSection>
  );
}
