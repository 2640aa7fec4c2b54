export type ListFilter = 'all' | 'unread' | 'starred';

const ITEMS: { id: ListFilter; label: string }[] = [
  { id: 'all', label: 'All articles' },
  { id: 'unread', label: 'Unread' },
  { id: 'starred', label: 'Starred' },
];

export function NavPane(props: { filter: ListFilter; onFilter: (f: ListFilter) => void }) {
  return (
    <nav className="nav-pane" aria-label="Library">
      <div className="brand">Broadsheet</div>
      <ul>
        {ITEMS.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className="nav-item"
              aria-current={props.filter === item.id ? 'page' : undefined}
              onClick={() => props.onFilter(item.id)}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
