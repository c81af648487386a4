// Editing an action plan's entries: a commitment for the unit (a target, which may be one of the unit's
// indicators with the value aimed at) or the example the leader sets, each with its due date and a
// roadmap of milestones. The server checks the rules (at least one target and one example, 1–12
// milestones within the year and by the entry's date) and names the field it refuses.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import { ACTION_PLAN_MAX_ITEMS, ACTION_PLAN_MAX_MILESTONES } from '../../../../contracts/action-plans.js';
import { TEXT } from '../../../../contracts/limits.js';
import { DateInput } from '../../../components/date-input.js';
import { ListItemCard } from '../../../components/review/list-item-card.js';
import { useI18n } from '../../../i18n/context.js';
import { useNumberFormat } from '../../../lib/numbers.js';
import { countUpTo, maxLengthRule } from '../../../lib/text-limit.js';
import type { ActionPlanIndicatorView, ItemValues } from '../api/action-plans.js';

export const blankItem = (kind: 'target' | 'example', year: number): ItemValues => ({
  kind,
  title: '',
  indicatorId: null,
  targetValue: null,
  dueDate: `${year}-12-31`,
  milestones: [{ title: '', dueDate: `${year}-06-30` }],
});

function Milestones({ item, year }: { item: number; year: number }) {
  const { t } = useI18n();
  return (
    <Form.List name={[item, 'milestones']}>
      {(fields, { add, remove }) => (
        <>
          <Typography.Text strong>{t('actionPlans.milestones')}</Typography.Text>
          {fields.map((f, i) => (
            <Row gutter={8} key={f.key} align="top" wrap>
              <Col xs={24} md={15}>
                <Form.Item
                  name={[f.name, 'title']}
                  label={t('actionPlans.milestone.n', { n: i + 1 })}
                  rules={[maxLengthRule(t, TEXT.title), { required: true, whitespace: true, message: t('v.required') }]}
                >
                  <Input aria-label={t('actionPlans.milestone.titleN', { item: item + 1, n: i + 1 })} />
                </Form.Item>
              </Col>
              <Col xs={16} md={6}>
                <Form.Item
                  name={[f.name, 'dueDate']}
                  label={t('actionPlans.milestone.due')}
                  rules={[{ required: true, message: t('v.required') }]}
                >
                  <DateInput
                    allowClear={false}
                    min={`${year}-01-01`}
                    max={`${year}-12-31`}
                    aria-label={t('actionPlans.milestone.dueN', { item: item + 1, n: i + 1 })}
                  />
                </Form.Item>
              </Col>
              <Col xs={8} md={3}>
                <Form.Item label=" " colon={false}>
                  <Button
                    danger
                    type="text"
                    icon={<DeleteOutlined />}
                    disabled={fields.length <= 1}
                    aria-label={t('actionPlans.milestone.remove', { item: item + 1, n: i + 1 })}
                    onClick={() => remove(f.name)}
                  />
                </Form.Item>
              </Col>
            </Row>
          ))}
          <Button
            size="small"
            icon={<PlusOutlined />}
            disabled={fields.length >= ACTION_PLAN_MAX_MILESTONES}
            onClick={() => add({ title: '', dueDate: `${year}-12-31` })}
          >
            {t('actionPlans.milestone.add')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

function IndicatorFields({ name, indicators }: { name: number; indicators: ActionPlanIndicatorView[] }) {
  const { t } = useI18n();
  const nf = useNumberFormat();
  return (
    <Row gutter={12}>
      <Col xs={24} md={16}>
        <Form.Item name={[name, 'indicatorId']} label={t('actionPlans.item.indicator')} extra={t('actionPlans.item.indicatorHelp')}>
          <Select
            allowClear
            aria-label={t('actionPlans.item.indicatorN', { n: name + 1 })}
            placeholder={indicators.length ? t('actionPlans.item.indicatorNone') : t('actionPlans.item.noIndicators')}
            options={indicators.map((i) => ({
              value: i.id,
              label: t('actionPlans.indicatorOption', { name: i.name, target: nf.num(i.target), measure: i.measure }),
            }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={[name, 'targetValue']} label={t('actionPlans.item.targetValue')}>
          <InputNumber<number>
            style={{ width: '100%' }}
            decimalSeparator={nf.decimalSeparator}
            aria-label={t('actionPlans.item.targetValueN', { n: name + 1 })}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}

export function ItemsEditor({ year, indicators }: { year: number; indicators: ActionPlanIndicatorView[] }) {
  const { t } = useI18n();
  return (
    <Form.List name="items">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f, i) => (
            <ListItemCard
              key={f.key}
              title={t('actionPlans.item.n', { n: i + 1 })}
              removeLabel={t('actionPlans.item.remove', { n: i + 1 })}
              onRemove={() => remove(f.name)}
            >
              <Form.Item name={[f.name, 'kind']} label={t('actionPlans.item.kind')}>
                <Radio.Group
                  aria-label={t('actionPlans.item.kindN', { n: i + 1 })}
                  options={[
                    { value: 'target', label: t('actionPlans.kind.target') },
                    { value: 'example', label: t('actionPlans.kind.example') },
                  ]}
                />
              </Form.Item>
              <Row gutter={12}>
                <Col xs={24} md={18}>
                  <Form.Item
                    name={[f.name, 'title']}
                    label={t('actionPlans.item.title')}
                    rules={[maxLengthRule(t, TEXT.title), { required: true, whitespace: true, message: t('v.required') }]}
                  >
                    <Input.TextArea
                      aria-label={t('actionPlans.item.titleN', { n: i + 1 })}
                      autoSize={{ minRows: 1, maxRows: 4 }}
                      {...countUpTo(TEXT.title)}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={6}>
                  <Form.Item
                    name={[f.name, 'dueDate']}
                    label={t('actionPlans.item.due')}
                    rules={[{ required: true, message: t('v.required') }]}
                  >
                    <DateInput
                      allowClear={false}
                      min={`${year}-01-01`}
                      max={`${year}-12-31`}
                      aria-label={t('actionPlans.item.dueN', { n: i + 1 })}
                    />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item
                noStyle
                shouldUpdate={(a: { items?: ItemValues[] }, b: { items?: ItemValues[] }) => a.items?.[i]?.kind !== b.items?.[i]?.kind}
              >
                {({ getFieldValue }) =>
                  getFieldValue(['items', f.name, 'kind']) === 'target' ? <IndicatorFields name={f.name} indicators={indicators} /> : null
                }
              </Form.Item>
              <Milestones item={f.name} year={year} />
            </ListItemCard>
          ))}
          <Button icon={<PlusOutlined />} disabled={fields.length >= ACTION_PLAN_MAX_ITEMS} onClick={() => add(blankItem('target', year))}>
            {t('actionPlans.item.addTarget')}
          </Button>{' '}
          <Button icon={<PlusOutlined />} disabled={fields.length >= ACTION_PLAN_MAX_ITEMS} onClick={() => add(blankItem('example', year))}>
            {t('actionPlans.item.addExample')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
