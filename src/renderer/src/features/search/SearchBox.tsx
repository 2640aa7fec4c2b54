/** One search box: words, prefixes and small typos, and tag:, feed:, entity:, is:, has: filters. */
export function SearchBox(props: {
  value: string;
  onChange: (q: string) => void;
  indexing: boolean;
}) {
  return (
    <div className="search-box" role="search">
      <input
        id="search"
        type="search"
        aria-label="Search articles"
        placeholder="Search"
        aria-describedby="search-hint"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && props.onChange('')}
      />
      {/* Shown while the empty box has focus: the filters are easy to forget. */}
      <span id="search-hint" className="search-note search-hint">
        Filters: tag: feed: entity: is:unread is:starred has:comments
      </span>
      {props.indexing && props.value && (
        <span className="search-note">Indexing… results may be incomplete</span>
      )}
    </div>
  );
}
