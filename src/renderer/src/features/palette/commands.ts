// Every action the app has, as palette commands: views, the open article, the selection, saving,
// searching, appearance and help. Each shows its keyboard shortcut when it has one.
import type { Settings } from '../../../../shared/api';
import type { Article } from '../../../../shared/model';
import type { ListSelection } from '../library/NavPane';
import type { ArticleActions } from '../library/useArticleActions';
import { shortcutFor, type ShortcutAction } from '../shortcuts/shortcuts';

export interface Command {
  id: string;
  label: string;
  group: string;
  shortcut?: string | null;
  run: () => void;
}

/** What the palette loads when it opens: the open article's current state, tags and feeds. */
export interface PaletteData {
  article: Article | null;
  tags: string[];
  feeds: { id: string; title: string }[];
}

export interface CommandContext {
  selectedCount: number;
  settings: Settings | null;
  go: (s: ListSelection) => void;
  /** Does what the key does (star, tag, next …), so palette and keyboard cannot drift apart. */
  press: (action: ShortcutAction) => void;
  actions: ArticleActions;
  updateSettings: (patch: Partial<Settings>) => void;
  openSettings: () => void;
  resetPanes: () => void;
  clearSelection: () => void;
  refreshFeeds: () => void;
  /** Asks first, as the Delete key does. */
  confirmDelete: (ids: string[]) => void;
}

function key(action: ShortcutAction, label: string, group: string, press: CommandContext['press']) {
  return { id: action, label, group, shortcut: shortcutFor(action), run: () => press(action) };
}

export function buildCommands(ctx: CommandContext, views: PaletteData): Command[] {
  const { press, settings } = ctx;
  const a = views.article;
  const list: Command[] = [
    {
      id: 'go-all',
      label: 'Go to All articles',
      group: 'View',
      run: () => ctx.go({ filter: 'all' }),
    },
    {
      id: 'go-unread',
      label: 'Go to Unread',
      group: 'View',
      run: () => ctx.go({ filter: 'unread' }),
    },
    {
      id: 'go-starred',
      label: 'Go to Starred',
      group: 'View',
      run: () => ctx.go({ filter: 'starred' }),
    },
    {
      id: 'go-archive',
      label: 'Go to Archive',
      group: 'View',
      run: () => ctx.go({ filter: 'archive' }),
    },
    key('search', 'Search articles', 'View', press),
    key('next', 'Next article', 'List', press),
    key('previous', 'Previous article', 'List', press),
    key('open', 'Open the selected article', 'List', press),
    key('select-all', 'Select all articles in the list', 'List', press),
    key('save-url', 'Save a web address…', 'Library', press),
  ];
  if (ctx.selectedCount > 0) {
    const n = `${ctx.selectedCount} selected`;
    list.push(
      {
        id: 'sel-read',
        label: 'Mark selected read or unread',
        group: n,
        run: () => press('toggle-read'),
      },
      {
        id: 'sel-star',
        label: 'Star or unstar selected',
        group: n,
        shortcut: 's',
        run: () => press('star'),
      },
      {
        id: 'sel-archive',
        label: 'Archive selected',
        group: n,
        shortcut: 'e',
        run: () => press('archive'),
      },
      { id: 'sel-tag', label: 'Tag selected…', group: n, shortcut: 't', run: () => press('tag') },
      {
        id: 'sel-delete',
        label: 'Delete selected…',
        group: n,
        shortcut: 'Delete',
        run: () => press('delete'),
      },
      {
        id: 'sel-clear',
        label: 'Clear the selection',
        group: n,
        shortcut: 'Esc',
        run: ctx.clearSelection,
      },
    );
  } else if (a) {
    list.push(
      key('star', a.starred ? 'Unstar this article' : 'Star this article', 'Article', press),
      key(
        'toggle-read',
        a.read ? 'Mark this article unread' : 'Mark this article read',
        'Article',
        press,
      ),
      key(
        'archive',
        a.archived ? 'Unarchive this article' : 'Archive this article',
        'Article',
        press,
      ),
      key('tag', 'Add a tag…', 'Article', press),
      key('comment', 'Write a comment', 'Article', press),
      key('page-down', 'Page down', 'Article', press),
      {
        id: 'export-md',
        label: 'Export as Markdown',
        group: 'Article',
        run: () => void ctx.actions.exportMarkdown(a),
      },
      {
        id: 'delete-open',
        label: 'Delete this article…',
        group: 'Article',
        shortcut: shortcutFor('delete'),
        run: () => ctx.confirmDelete([a.id]),
      },
    );
    if (a.url) {
      list.push(
        {
          id: 'original',
          label: 'Open the original page',
          group: 'Article',
          run: () => ctx.actions.openOriginal(a),
        },
        {
          id: 'copy-link',
          label: 'Copy link',
          group: 'Article',
          run: () => void ctx.actions.copyLink(a),
        },
      );
    }
  }
  for (const t of views.tags)
    list.push({
      id: `tag-${t}`,
      label: `Go to tag # ${t}`,
      group: 'Tags',
      run: () => ctx.go({ filter: 'all', tag: t }),
    });
  for (const f of views.feeds)
    list.push({
      id: `feed-${f.id}`,
      label: `Go to feed ${f.title}`,
      group: 'Feeds',
      run: () => ctx.go({ filter: 'all', feed: f }),
    });
  list.push({
    id: 'feeds-refresh',
    label: 'Refresh all feeds',
    group: 'Feeds',
    run: ctx.refreshFeeds,
  });

  const themes: [Settings['theme'], string][] = [
    ['system', 'Follow the system'],
    ['light', 'Light'],
    ['dark', 'Dark'],
    ['sepia', 'Sepia'],
  ];
  for (const [theme, label] of themes)
    list.push({
      id: `theme-${theme}`,
      label: `Theme: ${label}`,
      group: 'Appearance',
      run: () => ctx.updateSettings({ theme }),
    });
  const size = settings?.fontSize ?? 19;
  list.push(
    {
      id: 'font-serif',
      label: 'Reading font: Serif',
      group: 'Appearance',
      run: () => ctx.updateSettings({ font: 'serif' }),
    },
    {
      id: 'font-sans',
      label: 'Reading font: Sans',
      group: 'Appearance',
      run: () => ctx.updateSettings({ font: 'sans' }),
    },
    {
      id: 'text-larger',
      label: 'Larger text',
      group: 'Appearance',
      run: () => ctx.updateSettings({ fontSize: Math.min(26, size + 1) }),
    },
    {
      id: 'text-smaller',
      label: 'Smaller text',
      group: 'Appearance',
      run: () => ctx.updateSettings({ fontSize: Math.max(14, size - 1) }),
    },
    { id: 'panes-reset', label: 'Reset pane sizes', group: 'Appearance', run: ctx.resetPanes },
    { id: 'settings', label: 'Settings…', group: 'App', run: ctx.openSettings },
    key('help', 'Keyboard shortcuts', 'App', press),
  );
  return list;
}
