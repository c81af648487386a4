// The yearly review of a plan (rà soát hằng năm): who no longer meets the rules — age passed, rating
// dropped, disciplined — each with the findings the server worded.
import { Button, Card, Flex, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useT } from '../../../i18n/context.js';
import { formatDate, today } from '../../../lib/dates.js';
import { useReview } from '../api/planning.js';
import { RuleChecks } from './rule-checks.js';

export function ReviewCard({ planId }: { planId: string }) {
  const t = useT();
  const year = Number(today().slice(0, 4)) + (Number(today().slice(5, 7)) > 3 ? 1 : 0);
  const [open, setOpen] = useState(false);
  const review = useReview(planId, year, open);
  return (
    <Card size="small" title={t('planning.review', { year })} style={{ marginBottom: 12 }}>
      {!open ? <Button onClick={() => setOpen(true)}>{t('planning.reviewRun')}</Button> : null}
      <ErrorAlert error={review.error} />
      {review.isFetching ? <Spin /> : null}
      {review.data ? (
        <>
          <Typography.Paragraph type="secondary">
            {t('planning.reviewDate', { date: formatDate(review.data.reviewDate) })}
          </Typography.Paragraph>
          {review.data.items.length === 0 ? <Typography.Paragraph>{t('planning.reviewNone')}</Typography.Paragraph> : null}
          {review.data.items.map((i) => (
            <div key={i.candidateId} style={{ marginBottom: 10 }}>
              <Flex gap={8} wrap align="center">
                <Typography.Text strong>{i.name}</Typography.Text>
                <span>— {i.postTitle}</span>
                {i.remove ? <Tag color="red">{t('planning.reviewRemove')}</Tag> : <Tag>{t('planning.reviewNote')}</Tag>}
              </Flex>
              <RuleChecks checks={i.findings} />
            </div>
          ))}
        </>
      ) : null}
    </Card>
  );
}
