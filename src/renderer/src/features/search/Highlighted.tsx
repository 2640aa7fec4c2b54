import { highlightRanges } from '../../../../shared/search-query';

/** Text with the matched words marked (as text nodes: never HTML). */
export function Highlighted(props: { text: string; terms: string[] }) {
  const ranges = props.terms.length ? highlightRanges(props.text, props.terms) : [];
  if (ranges.length === 0) return <>{props.text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(props.text.slice(at, start));
    parts.push(<mark key={start}>{props.text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(props.text.slice(at));
  return <>{parts}</>;
}
