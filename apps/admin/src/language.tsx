import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

// State names follow the language chosen here; the rest of the interface is in English.

export const UN_LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'fr', label: 'Français' },
  { code: 'es', label: 'Español' },
  { code: 'ru', label: 'Русский' },
  { code: 'zh', label: '中文' },
  { code: 'ar', label: 'العربية' },
] as const;

export type UnLanguageCode = (typeof UN_LANGUAGES)[number]['code'];

export interface StateNames {
  ar: string;
  zh: string;
  en: string;
  fr: string;
  ru: string;
  es: string;
}

const LANGUAGE_KEY = 'plenary.language';

export function directionOf(language: UnLanguageCode): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

interface LanguageValue {
  language: UnLanguageCode;
  setLanguage: (language: UnLanguageCode) => void;
}

const LanguageContext = createContext<LanguageValue>({ language: 'en', setLanguage: () => undefined });

function storedLanguage(): UnLanguageCode {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_KEY);
    return UN_LANGUAGES.find((language) => language.code === stored)?.code ?? 'en';
  } catch {
    return 'en';
  }
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<UnLanguageCode>(storedLanguage);
  const value = useMemo<LanguageValue>(
    () => ({
      language,
      setLanguage: (next) => {
        setLanguageState(next);
        try {
          window.localStorage.setItem(LANGUAGE_KEY, next);
        } catch {
          // Not kept across visits; still applied now.
        }
      },
    }),
    [language],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageValue {
  return useContext(LanguageContext);
}

/** A State's name in the chosen language: the text for tables and CSV exports. */
export function useStateName(): (names: StateNames | null | undefined) => string {
  const { language } = useLanguage();
  return (names) => (names ? names[language] : '');
}

/** A State's name in the chosen language, marked with its language and direction (Arabic right to left). */
export function StateName({ names }: { names: StateNames | null | undefined }) {
  const { language } = useLanguage();
  if (!names) return null;
  return (
    <span lang={language} dir={directionOf(language)}>
      {names[language]}
    </span>
  );
}
