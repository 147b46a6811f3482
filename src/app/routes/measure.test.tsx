import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { changeActivity, changeMeasure } from '~mocks/db.ts';
import { mswPath } from '~mocks/handlers.ts';
import { server } from '~mocks/node.ts';
import { renderApp } from '../testing/render-app.tsx';

const activityRows = () => within(screen.getByRole('table', { name: /Aktivitäten der Maßnahme/ })).getAllByRole('row').slice(1);

describe('the measure page', () => {
  it('shows measure 3.1 with its 5 activities, and that nobody leads it yet', async () => {
    await renderApp('/measures/3.1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Maßnahme 3.1 Attraktives internationales Profil' })).toBeInTheDocument();
    expect(document.title).toBe('Maßnahme 3.1: Attraktives internationales Profil – Action Plan Tracker');
    expect(screen.getByRole('link', { name: '3 – Internationale Profilierung und Attraktivität' })).toHaveAttribute('href', '/areas/3');

    const rows = activityRows();
    expect(rows).toHaveLength(5);
    // The plan writes some activities lower-case; the data stays verbatim (CSS capitalises the first letter).
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Vernetzung relevanter Akteure');
    expect(within(rows[0]!).getByText('Nicht begonnen')).toBeInTheDocument();

    const responsibility = screen.getByRole('region', { name: 'Zuständigkeit' });
    expect(within(responsibility).getAllByText('nicht zugewiesen')).toHaveLength(2);
    expect(within(responsibility).getByText('Keine')).toBeInTheDocument();

    const status = screen.getByRole('region', { name: 'Stand' });
    expect(within(status).getByRole('progressbar', { name: 'Fortschritt Maßnahme 3.1' })).toHaveAttribute('aria-valuenow', '0');
    expect(within(status).getByText(/Berechnet aus den Aktivitäten/)).toBeInTheDocument();
    expect(within(status).getByText('Entfällt')).toBeInTheDocument();
  });

  it('names the lead department, the responsible person and the contributors, and says a figure set by hand is one', async () => {
    changeMeasure('4.2', {
      phase: 'in_progress',
      health: 'at_risk',
      lead: { departmentId: 'cultural-office', personId: 'Frau Schmidt' },
      contributors: ['youth-services', 'adult-education'],
      manualProgress: 40,
      progressReason: 'Internationale Tage 2025 verschoben',
      targetDate: '2026-06-30',
      horizon: 'medium',
    });
    changeActivity('4.2.1', { phase: 'completed', progress: 100 });
    await renderApp('/measures/4.2');

    await screen.findByRole('heading', { level: 1, name: /Größere Sichtbarkeit der Weltoffenheit/ });
    const responsibility = screen.getByRole('region', { name: 'Zuständigkeit' });
    expect(within(responsibility).getByText('Kulturbüro')).toBeInTheDocument();
    expect(within(responsibility).getByText('Frau Schmidt')).toBeInTheDocument();
    expect(within(responsibility).getByRole('list')).toHaveTextContent('Fachbereich JugendVolkshochschule');

    const status = screen.getByRole('region', { name: 'Stand' });
    expect(within(status).getByText('In Umsetzung')).toBeInTheDocument();
    expect(within(status).getByText('Gefährdet')).toBeInTheDocument();
    expect(within(status).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '40');
    expect(within(status).getByText('Von Hand gesetzt.')).toBeInTheDocument();
    expect(within(status).getByText(/Begründung: Internationale Tage 2025 verschoben/)).toBeInTheDocument();

    const schedule = screen.getByRole('region', { name: 'Zeitplan' });
    expect(within(schedule).getByText('30. Juni 2026')).toBeInTheDocument();
    expect(within(schedule).getByText('Mittelfristig')).toBeInTheDocument();
    expect(within(activityRows()[0]!).getByText('Abgeschlossen')).toBeInTheDocument();
  });

  it('says so when a measure does not exist', async () => {
    await renderApp('/measures/9.9');

    expect(await screen.findByRole('heading', { level: 1, name: 'Nicht gefunden' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Die Maßnahme 9.9 gibt es nicht.');
    expect(screen.getByRole('link', { name: 'Zu allen Maßnahmen' })).toHaveAttribute('href', '/measures');
    // The shell stays, so the way back is where it always is.
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toBeInTheDocument();
  });

  it('says so when the API fails, and loads the page on retry once it answers again', async () => {
    server.use(http.get(mswPath('/api/v1/measures/{code}'), () => HttpResponse.json({ error: { code: 'internal_error', message: 'Database unavailable' } }, { status: 500 })));
    const { user } = await renderApp('/measures/3.1');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Die Daten konnten nicht geladen werden.');
    expect(alert).toHaveTextContent('Der Server hat mit einem Fehler geantwortet (Status 500).');
    expect(screen.getByRole('heading', { level: 1, name: 'Etwas ist schiefgegangen' })).toBeInTheDocument();

    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Erneut versuchen' }));

    expect(await screen.findByRole('heading', { level: 1, name: /Attraktives internationales Profil/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when the server cannot be reached at all', async () => {
    server.use(http.get(mswPath('/api/v1/plan'), () => HttpResponse.error()));
    await renderApp('/');

    expect(await screen.findByRole('alert')).toHaveTextContent('Der Server ist nicht erreichbar.');
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
  });
});
