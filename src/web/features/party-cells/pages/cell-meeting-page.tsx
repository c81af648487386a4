// One cell meeting, on the secretary's phone: the documents posted for the members, attendance in one
// screen (one row per member, three thumb-sized choices), the outcome (times, minutes, resolution) and
// the tasks the resolution assigns. A member reads the documents and the resolution here too.
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Input, Segmented, Select, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { TEXT } from '../../../../contracts/limits.js';
import { paths } from '../../../app/paths.js';
import { DateInput } from '../../../components/date-input.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { useT } from '../../../i18n/context.js';
import { formatDate } from '../../../lib/dates.js';
import { useCurrentUser } from '../../../lib/session.js';
import { countUpTo } from '../../../lib/text-limit.js';
import {
  type MeetingView,
  assignCellTask,
  cellKeys,
  postCellDocuments,
  takeCellAttendance,
  toVnParts,
  updateCellMeeting,
  useCellMeeting,
  vnInstant,
} from '../api/party-cells.js';
import { MeetingReports } from '../components/meeting-reports.js';

type Mark = 'present' | 'excused' | 'unexcused';

/** Runs a change and refreshes the meeting; the error stays on screen until the next try. */
function useRun(id: string) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const t = useT();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async (key: string, fn: () => Promise<MeetingView>) => {
    setBusy(key);
    setError(null);
    try {
      const m = await fn();
      qc.setQueryData(cellKeys.meeting(id), m);
      void qc.invalidateQueries({ queryKey: cellKeys.all });
      void message.success(t('common.saved'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };
  return { run, busy, error };
}

export default function CellMeetingPage() {
  const t = useT();
  const { id = '' } = useParams();
  const meeting = useCellMeeting(id);
  const m = meeting.data;
  const at = m ? toVnParts(m.plannedAt) : null;
  return (
    <>
      <PageHeader
        title={m && at ? `${t(`cells.kind.${m.kind}`)} · ${formatDate(at.date)} ${at.time}` : t('cells.title')}
        subtitle={m ? <Link to={paths.cell(m.cellId)}>{m.cellName}</Link> : null}
      />
      <ErrorAlert error={meeting.error} />
      {meeting.isLoading ? <Spin /> : null}
      {m ? <MeetingBody key={`${m.id}:${m.version}`} m={m} /> : null}
    </>
  );
}

function MeetingBody({ m }: { m: MeetingView }) {
  const t = useT();
  const { run, busy, error } = useRun(m.id);
  const manage = m.actions.manage;
  // The printed register and minutes are for the cell's readers (a member reads them on this page).
  const readers = useCurrentUser().can.readCells;
  return (
    <Flex vertical gap={16}>
      <ErrorAlert error={error} />
      <Flex gap={6} wrap>
        <Tag color={m.status === 'held' ? 'green' : 'blue'}>{t(`cells.status.${m.status}`)}</Tag>
        {m.place ? <Tag>{m.place}</Tag> : null}
        <Tag>{t('cells.meeting.attendanceCount', { present: m.present, expected: m.expected })}</Tag>
      </Flex>
      {m.topic ? <Typography.Paragraph style={{ margin: 0 }}>{m.topic}</Typography.Paragraph> : null}
      {m.flags.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          message={t('cells.meeting.flags')}
          description={m.flags.map((f) => (
            <div key={f.code}>{f.message}</div>
          ))}
        />
      ) : null}
      <Documents m={m} manage={manage} busy={busy} run={run} />
      <Attendance m={m} manage={manage} busy={busy} run={run} />
      {manage || m.status === 'held' ? <Outcome m={m} manage={manage} busy={busy} run={run} /> : null}
      {m.status === 'held' && m.attendance.some((a) => a.status !== null) ? (
        <Alert
          type={m.quality.quality ? 'success' : 'info'}
          showIcon
          message={m.quality.quality ? t('cells.meeting.qualityYes') : t('cells.meeting.qualityNo')}
          description={m.quality.indicators.map((i) => (
            <div key={i.code}>
              {i.ok ? '✓' : '✗'} {i.message}
            </div>
          ))}
        />
      ) : null}
      <Tasks m={m} manage={manage} busy={busy} run={run} />
      {manage || readers ? <MeetingReports meetingId={m.id} /> : null}
    </Flex>
  );
}

interface SectionProps {
  m: MeetingView;
  manage: boolean;
  busy: string | null;
  run: (key: string, fn: () => Promise<MeetingView>) => Promise<void>;
}

function Documents({ m, manage, busy, run }: SectionProps) {
  const t = useT();
  const [text, setText] = useState(m.documents);
  const posted = m.documentsPostedAt ? toVnParts(m.documentsPostedAt) : null;
  return (
    <Card size="small" title={t('cells.meeting.documents')}>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {posted
          ? t('cells.meeting.documentsPosted', { at: `${formatDate(posted.date)} ${posted.time}` })
          : t('cells.meeting.documentsNone')}
      </Typography.Paragraph>
      {manage ? (
        <>
          <Input.TextArea
            aria-label={t('cells.field.documents')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoSize={{ minRows: 3, maxRows: 12 }}
            {...countUpTo(20_000)}
          />
          <Button
            type="primary"
            size="large"
            block
            style={{ marginTop: 8 }}
            loading={busy === 'docs'}
            disabled={!text.trim()}
            onClick={() => void run('docs', () => postCellDocuments(m.id, m.version, text))}
          >
            {t('cells.meeting.post')}
          </Button>
        </>
      ) : m.documents ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="meeting-documents">
          {m.documents}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}

function Attendance({ m, manage, busy, run }: SectionProps) {
  const t = useT();
  const [marks, setMarks] = useState<Record<string, { status: Mark | null; reason: string }>>(() =>
    Object.fromEntries(m.attendance.map((a) => [a.personId, { status: a.status, reason: a.reason }])),
  );
  const set = (id: string, patch: Partial<{ status: Mark; reason: string }>) => setMarks((s) => ({ ...s, [id]: { ...s[id], ...patch } }));
  const options = (['present', 'excused', 'unexcused'] as const).map((v) => ({ value: v, label: t(`cells.mark.${v}`) }));
  const save = () =>
    run('attendance', () =>
      takeCellAttendance(m.id, {
        version: m.version,
        marks: Object.entries(marks)
          .filter((e): e is [string, { status: Mark; reason: string }] => e[1].status !== null)
          .map(([personId, v]) => ({ personId, status: v.status, reason: v.status === 'excused' ? v.reason : '' })),
      }),
    );
  return (
    <Card
      size="small"
      title={t('cells.meeting.attendance')}
      extra={
        manage ? (
          <Button
            size="large"
            onClick={() =>
              setMarks((s) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, { ...v, status: v.status ?? 'present' }])))
            }
          >
            {t('cells.meeting.allPresent')}
          </Button>
        ) : null
      }
    >
      <Flex vertical gap={12}>
        {m.attendance.map((a) => {
          const v = marks[a.personId] ?? { status: null, reason: '' };
          return (
            <div key={a.personId} data-testid="attendance-row">
              <div style={{ fontWeight: 600, marginBottom: 4 }}>{a.name}</div>
              {manage ? (
                <>
                  <Segmented<Mark>
                    block
                    size="large"
                    aria-label={a.name}
                    options={options}
                    value={v.status ?? undefined}
                    onChange={(s) => set(a.personId, { status: s })}
                    style={{ fontSize: 13 }}
                  />
                  {v.status === 'excused' ? (
                    <Input
                      size="large"
                      style={{ marginTop: 6 }}
                      placeholder={t('cells.meeting.reason')}
                      aria-label={t('cells.meeting.reasonOf', { name: a.name })}
                      value={v.reason}
                      onChange={(e) => set(a.personId, { reason: e.target.value })}
                      {...countUpTo(TEXT.note)}
                    />
                  ) : null}
                </>
              ) : (
                <Tag>{t(`cells.mark.${a.status ?? 'none'}`)}</Tag>
              )}
            </div>
          );
        })}
      </Flex>
      {manage ? (
        <Button type="primary" size="large" block style={{ marginTop: 12 }} loading={busy === 'attendance'} onClick={() => void save()}>
          {t('cells.meeting.saveAttendance')}
        </Button>
      ) : null}
    </Card>
  );
}

function Outcome({ m, manage, busy, run }: SectionProps) {
  const t = useT();
  const day = toVnParts(m.plannedAt).date;
  const [start, setStart] = useState(m.startedAt ? toVnParts(m.startedAt).time : toVnParts(m.plannedAt).time);
  const [end, setEnd] = useState(m.endedAt ? toVnParts(m.endedAt).time : '');
  const [minutes, setMinutes] = useState(m.minutes);
  const [resolution, setResolution] = useState(m.resolution);
  const save = (status: MeetingView['status']) =>
    run('outcome', () =>
      updateCellMeeting(m.id, {
        version: m.version,
        plannedAt: m.plannedAt,
        place: m.place,
        topic: m.topic,
        prepMeetingOn: m.prepMeetingOn,
        agenda: m.agenda,
        startedAt: start ? vnInstant(day, start) : null,
        endedAt: end && start ? vnInstant(day, end) : null,
        status,
        minutes,
        resolution,
      }),
    );
  if (!manage)
    return (
      <Card size="small" title={t('cells.field.resolution')}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="meeting-resolution">
          {m.resolution}
        </Typography.Paragraph>
      </Card>
    );
  return (
    <Card size="small" title={t('cells.meeting.held')}>
      <Flex gap={8}>
        <label style={{ flex: 1 }}>
          {t('cells.field.start')}
          <Input type="time" size="large" value={start} onChange={(e) => setStart(e.target.value)} />
        </label>
        <label style={{ flex: 1 }}>
          {t('cells.field.end')}
          <Input type="time" size="large" value={end} onChange={(e) => setEnd(e.target.value)} />
        </label>
      </Flex>
      <label style={{ display: 'block', marginTop: 8 }}>
        {t('cells.field.minutes')}
        <Input.TextArea
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          autoSize={{ minRows: 2, maxRows: 10 }}
          {...countUpTo(20_000)}
        />
      </label>
      <label style={{ display: 'block', marginTop: 8 }}>
        {t('cells.field.resolution')}
        <Input.TextArea
          value={resolution}
          onChange={(e) => setResolution(e.target.value)}
          autoSize={{ minRows: 2, maxRows: 10 }}
          {...countUpTo(20_000)}
        />
      </label>
      <Flex gap={8} style={{ marginTop: 12 }}>
        <Button size="large" style={{ flex: 1 }} loading={busy === 'outcome'} onClick={() => void save(m.status)}>
          {t('cells.meeting.save')}
        </Button>
        {m.status !== 'held' ? (
          <Button type="primary" size="large" style={{ flex: 1 }} loading={busy === 'outcome'} onClick={() => void save('held')}>
            {t('cells.meeting.markHeld')}
          </Button>
        ) : null}
      </Flex>
    </Card>
  );
}

function Tasks({ m, manage, busy, run }: SectionProps) {
  const t = useT();
  const [title, setTitle] = useState('');
  const [lead, setLead] = useState<string | undefined>(undefined);
  const [due, setDue] = useState<string | null>(null);
  return (
    <Card size="small" title={t('cells.meeting.tasks')}>
      {m.tasks.length === 0 ? <Typography.Paragraph type="secondary">{t('cells.meeting.noTasks')}</Typography.Paragraph> : null}
      <Flex vertical gap={6}>
        {m.tasks.map((x) => (
          <div key={x.id} data-testid="meeting-task">
            <Link to={paths.task(x.id)}>{x.title}</Link> — {x.leadName}, {formatDate(x.dueDate)}
          </div>
        ))}
      </Flex>
      {manage && m.status !== 'cancelled' ? (
        <Flex vertical gap={8} style={{ marginTop: 12 }}>
          <Input
            size="large"
            placeholder={t('cells.field.taskTitle')}
            aria-label={t('cells.field.taskTitle')}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            {...countUpTo(TEXT.title)}
          />
          <Select
            size="large"
            aria-label={t('cells.field.lead')}
            placeholder={t('cells.field.lead')}
            value={lead}
            onChange={setLead}
            options={m.attendance.map((a) => ({ value: a.personId, label: a.name }))}
          />
          <DateInput aria-label={t('cells.field.due')} placeholder={t('cells.field.due')} value={due} onChange={setDue} />
          <Button
            size="large"
            block
            disabled={!title.trim() || !lead || !due}
            loading={busy === 'task'}
            onClick={() => void run('task', () => assignCellTask(m.id, { version: m.version, title, leadId: lead!, dueDate: due! }))}
          >
            {t('cells.meeting.addTask')}
          </Button>
        </Flex>
      ) : null}
    </Card>
  );
}
