import { Link } from 'react-router-dom';

type FigureLinkProps = {
  /** Where the figure leads: the measures behind it. */
  href: string | undefined;
  /** The figure as shown. */
  value: string;
  /** What a screen reader needs when it reads the link out of its row and column, e.g. "In Umsetzung, Handlungsfeld 2". */
  context: string;
};

/** A figure in a chart's table, as a link to what it counts; a figure with nothing behind it stays plain text. */
export function FigureLink({ href, value, context }: FigureLinkProps) {
  if (!href) return <>{value}</>;
  return (
    <Link to={href}>
      {value}
      <span className="visually-hidden">{`: ${context}`}</span>
    </Link>
  );
}
