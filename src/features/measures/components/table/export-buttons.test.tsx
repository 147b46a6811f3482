import { screen } from '@testing-library/react';
import { parse } from 'papaparse';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderApp } from '@/app/testing/render-app.tsx';

beforeAll(() => import('@/app/routes/measures.tsx'), 60_000);

/** What the page handed to the browser to download: the file's name and contents. */
function catchDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  let blob: Blob | null = null;
  // jsdom has neither object URLs nor downloads.
  URL.createObjectURL = vi.fn((b: Blob) => ((blob = b), 'blob:export'));
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (blob) files.push({ name: this.download, blob });
  });
  return files;
}

const { createObjectURL, revokeObjectURL } = URL;
afterEach(() => {
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
});

describe('the export of the measures table', () => {
  it('downloads as CSV the rows the filters let through, in the page’s language', async () => {
    const files = catchDownloads();
    const { user } = await renderApp('/measures?area=2&kind=measure');

    await user.click(await screen.findByRole('button', { name: 'CSV' }));

    expect(files).toHaveLength(1);
    expect(files[0]?.name).toMatch(/^massnahmen-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(files[0]?.blob.type).toBe('text/csv;charset=utf-8');
    const text = await files[0]!.blob.text();
    const rows = parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows[0]?.slice(0, 2)).toEqual(['Nr.', 'Titel']);
    expect(rows.slice(1).map((row) => row[0])).toEqual(['2.1', '2.2', '2.3']);
  });
});
