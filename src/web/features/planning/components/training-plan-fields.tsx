// The training plan of a target-2 candidate (Quy định 377-QĐ/TW; Hướng dẫn 45-HD/BTCTW): for each standard
// of the post not yet met, the course that reaches it and the day it is expected to end — before the
// term's reference month. The server checks it against the person's record and refuses, naming the field,
// a plan that reaches too low a level, ends too late or has already ended.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Select, Typography } from 'antd';
import { DEFAULT_PLANNING_SETTINGS } from '../../../../domain/planning/settings.js';
import { DateInput } from '../../../components/date-input.js';
import { useT } from '../../../i18n/context.js';
import type { MessageKey } from '../../../i18n/vi.js';
import { today } from '../../../lib/dates.js';

export interface TrainingValue {
  dimension: 'qualification' | 'political_theory' | 'state_management';
  level: string;
  expectedBy: string;
}

const DIMENSIONS = ['qualification', 'political_theory', 'state_management'] as const;
const SCALES: Readonly<Record<string, readonly string[]>> = DEFAULT_PLANNING_SETTINGS.standards.scales;
const month = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;

/** The levels of a dimension that reach the post's requirement (the whole scale when the post sets none). */
function levelsFor(dimension: string, required: string | undefined): readonly string[] {
  const scale = SCALES[dimension] ?? [];
  const from = required ? scale.indexOf(required) : 0;
  return scale.slice(Math.max(0, from));
}

export function TrainingPlanFields({ standards, referenceMonth }: { standards: Record<string, string>; referenceMonth: string }) {
  const t = useT();
  const form = Form.useFormInstance();
  const required = DIMENSIONS.filter((d) => standards[d]);
  const dimensions = required.length > 0 ? required : DIMENSIONS;
  const first = dimensions[0];
  return (
    <Form.List name="training">
      {(fields, { add, remove }, { errors }) => (
        <fieldset style={{ border: 0, padding: 0, margin: '0 0 16px' }} aria-describedby="training-help">
          <legend style={{ fontSize: 14, marginBottom: 4 }}>{t('planning.training')}</legend>
          <Typography.Paragraph type="secondary" id="training-help" style={{ fontSize: 13, marginBottom: 8 }}>
            {t('planning.trainingHelp', { month: month(referenceMonth) })}
          </Typography.Paragraph>
          {fields.map((field, i) => (
            <Flex key={field.key} gap={8} wrap align="flex-start" data-testid="training-row">
              <Form.Item
                name={[field.name, 'dimension']}
                label={t('planning.trainingDimension')}
                rules={[{ required: true, message: t('v.required') }]}
                style={{ minWidth: 130, flex: '1 1 130px' }}
              >
                <Select
                  options={dimensions.map((d) => ({ value: d, label: t(`planning.dimensionName.${d}`) }))}
                  // Another standard: the level to reach becomes that standard's required one.
                  onChange={(d: string) =>
                    form.setFieldValue(['training', field.name, 'level'], standards[d] ?? levelsFor(d, undefined)[0])
                  }
                />
              </Form.Item>
              <Form.Item noStyle shouldUpdate>
                {({ getFieldValue }) => {
                  const dimension = getFieldValue(['training', field.name, 'dimension']) as string | undefined;
                  return (
                    <Form.Item
                      name={[field.name, 'level']}
                      label={t('planning.trainingLevel')}
                      rules={[{ required: true, message: t('v.required') }]}
                      style={{ minWidth: 150, flex: '1 1 150px' }}
                    >
                      <Select
                        options={levelsFor(dimension ?? first, standards[dimension ?? first]).map((l) => ({
                          value: l,
                          label: t(`planning.level.${l}` as MessageKey),
                        }))}
                      />
                    </Form.Item>
                  );
                }}
              </Form.Item>
              <Form.Item
                name={[field.name, 'expectedBy']}
                label={t('planning.trainingBy')}
                rules={[{ required: true, message: t('v.required') }]}
                style={{ flex: '1 1 150px' }}
              >
                <DateInput min={today()} />
              </Form.Item>
              <Button
                icon={<DeleteOutlined />}
                aria-label={t('planning.trainingRemove', { n: i + 1 })}
                onClick={() => remove(field.name)}
                style={{ marginTop: 30 }}
              />
            </Flex>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() => add({ dimension: first, level: standards[first] ?? levelsFor(first, undefined)[0] })}
          >
            {t('planning.trainingAdd')}
          </Button>
          <Form.ErrorList errors={errors} />
        </fieldset>
      )}
    </Form.List>
  );
}
