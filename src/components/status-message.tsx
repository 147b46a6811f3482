import { useTranslation } from '@/lib/i18n/use-translation.ts';

/** Something is on its way: said in words, politely announced. */
export function LoadingStatus({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="status-message status-message--loading">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('status.loading')}
    </p>
  );
}

type ErrorAlertProps = {
  title?: string;
  message: string;
  onRetry?: () => void;
  retrying?: boolean;
};

/** A failure, announced at once, with a way to try again. */
export function ErrorAlert({ title, message, onRetry, retrying = false }: ErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="status-message status-message--error">
      {title ? <p className="status-message__title">{title}</p> : null}
      <p>{message}</p>
      {onRetry ? (
        // aria-disabled rather than disabled: the button keeps focus while the retry runs.
        <button type="button" className="button" onClick={retrying ? undefined : onRetry} aria-disabled={retrying || undefined}>
          {retrying ? t('status.loading') : t('status.retry')}
        </button>
      ) : null}
    </div>
  );
}
