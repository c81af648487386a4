// The checks of a personnel proposal: each with its outcome and the server's worded message (the
// citation and the numbers); the ratings of the last years beside them.
import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Flex, Tag, Typography } from 'antd';
import { useT } from '../../../i18n/context.js';
import { isMessageKey } from '../../../i18n/context.js';
import type { ChecksView } from '../api/personnel.js';

const ICONS = {
  pass: <CheckCircleFilled style={{ color: '#389e0d' }} aria-hidden />,
  warn: <ExclamationCircleFilled style={{ color: '#d48806' }} aria-hidden />,
  fail: <CloseCircleFilled style={{ color: '#cf1322' }} aria-hidden />,
};

export function ProposalChecks({ view }: { view: ChecksView }) {
  const t = useT();
  return (
    <Flex vertical gap={8} data-testid="proposal-checks">
      <Flex gap={8} wrap align="center">
        <Typography.Text strong>{t('personnel.ratings')}:</Typography.Text>
        {view.ratings.map((r) => {
          const key = `personnel.level.${r.level ?? 'none'}`;
          return (
            <Tag key={r.year} data-testid="rating">
              {r.year}: {isMessageKey(key) ? t(key) : r.level}
            </Tag>
          );
        })}
      </Flex>
      {view.checks.map((c, i) => (
        <Flex key={`${c.code}-${i}`} gap={8} align="flex-start" data-outcome={c.outcome} data-code={c.code}>
          <span style={{ paddingTop: 2 }}>{ICONS[c.outcome]}</span>
          <Typography.Text style={{ fontSize: 13 }} type={c.outcome === 'fail' ? 'danger' : undefined}>
            {c.message}
            {c.outcome === 'fail' && c.exceptionAllowed ? ` — ${t('personnel.exceptionAllowed')}` : ''}
          </Typography.Text>
        </Flex>
      ))}
      {view.blocked ? <Typography.Text type="danger">{t('personnel.blocked')}</Typography.Text> : null}
      {view.needsVote ? <Typography.Text type="secondary">{t(`personnel.needsVote.${view.needsVote}`)}</Typography.Text> : null}
    </Flex>
  );
}
