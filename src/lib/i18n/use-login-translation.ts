import { loginDe } from './locales/login.de.ts';
import { loginEn } from './locales/login.en.ts';
import { addNamespace, useNamespaceTranslation } from './use-namespace-translation.ts';

addNamespace('login', loginDe, loginEn);

/** The login page's words. */
export const useLoginTranslation = () => useNamespaceTranslation('login');
