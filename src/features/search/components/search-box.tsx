import type { Ref } from 'react';

export interface SearchBoxProps {
  query: string;
  onQueryChange: (query: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/** Full-text search over events and articles; "/" focuses it from anywhere. */
export function SearchBox({ query, onQueryChange, inputRef }: SearchBoxProps) {
  return (
    <div className="search-box" role="search">
      <label htmlFor="search-input" className="visually-hidden">
        Search events and articles
      </label>
      <input
        ref={inputRef}
        id="search-input"
        type="search"
        value={query}
        placeholder="Search events and articles  ( / )"
        autoComplete="off"
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={(event) => {
          // Escape in a filled box clears it; otherwise the page-wide Escape closes panes.
          if (event.key === 'Escape' && query !== '') {
            event.stopPropagation();
            onQueryChange('');
          }
        }}
      />
    </div>
  );
}
