import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { de } from '@/lib/i18n/locales/de.ts';
import indexHtml from '../../index.html?raw';
import { bootHeaderId } from './boot-header.ts';
import { renderApp } from './testing/render-app.tsx';

/** The header index.html paints before any script, put into the test's page as the browser would have it. */
function paintBootHeader() {
  const page = new DOMParser().parseFromString(indexHtml, 'text/html');
  const header = page.getElementById(bootHeaderId);
  if (!header) throw new Error(`index.html has no #${bootHeaderId}`);
  document.body.prepend(document.importNode(header, true));
  return () => document.getElementById(bootHeaderId);
}

describe("index.html's header before the app", () => {
  afterEach(() => document.getElementById(bootHeaderId)?.remove());

  it('says what the app header says, in German', () => {
    const bootHeader = paintBootHeader()();
    expect(bootHeader?.querySelector('.brand__name')).toHaveTextContent(de.app.name);
    expect(bootHeader?.querySelector('.brand__plan')).toHaveTextContent(de.app.tagline);
    // A stand-in: not a second banner for assistive technology.
    expect(bootHeader).toHaveAttribute('aria-hidden', 'true');
  });

  it('stays until the session is known, then gives way to the app header', async () => {
    const bootHeader = paintBootHeader();
    await renderApp('/');
    expect(bootHeader()).not.toBeNull();
    expect(screen.queryByRole('banner')).toBeNull();

    await screen.findByRole('navigation', { name: 'Hauptnavigation' });
    expect(bootHeader()).toBeNull();
    expect(screen.getByRole('banner')).toHaveTextContent(de.app.tagline);
  });

  it('gives way on the login page too', async () => {
    const bootHeader = paintBootHeader();
    await renderApp('/', { as: 'nobody' });
    await screen.findByRole('heading', { level: 1, name: 'Anmelden' });
    expect(bootHeader()).toBeNull();
    expect(screen.getAllByRole('banner')).toHaveLength(1);
  });
});
