import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '@/contract/people.ts';
import type { Plan } from '@/contract/plan.ts';
import { errorBody } from '@/lib/api-errors.ts';
import { changeActivity, changeMeasure, createPerson, findMeasure, getPlan } from '~mocks/db.ts';
import { mswPath } from '~mocks/handlers.ts';
import { server } from '~mocks/node.ts';
import { renderApp } from '../testing/render-app.tsx';

const table = () => screen.getByRole('table', { name: /^(Maßnahmen und Aktivitäten des Handlungskonzepts|Measures and activities of the action plan)$/ });
/** The body rows: measures, activities and (when grouped) the areas' headings. */
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
/** A row's code as seen (the code cell also tells screen readers "Maßnahme" or "Aktivität"); none for an area's heading. */
const codeOf = (row: HTMLElement) => within(row).queryAllByRole('cell')[0]?.textContent?.replace(/^(Maßnahme|Aktivität|Measure|Activity) /, '');
const codes = () => bodyRows().flatMap((row) => codeOf(row) ?? []);
const rowOf = (code: string) => {
  const row = bodyRows().find((r) => codeOf(r) === code);
  if (!row) throw new Error(`No row ${code}`);
  return row;
};
const headers = () => within(table()).getAllByRole('columnheader').map((th) => th.textContent);
const search = (router: { state: { location: { search: string } } }) => new URLSearchParams(router.state.location.search);

const coordinator = { username: 'coordinator', name: 'Alex Koordination (Demo)', role: 'coordinator', departmentId: null } as const;

const addPerson = (name: string, departmentId: string | null = null) => {
  const person = createPerson(coordinator, { name, departmentId });
  if (!('id' in person)) throw new Error('The mocks refused the person');
  return person as Person;
};

/** Holds the next write until `release` is called: what the page shows meanwhile is its optimistic state. */
function holdWrites(path: '/api/v1/activities/{code}/updates' | '/api/v1/measures/{code}/updates') {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  server.use(
    http.post(mswPath(path), async () => {
      held += 1;
      await gate;
      // Nothing returned: the mock API's own handler answers, once released.
    }),
  );
  return { release, held: () => held };
}

// The page's module (and the table libraries with it) is compiled once, before the first test waits for it.
// The table shows a new view at once and the URL follows a moment later, hence waitFor for the URL.
beforeAll(() => import('./measures.tsx'), 60_000);

// Rendering and querying a table of 44 rows in jsdom takes seconds on a busy machine.
describe('the measures table', { timeout: 30_000 }, () => {
  it('lists every measure with its activities under it, with area, lead, person, status, dates and progress', async () => {
    await renderApp('/measures');

    expect(await screen.findByRole('heading', { level: 1, name: 'Maßnahmen' })).toBeInTheDocument();
    expect(document.title).toBe('Maßnahmen – Action Plan Tracker');
    expect(screen.getByText('13 Maßnahmen und 31 Aktivitäten')).toHaveRole('status');
    const all = codes();
    expect(all.slice(0, 6)).toEqual(['1.1', '1.1.1', '1.1.2', '1.2', '1.2.1', '1.2.2']);
    expect(all).toHaveLength(44);

    expect(headers()).toEqual([
      'Nr.',
      'Titel',
      'Handlungsfeld',
      'Federführung',
      'Verantwortliche Person',
      'Phase',
      'Ampel',
      'Fortschritt',
      'Zieltermin',
      'Letzter Sachstand',
      'Bearbeiten',
    ]);
    const row31 = rowOf('3.1');
    expect(within(row31).getAllByRole('cell')[0]).toHaveTextContent('Maßnahme 3.1');
    expect(within(row31).getByRole('rowheader')).toHaveTextContent('Attraktives internationales Profil');
    expect(row31).toHaveTextContent('3 – Internationale Profilierung und Attraktivität');
    expect(row31).toHaveTextContent('nicht zugewiesen');
    expect(row31).toHaveTextContent('nicht festgelegt');
    expect(row31).toHaveTextContent('noch keiner');
    expect(within(row31).getByRole('progressbar', { name: 'Fortschritt Maßnahme 3.1' })).toBeInTheDocument();
    const row314 = rowOf('3.1.4');
    expect(within(row314).getAllByRole('cell')[0]).toHaveTextContent('Aktivität 3.1.4');
    expect(within(row314).getByRole('rowheader')).toHaveTextContent('Bewerbung auf europäische/internationale Auszeichnungen');
    expect(within(row314).getByRole('progressbar', { name: 'Fortschritt Aktivität 3.1.4' })).toBeInTheDocument();
  });

  it('takes filters, sort, grouping and columns from the URL, and keeps them when a filter changes', async () => {
    changeMeasure('2.1', { phase: 'in_progress', health: 'on_track' });
    changeActivity('3.1.2', { phase: 'in_progress', health: 'on_track', progress: 20 });
    changeActivity('3.1.4', { phase: 'in_progress', health: 'at_risk', progress: 60 });
    changeMeasure('4.3', { phase: 'in_progress', health: 'off_track' });
    const { user, router } = await renderApp('/measures?phase=in_progress&sort=-progress&group=area&cols=code,title,phase,health,progress');

    expect(await screen.findByText('2 Maßnahmen und 2 Aktivitäten')).toHaveRole('status');
    expect(headers()).toEqual(['Nr.', 'Titel', 'Phase', 'Ampel', 'Fortschritt', 'Bearbeiten']);
    expect(screen.getByRole('columnheader', { name: 'Fortschritt' })).toHaveAttribute('aria-sort', 'descending');
    // Grouped: each area's heading, then its rows, most progress first.
    expect(bodyRows().map((row) => codeOf(row) ?? row.textContent)).toEqual([
      'Handlungsfeld 2 – Internationalisierung/Europäisierung (1 Zeile)',
      '2.1',
      expect.stringMatching(/^Handlungsfeld 3 – .* \(2 Zeilen\)$/),
      '3.1.4',
      '3.1.2',
      expect.stringMatching(/^Handlungsfeld 4 – .* \(1 Zeile\)$/),
      '4.3',
    ]);
    expect(screen.getByRole('combobox', { name: 'Phase' })).toHaveValue('in_progress');
    expect(screen.getByRole('checkbox', { name: 'Nach Handlungsfeld gruppieren' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Handlungsfeld' })).not.toBeChecked();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Ampel' }), 'Gefährdet');
    await user.click(screen.getByRole('button', { name: 'Filter anwenden' }));

    expect(await screen.findByText('0 Maßnahmen und 1 Aktivität')).toBeInTheDocument();
    expect(codes()).toEqual(['3.1.4']);
    await waitFor(() => expect(router.state.location.search).toBe('?phase=in_progress&health=at_risk&sort=-progress&group=area&cols=code%2Ctitle%2Cphase%2Chealth%2Cprogress'));
  });

  it('tidies up what a hand-edited URL holds that the table cannot use, rather than failing', async () => {
    const { router } = await renderApp('/measures?phase=bogus&area=3&sort=sideways&cols=nonsense&person=nobody&stale=perhaps&group=tree&kind=all');

    expect(await screen.findByText('4 Maßnahmen und 10 Aktivitäten')).toHaveRole('status');
    expect(codes().filter((code) => !code.startsWith('3.'))).toEqual([]);
    await waitFor(() => expect(router.state.location.search).toBe('?area=3'));
    expect(headers()).toHaveLength(11);
  });

  it('finds codes and titles in German and English, whatever the language of the page', async () => {
    const { user, router } = await renderApp('/measures?q=Welcoming+culture');

    // German page, English words: the activity "Ausbau Willkommenskultur" of 3.3.
    expect(await screen.findByText('0 Maßnahmen und 1 Aktivität')).toBeInTheDocument();
    expect(codes()).toEqual(['3.3.2']);
    expect(within(rowOf('3.3.2')).getByRole('rowheader')).toHaveTextContent('Ausbau Willkommenskultur');

    await user.click(screen.getByRole('button', { name: 'English' }));
    const box = await screen.findByRole('searchbox', { name: 'Search' });
    await user.clear(box);
    await user.type(box, 'netzwerken');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    // English page, a German word: "Netzwerken" is only in the German titles of 1.2 and 1.2.1.
    expect(await screen.findByText('1 measure and 1 activity')).toHaveRole('status');
    expect(codes()).toEqual(['1.2', '1.2.1']);
    expect(within(rowOf('1.2')).getByRole('rowheader')).toHaveTextContent('Active involvement in European/international networks');

    // A code finds itself and what belongs to it, not other codes that merely contain it (1.3.1).
    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), '3.1');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(await screen.findByText('1 measure and 5 activities')).toBeInTheDocument();
    await waitFor(() => expect(search(router).get('q')).toBe('3.1'));
  });

  it('flags stale and overdue rows in words, and filters by them', async () => {
    changeActivity('3.1.1', { phase: 'in_progress', targetDate: '2024-06-30' });
    const plan = getPlan();
    const measure32 = plan.areas[2]!.measures[1]!;
    Object.assign(measure32, { stale: true, lastUpdateAt: '2024-01-15T10:00:00Z' });
    server.use(http.get(mswPath('/api/v1/plan'), () => HttpResponse.json<Plan>(plan)));
    const { user, router } = await renderApp('/measures?area=3');

    await screen.findByText('4 Maßnahmen und 10 Aktivitäten');
    const row32 = rowOf('3.2');
    expect(within(row32).getByText('Veraltet')).toBeVisible();
    expect(row32).toHaveTextContent('15.01.2024');
    const row311 = rowOf('3.1.1');
    expect(within(row311).getByText('Überfällig')).toBeVisible();
    expect(row311).toHaveTextContent('30.06.2024');
    expect(within(rowOf('3.1')).queryByText('Überfällig')).not.toBeInTheDocument();
    expect(screen.getByText(/Veraltet: seit mehr als 90 Tagen kein Sachstand/)).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: /überfällig ist/ }));
    await user.click(screen.getByRole('button', { name: 'Filter anwenden' }));
    expect(await screen.findByText('0 Maßnahmen und 1 Aktivität')).toBeInTheDocument();
    expect(codes()).toEqual(['3.1.1']);
    await waitFor(() => expect(search(router).get('overdue')).toBe('1'));

    await user.click(screen.getByRole('checkbox', { name: /überfällig ist/ }));
    await user.click(screen.getByRole('checkbox', { name: /veraltet ist/ }));
    await user.click(screen.getByRole('button', { name: 'Filter anwenden' }));
    expect(await screen.findByText('1 Maßnahme und 0 Aktivitäten')).toBeInTheDocument();
    expect(codes()).toEqual(['3.2']);
    await waitFor(() => expect(router.state.location.search).toBe('?area=3&stale=1'));
  });

  it('filters by responsible person, and by department leading or contributing', async () => {
    const erika = addPerson('Erika Mustermann', 'youth-services');
    addPerson('Jonas Beispiel');
    changeMeasure('4.1', { lead: { departmentId: 'youth-services', personId: erika.id } });
    changeActivity('2.1.1', { lead: { departmentId: 'international-affairs', personId: erika.id } });
    changeMeasure('3.4', { lead: { departmentId: 'climate-protection', personId: null } });
    changeMeasure('1.3', { contributors: ['climate-protection'] });
    changeActivity('3.1.2', { contributors: ['youth-services', 'climate-protection'] });
    const { user, router } = await renderApp('/measures');
    await screen.findByText('13 Maßnahmen und 31 Aktivitäten');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Verantwortliche Person' }), 'Erika Mustermann');
    await user.click(screen.getByRole('button', { name: 'Filter anwenden' }));
    expect(await screen.findByText('1 Maßnahme und 1 Aktivität')).toBeInTheDocument();
    expect(codes()).toEqual(['2.1.1', '4.1']);
    expect(rowOf('4.1')).toHaveTextContent('Erika Mustermann');
    await waitFor(() => expect(search(router).get('person')).toBe(erika.id));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Verantwortliche Person' }), 'Alle');
    await user.selectOptions(screen.getByRole('combobox', { name: /Fachbereich/ }), 'Klimaschutzleitstelle');
    await user.click(screen.getByRole('button', { name: 'Filter anwenden' }));
    expect(await screen.findByText('2 Maßnahmen und 1 Aktivität')).toBeInTheDocument();
    expect(codes()).toEqual(['1.3', '3.1.2', '3.4']);
    expect(rowOf('3.4')).toHaveTextContent('Klimaschutzleitstelle');
    expect(rowOf('3.4')).toHaveTextContent('nicht benannt');
    expect(rowOf('3.1.2')).toHaveTextContent('beteiligt: Fachbereich Jugend, Klimaschutzleitstelle');
    await waitFor(() => expect(router.state.location.search).toBe('?department=climate-protection'));
  });

  it('groups by Area of Action and chooses columns, in place and in the URL', async () => {
    const { user, router } = await renderApp('/measures?kind=measure');
    await screen.findByText('13 Maßnahmen');

    await user.click(screen.getByRole('checkbox', { name: 'Nach Handlungsfeld gruppieren' }));
    await waitFor(() => expect(within(table()).getAllByRole('rowheader', { name: /^Handlungsfeld \d/ })).toHaveLength(4));
    await waitFor(() => expect(search(router).get('group')).toBe('area'));
    const headings = within(table()).getAllByRole('rowheader', { name: /^Handlungsfeld \d/ });
    expect(headings.map((th) => th.textContent)).toEqual([
      'Handlungsfeld 1 – Internationale Kooperationen/Partnerschaften (3 Zeilen)',
      'Handlungsfeld 2 – Internationalisierung/Europäisierung (3 Zeilen)',
      expect.stringMatching(/^Handlungsfeld 3 – .* \(4 Zeilen\)$/),
      expect.stringMatching(/^Handlungsfeld 4 – .* \(3 Zeilen\)$/),
    ]);

    await user.click(screen.getByText('Spalten (10 von 10)'));
    expect(screen.getByRole('checkbox', { name: 'Titel' })).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Handlungsfeld' }));
    await user.click(screen.getByRole('checkbox', { name: 'Verantwortliche Person' }));
    await waitFor(() => expect(headers()).not.toContain('Verantwortliche Person'));
    expect(headers()).not.toContain('Handlungsfeld');
    expect(screen.getByText('Spalten (8 von 10)')).toBeInTheDocument();
    await waitFor(() => expect(search(router).get('cols')).toBe('code,title,lead,phase,health,progress,targetDate,lastUpdate'));
    expect(search(router).get('kind')).toBe('measure');

    await user.click(screen.getByRole('checkbox', { name: 'Handlungsfeld' }));
    await user.click(screen.getByRole('checkbox', { name: 'Verantwortliche Person' }));
    await waitFor(() => expect(headers()).toContain('Verantwortliche Person'));
    expect(headers()).toContain('Handlungsfeld');
    await waitFor(() => expect(search(router).get('cols')).toBeNull());
  });

  it('sorts from the keyboard: ascending, descending, then back to plan order', async () => {
    changeActivity('1.1.2', { progress: 10 });
    changeActivity('2.1.1', { progress: 90 });
    const { user, router } = await renderApp('/measures?kind=activity');
    await screen.findByText('31 Aktivitäten');

    const sortButton = within(screen.getByRole('columnheader', { name: 'Fortschritt' })).getByRole('button', { name: 'Fortschritt' });
    sortButton.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('columnheader', { name: 'Fortschritt' })).toHaveAttribute('aria-sort', 'ascending'));
    await waitFor(() => expect(search(router).get('sort')).toBe('progress'));
    expect(codes().slice(-2)).toEqual(['1.1.2', '2.1.1']);
    expect(sortButton).toHaveFocus();

    await user.keyboard(' ');
    await waitFor(() => expect(screen.getByRole('columnheader', { name: 'Fortschritt' })).toHaveAttribute('aria-sort', 'descending'));
    expect(codes().slice(0, 2)).toEqual(['2.1.1', '1.1.2']);
    await waitFor(() => expect(search(router).get('sort')).toBe('-progress'));

    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('columnheader', { name: 'Fortschritt' })).not.toHaveAttribute('aria-sort'));
    expect(codes().slice(0, 3)).toEqual(['1.1.1', '1.1.2', '1.2.1']);
    await waitFor(() => expect(search(router).get('sort')).toBeNull());
    expect(sortButton).toHaveFocus();
  });
});

describe('a quick status change from the table', { timeout: 30_000 }, () => {
  it('shows the change at once, keeps it once the server has it, and returns focus to the row', async () => {
    const writes = holdWrites('/api/v1/activities/{code}/updates');
    const { user, queryClient } = await renderApp('/measures?q=3.1.4');
    await screen.findByText('0 Maßnahmen und 1 Aktivität');

    const open = within(rowOf('3.1.4')).getByRole('button', { name: 'Status ändern 3.1.4' });
    open.focus();
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Status ändern: Aktivität 3.1.4' });
    expect(within(dialog).getByRole('combobox', { name: 'Phase' })).toHaveFocus();

    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Phase' }), 'In Umsetzung');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Ampel' }), 'Gefährdet');
    await user.clear(within(dialog).getByRole('spinbutton', { name: 'Fortschritt in Prozent' }));
    await user.type(within(dialog).getByRole('spinbutton', { name: 'Fortschritt in Prozent' }), '40');
    await user.type(within(dialog).getByRole('textbox', { name: 'Sachstand' }), 'Bewerbungsunterlagen eingereicht.');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));

    // Before the server has answered, the row already shows it.
    await waitFor(() => expect(writes.held()).toBe(1));
    await waitFor(() => expect(rowOf('3.1.4')).toHaveTextContent('In Umsetzung'));
    expect(rowOf('3.1.4')).toHaveTextContent('Gefährdet');
    expect(within(rowOf('3.1.4')).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '40');
    expect(screen.getByRole('dialog')).toBeInTheDocument();

    writes.release();
    expect(await screen.findByText('Der Status von 3.1.4 ist gespeichert.')).toHaveRole('status');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(within(rowOf('3.1.4')).getByRole('button', { name: 'Status ändern 3.1.4' })).toHaveFocus());

    // Read again from the server, it is still there.
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(rowOf('3.1.4')).toHaveTextContent('Gefährdet');
    const activity = findMeasure('3.1')?.measure.activities.find((a) => a.code === '3.1.4');
    expect(activity).toMatchObject({ phase: 'in_progress', health: 'at_risk', progress: 40 });
  });

  it('puts the previous state back when the server refuses, says why, and keeps what was typed', async () => {
    server.use(
      http.post(mswPath('/api/v1/measures/{code}/updates'), () => HttpResponse.json(errorBody('forbidden', 'Your role may not do this.'), { status: 403 })),
    );
    const { user } = await renderApp('/measures?q=2.2&kind=measure');
    await screen.findByText('1 Maßnahme');

    await user.click(within(rowOf('2.2')).getByRole('button', { name: 'Status ändern 2.2' }));
    const dialog = screen.getByRole('dialog', { name: 'Status ändern: Maßnahme 2.2' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Phase' }), 'Abgeschlossen');
    await user.type(within(dialog).getByRole('textbox', { name: 'Sachstand' }), 'Fertig.');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Nicht gespeichert: Ihre Rolle darf den Status dieser Zeile nicht ändern. Die Tabelle zeigt wieder den vorherigen Stand.',
    );
    expect(rowOf('2.2')).toHaveTextContent('Nicht begonnen');
    expect(rowOf('2.2')).not.toHaveTextContent('Abgeschlossen');
    expect(within(dialog).getByRole('textbox', { name: 'Sachstand' })).toHaveValue('Fertig.');
    expect(findMeasure('2.2')?.measure.phase).toBe('not_started');
  });

  it('words a refusal of a field next to it, in the user language, and changes nothing', async () => {
    server.use(
      http.post(mswPath('/api/v1/activities/{code}/updates'), () =>
        HttpResponse.json(
          errorBody('validation_failed', "Invalid field 'progress'", [{ path: 'body.progress', code: 'completed_needs_100', message: 'completed means 100 per cent progress' }]),
          { status: 422 },
        ),
      ),
    );
    const { user } = await renderApp('/measures?q=4.2.1');
    await screen.findByText('0 Maßnahmen und 1 Aktivität');
    await user.click(screen.getByRole('button', { name: 'English' }));

    await user.click(await screen.findByRole('button', { name: 'Change status 4.2.1' }));
    const dialog = screen.getByRole('dialog', { name: 'Change status: Activity 4.2.1' });
    await user.clear(within(dialog).getByRole('spinbutton', { name: 'Progress in per cent' }));
    await user.type(within(dialog).getByRole('spinbutton', { name: 'Progress in per cent' }), '30');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const progress = within(dialog).getByRole('spinbutton', { name: 'Progress in per cent' });
    await waitFor(() => expect(progress).toHaveAccessibleDescription(/Completed means 100 % progress\./));
    expect(progress).toHaveAttribute('aria-invalid', 'true');
    expect(progress).toHaveFocus();
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Not saved: Please check the marked fields.');
    expect(within(rowOf('4.2.1')).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');
  });

  it('checks the rules before sending: at risk needs a narrative', async () => {
    const { user } = await renderApp('/measures?q=1.2&kind=measure');
    await screen.findByText('1 Maßnahme');
    let sent = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST') sent += 1;
    });

    await user.click(within(rowOf('1.2')).getByRole('button', { name: 'Status ändern 1.2' }));
    const dialog = screen.getByRole('dialog', { name: 'Status ändern: Maßnahme 1.2' });
    const health = within(dialog).getByRole('combobox', { name: 'Ampel' });
    // Not started has no health: the field says so and cannot be set.
    expect(health).toBeDisabled();
    expect(health).toHaveAccessibleDescription('In dieser Phase gibt es keine Ampel.');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Phase' }), 'Geplant');
    expect(health).toBeEnabled();
    await user.selectOptions(health, 'Gefährdet');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));

    const narrative = within(dialog).getByRole('textbox', { name: 'Sachstand' });
    await waitFor(() => expect(narrative).toHaveFocus());
    expect(narrative).toHaveAccessibleDescription(/Bitte beschreiben Sie den Sachstand: Bei „Gefährdet“ oder „Kritisch“ ist er Pflicht\./);
    expect(sent).toBe(0);
    expect(rowOf('1.2')).toHaveTextContent('Nicht begonnen');
    server.events.removeAllListeners();
  });

  it('shows what someone else changed meanwhile, keeps the input, and applies it again on top', async () => {
    const { user } = await renderApp('/measures?q=3.2&kind=measure');
    await screen.findByText('1 Maßnahme');
    await user.click(within(rowOf('3.2')).getByRole('button', { name: 'Status ändern 3.2' }));
    const dialog = screen.getByRole('dialog', { name: 'Status ändern: Maßnahme 3.2' });

    // A colleague sets the measure to planned and on track while this form is open.
    changeMeasure('3.2', { phase: 'planned', health: 'on_track' });

    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Phase' }), 'In Umsetzung');
    await user.type(within(dialog).getByRole('textbox', { name: 'Sachstand' }), 'Gespräche mit der Messe begonnen.');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));

    const notice = await within(dialog).findByRole('alert');
    expect(notice).toHaveTextContent('Inzwischen hat jemand anderes die Maßnahme 3.2 geändert.');
    expect(notice).toHaveTextContent('Phase: Nicht begonnen → Geplant');
    expect(notice).toHaveTextContent('Ampel: Entfällt → Im Plan');
    expect(within(dialog).getByRole('textbox', { name: 'Sachstand' })).toHaveValue('Gespräche mit der Messe begonnen.');
    expect(findMeasure('3.2')?.measure.phase).toBe('planned');

    await user.click(within(notice).getByRole('button', { name: 'Meine Änderung erneut anwenden' }));
    expect(await screen.findByText('Der Status von 3.2 ist gespeichert.')).toBeInTheDocument();
    // The colleague's health stays: only what this user changed was sent again.
    expect(findMeasure('3.2')?.measure).toMatchObject({ phase: 'in_progress', health: 'on_track' });
    await waitFor(() => expect(rowOf('3.2')).toHaveTextContent('In Umsetzung'));
  });

  it('closes with Escape or Cancel, changing nothing, and focus goes back to the row', async () => {
    const { user } = await renderApp('/measures?q=4.1&kind=measure');
    await screen.findByText('1 Maßnahme');
    const open = within(rowOf('4.1')).getByRole('button', { name: 'Status ändern 4.1' });

    await user.click(open);
    await user.type(within(screen.getByRole('dialog')).getByRole('textbox', { name: 'Sachstand' }), 'Entwurf');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(within(rowOf('4.1')).getByRole('button', { name: 'Status ändern 4.1' })).toHaveFocus());

    await user.keyboard('{Enter}');
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(within(rowOf('4.1')).getByRole('button', { name: 'Status ändern 4.1' })).toHaveFocus());
    expect(findMeasure('4.1')?.measure.lastUpdateAt).toBeNull();
  });

  it('is offered only where the role may change the status: never to the council, to a department head on their measures', async () => {
    changeMeasure('1.1', { lead: { departmentId: 'international-affairs', personId: null } });
    changeMeasure('1.2', { lead: { departmentId: 'youth-services', personId: null }, contributors: ['international-affairs'] });

    const council = await renderApp('/measures?area=1', { as: 'council' });
    await screen.findByText('3 Maßnahmen und 5 Aktivitäten');
    expect(within(table()).queryAllByRole('button', { name: /^Status ändern/ })).toEqual([]);
    expect(headers()).not.toContain('Bearbeiten');
    council.unmount();

    await renderApp('/measures?area=1', { as: 'head' });
    await screen.findByText('3 Maßnahmen und 5 Aktivitäten');
    const offered = within(table())
      .getAllByRole('button', { name: /^Status ändern/ })
      .map((button) => button.textContent);
    expect(offered).toEqual(['Status ändern 1.1', 'Status ändern 1.1.1', 'Status ändern 1.1.2']);
  });
});

/** A plan far bigger than Hannover's: one area with `measures` measures of ten activities each. */
function bigPlan(measures: number): Plan {
  const plan = getPlan();
  const area = plan.areas[0]!;
  const template = area.measures[0]!;
  const activityTemplate = template.activities[0]!;
  area.measures = Array.from({ length: measures }, (_, m) => ({
    ...template,
    code: `1.${m + 1}`,
    title: { de: `Maßnahme Nummer ${m + 1}`, en: `Measure number ${m + 1}` },
    etag: `"1.${m + 1}-1"`,
    activityCount: 10,
    activities: Array.from({ length: 10 }, (_, a) => ({
      ...activityTemplate,
      code: `1.${m + 1}.${a + 1}`,
      title: { de: `Aktivität ${a + 1} der Maßnahme ${m + 1}`, en: `Activity ${a + 1} of measure ${m + 1}` },
    })),
  }));
  plan.areas = [area];
  return plan;
}

describe('a table of many rows', { timeout: 30_000 }, () => {
  it('keeps only the rows near the viewport in the page above 500 rows, and tells screen readers how many there are', async () => {
    server.use(http.get(mswPath('/api/v1/plan'), () => HttpResponse.json<Plan>(bigPlan(60))));
    await renderApp('/measures');

    expect(await screen.findByText('60 Maßnahmen und 600 Aktivitäten')).toHaveRole('status');
    expect(table()).toHaveAttribute('aria-rowcount', '661');
    const rendered = bodyRows();
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(100);
    expect(rendered[0]).toHaveAttribute('aria-rowindex', '2');
    expect(codeOf(rendered[0]!)).toBe('1.1');
    // The rows left out are stood in for by one row of their height, hidden from assistive technology.
    const spacer = table().querySelector('tbody tr[aria-hidden="true"]:last-child td');
    expect(spacer).not.toBeNull();
    expect(Number.parseFloat((spacer as HTMLElement).style.height)).toBeGreaterThan(20_000);
  });

  it('renders every row up to 500', async () => {
    server.use(http.get(mswPath('/api/v1/plan'), () => HttpResponse.json<Plan>(bigPlan(60))));
    await renderApp('/measures?kind=measure');

    expect(await screen.findByText('60 Maßnahmen')).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(60);
    expect(table().querySelector('tr[aria-hidden="true"]')).toBeNull();
    // A short list shows its titles in full: no cut, so no tooltip.
    expect(within(bodyRows()[0]!).getByRole('rowheader').querySelector('[title]')).toBeNull();
  });

  it('keeps the long list’s layout when a search lets fewer than 500 of its rows through', async () => {
    server.use(http.get(mswPath('/api/v1/plan'), () => HttpResponse.json<Plan>(bigPlan(60))));
    const { user } = await renderApp('/measures');
    await screen.findByText('60 Maßnahmen und 600 Aktivitäten');

    await user.type(screen.getByRole('searchbox', { name: 'Suche' }), '1.1');
    await user.click(screen.getByRole('button', { name: 'Filter anwenden' }));
    // 1.1 and 1.10 to 1.19, each with its ten activities: all in the page, in rows of one height
    // whose titles are cut to two lines, with the whole title as a tooltip, as before the search.
    expect(await screen.findByText('11 Maßnahmen und 110 Aktivitäten')).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(121);
    expect(table().querySelector('tr[aria-hidden="true"]')).toBeNull();
    expect(within(rowOf('1.19')).getByRole('rowheader').querySelector('[title]')).toHaveAttribute('title', 'Maßnahme Nummer 19');
  });
});
