// Merge: this unit and others become part of an existing unit or of a new one.
import { TEXT } from '../../../../contracts/limits.js';
import { countUpTo, maxLengthRule } from '../../../lib/text-limit.js';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Form, Input, Radio, Select } from 'antd';
import type { OrgUnitDetail, OrgUnitKind } from '../../../../contracts/org.js';
import { DateInput } from '../../../components/date-input.js';
import { FormDialog } from '../../../components/form-dialog.js';
import { UnitPicker } from '../../../components/pickers/unit-picker.js';
import { enumOptions } from '../../../i18n/enum-options.js';
import { useI18n } from '../../../i18n/context.js';
import { mergeUnits } from '../api/org-mutations.js';
import { KINDS_IN_ORDER } from './unit-dialogs.js';

interface Values {
  otherSourceIds: (string | null)[];
  targetMode: 'existing' | 'new';
  targetUnitId?: string;
  newKind?: OrgUnitKind;
  newName?: string;
  newShortName?: string;
  newParentId?: string;
  effectiveOn: string;
  decisionRef?: string;
  note?: string;
  movePeopleTo: boolean;
}

interface Props {
  open: boolean;
  detail: OrgUnitDetail;
  asOf: string;
  onClose: () => void;
  onDone: (targetId: string) => void;
}

export function MergeDialog({ open, detail, asOf, onClose, onDone }: Props) {
  const { t, tx } = useI18n();
  const required = [{ required: true, message: t('v.required') }];
  const parent = detail.breadcrumb.at(-1);
  return (
    <FormDialog<Values, { targetId: string }>
      open={open}
      onClose={onClose}
      width={640}
      title={t('org.merge.title', { name: detail.unit.name })}
      okText={t('org.merge.ok')}
      initialValues={{
        otherSourceIds: [null],
        targetMode: 'existing',
        effectiveOn: asOf,
        movePeopleTo: true,
        newKind: detail.unit.kind,
        newParentId: parent?.id,
      }}
      errorRename={{
        sourceIds: 'otherSourceIds',
        'target.unitId': 'targetUnitId',
        'target.new.kind': 'newKind',
        'target.new.name': 'newName',
        'target.new.shortName': 'newShortName',
        'target.new.parentId': 'newParentId',
      }}
      submit={(v) =>
        mergeUnits({
          sourceIds: [detail.unit.id, ...v.otherSourceIds.filter((x): x is string => !!x)],
          effectiveOn: v.effectiveOn,
          target:
            v.targetMode === 'existing'
              ? { unitId: v.targetUnitId ?? '' }
              : {
                  new: {
                    kind: v.newKind ?? detail.unit.kind,
                    name: v.newName ?? '',
                    shortName: v.newShortName || null,
                    parentId: v.newParentId ?? '',
                  },
                },
          decisionRef: v.decisionRef || null,
          note: v.note || null,
          movePeopleTo: v.movePeopleTo,
        })
      }
      onDone={(r) => onDone(r.targetId)}
    >
      <p>{t('org.merge.explain', { name: detail.unit.name })}</p>
      <Form.List name="otherSourceIds">
        {(fields, { add, remove }) => (
          <Form.Item label={t('org.merge.otherSources')}>
            <Flex vertical gap={8}>
              {fields.map((f, i) => (
                <Flex key={f.key} gap={8} align="center">
                  <Form.Item name={f.name} noStyle>
                    <UnitPicker asOf={asOf} aria-label={t('org.merge.sourceN', { n: i + 1 })} />
                  </Form.Item>
                  <MinusCircleOutlined aria-label={t('action.remove')} onClick={() => remove(f.name)} />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(null)}>
                {t('org.merge.addSource')}
              </Button>
            </Flex>
          </Form.Item>
        )}
      </Form.List>
      <Form.Item name="targetMode" label={t('org.merge.target')}>
        <Radio.Group
          options={[
            { value: 'existing', label: t('org.merge.targetExisting') },
            { value: 'new', label: t('org.merge.targetNew') },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.targetMode !== b.targetMode}>
        {({ getFieldValue }) =>
          getFieldValue('targetMode') === 'existing' ? (
            <Form.Item name="targetUnitId" label={t('org.merge.targetUnit')} rules={required}>
              <UnitPicker asOf={asOf} />
            </Form.Item>
          ) : (
            <>
              <Form.Item name="newKind" label={t('org.unit.kind')} rules={required}>
                <Select options={enumOptions(tx, 'orgKind', KINDS_IN_ORDER)} showSearch={{ optionFilterProp: 'label' }} />
              </Form.Item>
              <Form.Item
                name="newName"
                label={t('org.merge.newName')}
                rules={[maxLengthRule(t, TEXT.unitName), { required: true, whitespace: true, message: t('v.required') }]}
              >
                <Input {...countUpTo(TEXT.unitName)} />
              </Form.Item>
              <Form.Item rules={[maxLengthRule(t, TEXT.shortName)]} name="newShortName" label={t('org.unit.shortName')}>
                <Input {...countUpTo(TEXT.shortName)} />
              </Form.Item>
              <Form.Item name="newParentId" label={t('org.merge.newParent')} rules={required}>
                <UnitPicker asOf={asOf} valueLabel={parent?.name} />
              </Form.Item>
            </>
          )
        }
      </Form.Item>
      <Form.Item name="effectiveOn" label={t('org.event.effectiveOn')} rules={required}>
        <DateInput />
      </Form.Item>
      <Form.Item rules={[maxLengthRule(t, TEXT.decisionRef)]} name="decisionRef" label={t('org.event.decisionRef')}>
        <Input {...countUpTo(TEXT.decisionRef)} placeholder={t('org.event.decisionRefHint')} />
      </Form.Item>
      <Form.Item rules={[maxLengthRule(t, TEXT.longNote)]} name="note" label={t('org.event.note')}>
        <Input.TextArea {...countUpTo(TEXT.longNote)} rows={2} />
      </Form.Item>
      <Form.Item name="movePeopleTo" valuePropName="checked">
        <Checkbox>{t('org.merge.movePeople')}</Checkbox>
      </Form.Item>
    </FormDialog>
  );
}
