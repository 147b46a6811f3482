import type { loginDe } from './login.de.ts';

/** The login page's words, English: every German key, no more and no fewer. */
export const loginEn: Record<keyof typeof loginDe, string> = {
  title: 'Sign in',
  intro: 'Sign in with your account to see where the action plan stands.',
  username: 'Username',
  password: 'Password',
  submit: 'Sign in',
  submitting: 'Signing in …',
  missing: 'Please enter your username and password.',
  refused: 'The username or password is wrong, or the account is disabled.',
  throttled_one: 'Too many failed sign-in attempts. Please try again in {{count}} minute.',
  throttled_other: 'Too many failed sign-in attempts. Please try again in {{count}} minutes.',
  sessionEnded: 'Your session has ended. Please sign in again.',
  demoTitle: 'Demo accounts (mock mode only)',
  demoPassword: 'Password for all: {{password}}',
};
