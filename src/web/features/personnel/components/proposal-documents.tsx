// The appointment file's documents as PDF and Excel: the proposal (tờ trình) and the summary of checks
// with the 3 years of ratings always; the decision once the competent level has approved the move.
import { Card, Flex, Typography } from 'antd';
import { DownloadButton } from '../../../components/download-button.js';
import { useT } from '../../../i18n/context.js';
import { type ProposalView, proposalFile } from '../api/personnel.js';

const FORMS = ['proposal', 'checks', 'decision'] as const;

export function ProposalDocuments({ p }: { p: ProposalView }) {
  const t = useT();
  const forms = FORMS.filter((f) => f !== 'decision' || p.status === 'approved');
  return (
    <Card size="small" title={t('personnel.files')} data-testid="proposal-documents">
      <Flex vertical gap={8}>
        {forms.map((form) => (
          <Flex key={form} gap={8} wrap align="center" data-testid={`proposal-doc-${form}`}>
            <Typography.Text style={{ minWidth: 220 }}>{t(`personnel.file.${form}`)}</Typography.Text>
            {(['pdf', 'xlsx'] as const).map((format) => (
              <DownloadButton
                key={format}
                size="small"
                path={proposalFile(p.id, form, format)}
                fallbackName={`${form}.${format}`}
                ariaLabel={t(format === 'pdf' ? 'personnel.file.pdfOf' : 'personnel.file.xlsxOf', { form: t(`personnel.file.${form}`) })}
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
