import { Fragment } from 'react';

/**
 * Plan text with a line-break opportunity after every slash. German titles such as
 * "Internationalisierung/Europäisierung" are otherwise one unbreakable word that widens a
 * table column beyond the screen. The text itself stays verbatim: <wbr> adds no characters.
 */
export function BreakableText({ children }: { children: string }) {
  const parts = children.split('/');
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {part}
          {index < parts.length - 1 ? (
            <>
              /<wbr />
            </>
          ) : null}
        </Fragment>
      ))}
    </>
  );
}
