import { tableDe } from './locales/table.de.ts';
import { tableEn } from './locales/table.en.ts';
import { addNamespace, useNamespaceTranslation } from './use-namespace-translation.ts';

addNamespace('table', tableDe, tableEn);

export const useTableTranslation = () => useNamespaceTranslation('table');
