import polyglotI18nProvider from 'ra-i18n-polyglot';
import { vi } from '../i18n/vi';

const CATALOGUE_KEY = /^[\w-]+(\.[\w-]+)+$/;

/**
 * Server messages reach translate() as finished Vietnamese sentences and must pass through
 * unchanged; only a dotted key ("kntc.petitions.x") missing from the catalogue is a bug.
 */
function onMissingKey(key: string): string {
  if (import.meta.env.DEV && CATALOGUE_KEY.test(key)) console.warn(`Missing translation: ${key}`);
  return key;
}

/** Vietnamese only: the system serves one department, in the official language. */
export const i18nProvider = polyglotI18nProvider(() => vi, 'vi', [{ locale: 'vi', name: 'Tiếng Việt' }], { onMissingKey });
