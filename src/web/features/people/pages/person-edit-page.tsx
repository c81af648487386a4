import { useQueryClient } from '@tanstack/react-query';
import { App, Spin } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { paths } from '../../../app/paths.js';
import { useT } from '../../../i18n/context.js';
import { peopleKeys, updatePerson, usePerson } from '../../../lib/api/people.js';
import { PersonForm } from '../components/person-form.js';

export default function PersonEditPage() {
  const t = useT();
  const { id } = useParams();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const { data, error, isPending, refetch, dataUpdatedAt } = usePerson(id);
  if (isPending) return <Spin />;
  if (error) return <ErrorAlert error={error} onReload={() => void refetch()} />;
  return (
    <>
      <PageHeader title={t('people.edit.title', { name: data.fullName })} />
      <PersonForm
        // A reload after a conflict shows the newer record and its version.
        key={dataUpdatedAt}
        initial={data}
        citizenIdVisible={data.citizenIdVisible}
        submitText={t('action.save')}
        errorPrefix="changes."
        onCancel={() => navigate(paths.person(data.id))}
        onReload={() => void refetch()}
        onSubmit={async (input) => {
          const p = await updatePerson(data.id, data.version, input);
          qc.setQueryData(peopleKeys.detail(p.id), p);
          await qc.invalidateQueries({ queryKey: peopleKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' });
          void message.success(t('common.saved'));
          void navigate(paths.person(p.id));
        }}
      />
    </>
  );
}
