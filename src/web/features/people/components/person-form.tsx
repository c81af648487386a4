// The person record form, shared by "Thêm cán bộ" and "Sửa". Server field errors land next to fields.
import { TEXT } from '../../../../contracts/limits.js';
import { countUpTo, maxLengthRule } from '../../../lib/text-limit.js';
import { Button, Card, Col, Flex, Form, Input, Radio, Row, Select } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import { Gender, PersonKinds, type PersonDetail, type PersonInput } from '../../../../contracts/people.js';
import { DateInput } from '../../../components/date-input.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { AdminUnitPicker } from '../../../components/pickers/admin-unit-picker.js';
import { CadreGroupSelect } from '../../../components/pickers/cadre-group-select.js';
import { UnitPicker } from '../../../components/pickers/unit-picker.js';
import { useI18n } from '../../../i18n/context.js';
import { enumOptions } from '../../../i18n/enum-options.js';
import { ApiError } from '../../../lib/api-client.js';
import { applyFieldErrors } from '../../../lib/form-errors.js';

type Values = Omit<z.input<typeof PersonInput>, 'gender' | 'kind'> & { gender?: 'male' | 'female'; kind?: (typeof PersonKinds)[number] };

/** Form values from a record being edited. */
export function valuesOf(p: PersonDetail): Values {
  return {
    unitId: p.unitId,
    familyName: p.familyName,
    middleName: p.middleName,
    givenName: p.givenName,
    gender: p.gender,
    dateOfBirth: p.dateOfBirth,
    birthplaceId: p.birthplace?.id ?? null,
    hometownId: p.hometown?.id ?? null,
    ethnicity: p.ethnicity,
    religion: p.religion,
    citizenId: p.citizenId,
    educationLevel: p.educationLevel,
    professionalQualification: p.professionalQualification,
    politicalTheoryLevel: p.politicalTheoryLevel,
    stateManagementLevel: p.stateManagementLevel,
    partyAdmissionDate: p.partyAdmissionDate,
    partyFullDate: p.partyFullDate,
    kind: p.kind,
    cadreGroup: p.cadreGroup,
    phone: p.phone,
    email: p.email,
  };
}

/** Empty optional texts become null, so the server stores "unknown" rather than "". */
function clean(v: Values, withCitizenId: boolean): z.input<typeof PersonInput> {
  const opt = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);
  const out: z.input<typeof PersonInput> = {
    ...v,
    gender: v.gender ?? 'male',
    kind: v.kind ?? 'cadre',
    middleName: v.middleName?.trim() ?? '',
    religion: v.religion?.trim() ?? '',
    ethnicity: v.ethnicity?.trim() || 'Kinh',
    birthplaceId: v.birthplaceId || null,
    hometownId: v.hometownId || null,
    educationLevel: opt(v.educationLevel),
    professionalQualification: opt(v.professionalQualification),
    politicalTheoryLevel: opt(v.politicalTheoryLevel),
    stateManagementLevel: opt(v.stateManagementLevel),
    partyAdmissionDate: v.partyAdmissionDate || null,
    partyFullDate: v.partyFullDate || null,
    cadreGroup: opt(v.cadreGroup),
    phone: opt(v.phone),
    email: opt(v.email),
    citizenId: opt(v.citizenId),
  };
  if (!withCitizenId) delete out.citizenId;
  return out;
}

interface Props {
  initial?: PersonDetail;
  /** Defaults for a new record (e.g. the unit chosen in the list). */
  defaults?: Partial<Values>;
  citizenIdVisible: boolean;
  submitText: string;
  /** 'changes.' when the server wraps the fields (updates). */
  errorPrefix?: string;
  onSubmit: (input: z.input<typeof PersonInput>) => Promise<unknown>;
  onCancel: () => void;
  onReload?: () => void;
}

export function PersonForm({ initial, defaults, citizenIdVisible, submitText, errorPrefix, onSubmit, onCancel, onReload }: Props) {
  const { t, tx } = useI18n();
  const [form] = Form.useForm<Values>();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [rest, setRest] = useState<{ field: string; message: string }[] | undefined>();
  const required = [{ required: true, message: t('v.required') }];
  const requiredText = [{ required: true, whitespace: true, message: t('v.required') }];

  const finish = async (v: Values) => {
    setPending(true);
    setError(null);
    try {
      await onSubmit(clean(v, citizenIdVisible));
    } catch (err) {
      setError(err);
      setRest(err instanceof ApiError ? applyFieldErrors(form, err, { prefix: errorPrefix }) : undefined);
      window.scrollTo({ top: 0, behavior: 'smooth' });
    } finally {
      setPending(false);
    }
  };

  const col = (span: 'full' | 'half' | 'third') =>
    span === 'full' ? { xs: 24 } : span === 'half' ? { xs: 24, md: 12 } : { xs: 24, md: 8 };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={initial ? valuesOf(initial) : { ethnicity: 'Kinh', religion: '', middleName: '', kind: 'cadre', ...defaults }}
      onFinish={(v) => void finish(v)}
      disabled={pending}
      scrollToFirstError
    >
      <ErrorAlert error={error} extra={rest} onReload={onReload} />
      <Card title={t('people.section.general')} style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col {...col('third')}>
            <Form.Item name="familyName" label={t('people.field.familyName')} rules={[...requiredText, maxLengthRule(t, TEXT.personName)]}>
              <Input {...countUpTo(TEXT.personName)} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...col('third')}>
            <Form.Item rules={[maxLengthRule(t, TEXT.personName)]} name="middleName" label={t('people.field.middleName')}>
              <Input {...countUpTo(TEXT.personName)} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...col('third')}>
            <Form.Item name="givenName" label={t('people.field.givenName')} rules={[...requiredText, maxLengthRule(t, TEXT.personName)]}>
              <Input {...countUpTo(TEXT.personName)} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...col('third')}>
            <Form.Item name="gender" label={t('people.field.gender')} rules={required}>
              <Radio.Group options={enumOptions(tx, 'gender', Gender.options)} />
            </Form.Item>
          </Col>
          <Col {...col('third')}>
            <Form.Item name="dateOfBirth" label={t('people.field.dateOfBirth')} rules={required}>
              <DateInput />
            </Form.Item>
          </Col>
          <Col {...col('third')}>
            <Form.Item name="kind" label={t('people.field.kind')} rules={required}>
              <Select options={enumOptions(tx, 'personKind', PersonKinds)} />
            </Form.Item>
          </Col>
          <Col {...col('half')}>
            <Form.Item name="unitId" label={t('people.field.unit')} rules={required}>
              <UnitPicker valueLabel={initial?.unitName} />
            </Form.Item>
          </Col>
          <Col {...col('half')}>
            <Form.Item name="cadreGroup" label={t('people.field.cadreGroup')}>
              <CadreGroupSelect />
            </Form.Item>
          </Col>
          <Col {...col('half')}>
            <Form.Item name="birthplaceId" label={t('people.field.birthplace')}>
              <AdminUnitPicker valueLabel={initial?.birthplace?.path} />
            </Form.Item>
          </Col>
          <Col {...col('half')}>
            <Form.Item name="hometownId" label={t('people.field.hometown')}>
              <AdminUnitPicker valueLabel={initial?.hometown?.path} />
            </Form.Item>
          </Col>
          <Col {...col('third')}>
            <Form.Item rules={[maxLengthRule(t, TEXT.ethnicity)]} name="ethnicity" label={t('people.field.ethnicity')}>
              <Input {...countUpTo(TEXT.ethnicity)} />
            </Form.Item>
          </Col>
          <Col {...col('third')}>
            <Form.Item rules={[maxLengthRule(t, TEXT.religion)]} name="religion" label={t('people.field.religion')}>
              <Input {...countUpTo(TEXT.religion)} />
            </Form.Item>
          </Col>
          {citizenIdVisible ? (
            <Col {...col('third')}>
              <Form.Item name="citizenId" label={t('people.field.citizenId')}>
                <Input maxLength={12} inputMode="numeric" autoComplete="off" />
              </Form.Item>
            </Col>
          ) : null}
          <Col {...col('half')}>
            <Form.Item name="phone" label={t('people.field.phone')}>
              <Input maxLength={20} inputMode="tel" />
            </Form.Item>
          </Col>
          <Col {...col('half')}>
            <Form.Item name="email" label={t('people.field.email')}>
              <Input maxLength={200} inputMode="email" />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title={t('people.section.qualifications')} style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col {...col('half')}>
            <Form.Item rules={[maxLengthRule(t, TEXT.educationLevel)]} name="educationLevel" label={t('people.field.educationLevel')}>
              <Input {...countUpTo(TEXT.educationLevel)} placeholder={t('people.field.educationLevelHint')} />
            </Form.Item>
          </Col>
          <Col {...col('half')}>
            <Form.Item
              rules={[maxLengthRule(t, TEXT.professionalQualification)]}
              name="professionalQualification"
              label={t('people.field.professionalQualification')}
            >
              <Input {...countUpTo(TEXT.professionalQualification)} />
            </Form.Item>
          </Col>
          <Col {...col('half')}>
            <Form.Item
              rules={[maxLengthRule(t, TEXT.politicalTheoryLevel)]}
              name="politicalTheoryLevel"
              label={t('people.field.politicalTheoryLevel')}
            >
              <Input {...countUpTo(TEXT.politicalTheoryLevel)} placeholder={t('people.field.politicalTheoryLevelHint')} />
            </Form.Item>
          </Col>
          <Col {...col('half')}>
            <Form.Item
              rules={[maxLengthRule(t, TEXT.stateManagementLevel)]}
              name="stateManagementLevel"
              label={t('people.field.stateManagementLevel')}
            >
              <Input {...countUpTo(TEXT.stateManagementLevel)} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title={t('people.section.party')} style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col {...col('half')}>
            <Form.Item name="partyAdmissionDate" label={t('people.field.partyAdmissionDate')}>
              <DateInput />
            </Form.Item>
          </Col>
          <Col {...col('half')}>
            <Form.Item name="partyFullDate" label={t('people.field.partyFullDate')}>
              <DateInput />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={pending}>
          {submitText}
        </Button>
        <Button onClick={onCancel}>{t('action.cancel')}</Button>
      </Flex>
    </Form>
  );
}
