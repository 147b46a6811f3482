/** The login page's words, German; they load with that page. */
export const loginDe = {
  title: 'Anmelden',
  intro: 'Melden Sie sich mit Ihrem Benutzerkonto an, um den Stand des Handlungskonzepts zu sehen.',
  username: 'Benutzername',
  password: 'Passwort',
  submit: 'Anmelden',
  submitting: 'Anmeldung läuft …',
  missing: 'Bitte geben Sie Benutzername und Passwort ein.',
  refused: 'Benutzername oder Passwort ist falsch, oder das Konto ist deaktiviert.',
  throttled_one: 'Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in {{count}} Minute erneut.',
  throttled_other: 'Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in {{count}} Minuten erneut.',
  sessionEnded: 'Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.',
  demoTitle: 'Demo-Zugänge (nur im Mock-Modus)',
  demoPassword: 'Passwort für alle: {{password}}',
};
