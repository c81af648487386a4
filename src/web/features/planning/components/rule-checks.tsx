// The rule checks of a candidate, a cap or the structure: each with its outcome and the server's
// worded message (the citation and the numbers).
import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import type { RuleCheckView } from '../api/planning.js';

const ICONS = {
  pass: <CheckCircleFilled style={{ color: '#389e0d' }} aria-hidden />,
  warn: <ExclamationCircleFilled style={{ color: '#d48806' }} aria-hidden />,
  fail: <CloseCircleFilled style={{ color: '#cf1322' }} aria-hidden />,
};

export function RuleChecks({ checks }: { checks: readonly RuleCheckView[] }) {
  return (
    <Flex vertical gap={4}>
      {checks.map((c, i) => (
        <Flex key={`${c.code}-${i}`} gap={8} align="flex-start" data-outcome={c.outcome}>
          <span style={{ paddingTop: 2 }}>{ICONS[c.outcome]}</span>
          <Typography.Text style={{ fontSize: 13 }} type={c.outcome === 'fail' ? 'danger' : undefined}>
            {c.message}
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
