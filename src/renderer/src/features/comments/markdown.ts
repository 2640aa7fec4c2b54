// Light Markdown for comments (emphasis, links, quotes, lists, code), rendered safely: raw HTML
// is escaped, and only http(s) and mailto links survive.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, breaks: true }).disable([
  'image',
  'heading',
  'table',
  'hr',
]);
md.validateLink = (url) => /^(https?:|mailto:)/i.test(url.trim());

const defaultLink =
  md.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx].attrSet('target', '_blank');
  tokens[idx].attrSet('rel', 'noopener noreferrer');
  return defaultLink(tokens, idx, options, env, self);
};

export function renderCommentMarkdown(text: string): string {
  return md.render(text);
}
