// The HD 45 forms of the plan as PDF and Excel (as the plan stood on the day shown): the plan per post
// and the age sheet always; the ballot tallies once a round is recorded; the approval decision once
// the standing committee has approved.
import { Card, Flex, Typography } from 'antd';
import { DownloadButton } from '../../../components/download-button.js';
import { useT } from '../../../i18n/context.js';
import { type PlanView, planFile } from '../api/planning.js';

const FORMS = ['plan', 'ages', 'tally', 'decision'] as const;

export function PlanDocuments({ plan, asOf }: { plan: PlanView; asOf?: string }) {
  const t = useT();
  const hasBallot = plan.posts.some((p) => p.ballot);
  const forms = FORMS.filter((f) => (f === 'tally' ? hasBallot : f === 'decision' ? plan.approvals.length > 0 : true));
  return (
    <Card size="small" title={t('planning.documents')} style={{ marginBottom: 12 }}>
      <Flex vertical gap={8}>
        {forms.map((form) => (
          <Flex key={form} gap={8} wrap align="center" data-testid={`plan-doc-${form}`}>
            <Typography.Text style={{ minWidth: 220 }}>{t(`planning.doc.${form}`)}</Typography.Text>
            {(['pdf', 'xlsx'] as const).map((format) => (
              <DownloadButton
                key={format}
                size="small"
                path={planFile(plan.id, form, format)}
                query={asOf ? { asOf } : undefined}
                fallbackName={`${form}.${format}`}
                ariaLabel={t(format === 'pdf' ? 'planning.doc.pdfOf' : 'planning.doc.xlsxOf', { form: t(`planning.doc.${form}`) })}
              >
                {format === 'pdf' ? 'PDF' : 'Excel'}
              </DownloadButton>
            ))}
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
