import { demoAccounts, demoPassword } from '@/lib/demo-data.ts';
import { useLoginTranslation } from '@/lib/i18n/use-login-translation.ts';
import { useTranslation } from '@/lib/i18n/use-translation.ts';

/** In mock mode only: the accounts the mock API knows, so that trying the app needs no one to ask. */
export function DemoAccountsHint() {
  const { t } = useLoginTranslation();
  const { t: tc } = useTranslation();
  return (
    <aside className="demo-hint panel" aria-labelledby="demo-hint-title">
      <h2 id="demo-hint-title">{t('demoTitle')}</h2>
      <ul className="plain-list">
        {demoAccounts.map((account) => (
          <li key={account.username}>
            <code>{account.username}</code> – {tc(`role.${account.role}`)}
          </li>
        ))}
      </ul>
      <p>{t('demoPassword', { password: demoPassword })}</p>
    </aside>
  );
}
