import { adminDe } from './locales/admin.de.ts';
import { adminEn } from './locales/admin.en.ts';
import { addNamespace, useNamespaceTranslation } from './use-namespace-translation.ts';

addNamespace('admin', adminDe, adminEn);

/** The administration's words. */
export const useAdminTranslation = () => useNamespaceTranslation('admin');
