// Everything the app runs inside: data cache, language, antd locale and theme, antd App context.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUSModule from 'antd/es/locale/en_US.js';
import type { Locale } from 'antd/es/locale/index.js';
import viVNModule from 'antd/es/locale/vi_VN.js';
import dayjs from 'dayjs';
import 'dayjs/locale/vi.js';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import { useEffect, useState, type ReactNode } from 'react';
import { I18nProvider, useI18n } from '../i18n/context.js';
import { isApiError, setUnauthorizedHandler } from '../lib/api-client.js';
import { meKey } from '../lib/session.js';

dayjs.extend(customParseFormat);

// The locale files are ES modules to the bundler but typed as CommonJS under NodeNext.
const esDefault = (m: unknown): Locale => ((m as { default?: Locale }).default ?? m) as Locale;
const enUS = esDefault(enUSModule);
const viVN = esDefault(viVNModule);

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Client errors will not get better by retrying.
        retry: (count, err) => count < 2 && !(isApiError(err) && err.status >= 400 && err.status < 500),
      },
      mutations: { retry: false },
    },
  });
}

function LocalisedAntd({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  // Set during render so that the first calendar already speaks the right language.
  dayjs.locale(language === 'vi' ? 'vi' : 'en');
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <ConfigProvider
      locale={language === 'vi' ? viVN : enUS}
      theme={{
        token: {
          colorPrimary: '#b71c1c',
          // WCAG AA contrast (4.5:1) on white and on the tinted rows: antd's blue link, grey
          // secondary text, placeholder and red danger text are lighter than that.
          colorLink: '#0958d9',
          colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
          colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
          colorTextDescription: 'rgba(0, 0, 0, 0.62)',
          colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
          colorError: '#cf1322',
          colorErrorText: '#c41d20',
          borderRadius: 6,
          fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif",
        },
      }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  useEffect(() => {
    // Any 401 means the session ended: forget the account; the route guard shows the login page.
    setUnauthorizedHandler(() => queryClient.setQueryData(meKey, null));
    return () => setUnauthorizedHandler(null);
  }, [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <LocalisedAntd>{children}</LocalisedAntd>
      </I18nProvider>
    </QueryClientProvider>
  );
}
