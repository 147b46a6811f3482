import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { listUsers } from '~mocks/db.ts';
import { mswPath } from '~mocks/handlers.ts';
import { server } from '~mocks/node.ts';
import { createSession } from '@/features/auth/api/create-session.ts';
import { demoPassword } from '@/lib/demo-data.ts';
import { renderApp } from '../../testing/render-app.tsx';

const accountRows = () => within(screen.getByRole('table', { name: /Alle Benutzerkonten/ })).getAllByRole('row').slice(1);
const rowOf = (username: string) => {
  const row = accountRows().find((r) => within(r).getByRole('rowheader').textContent?.startsWith(username));
  if (!row) throw new Error(`No row for ${username}`);
  return row;
};
const createForm = () => within(screen.getByRole('region', { name: 'Neues Konto anlegen' }));
const idOf = (username: string) => listUsers().find((u) => u.username === username)?.id ?? '';

describe('the accounts page', () => {
  it('is offered to an admin, and lists every account with role, department and status', async () => {
    const { user } = await renderApp('/', { as: 'admin' });
    await screen.findByRole('heading', { level: 1, name: 'Übersicht' });

    await user.click(within(screen.getByRole('navigation', { name: 'Hauptnavigation' })).getByRole('link', { name: 'Administration' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Benutzerkonten' })).toBeInTheDocument();
    expect(document.title).toBe('Benutzerkonten – Action Plan Tracker');
    expect(accountRows().map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['admin (Sie)', 'coordinator', 'council', 'head']);
    const head = rowOf('head');
    expect(head).toHaveTextContent('Hanna Leitung (Demo)');
    expect(head).toHaveTextContent('Fachbereichsleitung');
    expect(head).toHaveTextContent('Büro für internationale Angelegenheiten');
    expect(within(head).getByText('Aktiv')).toBeInTheDocument();
    expect(within(rowOf('council')).getByRole('link', { name: 'Bearbeiten: council' })).toHaveAttribute('href', `/admin/users/${idOf('council')}`);
  });

  it('creates an account, refusing a password under 12 characters before anything is sent', async () => {
    const { user } = await renderApp('/admin/users', { as: 'admin' });
    await screen.findByRole('heading', { level: 1, name: 'Benutzerkonten' });
    const form = createForm();

    await user.type(form.getByLabelText(/^Benutzername/), 'k.berger');
    await user.type(form.getByLabelText(/^Name/), 'Kim Berger');
    await user.selectOptions(form.getByLabelText(/^Rolle/), 'Fachbereichsleitung');
    await user.selectOptions(form.getByLabelText(/^Fachbereich/), 'Kulturbüro');
    await user.type(form.getByLabelText(/^Passwort/), 'zu-kurz');
    await user.click(form.getByRole('button', { name: 'Konto anlegen' }));

    const password = form.getByLabelText(/^Passwort/);
    expect(password).toHaveAccessibleDescription(/Das Passwort muss mindestens 12 Zeichen lang sein\./);
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveFocus();

    await user.type(password, '-aber-jetzt-lang');
    await user.click(form.getByRole('button', { name: 'Konto anlegen' }));

    expect(await form.findByRole('status')).toHaveTextContent('Das Konto „k.berger“ ist angelegt.');
    const row = await screen.findByRole('rowheader', { name: 'k.berger' });
    expect(row.closest('tr')).toHaveTextContent('Kulturbüro');
    expect(form.getByLabelText(/^Benutzername/)).toHaveValue('');
    await expect(createSession({ username: 'k.berger', password: 'zu-kurz-aber-jetzt-lang' })).resolves.toMatchObject({ user: { role: 'department_head' } });
  });

  it('asks for a department exactly when the role is department head', async () => {
    const { user } = await renderApp('/admin/users', { as: 'admin' });
    await screen.findByRole('heading', { level: 1, name: 'Benutzerkonten' });
    const form = createForm();

    expect(form.getByLabelText(/^Fachbereich/)).toBeDisabled();
    await user.selectOptions(form.getByLabelText(/^Rolle/), 'Fachbereichsleitung');
    expect(form.getByLabelText(/^Fachbereich/)).toBeEnabled();
    expect(form.getByLabelText(/^Fachbereich/)).toBeRequired();
    await user.type(form.getByLabelText(/^Benutzername/), 'neu');
    await user.type(form.getByLabelText(/^Name/), 'Neu');
    await user.type(form.getByLabelText(/^Passwort/), 'lang genug für alles');
    await user.click(form.getByRole('button', { name: 'Konto anlegen' }));

    expect(form.getByLabelText(/^Fachbereich/)).toHaveAccessibleDescription(/Eine Fachbereichsleitung braucht einen Fachbereich\./);
  });

  it('says next to the username that it is taken (409), in German', async () => {
    const { user } = await renderApp('/admin/users', { as: 'admin' });
    await screen.findByRole('heading', { level: 1, name: 'Benutzerkonten' });
    const form = createForm();

    await user.type(form.getByLabelText(/^Benutzername/), 'council');
    await user.type(form.getByLabelText(/^Name/), 'Noch ein Rat');
    await user.selectOptions(form.getByLabelText(/^Rolle/), 'Ratsmitglied');
    await user.type(form.getByLabelText(/^Passwort/), 'lang genug für alles');
    await user.click(form.getByRole('button', { name: 'Konto anlegen' }));

    const username = form.getByLabelText(/^Benutzername/);
    expect(await form.findByText('Diesen Benutzernamen gibt es schon.')).toBeInTheDocument();
    expect(username).toHaveAccessibleDescription(/Diesen Benutzernamen gibt es schon\./);
    expect(username).toHaveFocus();
  });

  it('shows a 422 from the server next to the field it names, in German and not in the server’s English', async () => {
    server.use(
      http.post(mswPath('/api/v1/users'), () =>
        HttpResponse.json(
          {
            error: {
              code: 'validation_failed',
              message: "Invalid field 'name': Too big: expected string to have <=200 characters",
              details: [{ path: 'body.name', code: 'too_big', message: 'Too big: expected string to have <=200 characters' }],
            },
          },
          { status: 422 },
        ),
      ),
    );
    const { user } = await renderApp('/admin/users', { as: 'admin' });
    await screen.findByRole('heading', { level: 1, name: 'Benutzerkonten' });
    const form = createForm();

    await user.type(form.getByLabelText(/^Benutzername/), 'jemand');
    await user.type(form.getByLabelText(/^Name/), 'Jemand');
    await user.selectOptions(form.getByLabelText(/^Rolle/), 'Koordination');
    await user.type(form.getByLabelText(/^Passwort/), 'lang genug für alles');
    await user.click(form.getByRole('button', { name: 'Konto anlegen' }));

    const name = form.getByLabelText(/^Name/);
    expect(await form.findByText('Das ist zu lang: höchstens 200 Zeichen.')).toBeInTheDocument();
    expect(name).toHaveAccessibleDescription('Das ist zu lang: höchstens 200 Zeichen.');
    expect(name).toHaveFocus();
    expect(screen.queryByText(/Too big/)).not.toBeInTheDocument();
  });
});

describe('an account’s page', () => {
  it('disables an account: its sessions end and it can no longer sign in', async () => {
    const council = await createSession({ username: 'council', password: demoPassword });
    const { user } = await renderApp('/admin/users', { as: 'admin' });
    await screen.findByRole('heading', { level: 1, name: 'Benutzerkonten' });

    await user.click(within(rowOf('council')).getByRole('link', { name: 'Bearbeiten: council' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Konto council' })).toBeInTheDocument();
    const status = within(screen.getByRole('region', { name: 'Status' }));
    await user.click(status.getByRole('button', { name: 'Konto deaktivieren' }));

    expect(await status.findByRole('status')).toHaveTextContent('Das Konto ist deaktiviert; seine Sitzungen sind beendet.');
    expect(status.getByText('Deaktiviert')).toBeInTheDocument();
    expect(status.getByRole('button', { name: 'Konto aktivieren' })).toBeInTheDocument();
    expect(listUsers().find((u) => u.username === 'council')?.disabled).toBe(true);
    expect(council.user.username).toBe('council');
    await expect(createSession({ username: 'council', password: demoPassword })).rejects.toMatchObject({ status: 401 });

    await user.click(screen.getByRole('link', { name: 'Zurück zu allen Konten' }));
    expect(within(await screen.findByRole('rowheader', { name: 'council' }).then((h) => h.closest('tr')!)).getByText('Deaktiviert')).toBeInTheDocument();
  });

  it('changes name, role and department; a department head needs a department', async () => {
    const { user } = await renderApp(`/admin/users/${idOf('council')}`, { as: 'admin' });
    await screen.findByRole('heading', { level: 1, name: 'Konto council' });
    const details = within(screen.getByRole('region', { name: 'Angaben' }));

    await user.clear(details.getByLabelText(/^Name/));
    await user.type(details.getByLabelText(/^Name/), 'Rainer Rat');
    await user.selectOptions(details.getByLabelText(/^Rolle/), 'Fachbereichsleitung');
    await user.click(details.getByRole('button', { name: 'Änderungen speichern' }));
    expect(details.getByLabelText(/^Fachbereich/)).toHaveAccessibleDescription(/Eine Fachbereichsleitung braucht einen Fachbereich\./);

    await user.selectOptions(details.getByLabelText(/^Fachbereich/), 'Volkshochschule');
    await user.click(details.getByRole('button', { name: 'Änderungen speichern' }));

    expect(await details.findByRole('status')).toHaveTextContent('Die Änderungen sind gespeichert.');
    expect(listUsers().find((u) => u.username === 'council')).toMatchObject({ name: 'Rainer Rat', role: 'department_head', departmentId: 'adult-education' });
  });

  it('does not offer an admin to disable their own account or give up their role', async () => {
    await renderApp(`/admin/users/${idOf('admin')}`, { as: 'admin' });
    await screen.findByRole('heading', { level: 1, name: 'Konto admin' });

    expect(screen.getByText(/Das ist Ihr eigenes Konto\./)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Konto deaktivieren' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Angaben' })).queryByLabelText(/^Rolle/)).not.toBeInTheDocument();
  });

  it('sets a new password, which ends the account’s sessions', async () => {
    const { user } = await renderApp(`/admin/users/${idOf('head')}`, { as: 'admin' });
    await screen.findByRole('heading', { level: 1, name: 'Konto head' });
    const reset = within(screen.getByRole('region', { name: 'Passwort zurücksetzen' }));

    await user.type(reset.getByLabelText(/^Neues Passwort/), 'ein ganz neues Passwort');
    await user.click(reset.getByRole('button', { name: 'Passwort setzen' }));

    expect(await reset.findByRole('status')).toHaveTextContent('Das neue Passwort ist gesetzt; die Sitzungen des Kontos sind beendet.');
    await expect(createSession({ username: 'head', password: 'ein ganz neues Passwort' })).resolves.toMatchObject({ user: { username: 'head' } });
  });
});
