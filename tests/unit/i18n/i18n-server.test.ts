import { describe, expect, it } from 'vitest';
import { getT } from '@/lib/i18n/server';

describe('getT: fixed translators for the common namespace', () => {
  it('returns English strings for "en"', () => {
    const t = getT('en');
    expect(t('skipToContent')).toBe('Skip to content');
    expect(t('languageName.es')).toBe('Spanish');
    expect(t('reader.view.side-by-side')).toBe('Side by side');
  });

  it('returns Spanish strings for "es"', () => {
    const t = getT('es');
    expect(t('skipToContent')).toBe('Saltar al contenido');
    expect(t('languageName.es')).toBe('español');
    expect(t('reader.view.side-by-side')).toBe('En paralelo');
  });

  it('fills in placeholders without HTML-escaping them (React escapes)', () => {
    expect(getT('en')('reader.source', { name: 'Tom & Jerry <News>' })).toBe('Source: Tom & Jerry <News>');
    expect(getT('es')('index.paragraphs', { en: 19, es: 1 })).toBe('19 en inglés, 1 en español');
  });

  it('returns the same translator for the same language', () => {
    expect(getT('es')).toBe(getT('es'));
    expect(getT('en')).not.toBe(getT('es'));
  });

  it('never leaks one language into the other when two translators are used alternately', () => {
    const en = getT('en');
    const es = getT('es');
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      seen.push(es('reader.flip', { language: es('languageName.en'), n: i + 1 }));
      seen.push(en('reader.flip', { language: en('languageName.es'), n: i + 1 }));
      getT(i % 2 ? 'en' : 'es');
    }
    expect(seen).toEqual([
      'Mostrar el párrafo 1 en inglés',
      'Show paragraph 1 in Spanish',
      'Mostrar el párrafo 2 en inglés',
      'Show paragraph 2 in Spanish',
      'Mostrar el párrafo 3 en inglés',
      'Show paragraph 3 in Spanish',
    ]);
  });

  it('keeps each translator’s language across concurrent async work', async () => {
    const render = async (lng: 'en' | 'es') => {
      const t = getT(lng);
      await new Promise((resolve) => setTimeout(resolve, lng === 'en' ? 5 : 0));
      return t('notFound.title');
    };
    await expect(Promise.all([render('en'), render('es'), render('en')])).resolves.toEqual([
      'Page not found',
      'Página no encontrada',
      'Page not found',
    ]);
  });
});
