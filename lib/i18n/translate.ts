import { createInstance, type TFunction } from 'i18next';
import enCommon from '@/locales/en/common.json';
import esCommon from '@/locales/es/common.json';
import type { Language } from './config';

// Plain module for scripts (the static export's `/`); server code imports it through `./server`.

const resources = { en: { common: enCommon }, es: { common: esCommon } };

const fixedT = new Map<Language, TFunction<'common'>>();

/**
 * The `t` of the `common` namespace for one language. Each language gets its own i18next
 * instance, created once and never switched, so concurrent renders cannot see each other's
 * language.
 */
export function getT(lng: Language): TFunction<'common'> {
  let t = fixedT.get(lng);
  if (!t) {
    const instance = createInstance();
    instance.init({
      lng,
      fallbackLng: false,
      resources,
      ns: ['common'],
      defaultNS: 'common',
      initAsync: false,
      // React escapes what it renders; escaping here too would show &amp; to readers.
      interpolation: { escapeValue: false },
    });
    t = instance.getFixedT(lng, 'common');
    fixedT.set(lng, t);
  }
  return t;
}
