// A new personnel proposal (the organising body): the kind, the person, the post and the tenure it ends,
// the dates, the reason and the documents; "Check" shows every rule's outcome with its citation and numbers
// and the 3 years of ratings before anything is stored; "Propose" stores it, or names each blocking rule.
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Checkbox, Flex, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths.js';
import { DateInput } from '../../../components/date-input.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageHeader } from '../../../components/page-header.js';
import { PersonPicker } from '../../../components/pickers/person-picker.js';
import { UnitPicker } from '../../../components/pickers/unit-picker.js';
import { useT } from '../../../i18n/context.js';
import { ProposalKinds, type ProposalKind } from '../../../../contracts/personnel.js';
import { TEXT } from '../../../../contracts/limits.js';
import { formatDate, today } from '../../../lib/dates.js';
import { type ChecksView, personnelKeys, previewChecks, propose, usePersonTenures, useUnitPosts } from '../api/personnel.js';
import { ProposalChecks } from '../components/rule-checks.js';

const POSTLESS: readonly ProposalKind[] = ['removal', 'dismissal'];
const HAS_END: readonly ProposalKind[] = ['rotation', 'secondment'];

export default function ProposalNewPage() {
  const t = useT();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [params] = useSearchParams();
  const [kind, setKind] = useState<ProposalKind>('appointment');
  const [personId, setPersonId] = useState<string | null>(null);
  const [unitId, setUnitId] = useState<string | null>(params.get('unitId'));
  const [postId, setPostId] = useState<string | null>(null);
  const [fromTenureId, setFromTenureId] = useState<string | null>(null);
  const [effectiveDate, setEffectiveDate] = useState<string | null>(today());
  const [plannedEndDate, setPlannedEndDate] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [specialProcedure, setSpecialProcedure] = useState(false);
  const [underInvestigation, setUnderInvestigation] = useState(false);
  const [docs, setDocs] = useState({ appraisal: false, assetDeclaration: false, health: false });
  const [checks, setChecks] = useState<ChecksView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const posts = useUnitPosts(POSTLESS.includes(kind) ? null : unitId);
  const person = usePersonTenures(personId);
  const openTenures = (person.data?.tenures ?? []).filter(
    (x) => x.endDate === null || (effectiveDate !== null && x.endDate >= effectiveDate),
  );

  const body = () => ({
    kind,
    personId: personId ?? '',
    postId: POSTLESS.includes(kind) ? null : postId,
    fromTenureId,
    effectiveDate: effectiveDate ?? '',
    plannedEndDate: HAS_END.includes(kind) ? plannedEndDate : null,
    reason,
    specialProcedure,
    underInvestigation,
    documents: docs,
  });
  const run = async (store: boolean) => {
    setBusy(true);
    setError(null);
    try {
      if (store) {
        const view = await propose(body());
        await qc.invalidateQueries({ queryKey: personnelKeys.all });
        void navigate(paths.personnelProposal(view.id));
      } else setChecks(await previewChecks(body()));
    } catch (err) {
      setError(err);
      if (!store) setChecks(null);
    } finally {
      setBusy(false);
    }
  };
  const changed =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setChecks(null);
    };

  return (
    <>
      <PageHeader title={t('personnel.new')} subtitle={t('personnel.subtitle')} />
      <Flex gap={16} wrap align="flex-start">
        <Card size="small" style={{ flex: '1 1 420px', maxWidth: 640 }}>
          <Form layout="vertical">
            <Form.Item label={t('personnel.kind')} htmlFor="p-kind">
              <Select
                id="p-kind"
                value={kind}
                options={ProposalKinds.map((k) => ({ value: k, label: t(`personnel.kind.${k}`) }))}
                onChange={changed(setKind)}
              />
            </Form.Item>
            <Form.Item label={t('personnel.person')} htmlFor="p-person">
              <PersonPicker
                id="p-person"
                value={personId}
                onChange={changed((v: string | null) => {
                  setPersonId(v);
                  setFromTenureId(null);
                })}
              />
            </Form.Item>
            {POSTLESS.includes(kind) ? null : (
              <>
                <Form.Item label={t('personnel.unit')} htmlFor="p-unit">
                  <UnitPicker
                    id="p-unit"
                    value={unitId}
                    onChange={changed((v: string | null) => {
                      setUnitId(v);
                      setPostId(null);
                    })}
                    valueLabel={posts.data?.unit.name ?? null}
                  />
                </Form.Item>
                <Form.Item label={t('personnel.post')} htmlFor="p-post">
                  <Select
                    id="p-post"
                    value={postId}
                    loading={posts.isLoading}
                    allowClear
                    options={(posts.data?.posts ?? []).map((p) => ({
                      value: p.id,
                      label:
                        p.holders.length > 0
                          ? `${p.title} (${p.holders.map((h) => h.fullName).join(', ')})`
                          : `${p.title} — ${t('personnel.vacant')}`,
                    }))}
                    onChange={changed((v: string | undefined) => setPostId(v ?? null))}
                  />
                </Form.Item>
              </>
            )}
            <Form.Item label={t('personnel.fromTenure')} htmlFor="p-from" extra={t('personnel.fromTenureHelp')}>
              <Select
                id="p-from"
                value={fromTenureId}
                allowClear
                options={openTenures.map((x) => ({ value: x.id, label: `${x.postTitle} · ${x.unitName} (${formatDate(x.startDate)})` }))}
                onChange={changed((v: string | undefined) => setFromTenureId(v ?? null))}
              />
            </Form.Item>
            <Space wrap>
              <Form.Item label={t('personnel.effectiveDate')} htmlFor="p-effective">
                <DateInput id="p-effective" value={effectiveDate} onChange={changed(setEffectiveDate)} />
              </Form.Item>
              {HAS_END.includes(kind) ? (
                <Form.Item label={t('personnel.plannedEnd')} htmlFor="p-end">
                  <DateInput id="p-end" value={plannedEndDate} onChange={changed(setPlannedEndDate)} />
                </Form.Item>
              ) : null}
            </Space>
            <Form.Item label={t('personnel.reason')} htmlFor="p-reason">
              <Input.TextArea
                id="p-reason"
                rows={3}
                maxLength={TEXT.longReason}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            </Form.Item>
            <Form.Item label={t('personnel.documents')}>
              <Flex vertical gap={4}>
                {(['appraisal', 'assetDeclaration', 'health'] as const).map((k) => (
                  <Checkbox key={k} checked={docs[k]} onChange={(e) => changed(setDocs)({ ...docs, [k]: e.target.checked })}>
                    {t(`personnel.doc.${k}`)}
                  </Checkbox>
                ))}
              </Flex>
            </Form.Item>
            <Flex vertical gap={4} style={{ marginBottom: 16 }}>
              <Checkbox checked={specialProcedure} onChange={(e) => changed(setSpecialProcedure)(e.target.checked)}>
                {t('personnel.specialProcedure')}
              </Checkbox>
              <Checkbox checked={underInvestigation} onChange={(e) => changed(setUnderInvestigation)(e.target.checked)}>
                {t('personnel.underInvestigation')}
              </Checkbox>
            </Flex>
            <ErrorAlert error={error} style={{ marginBottom: 12 }} />
            <Space wrap>
              <Button onClick={() => void run(false)} loading={busy}>
                {t('personnel.check')}
              </Button>
              <Button type="primary" onClick={() => void run(true)} loading={busy} disabled={checks?.blocked === true}>
                {t('personnel.submit')}
              </Button>
            </Space>
          </Form>
        </Card>
        {checks ? (
          <Card size="small" title={t('personnel.checks')} style={{ flex: '1 1 380px' }}>
            <ProposalChecks view={checks} />
          </Card>
        ) : null}
      </Flex>
    </>
  );
}
