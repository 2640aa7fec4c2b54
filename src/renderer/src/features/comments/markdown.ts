// Light Markdown for comments (emphasis, links, quotes, lists, code), rendered safely: raw HTML
// is escaped, and only http(s) and mailto links survive, plus `entity:Name` links to an entity's
// page inside the app (written `[Putin](entity:Vladimir%20Putin)` or `[Putin](<entity:Vladimir Putin>)`).
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, breaks: true }).disable([
  'image',
  'heading',
  'table',
  'hr',
]);
md.validateLink = (url) => /^(https?:|mailto:|entity:)/i.test(url.trim());

const ENTITY_LINK = /^entity:/i;

function entityName(href: string): string {
  try {
    return decodeURIComponent(href.replace(ENTITY_LINK, '')).trim();
  } catch {
    return href.replace(ENTITY_LINK, '').trim();
  }
}

const defaultLink =
  md.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const href = String(tokens[idx].attrGet('href') ?? '');
  if (ENTITY_LINK.test(href)) {
    // Handled by the app (useMainView): opens the entity's page, never a navigation.
    tokens[idx].attrSet('href', '#');
    tokens[idx].attrSet('data-entity', entityName(href));
    tokens[idx].attrSet('class', 'entity-link');
    return defaultLink(tokens, idx, options, env, self);
  }
  tokens[idx].attrSet('target', '_blank');
  tokens[idx].attrSet('rel', 'noopener noreferrer');
  return defaultLink(tokens, idx, options, env, self);
};

export function renderCommentMarkdown(text: string): string {
  // Comment bodies keep white-space: pre-wrap, so the newlines markdown-it puts between and after
  // its blocks would show as blank lines.
  return md
    .render(text)
    .replace(/<br>\n/g, '<br>')
    .replace(/>\n+</g, '><')
    .trim();
}
