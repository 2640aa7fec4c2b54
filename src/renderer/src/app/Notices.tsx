export function Notices(props: { notices: string[]; error: string | null; onDismiss: () => void }) {
  const messages = [...props.notices, ...(props.error ? [props.error] : [])];
  if (messages.length === 0) return null;
  return (
    <div className="notices" role="status">
      {messages.map((m) => (
        <p key={m}>{m}</p>
      ))}
      <button type="button" className="link-button" onClick={props.onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
