import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expireAllSessions } from '~mocks/db.ts';
import { createSession } from '@/features/auth/api/create-session.ts';
import { demoPassword } from '@/lib/demo-data.ts';
import { renderApp } from '../testing/render-app.tsx';

async function signIn(user: UserEvent, username: string, password: string) {
  await user.type(screen.getByLabelText(/^Benutzername/), username);
  await user.type(screen.getByLabelText(/^Passwort/), password);
  await user.click(screen.getByRole('button', { name: 'Anmelden' }));
}

describe('signing in', () => {
  it('asks whoever is not signed in to sign in first, and remembers where they were going', async () => {
    const { router } = await renderApp('/measures/3.1', { as: 'nobody' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Anmelden' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('?next=%2Fmeasures%2F3.1');
    expect(document.title).toBe('Anmelden – Action Plan Tracker');
    // Nobody signed in: no pages to offer, and no name in the header.
    expect(screen.queryByRole('navigation', { name: 'Hauptnavigation' })).not.toBeInTheDocument();
    expect(screen.getByLabelText(/^Benutzername/)).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText(/^Passwort/)).toHaveAttribute('autocomplete', 'current-password');
  });

  it('says so in German when the password is wrong, moves focus to the message, and stays', async () => {
    const { user, router } = await renderApp('/', { as: 'nobody' });
    await screen.findByRole('heading', { level: 1, name: 'Anmelden' });

    await signIn(user, 'coordinator', 'not the password');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Benutzername oder Passwort ist falsch, oder das Konto ist deaktiviert.');
    expect(alert).toHaveFocus();
    expect(router.state.location.pathname).toBe('/login');
  });

  it('asks for both fields before asking the server', async () => {
    const { user } = await renderApp('/login', { as: 'nobody' });
    await screen.findByRole('heading', { level: 1, name: 'Anmelden' });

    await user.click(screen.getByRole('button', { name: 'Anmelden' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Bitte geben Sie Benutzername und Passwort ein.');
    expect(screen.getByLabelText(/^Benutzername/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('lands the coordinator on the page they first asked for, with their name and role in the header', async () => {
    const { user, router } = await renderApp('/measures/3.1', { as: 'nobody' });
    await screen.findByRole('heading', { level: 1, name: 'Anmelden' });

    await signIn(user, 'coordinator', demoPassword);

    expect(await screen.findByRole('heading', { level: 1, name: 'Maßnahme 3.1 Attraktives internationales Profil' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/measures/3.1');
    const banner = screen.getByRole('banner');
    expect(banner).toHaveTextContent('Alex Koordination (Demo)');
    expect(banner).toHaveTextContent('Koordination');
  });

  it('never follows a "next" that leads away from the app', async () => {
    const { user, router } = await renderApp('/login?next=https%3A%2F%2Fevil.example%2F', { as: 'nobody' });
    await screen.findByRole('heading', { level: 1, name: 'Anmelden' });

    await signIn(user, 'council', demoPassword);

    expect(await screen.findByRole('heading', { level: 1, name: 'Übersicht' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('after ten failed attempts, says how many minutes to wait', async () => {
    for (let i = 0; i < 10; i++) await createSession({ username: 'head', password: 'guessing' }).catch(() => undefined);
    const { user } = await renderApp('/login', { as: 'nobody' });
    await screen.findByRole('heading', { level: 1, name: 'Anmelden' });

    await signIn(user, 'head', demoPassword);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in 15 Minuten erneut.',
    );
  });

  it('speaks English at the switch on the login page too', async () => {
    const { user } = await renderApp('/login', { as: 'nobody' });
    await screen.findByRole('heading', { level: 1, name: 'Anmelden' });

    await user.click(within(screen.getByRole('group', { name: 'Sprache' })).getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Username/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('sends someone already signed in on to the overview', async () => {
    const { router } = await renderApp('/login', { as: 'council' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Übersicht' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });
});

describe('the signed-in user', () => {
  it('sees their name and role, and signing out returns to the login page for good', async () => {
    const { user, router } = await renderApp('/', { as: 'head' });
    await screen.findByRole('heading', { level: 1, name: 'Übersicht' });

    const banner = screen.getByRole('banner');
    expect(banner).toHaveTextContent('Hanna Leitung (Demo)');
    expect(banner).toHaveTextContent('Fachbereichsleitung');

    await user.click(within(banner).getByRole('button', { name: 'Abmelden' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Anmelden' })).toBeInTheDocument();
    expect(screen.queryByText('Hanna Leitung (Demo)')).not.toBeInTheDocument();
    await router.navigate('/measures');
    expect(await screen.findByRole('heading', { level: 1, name: 'Anmelden' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?next=%2Fmeasures');
  });

  it('whose session ends is sent to the login page with a message, and back to their page after signing in', async () => {
    const { user, router } = await renderApp('/', { as: 'coordinator' });
    await screen.findByRole('heading', { level: 1, name: 'Übersicht' });

    expireAllSessions();
    await user.click(within(screen.getByRole('navigation', { name: 'Hauptnavigation' })).getByRole('link', { name: 'Maßnahmen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.');
    expect(screen.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?next=%2Fmeasures');

    await signIn(user, 'coordinator', demoPassword);
    expect(await screen.findByRole('heading', { level: 1, name: 'Maßnahmen' })).toBeInTheDocument();
  });
});

describe('what a role is not offered', () => {
  it('a council member is not offered the administration, and is refused it at its address', async () => {
    const { router } = await renderApp('/', { as: 'council' });
    await screen.findByRole('heading', { level: 1, name: 'Übersicht' });
    expect(screen.getByRole('banner')).toHaveTextContent('Ratsmitglied');
    expect(within(screen.getByRole('navigation', { name: 'Hauptnavigation' })).queryByRole('link', { name: 'Administration' })).not.toBeInTheDocument();

    await router.navigate('/admin/departments');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kein Zugriff' })).toBeInTheDocument();
  });

  it('a department head gets "no access" on /admin/users', async () => {
    await renderApp('/admin/users', { as: 'head' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Kein Zugriff' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Diese Seite steht Ihrer Rolle nicht offen.');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
