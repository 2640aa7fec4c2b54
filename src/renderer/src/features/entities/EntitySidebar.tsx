import { useEffect, useRef } from 'react';
import type { EntityType } from '../../../../shared/model';
import type { ArticleEntity } from './article-entities';
import { findMentions, showHighlight } from './mentions';
import './entity-sidebar.css';

type SidebarEntity = ArticleEntity;

const GROUPS: { type: EntityType; label: string }[] = [
  { type: 'person', label: 'People' },
  { type: 'place', label: 'Places' },
  { type: 'organization', label: 'Organisations' },
];

/** The people, places and organisations of the open article, linked across the library. */
export function EntitySidebar(props: {
  articleId: string;
  /** The article's entities (useArticleEntities, asked once by the reader); null until known. */
  entities: ArticleEntity[] | null;
  bodyRef: React.RefObject<HTMLElement | null>;
  onShowEntity: (entity: { id: string; name: string }) => void;
}) {
  const { articleId, entities, bodyRef } = props;
  const next = useRef(new Map<string, number>());
  useEffect(() => () => showHighlight('entity', []), [articleId]);

  const ranges = (e: SidebarEntity) =>
    bodyRef.current ? findMentions(bodyRef.current, [e.name, ...e.aliases]) : [];

  function scrollToNext(e: SidebarEntity) {
    const found = ranges(e);
    if (found.length === 0) return;
    const i = (next.current.get(e.id) ?? 0) % found.length;
    next.current.set(e.id, i + 1);
    showHighlight('entity', found);
    showHighlight('entity-current', [found[i]]);
    found[i].startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  if (!entities) return <aside className="entity-sidebar" aria-label="Entities" aria-busy="true" />;
  return (
    <aside className="entity-sidebar" aria-label="Entities">
      {entities.length === 0 && (
        <p className="sidebar-empty">No people, places or organisations found yet.</p>
      )}
      {GROUPS.map(({ type, label }) => {
        const group = entities.filter((e) => e.type === type);
        if (group.length === 0) return null;
        return (
          <section key={type} className="entity-group">
            <h3>{label}</h3>
            <ul>
              {group.map((e) => (
                <li
                  key={e.id}
                  className="entity"
                  onMouseEnter={() => showHighlight('entity', ranges(e))}
                  onMouseLeave={() => (
                    showHighlight('entity', []),
                    showHighlight('entity-current', [])
                  )}
                >
                  <div className="entity-row">
                    <button
                      type="button"
                      className="entity-name"
                      title={
                        e.aliases.length > 1
                          ? `Also written: ${e.aliases.filter((a) => a !== e.name).join(', ')}`
                          : undefined
                      }
                      onClick={() => scrollToNext(e)}
                      onFocus={() => showHighlight('entity', ranges(e))}
                      onBlur={() => showHighlight('entity', [])}
                    >
                      <span>{e.name}</span>
                      <span className="entity-count" aria-label={`${e.count} mentions`}>
                        {e.count}
                      </span>
                    </button>
                    {/* Its page: every article, its company, the person's notes and corrections. */}
                    <button
                      type="button"
                      className="entity-open"
                      aria-label={`Notes & details: ${e.name}`}
                      title="Its page: articles, notes and corrections"
                      onClick={() => props.onShowEntity(e)}
                    >
                      ›
                    </button>
                  </div>
                  {e.alsoIn > 0 && (
                    <button
                      type="button"
                      className="entity-also"
                      aria-label={`Also in ${e.alsoIn} article${e.alsoIn === 1 ? '' : 's'}: ${e.name}`}
                      onClick={() => props.onShowEntity(e)}
                    >
                      Also in {e.alsoIn} article{e.alsoIn === 1 ? '' : 's'}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}
