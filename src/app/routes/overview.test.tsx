import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n, languageStorageKey } from '@/lib/i18n/i18n.ts';
import { renderApp } from '../testing/render-app.tsx';

describe('the overview', () => {
  it('shows a member of staff the 4 Areas of Action and all 13 measures, in German', async () => {
    await renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Übersicht' })).toBeInTheDocument();
    expect(document.title).toBe('Übersicht – Action Plan Tracker');
    expect(document.documentElement.lang).toBe('de');

    const areas = screen.getAllByRole('heading', { level: 3 });
    expect(areas).toHaveLength(4);
    expect(areas[2]).toHaveTextContent('Internationale Profilierung und Attraktivität der Landeshauptstadt');

    const measureLinks = screen.getAllByRole('link', { name: /^Maßnahme \d\.\d: / });
    expect(measureLinks).toHaveLength(13);
    expect(screen.getByRole('link', { name: 'Maßnahme 3.1: Attraktives internationales Profil' })).toHaveAttribute('href', '/measures/3.1');

    expect(screen.getByRole('progressbar', { name: 'Gesamtfortschritt des Handlungskonzepts' })).toHaveAttribute('aria-valuenow', '0');
    expect(screen.getAllByText('Nicht begonnen')).toHaveLength(13);
    expect(screen.getByRole('banner')).toHaveTextContent('Hannover – internationale Stadt');
  });

  it('has the landmarks and the one h1 a screen-reader user navigates by', async () => {
    await renderApp('/');
    await screen.findByRole('heading', { level: 1 });

    expect(screen.getByRole('link', { name: 'Zum Inhalt springen' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(within(nav).getByRole('link', { name: 'Übersicht' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('switches to English at the language switch, and remembers the choice', async () => {
    const first = await renderApp('/');
    const { user } = first;
    await screen.findByRole('heading', { level: 1, name: 'Übersicht' });

    const switcher = screen.getByRole('group', { name: 'Sprache' });
    expect(within(switcher).getByRole('button', { name: 'Deutsch' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(switcher).getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Measure 3.1: Attractive international profile' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: /Raising the city's international profile/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Overview – Action Plan Tracker');
    expect(localStorage.getItem(languageStorageKey)).toBe('en');

    // A reload starts i18next again, which asks its detector: the remembered choice wins.
    first.unmount();
    await i18n.changeLanguage(undefined);
    await renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(screen.getAllByText('Not started')).toHaveLength(13);
  });

  it('starts in German when nobody has chosen a language', async () => {
    localStorage.clear();
    await i18n.changeLanguage(undefined);
    await renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Übersicht' })).toBeInTheDocument();
  });
});
