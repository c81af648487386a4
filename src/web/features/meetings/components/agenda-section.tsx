// The agenda: pulled from the week's summary (overdue and late tasks with their leads) or edited.
import { TEXT } from '../../../../contracts/limits.js';
import { countUpTo, maxLengthRule } from '../../../lib/text-limit.js';
import { DeleteOutlined, EditOutlined, PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Popconfirm, Row } from 'antd';
import { ResponsiveTable } from '../../../components/responsive-table.js';
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { FormDialog } from '../../../components/form-dialog.js';
import { useT } from '../../../i18n/context.js';
import { WorkPersonPicker } from '../../../components/work/work-person-picker.js';
import { agendaFromSummary, setAgenda, type MeetingDetail } from '../api/meetings.js';
import { MeetingSection, useMeetingAction } from './meeting-section.js';

type Item = MeetingDetail['agenda'][number];
interface Values {
  items: { title: string; presenterId?: string | null; taskId?: string | null }[];
}

export function AgendaSection({ meeting, onReload }: { meeting: MeetingDetail; onReload: () => void }) {
  const t = useT();
  const { run, busy, error, changed } = useMeetingAction();
  const [editing, setEditing] = useState(false);
  const pull = () => run('pull', () => agendaFromSummary(meeting.id, meeting.version), t('meetings.agenda.pulled'));
  const known = meeting.agenda.flatMap((a) => (a.presenter ? [a.presenter] : []));
  return (
    <MeetingSection
      title={t('meetings.section.agenda')}
      extra={
        meeting.can.edit ? (
          <>
            {meeting.agenda.length > 0 ? (
              <Popconfirm
                title={t('meetings.agenda.replaceConfirm')}
                okText={t('action.confirm')}
                cancelText={t('action.cancel')}
                onConfirm={() => pull()}
              >
                <Button size="small" icon={<ThunderboltOutlined />} loading={busy === 'pull'}>
                  {t('meetings.agenda.fromSummary')}
                </Button>
              </Popconfirm>
            ) : (
              <Button size="small" icon={<ThunderboltOutlined />} loading={busy === 'pull'} onClick={() => void pull()}>
                {t('meetings.agenda.fromSummary')}
              </Button>
            )}{' '}
            <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('meetings.agenda.edit')}
            </Button>
          </>
        ) : null
      }
    >
      <ErrorAlert error={error} onReload={onReload} />
      <ResponsiveTable<Item>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={meeting.agenda}
        locale={{ emptyText: t('meetings.agenda.empty') }}
        columns={[
          { key: 'n', title: '#', width: 50, dataIndex: 'ordinal' },
          {
            key: 'title',
            title: t('meetings.agenda.item'),
            render: (_, a) => (a.taskId ? <Link to={paths.task(a.taskId)}>{a.title}</Link> : a.title),
          },
          {
            key: 'presenter',
            title: t('meetings.agenda.presenter'),
            width: 220,
            render: (_, a) => a.presenter?.fullName ?? t('common.empty'),
          },
        ]}
      />
      <FormDialog<Values, MeetingDetail>
        open={editing}
        onClose={() => setEditing(false)}
        onReload={onReload}
        width={720}
        title={t('meetings.agenda.edit')}
        initialValues={{ items: meeting.agenda.map((a) => ({ title: a.title, presenterId: a.presenter?.id ?? null, taskId: a.taskId })) }}
        submit={(v) =>
          setAgenda(meeting.id, {
            version: meeting.version,
            items: (v.items ?? []).map((i) => ({ title: i.title, presenterId: i.presenterId ?? null, taskId: i.taskId ?? null })),
          })
        }
        onDone={changed}
      >
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Row key={f.key} gutter={8} align="top">
                  <Col xs={24} md={14}>
                    <Form.Item
                      name={[f.name, 'title']}
                      label={t('meetings.agenda.itemN', { n: i + 1 })}
                      rules={[maxLengthRule(t, TEXT.title), { required: true, whitespace: true, message: t('v.required') }]}
                    >
                      <Input {...countUpTo(TEXT.title)} />
                    </Form.Item>
                  </Col>
                  <Col xs={20} md={8}>
                    <Form.Item name={[f.name, 'presenterId']} label={t('meetings.agenda.presenter')}>
                      <WorkPersonPicker unitId={meeting.unitId} known={known} />
                    </Form.Item>
                  </Col>
                  <Col xs={4} md={2} style={{ paddingTop: 30 }}>
                    <Button
                      icon={<DeleteOutlined />}
                      onClick={() => remove(f.name)}
                      aria-label={t('meetings.agenda.remove', { n: i + 1 })}
                    />
                  </Col>
                </Row>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ title: '', presenterId: null, taskId: null })}
                style={{ marginBottom: 8 }}
              >
                {t('meetings.agenda.add')}
              </Button>
            </>
          )}
        </Form.List>
      </FormDialog>
    </MeetingSection>
  );
}
