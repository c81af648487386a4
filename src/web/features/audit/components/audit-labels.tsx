// The words of an audit event: its action and record type by their labels, the actor as a filter link.
import { Button } from 'antd';
import { Link } from 'react-router';
import type { AuditEventView } from '../../../../contracts/audit.js';
import { paths } from '../../../app/paths.js';
import { useI18n } from '../../../i18n/context.js';

export function useActionLabel() {
  const { tx } = useI18n();
  return (action: string) => tx(`auditAction.${action}`, action);
}

function entityLink(e: AuditEventView): string | null {
  if (e.entityType === 'person') return paths.person(e.entityId);
  if (e.entityType === 'org_unit') return paths.org(e.entityId);
  if (e.personId) return paths.person(e.personId);
  return null;
}

export function EntityLabel({ event }: { event: AuditEventView }) {
  const { tx } = useI18n();
  const label = tx(`entity.${event.entityType}`, event.entityType);
  const to = entityLink(event);
  return to ? <Link to={to}>{label}</Link> : <>{label}</>;
}

export function ActorName({ event, onActor }: { event: AuditEventView; onActor: (actorId: string, actorName: string) => void }) {
  const { t } = useI18n();
  if (!event.actorId) return <>{event.actorName}</>;
  const actorId = event.actorId;
  return (
    <Button
      type="link"
      size="small"
      style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start', overflowWrap: 'anywhere' }}
      onClick={() => onActor(actorId, event.actorName)}
      title={t('audit.filterByActor')}
    >
      {event.actorName}
    </Button>
  );
}
