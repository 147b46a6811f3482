import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../testing/render-app.tsx';

describe('an Area of Action', () => {
  it('shows its title, short title, description and measures', async () => {
    await renderApp('/areas/4');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Handlungsfeld 4 Förderung der Weltoffenheit und der Teilhabe der Stadtgesellschaft' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Handlungsfeld 4: Weltoffenheit der Stadt/Teilhabe der Stadtgesellschaft – Action Plan Tracker');
    expect(screen.getByText(/Die Einbindung der Bevölkerung und der Zivilgesellschaft/)).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /^Maßnahme 4\.\d: / })).toHaveLength(3);
    expect(screen.getByRole('progressbar', { name: 'Fortschritt Handlungsfeld 4' })).toBeInTheDocument();
  });

  it('is not found when the plan has no such area', async () => {
    await renderApp('/areas/9');

    expect(await screen.findByRole('heading', { level: 1, name: 'Nicht gefunden' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Das Handlungsfeld 9 gibt es nicht.');
  });
});

describe('an address the app does not know', () => {
  it('shows the not-found page inside the shell', async () => {
    await renderApp('/no/such/page');

    expect(await screen.findByRole('heading', { level: 1, name: 'Nicht gefunden' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Unter dieser Adresse gibt es keine Seite.');
    expect(screen.getByRole('link', { name: 'Zur Übersicht' })).toHaveAttribute('href', '/');
  });
});
