// Small organisation dialogs: new sub-unit, rename, close, move, new post.
import { TEXT } from '../../../../contracts/limits.js';
import { countUpTo, maxLengthRule } from '../../../lib/text-limit.js';
import { Checkbox, Form, Input, InputNumber, Select } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { OrgUnitKindOrder, OrgUnitKinds, type OrgUnitView } from '../../../../contracts/org.js';
import { DateInput } from '../../../components/date-input.js';
import { FormDialog } from '../../../components/form-dialog.js';
import { CadreGroupSelect } from '../../../components/pickers/cadre-group-select.js';
import { UnitPicker } from '../../../components/pickers/unit-picker.js';
import { enumOptions } from '../../../i18n/enum-options.js';
import { useI18n } from '../../../i18n/context.js';
import { closeUnit, createPost, createUnit, moveUnit, renameUnit } from '../api/org-mutations.js';
import { orgKeys } from '../../../lib/api/org.js';

interface Base {
  open: boolean;
  onClose: () => void;
  onDone: () => void;
  asOf: string;
}

/** Party bodies first, territories last: the usual order of a unit's children. */
export const KINDS_IN_ORDER = [...OrgUnitKinds].sort((a, b) => OrgUnitKindOrder[a] - OrgUnitKindOrder[b]);

function useRules() {
  const { t } = useI18n();
  return {
    required: [{ required: true, message: t('v.required') }],
    requiredText: [{ required: true, whitespace: true, message: t('v.required') }],
  };
}

export function CreateUnitDialog({ parent, onCreated, ...p }: Base & { parent: OrgUnitView; onCreated: (id: string) => void }) {
  const { t, tx } = useI18n();
  const r = useRules();
  return (
    <FormDialog<{ kind: string; name: string; shortName?: string; validFrom: string }, OrgUnitView>
      open={p.open}
      onClose={p.onClose}
      title={t('org.create.title', { parent: parent.name })}
      okText={t('action.create')}
      initialValues={{ validFrom: p.asOf }}
      submit={(v) => createUnit({ ...v, kind: v.kind as OrgUnitView['kind'], shortName: v.shortName || null, parentId: parent.id })}
      onDone={(u) => {
        p.onDone();
        onCreated(u.id);
      }}
    >
      <Form.Item name="kind" label={t('org.unit.kind')} rules={r.required}>
        <Select options={enumOptions(tx, 'orgKind', KINDS_IN_ORDER)} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <Form.Item name="name" label={t('org.unit.name')} rules={[...r.requiredText, maxLengthRule(t, TEXT.unitName)]}>
        <Input {...countUpTo(TEXT.unitName)} />
      </Form.Item>
      <Form.Item rules={[maxLengthRule(t, TEXT.shortName)]} name="shortName" label={t('org.unit.shortName')}>
        <Input {...countUpTo(TEXT.shortName)} />
      </Form.Item>
      <Form.Item name="validFrom" label={t('org.unit.validFrom')} rules={r.required}>
        <DateInput />
      </Form.Item>
    </FormDialog>
  );
}

export function RenameUnitDialog({ unit, ...p }: Base & { unit: OrgUnitView }) {
  const { t } = useI18n();
  const r = useRules();
  const qc = useQueryClient();
  return (
    <FormDialog<{ name: string; shortName?: string }>
      open={p.open}
      onClose={p.onClose}
      title={t('org.rename.title')}
      initialValues={{ name: unit.name, shortName: unit.shortName ?? '' }}
      submit={(v) => renameUnit(unit.id, { name: v.name, shortName: v.shortName || null, version: unit.version })}
      onDone={p.onDone}
      onReload={() => void qc.invalidateQueries({ queryKey: orgKeys.all })}
    >
      <Form.Item name="name" label={t('org.unit.name')} rules={[...r.requiredText, maxLengthRule(t, TEXT.unitName)]}>
        <Input {...countUpTo(TEXT.unitName)} />
      </Form.Item>
      <Form.Item rules={[maxLengthRule(t, TEXT.shortName)]} name="shortName" label={t('org.unit.shortName')}>
        <Input {...countUpTo(TEXT.shortName)} />
      </Form.Item>
    </FormDialog>
  );
}

export function CloseUnitDialog({ unit, ...p }: Base & { unit: OrgUnitView }) {
  const { t } = useI18n();
  const r = useRules();
  const qc = useQueryClient();
  return (
    <FormDialog<{ validTo: string }>
      open={p.open}
      onClose={p.onClose}
      title={t('org.close.title', { name: unit.name })}
      okText={t('org.close.ok')}
      danger
      initialValues={{ validTo: p.asOf }}
      submit={(v) => closeUnit(unit.id, { validTo: v.validTo, version: unit.version })}
      onDone={p.onDone}
      onReload={() => void qc.invalidateQueries({ queryKey: orgKeys.all })}
    >
      <p>{t('org.close.explain')}</p>
      <Form.Item name="validTo" label={t('org.close.validTo')} rules={r.required}>
        <DateInput />
      </Form.Item>
    </FormDialog>
  );
}

export function MoveUnitDialog({ unit, ...p }: Base & { unit: OrgUnitView }) {
  const { t } = useI18n();
  const r = useRules();
  const qc = useQueryClient();
  return (
    <FormDialog<{ parentId: string; validFrom: string }>
      open={p.open}
      onClose={p.onClose}
      title={t('org.move.title', { name: unit.name })}
      initialValues={{ validFrom: p.asOf }}
      submit={(v) => moveUnit(unit.id, { ...v, version: unit.version })}
      onDone={p.onDone}
      onReload={() => void qc.invalidateQueries({ queryKey: orgKeys.all })}
    >
      <Form.Item name="parentId" label={t('org.move.parent')} rules={r.required}>
        <UnitPicker asOf={p.asOf} />
      </Form.Item>
      <Form.Item name="validFrom" label={t('org.move.validFrom')} rules={r.required}>
        <DateInput />
      </Form.Item>
    </FormDialog>
  );
}

interface PostValues {
  title: string;
  isHead: boolean;
  isKey: boolean;
  cadreGroup?: string;
  rank: number;
  validFrom: string;
}

export function AddPostDialog({ unitId, ...p }: Base & { unitId: string }) {
  const { t } = useI18n();
  const r = useRules();
  return (
    <FormDialog<PostValues>
      open={p.open}
      onClose={p.onClose}
      title={t('org.posts.add')}
      okText={t('action.add')}
      initialValues={{ isHead: false, isKey: false, rank: 100, validFrom: p.asOf }}
      submit={(v) => createPost(unitId, { ...v, cadreGroup: v.cadreGroup || null })}
      onDone={p.onDone}
    >
      <Form.Item name="title" label={t('org.posts.post')} rules={[...r.requiredText, maxLengthRule(t, TEXT.postTitle)]}>
        <Input {...countUpTo(TEXT.postTitle)} />
      </Form.Item>
      <Form.Item name="isHead" valuePropName="checked" style={{ marginBottom: 4 }}>
        <Checkbox>{t('org.posts.isHead')}</Checkbox>
      </Form.Item>
      <Form.Item name="isKey" valuePropName="checked">
        <Checkbox>{t('org.posts.isKey')}</Checkbox>
      </Form.Item>
      <Form.Item name="cadreGroup" label={t('org.posts.cadreGroup')}>
        <CadreGroupSelect />
      </Form.Item>
      <Form.Item name="rank" label={t('org.posts.rank')} tooltip={t('org.posts.rankHelp')}>
        <InputNumber min={0} max={10000} />
      </Form.Item>
      <Form.Item name="validFrom" label={t('org.unit.validFrom')} rules={r.required}>
        <DateInput />
      </Form.Item>
    </FormDialog>
  );
}
