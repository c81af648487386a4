// A member's exemption from Party work or suspension on the cell's list (decision 0032): the period in
// force with its decision, and for the cell's managers the buttons to start one (with the decision
// number and date) and to end it. Meetings on those days do not count against the member.
import { useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Form, Input, Select, Tag } from 'antd';
import { useState } from 'react';
import { DateInput } from '../../../components/date-input.js';
import { FormDialog } from '../../../components/form-dialog.js';
import { useT } from '../../../i18n/context.js';
import { formatDate, today } from '../../../lib/dates.js';
import { countUpTo } from '../../../lib/text-limit.js';
import { type CellView, cellKeys } from '../api/party-cells.js';
import { endStanding, startStanding } from '../api/party-cells-edit.js';

type Member = CellView['members'][number];
type Kind = 'exempt' | 'suspended';

export function MemberStanding({ member, manage }: { member: Member; manage: boolean }) {
  const t = useT();
  const qc = useQueryClient();
  const [open, setOpen] = useState<null | 'start' | Kind>(null);
  const shown = member.standing.filter((s) => s.current || s.toOn === null);
  const required = [{ required: true, message: t('v.required') }];
  const done = () => void qc.invalidateQueries({ queryKey: cellKeys.all });
  const reload = () => void qc.invalidateQueries({ queryKey: cellKeys.all });
  return (
    <Flex vertical gap={6} align="start">
      {shown.map((s) => (
        <Flex key={s.kind} gap={6} wrap align="center">
          <Tag color="orange" style={{ whiteSpace: 'normal' }}>
            {t('cells.standing.since', { kind: t(`cells.standing.${s.kind}`), date: formatDate(s.fromOn), decision: s.decision ?? '—' })}
          </Tag>
          {manage && s.toOn === null ? (
            <Button
              size="large"
              onClick={() => setOpen(s.kind)}
              aria-label={t('cells.standing.endOf', { kind: t(`cells.standing.${s.kind}`), name: member.name })}
            >
              {t('cells.standing.end')}
            </Button>
          ) : null}
        </Flex>
      ))}
      {manage ? (
        <Button size="large" onClick={() => setOpen('start')} aria-label={t('cells.standing.startOf', { name: member.name })}>
          {t('cells.standing.start')}
        </Button>
      ) : null}
      <FormDialog<{ kind: Kind; fromOn: string; decisionNumber: string; decisionOn: string }>
        open={open === 'start'}
        onClose={() => setOpen(null)}
        onReload={reload}
        title={t('cells.standing.startOf', { name: member.name })}
        initialValues={{ kind: 'exempt', fromOn: today(), decisionNumber: '', decisionOn: today() }}
        submit={(v) => startStanding(member.id, { version: member.version, ...v })}
        onDone={done}
      >
        <Form.Item name="kind" label={t('cells.standing.kind')} rules={required}>
          <Select size="large" options={(['exempt', 'suspended'] as const).map((k) => ({ value: k, label: t(`cells.standing.${k}`) }))} />
        </Form.Item>
        <Form.Item name="fromOn" label={t('cells.standing.fromOn')} rules={required}>
          <DateInput allowClear={false} />
        </Form.Item>
        <Form.Item name="decisionNumber" label={t('cells.standing.decisionNumber')} rules={required}>
          <Input size="large" {...countUpTo(200)} />
        </Form.Item>
        <Form.Item name="decisionOn" label={t('cells.standing.decisionOn')} rules={required}>
          <DateInput allowClear={false} />
        </Form.Item>
      </FormDialog>
      <FormDialog<{ toOn: string }>
        open={open === 'exempt' || open === 'suspended'}
        onClose={() => setOpen(null)}
        onReload={reload}
        title={open && open !== 'start' ? t('cells.standing.endOf', { kind: t(`cells.standing.${open}`), name: member.name }) : ''}
        initialValues={{ toOn: today() }}
        submit={(v) => endStanding(member.id, { version: member.version, kind: open as Kind, toOn: v.toOn })}
        onDone={done}
      >
        <Form.Item name="toOn" label={t('cells.standing.toOn')} rules={required}>
          <DateInput allowClear={false} />
        </Form.Item>
      </FormDialog>
    </Flex>
  );
}
