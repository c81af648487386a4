// VI / EN switch. When signed in, the choice is also saved on the account, because the server
// answers in the account's language.
import { useQueryClient } from '@tanstack/react-query';
import { Segmented } from 'antd';
import type { Me } from '../../contracts/auth.js';
import { meKey } from '../lib/session.js';
import { type Language, useI18n } from '../i18n/context.js';
import { api } from '../lib/api-client.js';

export function useChangeLanguage() {
  const { setLanguage } = useI18n();
  const qc = useQueryClient();
  return async (l: Language) => {
    setLanguage(l);
    const me = qc.getQueryData<Me | null>(meKey);
    if (me && me.locale !== l) {
      qc.setQueryData<Me>(meKey, { ...me, locale: l });
      try {
        await api.put('/api/auth/locale', { locale: l });
      } catch {
        // The UI language still changes; the account keeps its old preference.
      }
    }
    // Server texts (error messages, rules) come in the new language on the next fetch.
    await qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
  };
}

export function LanguageSwitch() {
  const { language, t } = useI18n();
  const change = useChangeLanguage();
  return (
    <Segmented<Language>
      aria-label={t('language.label')}
      size="small"
      value={language}
      onChange={(v) => void change(v)}
      options={[
        { label: 'VI', value: 'vi', title: 'Tiếng Việt' },
        { label: 'EN', value: 'en', title: 'English' },
      ]}
    />
  );
}
