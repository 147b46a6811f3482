import { editingDe } from './locales/editing.de.ts';
import { editingEn } from './locales/editing.en.ts';
import { addNamespace, useNamespaceTranslation } from './use-namespace-translation.ts';

addNamespace('editing', editingDe, editingEn);

export const useEditingTranslation = () => useNamespaceTranslation('editing');
