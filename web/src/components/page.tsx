import { useEffect, type ReactNode } from 'react';

/**
 * A page's title (the tab and the h1 agree) and content. The h1 can take focus, so that after a
 * navigation the app moves focus there and screen readers start reading the new page.
 *
 * @example
 *   <Page title="Sign in"><SignInForm /></Page>
 */
export function Page({ title, lead, children, wide = false }: { title: string; lead?: ReactNode; children?: ReactNode; wide?: boolean }): ReactNode {
  useEffect(() => {
    document.title = `${title} · Custos`;
  }, [title]);
  return (
    <article className={wide ? 'page page-wide' : 'page'}>
      <h1 tabIndex={-1}>{title}</h1>
      {lead ? <p className="lead">{lead}</p> : null}
      {children}
    </article>
  );
}
