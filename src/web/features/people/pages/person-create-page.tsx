import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header.js';
import { RequireCapability } from '../../../components/require-capability.js';
import { paths } from '../../../app/paths.js';
import { useT } from '../../../i18n/context.js';
import { useCurrentUser } from '../../../lib/session.js';
import { createPerson, peopleKeys } from '../../../lib/api/people.js';
import { PersonForm } from '../components/person-form.js';

function PersonCreatePageContent() {
  const t = useT();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  return (
    <>
      <PageHeader title={t('people.create')} />
      <PersonForm
        citizenIdVisible={me.can.editPeople}
        defaults={{ unitId: params.get('unitId') ?? undefined }}
        submitText={t('people.create')}
        onCancel={() => navigate(-1)}
        onSubmit={async (input) => {
          const p = await createPerson(input);
          await qc.invalidateQueries({ queryKey: peopleKeys.all });
          void message.success(t('people.created', { name: p.fullName }));
          void navigate(paths.person(p.id), { replace: true });
        }}
      />
    </>
  );
}

export default function PersonCreatePage() {
  return (
    <RequireCapability can="editPeople">
      <PersonCreatePageContent />
    </RequireCapability>
  );
}
