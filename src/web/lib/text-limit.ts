// Text fields take their limit from the contracts (src/contracts/limits.ts, the same numbers the
// API's zod schemas use), show a counter, and refuse more in the form. Nothing is cut: antd's
// `maxLength` would silently drop the tail of a pasted text, so it is not used for these limits.
import type { FormRule } from 'antd';
import type { TFunction } from '../i18n/context.js';

/** Input / TextArea props: an "n / max" counter that turns red past the limit (the text is kept). */
export const countUpTo = (max: number) => ({ count: { show: true, max } });

/** Form.Item rule: refuses text longer than `max` characters, saying the limit. */
export const maxLengthRule = (t: TFunction, max: number): FormRule => ({
  max,
  message: t('v.text_max', { max: new Intl.NumberFormat('vi-VN').format(max) }),
});
