import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Measure } from '@/contract/measures.ts';
import { i18n } from '@/lib/i18n/i18n.ts';
import { activityFixture, measureFixture } from '../../testing/measure-fixtures.ts';
import { ConflictNotice } from './conflict-notice.tsx';

const basedOn: Measure = measureFixture({
  activityCount: 1,
  activities: [
    activityFixture('3.1.1', { title: { de: 'Messe', en: 'Trade fair' }, phase: 'planned', health: 'on_track', progress: 10, targetDate: '2026-06-30' }),
  ],
});

const personId = '0b7c1f0e-3f64-4a6e-9a55-2f1e8a7c9d01';
const current: Measure = {
  ...basedOn,
  phase: 'in_progress',
  health: 'at_risk',
  lead: { departmentId: 'cultural-office', personId },
  etag: '"3.1-2"',
  activities: [{ ...basedOn.activities[0]!, targetDate: '2026-09-30' }],
};

function renderNotice() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  queryClient.setQueryData(['departments'], [{ id: 'cultural-office', name: { de: 'Kulturbüro', en: 'Cultural Office' } }]);
  queryClient.setQueryData(['people'], [{ id: personId, name: 'Dana Berger', departmentId: 'cultural-office' }]);
  const onReapply = vi.fn();
  const onDiscard = vi.fn();
  render(
    <QueryClientProvider client={queryClient}>
      <ConflictNotice basedOn={basedOn} current={current} activityCode="3.1.1" onReapply={onReapply} onDiscard={onDiscard} />
    </QueryClientProvider>,
  );
  return { onReapply, onDiscard };
}

describe('the conflict view', () => {
  it("says in the user's language what someone else changed, with names and dates as people read them", async () => {
    await i18n.changeLanguage('en');
    renderNotice();

    const alert = screen.getByRole('alert');
    expect(alert).toHaveFocus();
    expect(alert).toHaveTextContent('Someone else changed measure 3.1 in the meantime.');
    expect(alert).toHaveTextContent('What you entered is still in the form.');
    const changes = within(alert).getAllByRole('listitem').map((li) => li.textContent);
    expect(changes).toEqual([
      'Measure – Phase: Not started → In progress',
      'Measure – Health: Not applicable → At risk',
      'Measure – Lead: unassigned → Cultural Office',
      'Measure – Responsible person: no person named → Dana Berger',
      'Activity 3.1.1 – Target date: June 30, 2026 → September 30, 2026',
    ]);
  });

  it('offers to apply the change again or to discard it', async () => {
    const { onReapply, onDiscard } = renderNotice();
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Meine Änderung erneut anwenden' }));
    expect(onReapply).toHaveBeenCalledOnce();
    await user.click(screen.getByRole('button', { name: 'Meine Änderung verwerfen' }));
    expect(onDiscard).toHaveBeenCalledOnce();
  });
});
