import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app.tsx';

const table = () => within(screen.getByRole('table', { name: /Alle Fachbereiche/ }));

describe('the departments page', () => {
  it('renames a department in both languages', async () => {
    const { user } = await renderApp('/admin/departments', { as: 'admin' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Fachbereiche' })).toBeInTheDocument();

    await user.click(table().getByRole('link', { name: 'Umbenennen: Kulturbüro' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Fachbereich umbenennen/ })).toBeInTheDocument();
    await user.clear(screen.getByLabelText(/^Name \(Deutsch\)/));
    await user.type(screen.getByLabelText(/^Name \(Deutsch\)/), 'Kulturbüro der Landeshauptstadt');
    await user.clear(screen.getByLabelText(/^Name \(Englisch\)/));
    await user.type(screen.getByLabelText(/^Name \(Englisch\)/), 'Cultural Office of the City');
    await user.click(screen.getByRole('button', { name: 'Namen speichern' }));

    expect(await within(screen.getByRole('region', { name: 'Fachbereich umbenennen' })).findByRole('status')).toHaveTextContent('Der Fachbereich heißt jetzt „Kulturbüro der Landeshauptstadt“.');
    await user.click(screen.getByRole('link', { name: 'Zurück zu allen Fachbereichen' }));
    const row = (await screen.findByRole('rowheader', { name: 'cultural-office' })).closest('tr')!;
    expect(row).toHaveTextContent('Kulturbüro der Landeshauptstadt');
    expect(row).toHaveTextContent('Cultural Office of the City');
  });

  it('adds a department, and says next to the field when its identifier is taken', async () => {
    const { user } = await renderApp('/admin/departments', { as: 'admin' });
    await screen.findByRole('heading', { level: 1, name: 'Fachbereiche' });
    const form = within(screen.getByRole('region', { name: 'Neuen Fachbereich anlegen' }));

    await user.type(form.getByLabelText(/^Kennung/), 'youth-services');
    await user.type(form.getByLabelText(/^Name \(Deutsch\)/), 'Stadtarchiv');
    await user.type(form.getByLabelText(/^Name \(Englisch\)/), 'City Archive');
    await user.click(form.getByRole('button', { name: 'Fachbereich anlegen' }));
    expect(await form.findByText('Einen Fachbereich mit dieser Kennung gibt es schon.')).toBeInTheDocument();
    expect(form.getByLabelText(/^Kennung/)).toHaveFocus();

    await user.clear(form.getByLabelText(/^Kennung/));
    await user.type(form.getByLabelText(/^Kennung/), 'city-archive');
    await user.click(form.getByRole('button', { name: 'Fachbereich anlegen' }));

    expect(await form.findByRole('status')).toHaveTextContent('Der Fachbereich „Stadtarchiv“ ist angelegt.');
    expect(await table().findByRole('rowheader', { name: 'city-archive' })).toBeInTheDocument();
  });
});
