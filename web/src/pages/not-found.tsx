import type { ReactNode } from 'react';
import { Page } from '../components/page';
import { Link } from '../router';

/** Any path the app does not know (the server sends index.html for all of them). */
export function NotFoundPage(): ReactNode {
  return (
    <Page title="Page not found" lead="There is no page at this address. It may have moved, or the link may be mistyped.">
      <p>
        <Link to="/">Go to the Custos home page</Link>
      </p>
    </Page>
  );
}
