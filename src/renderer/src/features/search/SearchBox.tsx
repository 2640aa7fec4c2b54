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
        placeholder="Search  (tag:  entity:  is:unread  has:comments)"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && props.onChange('')}
      />
      {props.indexing && props.value && (
        <span className="search-note">Indexing… results may be incomplete</span>
      )}
    </div>
  );
}
