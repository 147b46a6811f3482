import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { findMeasure, reportProgress, resetMockDb } from '~mocks/db.ts';
import { renderApp } from '../testing/render-app.tsx';

const coordinator = { username: 'coordinator', name: 'Alex Koordination (Demo)', role: 'coordinator' as const, departmentId: null };

function report(code: string, narrative: string) {
  const result = reportProgress(coordinator, { kind: 'measure', code }, { narrative, phase: 'in_progress', health: 'at_risk' }, findMeasure(code)?.etag ?? null);
  if ('refused' in result) throw new Error(`The update of ${code} was refused: ${result.refused}`);
}

beforeAll(() => import('./department.tsx'), 60_000);

describe('the department view', () => {
  it('shows a department head their own department’s measures, with state and the latest narrative', async () => {
    resetMockDb({ demo: true });
    report('1.1', 'Die Partnerschaftskonferenz ist für März terminiert.');
    const { user } = await renderApp('/', { as: 'head' });

    await user.click(await screen.findByRole('link', { name: 'Mein Fachbereich' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Fachbereich: Büro für internationale Angelegenheiten' })).toBeInTheDocument();
    const measures = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent?.match(/Maßnahme (\d\.\d)/)?.[1]);
    // The demo leads: international affairs leads 1.1–1.3, 2.1 and 2.3, and nothing of Areas 3 and 4.
    expect(measures).toEqual(expect.arrayContaining(['1.1', '1.2', '1.3', '2.1', '2.3']));
    expect(measures).not.toContain('3.1');
    expect(measures).not.toContain('4.2');

    const first = screen.getByRole('article', { name: /Maßnahme 1\.1:/ });
    expect(within(first).getByText('Die Partnerschaftskonferenz ist für März terminiert.')).toBeInTheDocument();
    expect(within(first).getByText(/Alex Koordination \(Demo\)/)).toBeInTheDocument();
    expect(within(first).getAllByText('In Umsetzung')[0]).toBeInTheDocument();
    expect(within(first).getAllByText('Gefährdet')[0]).toBeInTheDocument();
    expect(within(first).getByRole('progressbar', { name: 'Fortschritt 1.1' })).toBeInTheDocument();
    // Heads look at their own department: no choice of another.
    expect(screen.queryByRole('combobox', { name: 'Fachbereich wählen' })).not.toBeInTheDocument();
  });

  it('lets a coordinator choose any department', async () => {
    resetMockDb({ demo: true });
    const { user } = await renderApp('/departments/international-affairs');

    expect(await screen.findByRole('heading', { level: 1, name: 'Fachbereich: Büro für internationale Angelegenheiten' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Fachbereich wählen' }), 'economic-affairs');
    await user.click(screen.getByRole('button', { name: 'Anzeigen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Fachbereich: Fachbereich Wirtschaft' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: /Maßnahme 3\.1:/ })).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: /Maßnahme 1\.1:/ })).not.toBeInTheDocument();
  });

  it('is not found for a department nobody knows', async () => {
    await renderApp('/departments/no-such-office', { as: 'council' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Nicht gefunden' })).toBeInTheDocument();
  });
});
