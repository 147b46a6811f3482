import { dashboardDe } from './locales/dashboard.de.ts';
import { dashboardEn } from './locales/dashboard.en.ts';
import { addNamespace, useNamespaceTranslation } from './use-namespace-translation.ts';

addNamespace('dashboard', dashboardDe, dashboardEn);

export const useDashboardTranslation = () => useNamespaceTranslation('dashboard');
