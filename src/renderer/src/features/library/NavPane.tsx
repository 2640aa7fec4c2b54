import { memo, useEffect, useRef, useState } from 'react';
import type { Entity, EntityType } from '../../../../shared/model';
import type { OpOutput } from '../../../../shared/api';
import { call, subscribe } from '../../api';
import { afterFirstScreen } from '../../first-screen';
import { FeedsSection } from '../feeds/FeedsSection';
import { TagNavSection } from '../tags/TagNavSection';

export type ListFilter = 'all' | 'unread' | 'starred' | 'archive';

export interface ListSelection {
  filter: ListFilter;
  tag?: string;
  /** Several tags at once: articles that carry every one (Ctrl/Cmd-click in the nav). */
  tags?: string[];
  entity?: { id: string; name: string };
  feed?: { id: string; title: string };
}

const ITEMS: { id: ListFilter; label: string; count: 'all' | 'unread' | 'starred' | 'archived' }[] =
  [
    { id: 'all', label: 'All articles', count: 'all' },
    { id: 'unread', label: 'Unread', count: 'unread' },
    { id: 'starred', label: 'Starred', count: 'starred' },
    { id: 'archive', label: 'Archive', count: 'archived' },
  ];

const ENTITY_GROUPS: { type: EntityType; label: string }[] = [
  { type: 'person', label: 'People' },
  { type: 'place', label: 'Places' },
  { type: 'organization', label: 'Organisations' },
];

type Counts = Record<'all' | 'unread' | 'starred' | 'archived', number>;

/** Memoised: opening an article re-renders the app, never the navigation. */
export const NavPane = memo(function NavPane(props: {
  selection: ListSelection;
  onSelect: (s: ListSelection) => void;
  onSettings: () => void;
  /** The view of every comment and highlight. */
  commentsOpen?: boolean;
  onShowComments?: () => void;
}) {
  const [counts, setCounts] = useState<Counts | null>(null);
  const reloadRef = useRef<() => void>(() => undefined);
  const [tags, setTags] = useState<{ name: string; count: number }[]>([]);
  const [feeds, setFeeds] = useState<OpOutput<'feeds.list'>>([]);
  const [top, setTop] = useState<Record<EntityType, Entity[]>>({
    person: [],
    place: [],
    organization: [],
  });

  useEffect(() => {
    // Two requests, not six: each change reloads these, and six held every connection a browser
    // keeps to web mode, so an article opened meanwhile waited. The people etc. come apart: the
    // first ask builds the entity index, which the counts need not wait for.
    const load = () => {
      void call('library.navigation', {}).then(
        (nav) => (setCounts(nav.counts), setTags(nav.tags), setFeeds(nav.feeds)),
        () => undefined,
      );
      void call('entities.topByType', { limit: 5 }).then(setTop, () => undefined);
    };
    // After the first list: the list is what the person waits for.
    let live = true;
    void afterFirstScreen().then(() => live && load());
    reloadRef.current = load;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Changes reload the counts; progress only once a task is done (a refresh sends hundreds of
    // notices, and its feeds' health changes when it ends).
    const stop = subscribe((event) => {
      const { type, done, total } = event as { type?: string; done?: number; total?: number };
      if (type === 'progress' && (done === undefined || done !== total)) return;
      clearTimeout(timer);
      timer = setTimeout(load, 300);
    });
    return () => ((live = false), stop(), clearTimeout(timer));
  }, []);

  const { selection, onSelect } = props;
  const plain = !selection.tag && !selection.tags?.length && !selection.entity && !selection.feed;
  const selectedTags = [...(selection.tag ? [selection.tag] : []), ...(selection.tags ?? [])];
  return (
    <nav className="nav-pane" aria-label="Library">
      <div className="brand">
        Broadsheet
        <button
          type="button"
          className="icon-button"
          aria-label="Settings"
          onClick={props.onSettings}
        >
          ⚙
        </button>
      </div>
      <ul>
        {ITEMS.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className="nav-item"
              aria-current={
                plain && !props.commentsOpen && selection.filter === item.id ? 'page' : undefined
              }
              onClick={() => onSelect({ filter: item.id })}
            >
              <span>{item.label}</span>
              {counts && <span className="nav-count">{counts[item.count]}</span>}
            </button>
          </li>
        ))}
        {props.onShowComments && (
          <li>
            <button
              type="button"
              className="nav-item"
              aria-current={props.commentsOpen ? 'page' : undefined}
              onClick={props.onShowComments}
            >
              <span>Comments</span>
            </button>
          </li>
        )}
      </ul>
      <FeedsSection
        feeds={feeds}
        selectedId={selection.feed?.id}
        onSelect={(f) => onSelect({ filter: 'all', feed: { id: f.id, title: f.title } })}
        onChanged={() => reloadRef.current()}
      />
      {tags.length > 0 && (
        <TagNavSection
          tags={tags}
          selected={selectedTags}
          onSelect={(list) => onSelect({ filter: 'all', ...(list.length ? { tags: list } : {}) })}
          onChanged={() => reloadRef.current()}
        />
      )}
      {ENTITY_GROUPS.map(
        (g) =>
          top[g.type].length > 0 && (
            <section className="nav-section" key={g.type} aria-label={g.label}>
              <h2>{g.label}</h2>
              <ul>
                {top[g.type].map((e) => (
                  <li key={e.id}>
                    <button
                      type="button"
                      className="nav-item"
                      aria-current={selection.entity?.id === e.id ? 'page' : undefined}
                      onClick={() =>
                        onSelect({ filter: 'all', entity: { id: e.id, name: e.name } })
                      }
                    >
                      <span>{e.name}</span>
                      <span className="nav-count">{e.count}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ),
      )}
    </nav>
  );
});
