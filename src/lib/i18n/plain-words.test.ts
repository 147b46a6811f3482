// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from './i18n.ts';
import { withPlainWords } from './plain-words.ts';
import './use-admin-translation.ts';
import './use-charts-translation.ts';
import './use-dashboard-translation.ts';
import './use-editing-translation.ts';
import './use-login-translation.ts';
import './use-reports-translation.ts';
import './use-table-translation.ts';

const namespaces = ['translation', 'admin', 'charts', 'dashboard', 'editing', 'login', 'reports', 'table'] as const;

/** Every key of a resource object, nested keys joined with dots. */
function keysOf(resource: object, prefix = ''): string[] {
  return Object.entries(resource).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

type AnyT = (key: string, options?: object) => unknown;

describe('the short way to plain words', () => {
  beforeAll(async () => {
    await i18n.loadLanguages('en');
  });

  it.each(['de', 'en'] as const)('gives what i18next gives for every key of every namespace in %s', (language) => {
    let shortCuts = 0;
    for (const namespace of namespaces) {
      const keys = keysOf(i18n.getResourceBundle('de', namespace) as object);
      expect(keys.length, namespace).toBeGreaterThan(0);
      const full = i18n.getFixedT(language, namespace) as unknown as AnyT;
      const fast = withPlainWords(full, language, namespace);
      for (const key of keys) {
        expect(fast(key), `${namespace}:${key}`).toEqual(full(key));
        if (i18n.getResource(language, namespace, key) === fast(key)) shortCuts++;
      }
    }
    // Most words take the short way; the rest (interpolation, plurals) went to i18next above.
    expect(shortCuts).toBeGreaterThan(300);
  });

  it('leaves options, interpolation and unknown keys to i18next', () => {
    const full = i18n.getFixedT('de') as unknown as AnyT;
    const fast = withPlainWords(full, 'de', 'translation');
    expect(fast('area.measureCount', { count: 1 })).toBe(full('area.measureCount', { count: 1 }));
    expect(fast('area.measureCount', { count: 3 })).toBe(full('area.measureCount', { count: 3 }));
    expect(fast('area.measureCount', { count: 3 })).not.toBe(fast('area.measureCount', { count: 1 }));
    expect(fast('no.such.key')).toBe('no.such.key');
  });

  it('leaves a word that nests another to i18next', () => {
    i18n.addResource('de', 'translation', 'test.nested', '$t(app.name) – Test');
    const fast = withPlainWords(i18n.getFixedT('de') as unknown as AnyT, 'de', 'translation');
    expect(fast('test.nested')).toBe(`${i18n.t('app.name', { lng: 'de' })} – Test`);
  });
});
