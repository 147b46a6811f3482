import { i18n } from './i18n.ts';

/**
 * `t` as i18next's getFixedT makes it, with a short way for the common case: a key asked for
 * without options, whose text in the language has nothing for i18next to fill in. Such a text is
 * read straight from the resources. i18next's own `t` first copies all of its options into a new
 * object, on every call: about 30 µs each in Node, and the overview asks for several hundred words
 * as it first draws. Anything else (options, plurals, interpolation, nesting, a key the language
 * lacks so that German stands in) goes to i18next as before. The resources are read at each call,
 * so words added later (a page's namespace, English once loaded) are found.
 */
export function withPlainWords<T>(fixed: T, language: string, namespace: string): T {
  const full = fixed as (...args: unknown[]) => unknown;
  const t = (key: unknown, ...rest: unknown[]) => {
    if (rest.length === 0 && typeof key === 'string') {
      const text: unknown = i18n.getResource(language, namespace, key);
      if (typeof text === 'string' && !text.includes('{{') && !text.includes('$t(')) return text;
    }
    return full(key, ...rest);
  };
  return t as T;
}
