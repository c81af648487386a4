// The home page by role: the account's own work, then one block per unit it works on, then the
// evaluation periods in its scope — each figure a link to the list behind it, with charts.
import { CloudUploadOutlined, KeyOutlined, UserAddOutlined, AuditOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Row, Spin, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { paths } from '../../../app/paths.js';
import { useI18n } from '../../../i18n/context.js';
import type { MessageKey } from '../../../i18n/vi.js';
import { useCurrentUser } from '../../../lib/session.js';
import { useHome } from '../api/home.js';
import { useCardStyles } from '../components/figure.js';
import { MyWork } from '../components/my-work.js';
import { PeriodsBlock } from '../components/periods-block.js';
import { UnitBlock } from '../components/unit-block.js';

export default function HomePage() {
  const { t, tx } = useI18n();
  const me = useCurrentUser();
  const home = useHome();
  const cardStyles = useCardStyles();
  const all: { key: MessageKey; to: string; icon: ReactNode; show: boolean }[] = [
    { key: 'home.link.newPerson', to: paths.personNew(), icon: <UserAddOutlined />, show: me.can.editPeople },
    { key: 'home.link.import', to: paths.personImport(), icon: <CloudUploadOutlined />, show: me.can.importPeople },
    { key: 'home.link.audit', to: paths.audit(), icon: <AuditOutlined />, show: me.can.readAudit },
    { key: 'home.link.accounts', to: paths.accounts(), icon: <KeyOutlined />, show: me.can.manageAccounts },
  ];
  const links = all.filter((l) => l.show);
  const data = home.data;
  const showPeriods = !!data && (data.periods.length > 0 || data.lastClosed !== null || (me.can.readEvaluations && !me.personId));
  return (
    <>
      <PageHeader
        title={t('home.greeting', { name: me.displayName })}
        subtitle={
          <Flex gap={6} wrap component="span">
            {me.roles.length === 0 ? t('home.scopeEmpty') : null}
            {me.roles.map((r) => (
              <Tag key={`${r.role}:${r.unitId}`} color="red" style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}>
                {tx(`role.${r.role}`, r.role)} — {r.unitName}
              </Tag>
            ))}
          </Flex>
        }
      />
      {home.isPending ? (
        <Flex justify="center" style={{ padding: 48 }} aria-label={t('home.loading')}>
          <Spin />
        </Flex>
      ) : null}
      {home.error ? <ErrorAlert error={home.error} onReload={() => void home.refetch()} /> : null}
      {data ? (
        <Row gutter={[16, 16]}>
          {data.mine ? (
            <Col xs={24} xl={12}>
              <MyWork home={data} />
            </Col>
          ) : null}
          {!data.mine && me.roles.some((r) => r.role === 'cadre') ? (
            <Col xs={24}>
              <Typography.Text type="secondary">{t('home.mine.noPerson')}</Typography.Text>
            </Col>
          ) : null}
          {data.units.map((u) => (
            <Col xs={24} xl={12} key={u.unitId}>
              <UnitBlock home={data} unit={u} />
            </Col>
          ))}
          {showPeriods ? (
            <Col xs={24} xl={12}>
              <PeriodsBlock home={data} canOpen={me.can.readEvaluations} />
            </Col>
          ) : null}
          {links.length ? (
            <Col xs={24} xl={12}>
              <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('home.quickLinks')}</h2>} styles={cardStyles}>
                <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                  {links.map((l) => (
                    <li key={l.key} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
                      <Link to={l.to}>
                        {l.icon} {t(l.key)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </Card>
            </Col>
          ) : null}
        </Row>
      ) : null}
    </>
  );
}
