import { useCallback, useEffect, useRef, useState } from 'react';
import type { OpOutput } from '../../../../shared/api';
import type { Entity } from '../../../../shared/model';
import { call } from '../../api';
import { EntityCorrections, TYPE_NAMES } from './EntityCorrections';
import { EntityNotes } from './EntityNotes';
import './entity-page.css';

type Page = OpOutput<'entities.get'>;

const dateOf = (iso: string) =>
  new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });

/**
 * One entity across the library: every article that mentions it (newest first), the entities seen
 * with it most often, the person's notes, and the corrections they can make.
 */
export function EntityPage(props: {
  id: string;
  onOpenArticle: (id: string) => void;
  onShowEntity: (entity: { id: string; name: string }) => void;
  /** The entity was renamed or merged: the list's filter follows it. */
  onRenamed: (entity: Entity) => void;
}) {
  const { id, onRenamed } = props;
  const [page, setPage] = useState<Page | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [hidden, setHidden] = useState<Entity | null>(null);

  // Only the latest load may show its answer: going on to another entity before the last one has
  // loaded must not bring the earlier one back when its answer comes in late.
  const latest = useRef(0);
  const load = useCallback((): Promise<Page | null> => {
    const seq = ++latest.current;
    return call('entities.get', { id }).then(
      (loaded) => {
        if (seq !== latest.current) return null;
        setPage(loaded);
        setError(null);
        // Reached by name (an entity: link) or through a merge: the list follows the real id.
        if (loaded.entity.id !== id) onRenamed(loaded.entity);
        return loaded;
      },
      (e: Error) => (seq === latest.current && setError(e.message), null),
    );
  }, [id, onRenamed]);

  useEffect(() => void load(), [load]);

  if (hidden && hidden.id === id) {
    return (
      <div className="entity-page">
        <p className="undo-bar" role="status">
          “{hidden.name}” is hidden.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() =>
              void call('entities.hide', { id: hidden.id, hidden: false }).then(
                () => (setHidden(null), void load()),
              )
            }
          >
            Undo
          </button>
        </p>
      </div>
    );
  }
  if (error) return <p className="inline-error entity-page">{error}</p>;
  if (!page) return <div className="reader-loading" aria-busy="true" />;
  const { entity, articles, related } = page;
  const otherForms = entity.aliases.filter((a) => a !== entity.name);
  return (
    <div className="entity-page">
      <header className="entity-page-header">
        <p className="entity-kind">{TYPE_NAMES[entity.type]}</p>
        <h1>{entity.name}</h1>
        <p className="entity-page-meta">
          {entity.count} mention{entity.count === 1 ? '' : 's'} in {articles.length} article
          {articles.length === 1 ? '' : 's'}
          {otherForms.length > 0 && <> · also written {otherForms.join(', ')}</>}
        </p>
        <EntityCorrections
          key={`${entity.id}:${entity.name}:${entity.type}:${entity.aliases.length}`}
          entity={entity}
          onChanged={() => void load().then((p) => p && onRenamed(p.entity))}
          onMerged={(into) => onRenamed(into)}
          onHidden={() => setHidden(entity)}
        />
      </header>
      <section aria-labelledby="entity-articles-heading">
        <h2 id="entity-articles-heading">Articles</h2>
        <ul className="entity-articles">
          {articles.map((a) => (
            <li key={a.id}>
              <button
                type="button"
                className="entity-article"
                onClick={() => props.onOpenArticle(a.id)}
              >
                <span className="entity-article-title">{a.title}</span>
                <span className="entity-article-meta">
                  {[a.siteName, dateOf(a.publishedAt ?? a.savedAt)].filter(Boolean).join(' · ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      {related.length > 0 && (
        <section aria-labelledby="entity-related-heading">
          <h2 id="entity-related-heading">Often appears with</h2>
          <ul className="entity-related">
            {related.map((r) => (
              <li key={r.id}>
                <button
                  type="button"
                  className="related-chip"
                  title={`${TYPE_NAMES[r.type]}: together in ${r.together} article${r.together === 1 ? '' : 's'}`}
                  onClick={() => props.onShowEntity(r)}
                >
                  {r.name}
                  <span className="related-count" aria-label={`in ${r.together} articles together`}>
                    {r.together}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {/* Its own per entity: a draft or an Undo never carries over to another entity's notes. */}
      <EntityNotes key={entity.id} entityId={entity.id} entityName={entity.name} />
    </div>
  );
}
