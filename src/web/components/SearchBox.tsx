import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useLocalizedHref } from '../hooks/useLocale.js';

/** The header's product search: goes to /:lang/search?q=… */
export function SearchBox() {
  const [params] = useSearchParams();
  // Other pages use "q" for their own filters; only the search page's is the product query.
  const onSearchPage = useLocation().pathname.endsWith('/search');
  const current = onSearchPage ? (params.get('q') ?? '') : '';
  // A new query in the URL (back/forward, a link) starts the box afresh with it.
  return <SearchForm key={current} initial={current} />;
}

function SearchForm({ initial }: { initial: string }) {
  const { t } = useTranslation();
  const href = useLocalizedHref();
  const navigate = useNavigate();
  const [q, setQ] = useState(initial);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const query = q.trim();
    navigate(query ? `${href('/search')}?${new URLSearchParams({ q: query })}` : href('/search'));
  };

  return (
    <form className="search-box" role="search" onSubmit={onSubmit} data-testid="header-search">
      <input
        type="search"
        name="q"
        className="input"
        value={q}
        maxLength={100}
        onChange={(event) => setQ(event.target.value)}
        aria-label={t('catalog.search.label')}
        placeholder={t('catalog.search.placeholder')}
      />
      <button type="submit" className="btn btn-primary">
        {t('catalog.search.button')}
      </button>
    </form>
  );
}
