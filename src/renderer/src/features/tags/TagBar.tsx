import { useRef, useState, type FormEvent } from 'react';
import type { Article } from '../../../../shared/model';
import { call } from '../../api';
import type { ArticleEntity } from '../entities/article-entities';

/** The article's tags as chips, an input with type-ahead of existing tags, and suggestions. */
export function TagBar(props: {
  article: Article;
  onChanged: (a: Article) => void;
  inputRef?: React.RefObject<HTMLInputElement | null>;
  /** The article's entities, which the suggestions follow (they arrive after a save). */
  entities: ArticleEntity[] | null;
}) {
  const { article, onChanged, inputRef } = props;
  const [known, setKnown] = useState<string[]>([]);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  // The type-ahead's tags are asked for when the person starts on a tag, not on every open.
  const knownAsked = useRef(false);
  const askKnown = () => {
    if (knownAsked.current) return;
    knownAsked.current = true;
    void call('tags.list', {}).then(
      (t) => setKnown(t.map((x) => x.name)),
      () => (knownAsked.current = false),
    );
  };

  const suggested = (props.entities ?? []).slice(0, 6).map((e) => e.name);

  async function apply(add: string[], remove: string[] = []) {
    try {
      await call('tags.apply', { ids: [article.id], add, remove });
      onChanged(await call('articles.get', { id: article.id }));
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!draft.trim()) return;
    await apply([draft]);
    setDraft('');
  }

  const has = new Set(article.tags.map((t) => t.toLowerCase()));
  const suggestions = suggested.filter((s) => !has.has(s.toLowerCase())).slice(0, 3);
  return (
    <div className="tag-bar" role="group" aria-label="Tags">
      {article.tags.map((t) => (
        <span className="chip" key={t}>
          {t}
          <button
            type="button"
            className="chip-remove"
            aria-label={`Remove tag ${t}`}
            onClick={() => apply([], [t])}
          >
            ×
          </button>
        </span>
      ))}
      <form onSubmit={submit} className="tag-form">
        <input
          ref={inputRef}
          list="known-tags"
          value={draft}
          placeholder="Add tag"
          aria-label="Add a tag"
          onFocus={askKnown}
          onChange={(e) => setDraft(e.target.value)}
        />
        <datalist id="known-tags">
          {known.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
      </form>
      {suggestions.map((s) => (
        <button
          type="button"
          key={s}
          className="chip suggestion"
          title="Suggested from the article's entities"
          onClick={() => apply([s])}
        >
          + {s}
        </button>
      ))}
      {error && <span className="inline-error">{error}</span>}
    </div>
  );
}
