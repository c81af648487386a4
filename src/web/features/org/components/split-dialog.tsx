// Split: this unit closes and two or more new units take over its sub-units.
import { TEXT } from '../../../../contracts/limits.js';
import { countUpTo, maxLengthRule } from '../../../lib/text-limit.js';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select } from 'antd';
import type { OrgUnitDetail, OrgUnitKind } from '../../../../contracts/org.js';
import { DateInput } from '../../../components/date-input.js';
import { FormDialog } from '../../../components/form-dialog.js';
import { UnitPicker } from '../../../components/pickers/unit-picker.js';
import { enumOptions } from '../../../i18n/enum-options.js';
import { useI18n } from '../../../i18n/context.js';
import { splitUnit } from '../api/org-mutations.js';
import { KINDS_IN_ORDER } from './unit-dialogs.js';

interface Target {
  kind: OrgUnitKind;
  name: string;
  shortName?: string;
  parentId: string;
  childIds: string[];
}
interface Values {
  targets: Target[];
  effectiveOn: string;
  decisionRef?: string;
  note?: string;
}

interface Props {
  open: boolean;
  detail: OrgUnitDetail;
  asOf: string;
  onClose: () => void;
  onDone: (targetIds: string[]) => void;
}

export function SplitDialog({ open, detail, asOf, onClose, onDone }: Props) {
  const { t, tx } = useI18n();
  const required = [{ required: true, message: t('v.required') }];
  const parent = detail.breadcrumb.at(-1);
  const blank = (): Partial<Target> => ({ kind: detail.unit.kind, parentId: parent?.id, childIds: [] });
  const childOptions = detail.children.map((c) => ({ value: c.id, label: c.name }));
  return (
    <FormDialog<Values, { targetIds: string[] }>
      open={open}
      onClose={onClose}
      width={720}
      title={t('org.split.title', { name: detail.unit.name })}
      okText={t('org.split.ok')}
      initialValues={{ targets: [blank(), blank()] as Target[], effectiveOn: asOf }}
      submit={(v) =>
        splitUnit({
          sourceId: detail.unit.id,
          effectiveOn: v.effectiveOn,
          targets: v.targets.map((x) => ({ ...x, shortName: x.shortName || null, childIds: x.childIds ?? [] })),
          decisionRef: v.decisionRef || null,
          note: v.note || null,
        })
      }
      onDone={(r) => onDone(r.targetIds)}
    >
      <p>{t('org.split.explain')}</p>
      <Form.List name="targets">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <Card
                key={f.key}
                size="small"
                style={{ marginBottom: 12 }}
                title={t('org.split.targetN', { n: i + 1 })}
                extra={fields.length > 2 ? <MinusCircleOutlined aria-label={t('action.remove')} onClick={() => remove(f.name)} /> : null}
              >
                <Form.Item name={[f.name, 'kind']} label={t('org.unit.kind')} rules={required}>
                  <Select options={enumOptions(tx, 'orgKind', KINDS_IN_ORDER)} showSearch={{ optionFilterProp: 'label' }} />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'name']}
                  label={t('org.unit.name')}
                  rules={[maxLengthRule(t, TEXT.unitName), { required: true, whitespace: true, message: t('v.required') }]}
                >
                  <Input {...countUpTo(TEXT.unitName)} />
                </Form.Item>
                <Form.Item rules={[maxLengthRule(t, TEXT.shortName)]} name={[f.name, 'shortName']} label={t('org.unit.shortName')}>
                  <Input {...countUpTo(TEXT.shortName)} />
                </Form.Item>
                <Form.Item name={[f.name, 'parentId']} label={t('org.merge.newParent')} rules={required}>
                  <UnitPicker asOf={asOf} valueLabel={parent?.name} />
                </Form.Item>
                {childOptions.length > 0 ? (
                  <Form.Item name={[f.name, 'childIds']} label={t('org.split.children')}>
                    <Select mode="multiple" options={childOptions} showSearch={{ optionFilterProp: 'label' }} />
                  </Form.Item>
                ) : null}
              </Card>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(blank())} style={{ marginBottom: 16 }}>
              {t('org.split.addTarget')}
            </Button>
          </>
        )}
      </Form.List>
      <Form.Item name="effectiveOn" label={t('org.event.effectiveOn')} rules={required}>
        <DateInput />
      </Form.Item>
      <Form.Item rules={[maxLengthRule(t, TEXT.decisionRef)]} name="decisionRef" label={t('org.event.decisionRef')}>
        <Input {...countUpTo(TEXT.decisionRef)} placeholder={t('org.event.decisionRefHint')} />
      </Form.Item>
      <Form.Item rules={[maxLengthRule(t, TEXT.longNote)]} name="note" label={t('org.event.note')}>
        <Input.TextArea {...countUpTo(TEXT.longNote)} rows={2} />
      </Form.Item>
    </FormDialog>
  );
}
