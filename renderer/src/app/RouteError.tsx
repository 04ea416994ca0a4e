import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';

/** Shown instead of a blank page when a screen fails or a path does not exist. */
export function RouteError({ notFound = false }: { notFound?: boolean }) {
  const { t } = useTranslation();
  const error = useRouteError();
  const message = notFound
    ? t('errors:route.notFound')
    : error instanceof Error
      ? error.message
      : t('errors:route.failed');
  return (
    <div className="page">
      <section className="empty" role="alert">
        <h1>{notFound ? t('errors:route.notFoundTitle') : t('errors:route.failedTitle')}</h1>
        <p>{message}</p>
        <p className="faint">{t('errors:route.safe')}</p>
        <Link className="button primary" to="/">
          {t('common:action.backHome')}
        </Link>
      </section>
    </div>
  );
}
