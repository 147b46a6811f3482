import { chartsDe } from './locales/charts.de.ts';
import { chartsEn } from './locales/charts.en.ts';
import { addNamespace, useNamespaceTranslation } from './use-namespace-translation.ts';

addNamespace('charts', chartsDe, chartsEn);

export const useChartsTranslation = () => useNamespaceTranslation('charts');
