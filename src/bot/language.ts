import { isLanguage, type Language } from '../model/language.ts';

/**
 * The UI language for a Telegram client: its `language_code` (an IETF tag such as "ru" or "ar-SA")
 * when it is one we speak, else the configured default.
 */
export function languageForClient(languageCode: string | undefined, fallback: Language): Language {
  const primary = languageCode?.split(/[-_]/)[0]?.toLowerCase();
  return isLanguage(primary) ? primary : fallback;
}
