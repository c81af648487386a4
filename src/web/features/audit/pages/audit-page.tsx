// Nhật ký thay đổi: filtered audit events, newest first, with "load more" and the chain check.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Grid } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { isAuditAction, isAuditEntityType } from '../../../../contracts/audit-vocabulary.js';
import { isCivilDate } from '../../../../domain/dates.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { RequireCapability } from '../../../components/require-capability.js';
import { useI18n } from '../../../i18n/context.js';
import { useCurrentUser } from '../../../lib/session.js';
import { usePerson } from '../../../lib/api/people.js';
import { useAuditEvents, useVerifyAudit, type AuditFilter } from '../api/audit.js';
import { AuditFilters } from '../components/audit-filters.js';
import { AuditCards } from '../components/audit-cards.js';
import { AuditTable } from '../components/audit-table.js';
import { AuditVerifyResult } from '../components/audit-verify-result.js';
import '../audit.css';

const UUID = /^[0-9a-f-]{36}$/i;

/** A URL value of the vocabulary, or nothing (a hand-edited URL never reaches the API as a 400). */
const known = <T extends string>(v: string | null, guard: (s: string) => s is T): T | undefined => (v !== null && guard(v) ? v : undefined);

function readFilter(p: URLSearchParams): AuditFilter {
  const id = (k: string) => (UUID.test(p.get(k) ?? '') ? p.get(k)! : undefined);
  const date = (k: string) => (isCivilDate(p.get(k)) ? p.get(k)! : undefined);
  return {
    personId: id('personId'),
    entityType: known(p.get('entityType'), isAuditEntityType),
    action: known(p.get('action'), isAuditAction),
    entityId: p.get('entityId') || undefined,
    actorId: id('actorId'),
    from: date('from'),
    to: date('to'),
  };
}

function AuditPageContent() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const [resetCount, setResetCount] = useState(0);
  const filter = readFilter(params);
  const actorName = params.get('actorName');
  const events = useAuditEvents(filter);
  const person = usePerson(filter.personId);
  const verify = useVerifyAudit();
  // A wide table from md up; one card per event on a phone (no sideways scrolling).
  const wide = Grid.useBreakpoint().md ?? true;
  const List = wide ? AuditTable : AuditCards;

  const update = (patch: Partial<AuditFilter> & { actorName?: string }) => {
    const next: Record<string, string | undefined> = { ...filter, actorName: actorName ?? undefined, ...patch };
    if (!next.actorId) next.actorName = undefined;
    const out = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) if (v) out.set(k, v);
    setParams(out);
  };

  const items = events.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        extra={
          me.can.verifyAudit ? (
            <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()}>
              {t('audit.verify.button')}
            </Button>
          ) : null
        }
      />
      <AuditVerifyResult result={verify.data} error={verify.error} />
      <Card styles={{ body: { padding: wide ? 24 : 12 } }}>
        <AuditFilters
          key={resetCount}
          filter={filter}
          personName={person.data?.fullName}
          actorName={actorName}
          canSearchAccounts={me.can.manageAccounts}
          onChange={update}
          onReset={() => {
            setResetCount((c) => c + 1);
            setParams(new URLSearchParams());
          }}
        />
        <ErrorAlert error={events.error} />
        <List
          events={items}
          loading={events.isFetching && !events.isFetchingNextPage}
          onActor={(actorId, name) => update({ actorId, actorName: name })}
        />
        {events.hasNextPage ? (
          <Flex justify="center" style={{ marginTop: 16 }}>
            <Button loading={events.isFetchingNextPage} onClick={() => void events.fetchNextPage()}>
              {t('audit.loadMore')}
            </Button>
          </Flex>
        ) : null}
      </Card>
    </>
  );
}

export default function AuditPage() {
  return (
    <RequireCapability can="readAudit">
      <AuditPageContent />
    </RequireCapability>
  );
}
