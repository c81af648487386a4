// Per peer group (same evaluating unit and cadre group): HTXS and HTT counts, the cap, ok or what
// must change (Quy định 366-QĐ/TW), and the standing committee's actions on the group.
import { TEXT } from '../../../../contracts/limits.js';
import { countUpTo, maxLengthRule } from '../../../lib/text-limit.js';
import { Button, Card, Form, Input, InputNumber, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { FormDialog } from '../../../components/form-dialog.js';
import { useT } from '../../../i18n/context.js';
import { evaluationApi, useInvalidateEvaluation, useQuota, type EvaluationItem } from '../api/evaluation.js';
import { DecideSetDialog } from './decide-set-dialog.js';

export interface PeerGroup {
  unitId: string;
  unitName: string;
  cadreGroup: string;
  cadreGroupName: string;
  items: EvaluationItem[];
}

/** Peer groups of the evaluations listed (excluded ones are not classified). */
export function peerGroups(items: EvaluationItem[]): PeerGroup[] {
  const map = new Map<string, PeerGroup>();
  for (const e of items) {
    if (e.status === 'excluded') continue;
    const key = `${e.unitId}|${e.cadreGroup}`;
    const g = map.get(key) ?? {
      unitId: e.unitId,
      unitName: e.subject.unitName,
      cadreGroup: e.cadreGroup,
      cadreGroupName: e.cadreGroupName,
      items: [],
    };
    g.items.push(e);
    map.set(key, g);
  }
  return [...map.values()];
}

/** One row of the quota table: its own quota query, actions for the standing committee. */
function GroupQuota({ periodId, group, canDecide }: { periodId: string; group: PeerGroup; canDecide: boolean }) {
  const t = useT();
  const quota = useQuota(periodId, group.unitId, group.cadreGroup);
  const invalidate = useInvalidateEvaluation();
  const [deciding, setDeciding] = useState(false);
  const [excepting, setExcepting] = useState(false);
  // The server marks the actor's own evaluation: it is never part of their decision set (Quy định 366-QĐ/TW, Điều 12–13).
  const appraised = group.items.filter((e) => e.status === 'appraised' && !e.ownWork);
  const q = quota.data;
  const name = t('evaluation.quota.group', { group: group.cadreGroupName, unit: group.unitName });
  return (
    <tr className="ant-table-row">
      <td className="ant-table-cell">{name}</td>
      <td className="ant-table-cell">
        {q ? t('evaluation.quota.counts', { excellent: q.excellent, good: q.good, cap: q.cap, pct: q.pct }) : <Spin size="small" />}
      </td>
      <td className="ant-table-cell">
        {q ? (
          <Tooltip title={q.explanation}>
            <Tag color={q.ok ? 'green' : 'red'}>
              {q.ok ? t('evaluation.quota.ok') : t('evaluation.quota.broken', { n: q.mustRateDown })}
            </Tag>
          </Tooltip>
        ) : null}
        {q && !q.ok ? (
          <Typography.Paragraph type="danger" style={{ margin: '4px 0 0' }}>
            {q.explanation}
          </Typography.Paragraph>
        ) : null}
        {q?.exception ? (
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
            {t('evaluation.quota.exception', { percent: q.exception.percent, reason: q.exception.reason })}
          </Typography.Paragraph>
        ) : null}
      </td>
      {canDecide ? (
        <td className="ant-table-cell">
          <Space wrap>
            <Button
              type="primary"
              size="small"
              disabled={appraised.length === 0}
              onClick={() => setDeciding(true)}
              aria-label={`${t('evaluation.decideSet')}: ${name}`}
            >
              {t('evaluation.decideSet')} ({appraised.length})
            </Button>
            <Button size="small" onClick={() => setExcepting(true)} aria-label={`${t('evaluation.exception')}: ${name}`}>
              {t('evaluation.exception')}
            </Button>
          </Space>
          {deciding ? (
            <DecideSetDialog
              periodId={periodId}
              unitId={group.unitId}
              cadreGroup={group.cadreGroup}
              groupName={name}
              items={appraised}
              onClose={() => setDeciding(false)}
              onDone={() => void invalidate()}
            />
          ) : null}
          <FormDialog<{ percent: number; reason: string }, unknown>
            open={excepting}
            title={`${t('evaluation.exception')}: ${name}`}
            onClose={() => setExcepting(false)}
            initialValues={{ percent: 25 }}
            submit={(v) =>
              evaluationApi.quotaException(periodId, {
                unitId: group.unitId,
                cadreGroup: group.cadreGroup,
                percent: v.percent,
                reason: v.reason,
              })
            }
            onDone={() => void invalidate()}
          >
            <Form.Item name="percent" label={t('evaluation.exception.percent')} rules={[{ required: true, message: t('v.required') }]}>
              <InputNumber min={20} max={25} aria-label={t('evaluation.exception.percent')} />
            </Form.Item>
            <Form.Item
              name="reason"
              label={t('evaluation.exception.reason')}
              rules={[maxLengthRule(t, TEXT.longReason), { required: true, whitespace: true, message: t('v.required') }]}
            >
              <Input.TextArea rows={3} {...countUpTo(TEXT.longReason)} />
            </Form.Item>
          </FormDialog>
        </td>
      ) : null}
    </tr>
  );
}

/** A plain antd-styled table: each row runs its own quota query, which antd's Table cannot host as a row. */
export function QuotaPanel({ periodId, groups, canDecide }: { periodId: string; groups: PeerGroup[]; canDecide: boolean }) {
  const t = useT();
  // Groups where a decision is still to be made come first.
  const sorted = [...groups].sort(
    (a, b) => b.items.filter((e) => e.status === 'appraised').length - a.items.filter((e) => e.status === 'appraised').length,
  );
  return (
    <Card title={t('evaluation.quota.title')} style={{ marginBottom: 16 }} styles={{ body: { maxHeight: 480, overflow: 'auto' } }}>
      {groups.length === 0 ? (
        <Typography.Text type="secondary">{t('evaluation.quota.empty')}</Typography.Text>
      ) : (
        <div className="ant-table ant-table-small">
          <table style={{ width: '100%' }} aria-label={t('evaluation.quota.title')}>
            <thead className="ant-table-thead">
              <tr>
                <th className="ant-table-cell">{t('evaluation.filter.group')}</th>
                <th className="ant-table-cell">{t('evaluation.quota.countsHead')}</th>
                <th className="ant-table-cell">{t('evaluation.col.status')}</th>
                {canDecide ? <th className="ant-table-cell" /> : null}
              </tr>
            </thead>
            <tbody className="ant-table-tbody">
              {sorted.map((g) => (
                <GroupQuota key={`${g.unitId}|${g.cadreGroup}`} periodId={periodId} group={g} canDecide={canDecide} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
