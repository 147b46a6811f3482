import { useState, type FormEvent } from 'react';
import type { Department } from '@/contract/departments.ts';
import type { Language } from '@/contract/common.ts';
import { useReportsTranslation } from '@/lib/i18n/use-reports-translation.ts';

type Props = { departments: readonly Department[]; current: string; language: Language; onChoose: (id: string) => void };

/** Another department, chosen and then shown: a select that navigated on change would move the page under keyboard users. */
export function DepartmentChooser({ departments, current, language, onChoose }: Props) {
  const { t } = useReportsTranslation();
  const [chosen, setChosen] = useState(current);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChoose(chosen);
  };
  return (
    <form className="panel report-controls" onSubmit={submit}>
      <div className="field">
        <label htmlFor="department-choice">{t('department.choose')}</label>
        <select id="department-choice" value={chosen} onChange={(e) => setChosen(e.target.value)}>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name[language]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        {t('department.show')}
      </button>
    </form>
  );
}
