import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeMeasure } from '~mocks/db.ts';
import { renderApp } from '../testing/render-app.tsx';

const measureRows = () => within(screen.getByRole('table', { name: 'Maßnahmen des Handlungskonzepts' })).getAllByRole('row').slice(1);
const codes = () => measureRows().map((row) => within(row).getAllByRole('cell')[0]?.textContent);

describe('the list of measures', () => {
  it('lists all 13 measures in a table with area, lead, phase, health and progress', async () => {
    await renderApp('/measures');

    expect(await screen.findByRole('heading', { level: 1, name: 'Maßnahmen' })).toBeInTheDocument();
    expect(document.title).toBe('Maßnahmen – Action Plan Tracker');
    expect(screen.getByText('13 Maßnahmen')).toHaveRole('status');
    expect(codes()).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3']);

    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual(['Nr.', 'Maßnahme', 'Handlungsfeld', 'Federführung', 'Phase', 'Ampel', 'Fortschritt']);
    const row31 = measureRows()[6]!;
    expect(within(row31).getByRole('rowheader')).toHaveTextContent('Attraktives internationales Profil');
    expect(row31).toHaveTextContent('3 – Internationale Profilierung und Attraktivität');
    expect(row31).toHaveTextContent('nicht zugewiesen');
    expect(within(row31).getByRole('progressbar', { name: 'Fortschritt Maßnahme 3.1' })).toBeInTheDocument();
  });

  it('filters by phase from the URL, so a filtered view can be bookmarked', async () => {
    changeMeasure('2.1', { phase: 'in_progress', health: 'on_track' });
    changeMeasure('4.3', { phase: 'in_progress', health: 'off_track' });
    await renderApp('/measures?phase=in_progress');

    expect(await screen.findByText('2 Maßnahmen')).toHaveRole('status');
    expect(codes()).toEqual(['2.1', '4.3']);
    expect(screen.getByRole('combobox', { name: 'Phase' })).toHaveValue('in_progress');
    expect(within(measureRows()[1]!).getByText('Kritisch')).toBeInTheDocument();
  });

  it('filters by phase and by text from the form, and puts the filters in the URL', async () => {
    changeMeasure('1.2', { phase: 'planned', health: 'on_track' });
    const { user, router } = await renderApp('/measures');
    await screen.findByRole('heading', { level: 1, name: 'Maßnahmen' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Phase' }), 'Geplant');
    await user.click(screen.getByRole('button', { name: 'Filter anwenden' }));
    expect(await screen.findByText('1 Maßnahme')).toBeInTheDocument();
    expect(codes()).toEqual(['1.2']);
    expect(router.state.location.search).toBe('?phase=planned');

    await user.click(screen.getByRole('link', { name: 'Filter zurücksetzen' }));
    expect(await screen.findByText('13 Maßnahmen')).toBeInTheDocument();

    // Activities count too, in either language: "welcoming culture" is an activity of 3.3.
    await user.type(screen.getByRole('searchbox', { name: 'Suche' }), 'Welcoming culture');
    await user.click(screen.getByRole('button', { name: 'Filter anwenden' }));
    expect(await screen.findByText('1 Maßnahme')).toBeInTheDocument();
    expect(codes()).toEqual(['3.3']);
    expect(router.state.location.search).toBe('?q=Welcoming+culture');
  });

  it('says so when nothing matches', async () => {
    await renderApp('/measures?q=Mondlandung');

    expect(await screen.findByText('Keine Maßnahme entspricht den gewählten Filtern.')).toHaveRole('status');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Suche' })).toHaveValue('Mondlandung');
  });

  it('ignores a filter value the API would refuse, rather than failing the page', async () => {
    await renderApp('/measures?phase=bogus&area=3');

    expect(await screen.findByText('4 Maßnahmen')).toHaveRole('status');
    expect(codes()).toEqual(['3.1', '3.2', '3.3', '3.4']);
  });

  it('filters by department, leading or contributing', async () => {
    changeMeasure('3.4', { lead: { departmentId: 'climate-protection', personId: null } });
    changeMeasure('1.3', { contributors: ['climate-protection'] });
    const { user } = await renderApp('/measures');
    await screen.findByRole('heading', { level: 1, name: 'Maßnahmen' });

    await user.selectOptions(screen.getByRole('combobox', { name: /Fachbereich/ }), 'Klimaschutzleitstelle');
    await user.click(screen.getByRole('button', { name: 'Filter anwenden' }));

    expect(await screen.findByText('2 Maßnahmen')).toBeInTheDocument();
    expect(codes()).toEqual(['1.3', '3.4']);
    expect(measureRows()[1]).toHaveTextContent('Klimaschutzleitstelle');
  });
});
