import { Link, useRouteError } from 'react-router';

/** Shown instead of a blank page when a screen fails or a path does not exist. */
export function RouteError({ notFound = false }: { notFound?: boolean }) {
  const error = useRouteError();
  const message = notFound
    ? 'This page does not exist.'
    : error instanceof Error
      ? error.message
      : 'Something went wrong while showing this screen.';
  return (
    <div className="page">
      <section className="empty" role="alert">
        <h1>{notFound ? 'Page not found' : 'Something went wrong'}</h1>
        <p>{message}</p>
        <p className="faint">Your data is safe: nothing was changed.</p>
        <Link className="button primary" to="/">
          Back to Home
        </Link>
      </section>
    </div>
  );
}
