import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import * as db from '~mocks/db.ts';
import { changeActivity, changeMeasure } from '~mocks/db.ts';
import { mswPath } from '~mocks/handlers.ts';
import { server } from '~mocks/node.ts';
import { i18n } from '@/lib/i18n/i18n.ts';
import { renderApp } from '../testing/render-app.tsx';

const activityRows = () => within(screen.getByRole('table', { name: /Aktivitäten der Maßnahme/ })).getAllByRole('row').slice(1);
const statusPanel = () => within(screen.getByRole('region', { name: 'Stand' }));
const responsibility = () => within(screen.getByRole('region', { name: 'Zuständigkeit' }));
const updateForm = () => within(screen.getByRole('region', { name: 'Sachstand berichten' }));
const history = () => within(screen.getByRole('region', { name: 'Verlauf' }));
/** The history's entries, named by their date and author. */
const historyEntries = () => history().queryAllByRole('listitem', { name: / von / });

/** Someone else at work on the same plan, writing through the mock API's own code path. */
const colleague: db.Actor = { username: 'kollegin', name: 'Kim Kollegin', role: 'coordinator', departmentId: null };

const etagOf = (code: string) => db.findMeasure(code)?.etag ?? '';

/** A response the test lets through when it chooses: the page's state in between is what the user sees meanwhile. */
function holdBack(method: 'post' | 'patch', path: string, answer: () => Response | undefined) {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  server.use(
    http[method](mswPath(path), async () => {
      await released;
      // Nothing returned: the mock API's own handler answers.
      return answer();
    }),
  );
  return release;
}

async function openMeasure(code: string, as?: Parameters<typeof renderApp>[1]) {
  const view = await renderApp(`/measures/${code}`, as);
  await screen.findByRole('heading', { level: 1, name: new RegExp(`Maßnahme ${code.replace('.', '\\.')}`) });
  return view;
}

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
    expect(within(rows[0]!).getByText('nicht zugewiesen')).toBeInTheDocument();

    expect(responsibility().getAllByText('nicht zugewiesen')).toHaveLength(2);
    expect(responsibility().getByText('Keine')).toBeInTheDocument();
    expect(responsibility().getByText('keine')).toBeInTheDocument();

    expect(statusPanel().getByRole('progressbar', { name: 'Fortschritt Maßnahme 3.1' })).toHaveAttribute('aria-valuenow', '0');
    expect(statusPanel().getByText(/Berechnet aus den Aktivitäten/)).toBeInTheDocument();
    expect(statusPanel().getByText('Entfällt')).toBeInTheDocument();
    expect(await history().findByText('Noch kein Sachstandsbericht.')).toBeInTheDocument();
  });

  it('names the lead department, the responsible person, the contributors and the goals, and says a figure set by hand is one', async () => {
    const person = db.createPerson(colleague, { name: 'Frau Schmidt', departmentId: 'cultural-office' });
    if (db.isRefusal(person)) throw new Error('could not add a person');
    changeMeasure('4.2', {
      phase: 'in_progress',
      health: 'at_risk',
      lead: { departmentId: 'cultural-office', personId: person.id },
      contributors: ['youth-services', 'adult-education'],
      goals: ['2'],
      manualProgress: 40,
      progressReason: 'Internationale Tage 2025 verschoben',
      targetDate: '2026-06-30',
      horizon: 'medium',
    });
    changeActivity('4.2.1', { phase: 'completed', progress: 100, lead: { departmentId: 'youth-services', personId: null } });
    await renderApp('/measures/4.2');

    await screen.findByRole('heading', { level: 1, name: /Größere Sichtbarkeit der Weltoffenheit/ });
    expect(responsibility().getByText('Kulturbüro')).toBeInTheDocument();
    expect(responsibility().getByText('Frau Schmidt')).toBeInTheDocument();
    expect(responsibility().getAllByRole('list')[0]).toHaveTextContent('Fachbereich JugendVolkshochschule');
    expect(responsibility().getByText(/^2 – /)).toBeInTheDocument();

    expect(statusPanel().getByText('In Umsetzung')).toBeInTheDocument();
    expect(statusPanel().getByText('Gefährdet')).toBeInTheDocument();
    expect(statusPanel().getByRole('progressbar')).toHaveAttribute('aria-valuenow', '40');
    expect(statusPanel().getByText('Von Hand gesetzt.')).toBeInTheDocument();
    expect(statusPanel().getByText(/Begründung: Internationale Tage 2025 verschoben/)).toBeInTheDocument();
    // One of two activities completed, equal weights: the roll-up would say 50 %.
    expect(statusPanel().getByText('Aus den Aktivitäten berechnet wären es 50 %.')).toBeInTheDocument();

    const schedule = within(screen.getByRole('region', { name: 'Zeitplan' }));
    expect(schedule.getByText('30. Juni 2026')).toBeInTheDocument();
    expect(schedule.getByText('Mittelfristig')).toBeInTheDocument();
    const first = activityRows()[0]!;
    expect(within(first).getByText('Abgeschlossen')).toBeInTheDocument();
    expect(first).toHaveTextContent('Fachbereich Jugend');
    expect(within(first).getByText('nicht benannt')).toBeInTheDocument();
  });

  it('shows the working behind a computed figure: normalised weights, discontinued left out, completed as 100', async () => {
    changeActivity('3.1.1', { phase: 'in_progress', progress: 50, weight: 2 });
    changeActivity('3.1.2', { phase: 'completed', progress: 80, weight: 1 });
    changeActivity('3.1.3', { phase: 'discontinued', progress: 90, weight: 5 });
    await openMeasure('3.1');

    const working = within(statusPanel().getByRole('table', { name: 'So ist der Fortschritt der Maßnahme 3.1 berechnet' }));
    const row = (code: string) => working.getByRole('rowheader', { name: new RegExp(`^${code.replace(/\./g, '\\.')}`) }).closest('tr')!;
    // Counted weights 2 + 1 + 1 + 1 = 5.
    expect(row('3.1.1')).toHaveTextContent(/^3\.1\.1.*2\s*40 %\s*50 %\s*20$/);
    expect(row('3.1.2')).toHaveTextContent('100 % (abgeschlossen)');
    expect(row('3.1.3')).toHaveTextContent('zählt nicht (eingestellt)');
    // 0.4 × 50 + 0.2 × 100 = 40.
    expect(working.getByRole('row', { name: /Ergebnis/ })).toHaveTextContent('40 %');
    expect(statusPanel().getByRole('progressbar', { name: 'Fortschritt Maßnahme 3.1' })).toHaveAttribute('aria-valuenow', '40');
  });

  it('flags a stale and an overdue measure in words', async () => {
    // Created long ago and never reported on since (createdAt is the mock database's own bookkeeping).
    changeMeasure('2.2', { phase: 'in_progress', health: 'on_track', targetDate: '2020-12-31', createdAt: '2020-01-01T00:00:00.000Z' } as db.MeasureChanges);
    await openMeasure('2.2');

    expect(statusPanel().getByText('Veraltet')).toBeInTheDocument();
    expect(statusPanel().getByText(/Seit mehr als 90 Tagen kein Sachstandsbericht/)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Zeitplan' })).getByText('Überfällig')).toBeInTheDocument();
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

// Whole stories of typing and answering: longer than a page view.
describe('reporting progress on the measure page', { timeout: 20_000 }, () => {
  it('a coordinator sets 3.1 in progress and at risk with a narrative: the page shows it at once, then in the history', async () => {
    const release = holdBack('post', '/api/v1/measures/{code}/updates', () => undefined);
    const { user } = await openMeasure('3.1');

    await user.selectOptions(updateForm().getByRole('combobox', { name: 'Phase' }), 'In Umsetzung');
    await user.selectOptions(updateForm().getByRole('combobox', { name: /^Ampel/ }), 'Gefährdet');
    await user.type(updateForm().getByRole('textbox', { name: /^Sachstandsbericht/ }), 'Messeauftritt verschoben');
    await user.click(updateForm().getByRole('button', { name: 'Sachstand speichern' }));

    // Before the server has answered.
    expect(await statusPanel().findByText('In Umsetzung')).toBeInTheDocument();
    expect(statusPanel().getByText('Gefährdet')).toBeInTheDocument();
    expect(db.findMeasure('3.1')?.measure.phase).toBe('not_started');

    release();
    expect(await updateForm().findByText('Der Sachstand ist gespeichert.')).toBeInTheDocument();
    const entry = await history().findByRole('listitem', { name: / von Alex Koordination \(Demo\) · Maßnahme 3\.1$/ });
    expect(entry).toHaveTextContent('von Alex Koordination (Demo)');
    expect(entry).toHaveTextContent('Phase: Nicht begonnen → In Umsetzung');
    expect(entry).toHaveTextContent('Ampel: Entfällt → Gefährdet');
    expect(entry).toHaveTextContent('Messeauftritt verschoben');
    expect(db.findMeasure('3.1')?.measure).toMatchObject({ phase: 'in_progress', health: 'at_risk' });
    // The form starts afresh from what is saved now.
    expect(updateForm().getByRole('combobox', { name: 'Phase' })).toHaveValue('in_progress');
    expect(updateForm().getByRole('textbox', { name: /^Sachstandsbericht/ })).toHaveValue('');

    const audit = within(screen.getByRole('region', { name: 'Änderungsprotokoll' }));
    const row = (await audit.findByRole('cell', { name: 'Sachstand zur Maßnahme' })).closest('tr')!;
    expect(row).toHaveTextContent('coordinator');
    expect(row).toHaveTextContent('Phase: Nicht begonnen → In Umsetzung');
  });

  it('refuses a progress of 150 next to the field, with focus there, and changes nothing', async () => {
    const { user } = await openMeasure('3.1');

    await user.click(updateForm().getByRole('radio', { name: 'Von Hand setzen' }));
    const progress = updateForm().getByRole('spinbutton', { name: /^Fortschritt \(%\)/ });
    await user.clear(progress);
    await user.type(progress, '150');
    await user.type(updateForm().getByRole('textbox', { name: /^Sachstandsbericht/ }), 'Schätzung');
    await user.click(updateForm().getByRole('button', { name: 'Sachstand speichern' }));

    await waitFor(() => expect(progress).toHaveAccessibleDescription(/Der Fortschritt ist höchstens 100 %\./));
    expect(progress).toHaveAttribute('aria-invalid', 'true');
    expect(progress).toHaveFocus();
    expect(statusPanel().getByRole('progressbar', { name: 'Fortschritt Maßnahme 3.1' })).toHaveAttribute('aria-valuenow', '0');
    expect(db.findMeasure('3.1')?.measure).toMatchObject({ progress: 0, progressSource: 'computed' });
    expect(history().getByText('Noch kein Sachstandsbericht.')).toBeInTheDocument();

    await user.clear(progress);
    await user.type(progress, '12.5');
    await user.click(updateForm().getByRole('button', { name: 'Sachstand speichern' }));
    await waitFor(() => expect(progress).toHaveAccessibleDescription(/Bitte geben Sie eine ganze Zahl von 0 bis 100 ein\./));
    expect(db.findMeasure('3.1')?.measure.progressSource).toBe('computed');
  });

  it('asks for a narrative when health is at risk, next to the narrative', async () => {
    const { user } = await openMeasure('3.1');

    await user.selectOptions(updateForm().getByRole('combobox', { name: 'Phase' }), 'In Umsetzung');
    await user.selectOptions(updateForm().getByRole('combobox', { name: /^Ampel/ }), 'Gefährdet');
    await user.click(updateForm().getByRole('button', { name: 'Sachstand speichern' }));

    const narrative = updateForm().getByRole('textbox', { name: /^Sachstandsbericht/ });
    await waitFor(() => expect(narrative).toHaveAccessibleDescription(/Bitte beschreiben Sie, was geschehen ist/));
    expect(narrative).toHaveFocus();
    expect(statusPanel().getByText('Nicht begonnen')).toBeInTheDocument();
    expect(db.findMeasure('3.1')?.measure.phase).toBe('not_started');
  });

  it('takes the change back with a message when the server refuses it', async () => {
    const release = holdBack('post', '/api/v1/measures/{code}/updates', () =>
      HttpResponse.json({ error: { code: 'forbidden', message: 'Your role may not change this measure.' } }, { status: 403 }),
    );
    const { user } = await openMeasure('3.1');

    await user.selectOptions(updateForm().getByRole('combobox', { name: 'Phase' }), 'Geplant');
    await user.type(updateForm().getByRole('textbox', { name: /^Sachstandsbericht/ }), 'Konzept steht');
    await user.click(updateForm().getByRole('button', { name: 'Sachstand speichern' }));
    expect(await statusPanel().findByText('Geplant')).toBeInTheDocument();

    release();
    const alert = await updateForm().findByRole('alert');
    expect(alert).toHaveTextContent('Nicht gespeichert: Die Anzeige zeigt wieder den gespeicherten Stand. Dazu fehlt Ihnen die Berechtigung.');
    expect(alert).toHaveFocus();
    expect(statusPanel().getByText('Nicht begonnen')).toBeInTheDocument();
    expect(statusPanel().queryByText('Geplant')).not.toBeInTheDocument();
    // What the user typed is still there to try again.
    expect(updateForm().getByRole('textbox', { name: /^Sachstandsbericht/ })).toHaveValue('Konzept steht');
  });

  it('shows who else changed the measure meanwhile, keeps the input, and applies it again on top', async () => {
    const { user } = await openMeasure('3.1');
    await user.selectOptions(updateForm().getByRole('combobox', { name: 'Phase' }), 'Geplant');
    await user.type(updateForm().getByRole('textbox', { name: /^Sachstandsbericht/ }), 'Konzept steht');

    // Meanwhile, in another browser, on the version this page shows.
    const written = db.reportProgress(colleague, { kind: 'measure', code: '3.1' }, { phase: 'in_progress', health: 'at_risk', narrative: 'Messe verschoben' }, etagOf('3.1'));
    expect(db.isRefusal(written)).toBe(false);

    await user.click(updateForm().getByRole('button', { name: 'Sachstand speichern' }));

    const conflict = await updateForm().findByRole('alert');
    expect(conflict).toHaveTextContent('Inzwischen hat jemand anderes die Maßnahme 3.1 geändert.');
    expect(conflict).toHaveTextContent('Ihre Eingaben stehen weiter im Formular.');
    expect(within(conflict).getByText(/Phase: Nicht begonnen → In Umsetzung/)).toBeInTheDocument();
    expect(within(conflict).getByText(/Ampel: Entfällt → Gefährdet/)).toBeInTheDocument();
    expect(conflict).toHaveFocus();
    // The page shows what is saved now; the form keeps what the user typed.
    expect(statusPanel().getByText('In Umsetzung')).toBeInTheDocument();
    expect(updateForm().getByRole('combobox', { name: 'Phase' })).toHaveValue('planned');
    expect(updateForm().getByRole('textbox', { name: /^Sachstandsbericht/ })).toHaveValue('Konzept steht');
    expect(db.findMeasure('3.1')?.measure.phase).toBe('in_progress');

    await user.click(within(conflict).getByRole('button', { name: 'Meine Änderung erneut anwenden' }));

    expect(await updateForm().findByText('Der Sachstand ist gespeichert.')).toBeInTheDocument();
    expect(updateForm().queryByRole('alert')).not.toBeInTheDocument();
    // Only the phase was this user's change: the colleague's health stays.
    expect(db.findMeasure('3.1')?.measure).toMatchObject({ phase: 'planned', health: 'at_risk' });
    expect(statusPanel().getByText('Geplant')).toBeInTheDocument();
    await waitFor(() => expect(historyEntries()).toHaveLength(2));
    expect(historyEntries()[0]).toHaveTextContent('Phase: In Umsetzung → Geplant');
  });

  it('lets the user discard their change after a conflict', async () => {
    const { user } = await openMeasure('3.1');
    await user.selectOptions(updateForm().getByRole('combobox', { name: 'Phase' }), 'Geplant');
    db.reportProgress(colleague, { kind: 'measure', code: '3.1' }, { phase: 'ongoing', narrative: '' }, etagOf('3.1'));
    await user.click(updateForm().getByRole('button', { name: 'Sachstand speichern' }));

    await user.click(within(await updateForm().findByRole('alert')).getByRole('button', { name: 'Meine Änderung verwerfen' }));

    expect(updateForm().queryByRole('alert')).not.toBeInTheDocument();
    expect(updateForm().getByRole('combobox', { name: 'Phase' })).toHaveValue('ongoing');
    expect(db.findMeasure('3.1')?.measure.phase).toBe('ongoing');
  });

  it('reports on one activity from its row, and the computed figure of the measure follows', async () => {
    const { user } = await openMeasure('3.1');

    await user.click(screen.getByRole('button', { name: 'Sachstand zu Aktivität 3.1.2 berichten' }));
    expect(updateForm().getByRole('combobox', { name: 'Phase' })).toHaveFocus();
    expect(updateForm().getByRole('combobox', { name: 'Bezieht sich auf' })).toHaveValue('3.1.2');
    await user.selectOptions(updateForm().getByRole('combobox', { name: 'Phase' }), 'In Umsetzung');
    const progress = updateForm().getByRole('spinbutton', { name: /^Fortschritt \(%\)/ });
    await user.clear(progress);
    await user.type(progress, '50');
    await user.click(updateForm().getByRole('button', { name: 'Sachstand speichern' }));

    expect(await updateForm().findByText('Der Sachstand ist gespeichert.')).toBeInTheDocument();
    expect(within(activityRows()[1]!).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '50');
    // Five activities of equal weight: 50 / 5.
    expect(statusPanel().getByRole('progressbar', { name: 'Fortschritt Maßnahme 3.1' })).toHaveAttribute('aria-valuenow', '10');
    expect(await history().findByText('Aktivität 3.1.2')).toBeInTheDocument();
  });

  it('sets progress by hand with its reason, and back to computed', async () => {
    const { user } = await openMeasure('3.1');

    await user.click(updateForm().getByRole('radio', { name: 'Von Hand setzen' }));
    const progress = updateForm().getByRole('spinbutton', { name: /^Fortschritt \(%\)/ });
    await user.clear(progress);
    await user.type(progress, '35');
    await user.type(updateForm().getByRole('textbox', { name: /^Sachstandsbericht/ }), 'Zwischenbilanz der Messe');
    await user.click(updateForm().getByRole('button', { name: 'Sachstand speichern' }));

    expect(await updateForm().findByText('Der Sachstand ist gespeichert.')).toBeInTheDocument();
    expect(statusPanel().getByRole('progressbar', { name: 'Fortschritt Maßnahme 3.1' })).toHaveAttribute('aria-valuenow', '35');
    expect(statusPanel().getByText('Von Hand gesetzt.')).toBeInTheDocument();
    expect(statusPanel().getByText('Begründung: Zwischenbilanz der Messe')).toBeInTheDocument();

    await user.click(updateForm().getByRole('radio', { name: 'Aus den Aktivitäten berechnen' }));
    await user.type(updateForm().getByRole('textbox', { name: /^Sachstandsbericht/ }), 'Wieder berechnet');
    await user.click(updateForm().getByRole('button', { name: 'Sachstand speichern' }));

    await waitFor(() => expect(statusPanel().getByRole('progressbar', { name: 'Fortschritt Maßnahme 3.1' })).toHaveAttribute('aria-valuenow', '0'));
    expect(statusPanel().getByText(/Berechnet aus den Aktivitäten/)).toBeInTheDocument();
    expect(db.findMeasure('3.1')?.measure).toMatchObject({ progressSource: 'computed', progressReason: null });
  });

  it('words the errors in English for an English user', async () => {
    await i18n.changeLanguage('en');
    const { user } = await renderApp('/measures/3.1');
    const form = within(await screen.findByRole('region', { name: 'Report progress' }));

    await user.selectOptions(form.getByRole('combobox', { name: 'Phase' }), 'Completed');
    await user.click(form.getByRole('button', { name: 'Save update' }));
    // Completed needs no narrative; a health for a completed measure is refused.
    expect(await form.findByText('The update is saved.')).toBeInTheDocument();

    await user.selectOptions(form.getByRole('combobox', { name: /^Health/ }), 'At risk');
    await user.click(form.getByRole('button', { name: 'Save update' }));
    await waitFor(() => expect(form.getByRole('combobox', { name: /^Health/ })).toHaveAccessibleDescription(/This phase has no health\./));
  });
});

describe('owners, dates and goals on the measure page', { timeout: 20_000 }, () => {
  it('a coordinator assigns a lead, adds and names a new responsible person, contributors, a goal and dates', async () => {
    const { user } = await openMeasure('3.1');

    await user.click(screen.getByRole('button', { name: 'Zuständigkeit und Zeitplan bearbeiten' }));
    const form = within(screen.getByRole('region', { name: 'Zuständigkeit und Zeitplan' }));
    const measureFields = within(form.getByRole('group', { name: 'Maßnahme 3.1' }));
    await user.selectOptions(measureFields.getByRole('combobox', { name: 'Federführung' }), 'Fachbereich Wirtschaft');
    await user.type(measureFields.getByRole('textbox', { name: /^Neue Person/ }), 'Dana Berger');
    await user.click(measureFields.getByRole('button', { name: 'Person anlegen' }));
    expect(await measureFields.findByText('Dana Berger ist angelegt und ausgewählt.')).toBeInTheDocument();
    expect(measureFields.getByRole('combobox', { name: /^Verantwortliche Person/ })).toHaveDisplayValue('Dana Berger (Fachbereich Wirtschaft)');
    await user.click(within(measureFields.getByRole('group', { name: 'Beteiligte Fachbereiche' })).getByRole('checkbox', { name: 'Kulturbüro' }));
    await user.click(within(measureFields.getByRole('group', { name: 'Ziele' })).getByRole('checkbox', { name: /^1 – / }));
    await user.type(measureFields.getByLabelText('Beginn'), '2025-01-01');
    await user.type(measureFields.getByLabelText('Zieltermin'), '2026-12-31');
    await user.selectOptions(measureFields.getByRole('combobox', { name: 'Zeithorizont' }), 'Langfristig');
    await user.click(form.getByRole('button', { name: 'Änderungen speichern' }));

    expect(await screen.findByText('Die Änderungen sind gespeichert.')).toBeInTheDocument();
    expect(responsibility().getByText('Fachbereich Wirtschaft')).toBeInTheDocument();
    expect(responsibility().getByText('Dana Berger')).toBeInTheDocument();
    expect(responsibility().getByText('Kulturbüro')).toBeInTheDocument();
    expect(responsibility().queryByText('nicht zugewiesen')).not.toBeInTheDocument();
    const schedule = within(screen.getByRole('region', { name: 'Zeitplan' }));
    expect(schedule.getByText('31. Dezember 2026')).toBeInTheDocument();
    expect(schedule.getByText('Langfristig')).toBeInTheDocument();
    expect(db.findMeasure('3.1')?.measure).toMatchObject({ lead: { departmentId: 'economic-affairs' }, contributors: ['cultural-office'], goals: ['1'] });

    const audit = within(screen.getByRole('region', { name: 'Änderungsprotokoll' }));
    const row = (await audit.findByRole('cell', { name: 'Maßnahme bearbeitet' })).closest('tr')!;
    expect(row).toHaveTextContent('Federführung: nicht zugewiesen → Fachbereich Wirtschaft (Dana Berger)');
  });

  it('refuses a target date before the start next to the target date, and changes an activity weight', async () => {
    const { user } = await openMeasure('3.1');
    await user.click(screen.getByRole('button', { name: 'Zuständigkeit und Zeitplan bearbeiten' }));
    const form = within(screen.getByRole('region', { name: 'Zuständigkeit und Zeitplan' }));

    await user.click(form.getByRole('button', { name: /^Aktivität 3\.1\.1 bearbeiten/ }));
    const activity = within(form.getByRole('group', { name: /^Aktivität 3\.1\.1:/ }));
    await user.clear(activity.getByRole('spinbutton', { name: /^Gewicht/ }));
    await user.type(activity.getByRole('spinbutton', { name: /^Gewicht/ }), '3');
    await user.type(activity.getByLabelText('Beginn'), '2026-05-01');
    await user.type(activity.getByLabelText('Zieltermin'), '2026-01-31');
    await user.click(form.getByRole('button', { name: 'Änderungen speichern' }));

    const target = activity.getByLabelText('Zieltermin');
    await waitFor(() => expect(target).toHaveAccessibleDescription('Der Zieltermin liegt vor dem Beginn.'));
    expect(target).toHaveFocus();
    expect(db.findMeasure('3.1')?.measure.activities[0]?.weight).toBe(1);

    await user.clear(target);
    await user.type(target, '2026-12-31');
    await user.click(form.getByRole('button', { name: 'Änderungen speichern' }));

    expect(await screen.findByText('Die Änderungen sind gespeichert.')).toBeInTheDocument();
    expect(within(activityRows()[0]!).getByRole('cell', { name: '3' })).toBeInTheDocument();
    expect(db.findMeasure('3.1')?.measure.activities[0]).toMatchObject({ weight: 3, startDate: '2026-05-01', targetDate: '2026-12-31' });
  });

  it('shows the conflict view for the owners form too, and applies the change again on top', async () => {
    const { user } = await openMeasure('3.1');
    await user.click(screen.getByRole('button', { name: 'Zuständigkeit und Zeitplan bearbeiten' }));
    const form = within(screen.getByRole('region', { name: 'Zuständigkeit und Zeitplan' }));
    await user.selectOptions(form.getByRole('combobox', { name: 'Zeithorizont' }), 'Kurzfristig');

    db.patchMeasure(colleague, '3.1', { lead: { departmentId: 'cultural-office', personId: null } }, etagOf('3.1'));
    await user.click(form.getByRole('button', { name: 'Änderungen speichern' }));

    const conflict = await form.findByRole('alert');
    expect(conflict).toHaveTextContent('Federführung: nicht zugewiesen → Kulturbüro');
    await user.click(within(conflict).getByRole('button', { name: 'Meine Änderung erneut anwenden' }));

    expect(await screen.findByText('Die Änderungen sind gespeichert.')).toBeInTheDocument();
    expect(db.findMeasure('3.1')?.measure).toMatchObject({ horizon: 'short', lead: { departmentId: 'cultural-office' } });
  });
});

describe('the history of a measure', () => {
  it('lists updates newest first, ten at a time, with the measure\'s and its activities\' together', async () => {
    for (let n = 1; n <= 11; n += 1) {
      db.reportProgress(colleague, { kind: 'measure', code: '3.1' }, { narrative: `Bericht ${n}` }, etagOf('3.1'));
    }
    db.reportProgress(colleague, { kind: 'activity', code: '3.1.4' }, { progress: 30, narrative: 'Aktivität gestartet' }, etagOf('3.1'));
    const { user } = await openMeasure('3.1', { as: 'council' });

    await waitFor(() => expect(historyEntries()).toHaveLength(10));
    expect(historyEntries()[0]).toHaveTextContent('Aktivität 3.1.4');
    expect(historyEntries()[0]).toHaveTextContent('Fortschritt: 0 % → 30 %');
    expect(historyEntries()[1]).toHaveTextContent('Bericht 11');
    expect(historyEntries()[1]).toHaveTextContent('Nur Bericht, keine Änderung.');
    expect(history().getByText('10 von 12 angezeigt')).toBeInTheDocument();

    await user.click(history().getByRole('button', { name: 'Weitere anzeigen' }));

    await waitFor(() => expect(historyEntries()).toHaveLength(12));
    expect(historyEntries()[11]).toHaveTextContent('Bericht 1');
    expect(history().queryByRole('button', { name: 'Weitere anzeigen' })).not.toBeInTheDocument();
  });
});

describe('what each role is offered on the measure page', () => {
  it('a council member reads status and history, but gets no forms and no audit trail', async () => {
    db.reportProgress(colleague, { kind: 'measure', code: '3.1' }, { phase: 'planned', narrative: 'Konzept steht' }, etagOf('3.1'));
    await openMeasure('3.1', { as: 'council' });

    expect(await history().findByText('Konzept steht')).toBeInTheDocument();
    expect(history().getByText(/von Kim Kollegin/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Sachstand berichten' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /bearbeiten$/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Sachstand zu Aktivität/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Änderungsprotokoll' })).not.toBeInTheDocument();
  });

  it("a department head reports on and schedules their department's measure, sees its audit trail, and may not assign owners", async () => {
    changeMeasure('2.1', { lead: { departmentId: 'international-affairs', personId: null } });
    const { user } = await openMeasure('2.1', { as: 'head' });

    expect(screen.getByRole('region', { name: 'Sachstand berichten' })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Änderungsprotokoll' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Zuständigkeit und Zeitplan bearbeiten' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Zeitplan und Gewichte bearbeiten' }));
    const form = within(screen.getByRole('region', { name: 'Zeitplan und Gewichte' }));
    expect(form.queryByRole('combobox', { name: 'Federführung' })).not.toBeInTheDocument();
    expect(form.getByLabelText('Zieltermin')).toBeInTheDocument();
  });

  it("a department head only reads another department's measure", async () => {
    await openMeasure('3.1', { as: 'head' });

    expect(screen.queryByRole('region', { name: 'Sachstand berichten' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Änderungsprotokoll' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Verlauf' })).toBeInTheDocument();
  });
});
