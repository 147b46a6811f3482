/** Words of the charts themselves, whatever page shows them (lazy namespace 'charts'). */
export const chartsDe = {
  showTable: 'Als Tabelle anzeigen',
  hideTable: 'Tabelle ausblenden',
  loading: 'Diagramm wird geladen …',
  loadFailed: 'Das Diagramm konnte nicht geladen werden. Die Zahlen stehen in der Tabelle.',
  noData: 'Für dieses Diagramm gibt es noch keine Zahlen.',
  notAvailable: 'keine Angabe',
  legend: 'Legende',
  total: 'Summe',
  stale: 'davon veraltet',
  staleCount_one: '{{count}} veraltet',
  staleCount_other: '{{count}} veraltet',
  summary: {
    bar: 'Balkendiagramm. {{values}}',
    stacked: 'Gestapeltes Balkendiagramm. {{values}}',
    line: 'Liniendiagramm von {{from}} bis {{to}}. {{values}}',
    latest: '{{series}} zuletzt {{value}}',
  },
} as const;
