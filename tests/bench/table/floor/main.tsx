/**
 * The floor for the table part of the benchmark: the least a page can do to show the plan's rows
 * as a table that sorts by title and filters by a search. Plain React 19, no router, no query
 * library, no table library; only the rows near the viewport are rendered (fixed row height), as
 * no page could render 10 000 rows at once in time. It fetches the same /api/v1/plan as the app,
 * prepares sort and search keys once, and uses the same DOM hooks as the app's table (sort button
 * in the title header, #filter-q in a form, .result-count, tr[data-row-id]) so that one measuring
 * script drives both.
 */
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Plan } from '@/contract/plan.ts';

type Row = {
  id: string;
  title: string;
  area: string;
  lead: string;
  phase: string;
  health: string;
  progress: number;
  targetDate: string;
  lastUpdateAt: string;
  titleKey: string;
  searchText: string;
};

type Tracked = Plan['areas'][number]['measures'][number] | Plan['areas'][number]['measures'][number]['activities'][number];

const rowHeight = 40;
const overscan = 12;

function rowsOf(plan: Plan, measuresOnly: boolean): Row[] {
  const rows: Row[] = [];
  const rowOf = (item: Tracked, area: string): Row => ({
    id: item.code,
    title: item.title.de,
    area,
    lead: item.lead?.departmentId ?? '',
    phase: item.phase,
    health: item.health ?? '',
    progress: item.progress,
    targetDate: item.targetDate ?? '',
    lastUpdateAt: item.lastUpdateAt?.slice(0, 10) ?? '',
    titleKey: item.title.de.toLowerCase(),
    searchText: `${item.title.de}\n${item.title.en}`.toLowerCase(),
  });
  for (const area of plan.areas) {
    for (const measure of area.measures) {
      rows.push(rowOf(measure, area.code));
      if (!measuresOnly) for (const activity of measure.activities) rows.push(rowOf(activity, area.code));
    }
  }
  return rows;
}

type Sort = 'ascending' | 'descending' | undefined;
const nextSort = (sort: Sort): Sort => (sort === undefined ? 'ascending' : sort === 'ascending' ? 'descending' : undefined);

function useWindowRange(count: number, top: number) {
  const [scrollY, setScrollY] = useState(0);
  const [height, setHeight] = useState(window.innerHeight);
  useEffect(() => {
    const update = () => {
      setScrollY(window.scrollY);
      setHeight(window.innerHeight);
    };
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, []);
  const first = Math.max(0, Math.floor((scrollY - top) / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollY - top + height) / rowHeight) + overscan);
  return { first, last: Math.max(first, last) };
}

function FloorTable({ rows }: { rows: readonly Row[] }) {
  const [sort, setSort] = useState<Sort>(undefined);
  const [q, setQ] = useState('');

  const filtered = useMemo(() => {
    const term = q.trim().toLowerCase();
    return term ? rows.filter((row) => row.id.startsWith(term) || row.searchText.includes(term)) : rows;
  }, [rows, q]);
  const sorted = useMemo(() => {
    if (sort === undefined) return filtered;
    const direction = sort === 'ascending' ? 1 : -1;
    const order = filtered.map((_, index) => index);
    order.sort((a, b) => {
      const x = (filtered[a] as Row).titleKey;
      const y = (filtered[b] as Row).titleKey;
      return x < y ? -direction : x > y ? direction : a - b;
    });
    return order.map((index) => filtered[index] as Row);
  }, [filtered, sort]);

  // The header and form above the table take about this much; the window is computed from it.
  const { first, last } = useWindowRange(sorted.length, 160);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setQ(String(new FormData(event.currentTarget).get('q') ?? ''));
  };

  return (
    <>
      <form role="search" onSubmit={onSubmit}>
        <label htmlFor="filter-q">Suche</label> <input id="filter-q" name="q" type="search" /> <button type="submit">Anwenden</button>
      </form>
      <p role="status" className="result-count">
        {sorted.length} Zeilen
      </p>
      <table className="measures-table" aria-rowcount={sorted.length + 1}>
        <thead>
          <tr>
            <th scope="col">Nr.</th>
            <th scope="col" aria-sort={sort} className="measures-table__head--title">
              <button type="button" className="measures-table__sort" onClick={() => setSort(nextSort)}>
                Titel
              </button>
            </th>
            {['Handlungsfeld', 'Federführung', 'Phase', 'Ampel', 'Fortschritt', 'Zieltermin', 'Letzter Sachstand'].map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {first > 0 ? (
            <tr aria-hidden="true">
              <td colSpan={9} style={{ height: first * rowHeight }} />
            </tr>
          ) : null}
          {sorted.slice(first, last).map((row, offset) => (
            <tr key={row.id} data-row-id={row.id} aria-rowindex={first + offset + 2} style={{ height: rowHeight }}>
              <td>{row.id}</td>
              <th scope="row">{row.title}</th>
              <td>{row.area}</td>
              <td>{row.lead}</td>
              <td>{row.phase}</td>
              <td>{row.health}</td>
              <td>{row.progress} %</td>
              <td>{row.targetDate}</td>
              <td>{row.lastUpdateAt}</td>
            </tr>
          ))}
          {last < sorted.length ? (
            <tr aria-hidden="true">
              <td colSpan={9} style={{ height: (sorted.length - last) * rowHeight }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </>
  );
}

function Floor() {
  const [rows, setRows] = useState<Row[] | null>(null);
  useEffect(() => {
    const measuresOnly = new URLSearchParams(window.location.search).get('kind') === 'measure';
    void fetch('/api/v1/plan', { credentials: 'same-origin' })
      .then((response) => response.json() as Promise<Plan>)
      .then((plan) => setRows(rowsOf(plan, measuresOnly)));
  }, []);
  return rows ? <FloorTable rows={rows} /> : <p>…</p>;
}

createRoot(document.getElementById('root') as HTMLElement).render(<Floor />);
