// A tiny i18n layer: the UI language lives in React context; t(key, params) looks the key up in
// the Vietnamese or English catalogue and fills {placeholders}.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { formatParam } from '../../domain/numbers.js';
import { setApiLanguage } from '../lib/api-client.js';
import { en } from './en.js';
import { type MessageKey, vi } from './vi.js';

export type Language = 'vi' | 'en';
export type TParams = Record<string, string | number | null | undefined>;
export type TFunction = (key: MessageKey, params?: TParams) => string;

const catalogues: Record<Language, Record<MessageKey, string>> = { vi, en };
const STORAGE_KEY = 'canbo.language';

export function translate(language: Language, key: MessageKey, params?: TParams): string {
  let text: string = catalogues[language][key] ?? key;
  // Quantities in the language's digits ("1.396,5"); years, row numbers and the like stay as they are.
  if (params) for (const [k, v] of Object.entries(params)) text = text.replaceAll(`{${k}}`, v == null ? '' : formatParam(k, v, language));
  return text;
}

/** True when `key` is in the catalogue: for keys built from data (enum values, audit actions). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(vi, key);
}

interface I18nValue {
  language: Language;
  setLanguage: (language: Language) => void;
  t: TFunction;
  /** Looks up a key built from data; falls back to `fallback` when the catalogue lacks it. */
  tx: (key: string, fallback: string, params?: TParams) => string;
}

const I18nContext = createContext<I18nValue | null>(null);

function initialLanguage(): Language {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    if (saved === 'vi' || saved === 'en') return saved;
  } catch {
    // Storage may be blocked; Vietnamese is the default.
  }
  return 'vi';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => {
    const l = initialLanguage();
    setApiLanguage(l);
    return l;
  });
  const setLanguage = useCallback((l: Language) => {
    setApiLanguage(l);
    document.documentElement.lang = l;
    try {
      window.localStorage.setItem(STORAGE_KEY, l);
    } catch {
      // Not fatal: the choice just is not remembered.
    }
    setLanguageState(l);
  }, []);
  const value = useMemo<I18nValue>(() => {
    const t: TFunction = (key, params) => translate(language, key, params);
    const tx = (key: string, fallback: string, params?: TParams) => (isMessageKey(key) ? translate(language, key, params) : fallback);
    return { language, setLanguage, t, tx };
  }, [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}

export function useT(): TFunction {
  return useI18n().t;
}
