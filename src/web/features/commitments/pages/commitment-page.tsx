// One commitment by id: the cell or unit approves, returns or assesses it here; readers in scope see it.
import { Spin } from 'antd';
import { Link, useParams } from 'react-router';
import { paths } from '../../../app/paths.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { useT } from '../../../i18n/context.js';
import { useCommitment } from '../api/commitments.js';
import { CommitmentPanel } from '../components/commitment-panel.js';

export default function CommitmentPage() {
  const t = useT();
  const { id } = useParams();
  const c = useCommitment(id);
  return (
    <>
      <PageHeader
        title={t('commitments.detail.title')}
        subtitle={
          <Link to={paths.commitmentsOverview(c.data ? { unitId: c.data.unitId, year: String(c.data.year) } : undefined)}>
            {t('commitments.overview.title')}
          </Link>
        }
      />
      {c.isPending ? <Spin /> : null}
      <ErrorAlert error={c.error} onReload={() => void c.refetch()} />
      {c.data ? <CommitmentPanel key={`${c.data.id}:${c.data.version}`} commitment={c.data} onReload={() => void c.refetch()} /> : null}
    </>
  );
}
