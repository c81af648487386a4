// Organisation: the tree as of a date on the left, the chosen unit on the right.
// The unit and the date live in the URL (/org/:unitId?asOf=YYYY-MM-DD) so views can be shared.
import { Card, Col, Empty, Flex, Row } from 'antd';
import { useRef } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { DateInput } from '../../../components/date-input.js';
import { PageHeader } from '../../../components/page-header.js';
import { paths } from '../../../app/paths.js';
import { useT } from '../../../i18n/context.js';
import { isCivilDate } from '../../../../domain/dates.js';
import { today } from '../../../lib/dates.js';
import { OrgTree, type OrgTreeHandle } from '../components/org-tree.js';
import { UnitDetailPanel } from '../components/unit-detail-panel.js';

export default function OrgPage() {
  const t = useT();
  const { unitId } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const tree = useRef<OrgTreeHandle>(null);
  const asOfParam = params.get('asOf');
  const asOf = asOfParam && isCivilDate(asOfParam) ? asOfParam : today();
  const asOfInUrl = asOfParam && isCivilDate(asOfParam) ? asOfParam : undefined;

  return (
    <>
      <PageHeader
        title={t('org.title')}
        extra={
          <Flex align="center" gap={8}>
            <label htmlFor="org-as-of" style={{ whiteSpace: 'nowrap' }}>
              {t('org.asOf')}
            </label>
            <DateInput
              id="org-as-of"
              value={asOf}
              allowClear={false}
              onChange={(d) => navigate(paths.org(unitId, d ?? undefined), { replace: true })}
            />
          </Flex>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9} xl={8}>
          <Card title={t('org.tree.title')} styles={{ body: { maxHeight: 'calc(100vh - 220px)', overflow: 'auto' } }}>
            <OrgTree key={asOf} ref={tree} asOf={asOf} selectedId={unitId} onSelect={(id) => navigate(paths.org(id, asOfInUrl))} />
          </Card>
        </Col>
        <Col xs={24} lg={15} xl={16}>
          {unitId ? (
            <UnitDetailPanel
              key={unitId}
              unitId={unitId}
              asOf={asOf}
              asOfInUrl={asOfInUrl}
              onChanged={() => void tree.current?.refresh()}
              onLoaded={(ancestorIds) => void tree.current?.reveal(ancestorIds)}
              onNavigate={(id) => navigate(paths.org(id, asOfInUrl))}
            />
          ) : (
            <Card>
              <Empty description={t('org.selectUnit')} />
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
